/**
 * Secrets reach the engine through this process's environment only: never argv (visible in
 * the process list), never a file on the runner disk, and every value is masked in the log.
 */
import * as core from '@actions/core';

/** Masks a value in the job log; multi-line values (PEM keys) are masked line by line. */
export function mask(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
}

/** Env var through which key material pasted into `key` reaches the engine (`env://`). */
export const INLINE_KEY_VARIABLE = 'SIGNET_ACTION_KEY';

/**
 * The `key` input as a key reference. PEM material pasted from a secret is passed as
 * `env://` so it never touches the disk; an `env://VAR` reference gets VAR's value masked.
 */
export function keyReference(input: string): string | undefined {
  const key = input.trim();
  if (!key) return undefined;
  if (key.includes('-----BEGIN')) {
    mask(key);
    process.env[INLINE_KEY_VARIABLE] = key;
    return `env://${INLINE_KEY_VARIABLE}`;
  }
  if (key.startsWith('env://')) mask(process.env[key.slice('env://'.length)]);
  return key;
}

/** Passes a secret input to the engine under the environment variable it reads. */
export function secretToEnv(input: string, variable: string): void {
  const value = core.getInput(input);
  if (!value) return;
  mask(value);
  process.env[variable] = value;
}

/** Tokens the engine may read from the environment (Vault, lookaside credentials): masked too. */
export function maskKnownSecrets(): void {
  for (const name of ['VAULT_TOKEN', 'COSIGN_PASSWORD', 'SIGNET_REGISTRY_PASSWORD', 'SIGNET_LOOKASIDE_PASSWORD', 'SIGNET_GPG_PASSPHRASE']) {
    mask(process.env[name]);
  }
}

/** Registry credentials and the signature repository, shared by both steps. */
export function registryInputsToEnv(): void {
  secretToEnv('registry-password', 'SIGNET_REGISTRY_PASSWORD');
  const username = core.getInput('registry-username');
  if (username) process.env.SIGNET_REGISTRY_USERNAME = username;
  const signatureRepository = core.getInput('signature-repository');
  if (signatureRepository) process.env.COSIGN_REPOSITORY = signatureRepository;
}
