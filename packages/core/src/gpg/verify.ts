/**
 * Verifies containers/image signatures as its signedBy policy does: exactly one OpenPGP
 * signature, made by a key in the trusted keyring, over a payload naming this manifest digest
 * and an identity that matches the image under matchRepoDigestOrExact.
 */
import { signedIdentityProblem, type SignedIdentity } from '../verify/signed-identity.ts';
import type * as OpenPGP from 'openpgp';
import { openpgp } from './openpgp.ts';
import { parseAtomicPayload, type AtomicPayload } from '../formats/simple-signing.ts';
import { formatReference, parseReference, type Reference } from '../reference/index.ts';
import { fingerprintOf, type PublicKey } from './keys.ts';
import { verifyWithGpgBinary } from './gpg-binary-verify.ts';
import { keyNotValidNow } from './key-validity.ts';
import { rejection, type Rejection } from '../verify/types.ts';

export interface VerifiedAtomicSignature {
  payload: AtomicPayload;
  /** Primary key fingerprint (uppercase hex) of the key that made the signature. */
  signedBy: string;
}

/** A refusal carries the same codes as cosign-format rejections (verify/types.ts), so every front end counts them alike. */
export type AtomicVerification = { ok: true; value: VerifiedAtomicSignature } | ({ ok: false } & Rejection);

/** Checks the OpenPGP signature only; the caller checks the claims. */
export async function openAtomicSignature(signature: Uint8Array, keyring: readonly PublicKey[]): Promise<AtomicVerification> {
  let message: OpenPGP.Message<Uint8Array>;
  try {
    message = await (await openpgp()).readMessage({ binaryMessage: signature });
  } catch {
    return { ok: false, code: 'malformed', reason: 'not an OpenPGP signed message' };
  }
  let result: OpenPGP.VerifyMessageResult<Uint8Array>;
  try {
    result = await (await openpgp()).verify({ message, verificationKeys: [...keyring], format: 'binary' });
  } catch (e) {
    return { ok: false, code: 'malformed', reason: `unreadable OpenPGP message (${(e as Error).message.split('\n')[0]})` };
  }
  // openpgp.js skips version-3 signature packets, so a v3-signed message shows no signature:
  // gpg reads those (gpg-binary-verify.ts), and then decides alone.
  if (result.signatures.length === 0) return viaGpgBinary(signature, keyring);
  // containers/image rejects anything but exactly one signature, so a message carrying a
  // trusted and an untrusted signature cannot be read two ways.
  if (result.signatures.length !== 1) return { ok: false, code: 'malformed', reason: `expected exactly one OpenPGP signature, found ${result.signatures.length}` };
  const sig = result.signatures[0]!;
  const keyId = sig.keyID.toHex().toUpperCase();
  const key = keyring.find((k) => k.getKeys(sig.keyID).length > 0);
  if (!key) return { ok: false, code: 'untrusted', reason: `signed by key ${keyId}, which is not in the keyring` };
  try {
    await sig.verified;
  } catch (e) {
    return { ok: false, code: 'untrusted', reason: `signature by key ${keyId} does not verify (${(e as Error).message.split('\n')[0]})` };
  }
  const stale = await keyNotValidNow(key, sig.keyID);
  if (stale) return { ok: false, code: 'untrusted', reason: `signature by key ${keyId}: ${stale}` };
  return withPayload(result.data, fingerprintOf(key));
}

function withPayload(data: Uint8Array, signedBy: string): AtomicVerification {
  let payload: AtomicPayload;
  try {
    payload = parseAtomicPayload(data);
  } catch (e) {
    return { ok: false, code: 'malformed', reason: (e as Error).message };
  }
  return { ok: true, value: { payload, signedBy } };
}

async function viaGpgBinary(signature: Uint8Array, keyring: readonly PublicKey[]): Promise<AtomicVerification> {
  const r = await verifyWithGpgBinary(signature, keyring);
  if (!r.ok) return { ok: false, code: r.malformed ? 'malformed' : 'untrusted', reason: r.reason };
  // gpg names the primary key; report the keyring's spelling of it.
  const key = keyring.find((k) => fingerprintOf(k) === r.primaryFingerprint);
  if (!key) return { ok: false, code: 'untrusted', reason: `signed by key ${r.primaryFingerprint}, which is not in the keyring` };
  return withPayload(r.data, fingerprintOf(key));
}

/**
 * containers/image's default signedIdentity, matchRepoDigestOrExact: when the image is named
 * by tag the signed reference must be exactly that tag; by digest only, any tag or digest of
 * the same repository is accepted (the digest itself is checked separately). A signed
 * reference without tag or digest never matches.
 */
export function matchRepoDigestOrExact(image: Reference, signedReference: string): boolean {
  let signed: Reference;
  try {
    signed = parseReference(signedReference);
  } catch {
    return false;
  }
  if (signed.tag === undefined && signed.digest === undefined) return false;
  if (image.tag !== undefined) return formatReference(signed) === formatReference(image);
  if (image.digest !== undefined) return signed.registry === image.registry && signed.repository === image.repository;
  return false;
}

export interface ClaimCheck {
  image: Reference;
  digest: string;
  /** A rule other than the default (promotion): the signed repository it names is required. */
  signedIdentity?: SignedIdentity | undefined;
}

/** Why a verified signature's claims do not fit this image, or undefined when they do. */
export function claimMismatch(payload: AtomicPayload, check: ClaimCheck): Rejection | undefined {
  if (payload.digest !== check.digest) return rejection('digest', `signed digest ${payload.digest} is not the image's ${check.digest}`);
  if (check.signedIdentity) {
    const problem = signedIdentityProblem(`${check.image.registry}/${check.image.repository}`, payload.dockerReference, check.signedIdentity, 'signed identity');
    return problem === undefined ? undefined : rejection('identity', problem);
  }
  if (!matchRepoDigestOrExact(check.image, payload.dockerReference)) {
    return rejection('identity', `signed identity "${payload.dockerReference}" does not match ${formatReference(check.image)}`);
  }
  return undefined;
}
