/**
 * Reading a sigstore trusted_root.json: one parser for keyless verification (keyless.ts) and
 * for the policy generators, which copy its CA certificates and log keys into admission
 * policies so that private sigstore deployments are trusted exactly as the gate trusts them.
 */
import { readFile } from 'node:fs/promises';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { usageError } from '../errors.ts';

export type { TrustedRoot };

/** Parses and sanity-checks a trusted root; `what` names it in errors (a flag or a policy field). */
export async function readTrustedRoot(path: string, what = `--trusted-root ${path}`): Promise<TrustedRoot> {
  const { TrustedRoot: codec } = await import('@sigstore/protobuf-specs');
  let root: TrustedRoot;
  try {
    root = codec.fromJSON(JSON.parse(await readFile(path, 'utf8')));
  } catch (e) {
    throw usageError(`${what}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
  }
  return checkedTrustedRoot(root, what);
}

/** A root (read from a file or fetched through TUF) that keyless verification can use. */
export function checkedTrustedRoot(root: TrustedRoot, what: string): TrustedRoot {
  if (root.certificateAuthorities.length === 0) throw usageError(`${what} lists no certificate authority`, 'keyless verification needs the Fulcio CA');
  if (root.tlogs.length === 0) throw usageError(`${what} lists no transparency log`, 'keyless verification needs the Rekor log key');
  return root;
}

const pem = (label: string, der: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${(Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;

export const certificatePem = (der: Uint8Array): string => pem('CERTIFICATE', der);
export const publicKeyPemFromDer = (der: Uint8Array): string => pem('PUBLIC KEY', der);

/** Still usable at `now`: no end of validity, or an end in the future. */
export function active(validFor: { end?: Date | undefined } | undefined, now: Date = new Date()): boolean {
  return !validFor?.end || validFor.end.getTime() > now.getTime();
}
