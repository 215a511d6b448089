/**
 * Promotion on the command line: which signed repository counts, in containers/image's
 * signedIdentity vocabulary (the trust policy's `signedIdentity` field says the same per rule).
 */
import type { Command } from 'commander';
import { normalizeSignedIdentity, usageError, type SignedIdentity } from '@signet/core';

export interface SignedIdentityFlags {
  signedRepository?: string;
  remapIdentity?: string;
}

export function addSignedIdentityOptions(command: Command, inline = false): Command {
  const rule = inline ? 'inline rule: ' : '';
  return command
    .option('--signed-repository <repo>', `${rule}accept signatures whose signed identity names this repository (an image promoted with its signatures from there; signedIdentity exactRepository). The digest is still checked`)
    .option('--remap-identity <prefix=signedPrefix>', `${rule}accept signatures made for the image's name with PREFIX replaced by SIGNED_PREFIX (signedIdentity remapIdentity), e.g. registry.example.com/prod=registry.example.com/staging`);
}

/** The rule the flags give, or undefined for the default (the image's own repository). */
export function signedIdentityFrom(flags: SignedIdentityFlags): SignedIdentity | undefined {
  if (flags.signedRepository !== undefined && flags.remapIdentity !== undefined) {
    throw usageError('--signed-repository and --remap-identity cannot be combined', 'a signed identity rule is one of them (containers/image signedIdentity)');
  }
  if (flags.signedRepository !== undefined) return normalizeSignedIdentity({ type: 'exactRepository', dockerRepository: flags.signedRepository });
  if (flags.remapIdentity === undefined) return undefined;
  const eq = flags.remapIdentity.indexOf('=');
  if (eq <= 0 || eq === flags.remapIdentity.length - 1) {
    throw usageError(`--remap-identity "${flags.remapIdentity}" must be PREFIX=SIGNED_PREFIX`, 'e.g. --remap-identity registry.example.com/prod=registry.example.com/staging');
  }
  return normalizeSignedIdentity({ type: 'remapIdentity', prefix: flags.remapIdentity.slice(0, eq), signedPrefix: flags.remapIdentity.slice(eq + 1) });
}
