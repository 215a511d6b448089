/**
 * Passwords come from COSIGN_PASSWORD (cosign's variable, so existing CI secrets work) or
 * SIGNET_PASSWORD, else from a prompt when a person is at the terminal. Never from argv,
 * where the process list would show them.
 */
import { usageError } from '@signet/core';

export function passwordFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.COSIGN_PASSWORD ?? env.SIGNET_PASSWORD;
}

async function prompt(message: string): Promise<string> {
  // Loaded on a prompt only: readline is not on every run's start-up path.
  const { read } = await import('read');
  return read({ prompt: message, silent: true, replace: '', output: process.stderr });
}

export function keyPassword(what: string): () => Promise<string> {
  return async () => {
    const fromEnv = passwordFromEnv();
    if (fromEnv !== undefined) return fromEnv;
    if (!process.stdin.isTTY) throw usageError(`${what} is encrypted and no password was given`, 'set COSIGN_PASSWORD');
    return prompt(`Enter password for ${what}: `);
  };
}

export async function newKeyPassword(): Promise<string> {
  const fromEnv = passwordFromEnv();
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw usageError('no password for the new key', 'set COSIGN_PASSWORD (it may be empty) or run in a terminal');
  const first = await prompt('Enter password for private key: ');
  const again = await prompt('Enter password for private key again: ');
  if (first !== again) throw usageError('passwords do not match', 'run the command again');
  return first;
}
