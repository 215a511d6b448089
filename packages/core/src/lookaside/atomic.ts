/**
 * Signing and verifying image digests as containers/image does, with signatures kept in a
 * lookaside store instead of the registry.
 */
import { usageError } from '../errors.ts';
import { buildAtomicPayload } from '../formats/simple-signing.ts';
import { claimMismatch, openAtomicSignature, type VerifiedAtomicSignature } from '../gpg/verify.ts';
import type { GpgSigner } from '../gpg/signer.ts';
import type { PublicKey } from '../gpg/keys.ts';
import { formatReference, parseReference, parseTarget, type Reference } from '../reference/index.ts';
import type { LookasideStore, StoredLookasideSignature } from './store.ts';
import type { SignedIdentity } from '../verify/signed-identity.ts';
import type { Rejection } from '../verify/types.ts';

/** The registry reference the user named, or a usage error for targets a lookaside cannot key. */
export function lookasideReference(input: string): Reference {
  const target = parseTarget(input);
  if (target.kind !== 'registry') {
    throw usageError(`${input}: lookaside signatures are keyed by registry repository`, 'sign and verify the image by its registry reference (host/repo@sha256:…)');
  }
  return target.reference;
}

/**
 * The docker-reference to sign. With a tag it is `repo:tag`, which containers/image accepts
 * both when the image is pulled by that tag (exact match) and by digest (same repository);
 * without one, `repo@digest`, which only pulls by digest accept.
 */
export function atomicIdentity(ref: Reference, digest: string): string {
  const { registry, repository } = ref;
  return ref.tag !== undefined ? formatReference({ registry, repository, tag: ref.tag }) : formatReference({ registry, repository, digest });
}

export interface AtomicSignOptions {
  signer: GpgSigner;
  /** Omitted: sign only (for --upload=false / --output-signature). */
  store?: LookasideStore | undefined;
  /** Overrides the signed docker-reference. */
  identity?: string | undefined;
  creator?: string | undefined;
  now?: () => number;
}

export interface AtomicSignResult {
  image: string;
  identity: string;
  payload: Uint8Array;
  signature: Uint8Array;
  stored: StoredLookasideSignature | undefined;
}

export async function signAtomic(ref: Reference, digest: string, options: AtomicSignOptions): Promise<AtomicSignResult> {
  let identity = options.identity;
  if (identity !== undefined) {
    // Validate early: a typo here would produce signatures no node accepts.
    const parsed = parseReference(identity);
    if (parsed.tag === undefined && parsed.digest === undefined) {
      throw usageError(`--sign-container-identity "${identity}" has no tag or digest`, 'containers/image never accepts a signed name without one; add :TAG');
    }
    identity = formatReference(parsed);
  }
  identity ??= atomicIdentity(ref, digest);
  const payload = buildAtomicPayload({
    dockerReference: identity,
    digest,
    creator: options.creator ?? 'signet 0.1.0',
    timestamp: Math.floor((options.now ?? Date.now)() / 1000),
  });
  const signature = await options.signer.sign(payload);
  const stored = options.store ? await options.store.add(ref, digest, signature) : undefined;
  return { image: formatReference({ registry: ref.registry, repository: ref.repository, digest }), identity, payload, signature, stored };
}

export interface AtomicVerifyResult {
  image: string;
  ok: boolean;
  verified: VerifiedAtomicSignature[];
  /** Each refused signature (1-based, in the store's order) and why, typed as cosign-format rejections are. */
  rejected: ({ index: number } & Rejection)[];
  /** How many signatures the store held. */
  found: number;
}

/** Accepts the image when at least one stored signature verifies and its claims fit, like signedBy. */
export async function verifyAtomic(ref: Reference, digest: string, store: LookasideStore, keyring: readonly PublicKey[], signedIdentity?: SignedIdentity): Promise<AtomicVerifyResult> {
  const signatures = await store.list(ref, digest);
  const verified: VerifiedAtomicSignature[] = [];
  const rejected: ({ index: number } & Rejection)[] = [];
  // The image as the user named it decides the identity rule; the digest is always checked.
  const image: Reference = ref.digest !== undefined || ref.tag !== undefined ? ref : { ...ref, digest };
  for (const [i, signature] of signatures.entries()) {
    const opened = await openAtomicSignature(signature, keyring);
    if (!opened.ok) {
      rejected.push({ index: i + 1, code: opened.code, reason: opened.reason });
      continue;
    }
    const mismatch = claimMismatch(opened.value.payload, { image, digest, signedIdentity });
    if (mismatch) rejected.push({ index: i + 1, ...mismatch });
    else verified.push(opened.value);
  }
  return {
    image: formatReference({ registry: ref.registry, repository: ref.repository, digest }),
    ok: verified.length > 0,
    verified,
    rejected,
    found: signatures.length,
  };
}

export function describeAtomicFailure(result: AtomicVerifyResult, store: string): string {
  if (result.found === 0) return `${result.image}: no signatures in the lookaside ${store}`;
  return `${result.image}: none of ${result.found} signature(s) in ${store} is acceptable (${result.rejected.map((r) => `signature-${r.index}: ${r.reason}`).join('; ')})`;
}
