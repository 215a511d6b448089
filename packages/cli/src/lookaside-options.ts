/** Options shared by the GPG / lookaside paths of sign and verify. */
import { existsSync } from 'node:fs';
import { openLookasideStore, usageError, type LookasideStore } from '@signet/core';
import { stderrLogger } from './context.ts';

/** --lookaside, else SIGNET_LOOKASIDE; the store is opened once for the whole batch. */
export function lookasideStore(flag: string | undefined, required: boolean): LookasideStore | undefined {
  const url = lookasideUrl(flag, required);
  if (!url) return undefined;
  // Fewer attempts than registry calls: lookaside servers are simple and a dead one should fail fast.
  return openLookasideStore(url, { logger: stderrLogger, userAgent: 'signet/0.1', retry: { maxAttempts: 3 } });
}

/** --lookaside, else SIGNET_LOOKASIDE. */
export function lookasideUrl(flag: string | undefined, required: boolean): string | undefined {
  const url = flag ?? process.env.SIGNET_LOOKASIDE;
  if (!url && required) {
    throw usageError('no lookaside store given', 'pass --lookaside file:///DIR, https://HOST/PATH or sigserver+https://HOST (or set SIGNET_LOOKASIDE)');
  }
  return url || undefined;
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}

/** SIGNET_GPG_PASSPHRASE, else a prompt on a terminal; never argv. */
export function gpgPassphrase(what: string): () => Promise<string> {
  return async () => {
    const fromEnv = process.env.SIGNET_GPG_PASSPHRASE;
    if (fromEnv !== undefined) return fromEnv;
    if (!process.stdin.isTTY) throw usageError(`the OpenPGP key in ${what} is passphrase-protected and no passphrase was given`, 'set SIGNET_GPG_PASSPHRASE');
    const { read } = await import('read');
    return read({ prompt: `Enter passphrase for ${what}: `, silent: true, replace: '', output: process.stderr });
  };
}
