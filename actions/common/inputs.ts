/**
 * Action inputs shared by the sign and verify steps. Names mirror the CLI flags so a workflow
 * reads like the command line it replaces.
 */
import * as core from '@actions/core';
import { usageError } from '@signet/core';

/** A multi-line input: one entry per line, blank lines and `#` comments ignored. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw usageError(`input ${name} must be true or false, got "${raw}"`);
}

/**
 * The images as CLI arguments: the `images` list, and `image` + `digest` as
 * docker/build-push-action outputs them, passed through as given (`--image`, `--digest`,
 * `--allow-tag`): the CLI holds the one rule for them (a tag on `image` is dropped, an empty
 * `digest` is an error unless `allow-tag` opts in to what the tag points to now).
 */
export function imagesInput(): string[] {
  const argv = listInput('images');
  const image = core.getInput('image').trim();
  const digest = core.getInput('digest').trim();
  // An input that is set but empty reads as "" just like one that is absent; `image` set is
  // what says a digest was meant to come with it.
  if (image || digest) argv.push('--image', image, '--digest', digest);
  if (boolInput('allow-tag', false)) argv.push('--allow-tag');
  return argv;
}

/**
 * The CLI's words for what the user set, in the Action's: errors and warnings name inputs
 * (`input password`), not flags or the internal variables inputs travel in.
 */
export const INPUT_NAMES: Readonly<Record<string, string>> = {
  '--image': 'input image',
  '--digest': 'input digest',
  '--allow-tag': 'input allow-tag',
  '--key': 'input key',
  'env://SIGNET_ACTION_KEY': '(input key)',
  'env://SIGNET_ACTION_GPG_KEY': '(input sign-by)',
  COSIGN_PASSWORD: 'input password',
  SIGNET_GPG_PASSPHRASE: 'input gpg-passphrase',
  SIGNET_REGISTRY_USERNAME: 'input registry-username',
  SIGNET_REGISTRY_PASSWORD: 'input registry-password',
  '--registry-username': 'input registry-username',
  '--registry-password': 'input registry-password',
  COSIGN_REPOSITORY: 'input signature-repository',
  '--cert': 'input cert',
  '--cert-chain': 'input cert-chain',
  '--sign-by': 'input sign-by',
  '--lookaside': 'input lookaside',
  '--keyless': 'input keyless',
  '--format': 'input format',
  '--fulcio-url': 'input fulcio-url',
  '--rekor-url': 'input rekor-url',
  '--timestamp-server-url': 'input timestamp-server-url',
  '--trusted-root': 'input trusted-root',
  '--tlog-upload': 'input tlog-upload',
  '--concurrency': 'input concurrency',
  '--keyring': 'input keyring',
  '--policy': 'input policy',
  '--certificate-identity': 'input certificate-identity',
  '--certificate-identity-regexp': 'input certificate-identity-regexp',
  '--certificate-oidc-issuer': 'input certificate-oidc-issuer',
  '--signed-repository': 'input signed-repository',
  '--remap-identity': 'input remap-identity',
  '-a': 'input annotations',
  '--annotations': 'input annotations',
};

/** `key=value` lines (annotations). */
export function keyValueInput(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of listInput(name)) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw usageError(`input ${name}: "${line}" is not key=value`);
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}
