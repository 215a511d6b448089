/**
 * Checks the signatures stored for one image against one public key. A signature counts only
 * when the cryptography holds AND its payload names this digest AND this repository AND
 * carries every required annotation: a valid signature for another image proves nothing.
 */
import type { KeyObject } from 'node:crypto';
import { isSignetError } from '../errors.ts';
import { parseCosignPayload, type SimpleSigningPayload } from '../formats/simple-signing.ts';
import { verifyBytes } from '../keys/index.ts';
import type { OpenedImage } from '../targets/open-image.ts';

export interface VerifyOptions {
  publicKey: KeyObject;
  /** `-a key=value`: each must appear with that value in the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** cosign ignores the signed identity; signet checks it unless told not to. */
  checkIdentity?: boolean;
}

export interface RejectedSignature {
  layerDigest: string;
  reason: string;
}

export interface ImageVerification {
  image: string;
  digest: string;
  signatureLocation: string;
  /** Payloads of the signatures that passed every check, in cosign's JSON shape. */
  verified: SimpleSigningPayload[];
  rejected: RejectedSignature[];
  ok: boolean;
}

export async function verifyImage(image: OpenedImage, options: VerifyOptions): Promise<ImageVerification> {
  const set = await image.signatures.read(image.digest);
  const stored = await image.signatures.load(set);
  const verified: SimpleSigningPayload[] = [];
  const rejected: RejectedSignature[] = [];
  for (const sig of stored) {
    const reason = checkSignature(image, sig.payload, sig.signature, options);
    if (typeof reason === 'string') rejected.push({ layerDigest: sig.layer.digest, reason });
    else verified.push(reason);
  }
  return {
    image: image.display,
    digest: image.digest,
    signatureLocation: set.location,
    verified,
    rejected,
    ok: verified.length > 0,
  };
}

/** Returns the accepted payload, or why the signature was rejected. */
function checkSignature(
  image: OpenedImage,
  payload: Uint8Array,
  signature: Uint8Array,
  options: VerifyOptions,
): SimpleSigningPayload | string {
  if (signature.byteLength === 0) return 'signature annotation missing or not base64';
  if (!verifyBytes(options.publicKey, payload, signature)) return 'signature does not verify with the given key';
  let parsed: SimpleSigningPayload;
  try {
    parsed = parseCosignPayload(payload);
  } catch (e) {
    if (isSignetError(e)) return e.message;
    throw e;
  }
  const signedDigest = parsed.critical.image['docker-manifest-digest'];
  if (signedDigest !== image.digest) return `payload signs digest ${signedDigest}, not ${image.digest}`;
  const identity = parsed.critical.identity['docker-reference'];
  if (options.checkIdentity !== false && !image.identityMatches(identity)) {
    return `payload identity "${identity}" does not name this image's repository (${image.dockerReference})`;
  }
  for (const [key, value] of Object.entries(options.annotations ?? {})) {
    const actual = parsed.optional?.[key];
    if (actual !== value) {
      return actual === undefined ? `annotation ${key} missing (want "${value}")` : `annotation ${key}="${String(actual)}", want "${value}"`;
    }
  }
  return parsed;
}

/** The summary cosign prints as a list when nothing verified. */
export function describeFailure(result: ImageVerification): string {
  if (result.rejected.length === 0) return `no signatures found for ${result.image} (looked in ${result.signatureLocation})`;
  const reasons = [...new Set(result.rejected.map((r) => r.reason))];
  return `no valid signature for ${result.image}: ${reasons.join('; ')}`;
}
