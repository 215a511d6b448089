import { isDigest } from '../oci/digest.ts';
import { SignetError } from '../errors.ts';
import { goJson, sortedMap } from './go-json.ts';
import { findDuplicateKey } from './duplicate-keys.ts';

export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';

/** The decoded simple-signing payload, as cosign prints it from `cosign verify`. */
export interface SimpleSigningPayload {
  critical: {
    identity: { 'docker-reference': string };
    image: { 'docker-manifest-digest': string };
    type: string;
  };
  optional: Record<string, unknown> | null;
}

export interface PayloadClaims {
  dockerReference: string;
  digest: string;
  annotations?: Record<string, string> | undefined;
}

/**
 * The payload bytes cosign v2 would produce for the same inputs (sigstore's
 * payload.Cosign marshalled by Go): `optional` is null when there are no annotations.
 */
export function buildCosignPayload(claims: PayloadClaims): Uint8Array {
  const annotations = claims.annotations && Object.keys(claims.annotations).length > 0 ? sortedMap(claims.annotations) : null;
  const json = goJson({
    critical: {
      identity: { 'docker-reference': claims.dockerReference },
      image: { 'docker-manifest-digest': claims.digest },
      type: COSIGN_SIGNATURE_TYPE,
    },
    optional: annotations,
  });
  return new TextEncoder().encode(json);
}

/**
 * JSON as every peer reads it, or a verification error. A byte-order mark is kept (not stripped,
 * as TextDecoder would by default) so JSON.parse refuses it as Go does; duplicated keys are
 * refused because JSON.parse keeps the last one and Go the last case-insensitive match
 * (`foldCaseExceptUnder`: see duplicate-keys.ts), so one payload could sign two digests.
 */
function parsePayloadJson(bytes: Uint8Array, foldCaseExceptUnder: readonly string[] | undefined): unknown {
  let text: string;
  let doc: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    doc = JSON.parse(text);
  } catch {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    throw new SignetError('verification', bom ? 'signature payload starts with a byte-order mark (cosign and containers/image refuse it)' : 'signature payload is not valid JSON');
  }
  const duplicate = findDuplicateKey(text, foldCaseExceptUnder ? { foldCaseExceptUnder } : {});
  if (duplicate !== undefined) {
    throw new SignetError('verification', `signature payload repeats the key "${duplicate}" (verifiers would disagree on which one counts)`);
  }
  return doc;
}

/** Parses and shape-checks a payload; the caller decides whether its claims are acceptable. */
export function parseCosignPayload(bytes: Uint8Array): SimpleSigningPayload {
  // cosign reads payloads with Go's encoding/json: struct fields match case-insensitively,
  // `optional` is a map (exact keys).
  const doc = parsePayloadJson(bytes, ['optional']);
  const critical = (doc as { critical?: unknown } | null)?.critical as SimpleSigningPayload['critical'] | undefined;
  const reference = critical?.identity?.['docker-reference'];
  const digest = critical?.image?.['docker-manifest-digest'];
  if (typeof reference !== 'string' || typeof digest !== 'string' || typeof critical?.type !== 'string') {
    throw new SignetError('verification', 'signature payload lacks critical.identity, critical.image or critical.type');
  }
  if (critical.type !== COSIGN_SIGNATURE_TYPE) {
    throw new SignetError('verification', `signature payload has type "${critical.type}", expected "${COSIGN_SIGNATURE_TYPE}"`);
  }
  if (!isDigest(digest)) throw new SignetError('verification', `signature payload names an invalid digest "${digest}"`);
  const optional = (doc as { optional?: unknown }).optional;
  return {
    critical,
    optional: optional && typeof optional === 'object' && !Array.isArray(optional) ? (optional as Record<string, unknown>) : null,
  };
}

/** containers/image's type string: what skopeo, podman and CRI-O write and require. */
export const ATOMIC_SIGNATURE_TYPE = 'atomic container signature';

export interface AtomicClaims {
  dockerReference: string;
  digest: string;
  /** containers/image writes its own name and version here; free text, not checked on verify. */
  creator?: string | undefined;
  /** Unix seconds. */
  timestamp?: number | undefined;
}

/**
 * The payload containers/image signs (signature.untrustedSignature.MarshalJSON): the same
 * `critical` as cosign's, with `optional` holding creator and timestamp. Go marshals these maps
 * with sorted keys, so the bytes match what skopeo would sign for the same inputs.
 */
export function buildAtomicPayload(claims: AtomicClaims): Uint8Array {
  const optional: Record<string, string | number> = {};
  if (claims.creator !== undefined) optional.creator = claims.creator;
  if (claims.timestamp !== undefined) optional.timestamp = Math.trunc(claims.timestamp);
  const json = goJson({
    critical: {
      identity: { 'docker-reference': claims.dockerReference },
      image: { 'docker-manifest-digest': claims.digest },
      type: ATOMIC_SIGNATURE_TYPE,
    },
    optional: sortedMap(optional),
  });
  return new TextEncoder().encode(json);
}

export interface AtomicPayload {
  dockerReference: string;
  digest: string;
  creator: string | undefined;
  timestamp: number | undefined;
}

const exactKeys = (o: object, keys: readonly string[]): boolean => {
  const actual = Object.keys(o).sort();
  return actual.length === keys.length && actual.every((k, i) => k === [...keys].sort()[i]);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses a payload as strictly as containers/image (untrustedSignature.strictUnmarshalJSON):
 * `critical` and its members must have exactly the known keys, because an unknown critical
 * field could carry a restriction this verifier would silently ignore.
 */
export function parseAtomicPayload(bytes: Uint8Array): AtomicPayload {
  // containers/image's paranoid parser: exact keys, duplicates refused.
  const doc = parsePayloadJson(bytes, undefined);
  const bad = (why: string): never => {
    throw new SignetError('verification', `signature payload is not an atomic container signature: ${why}`);
  };
  if (!isObject(doc) || !exactKeys(doc, ['critical', 'optional'])) bad('top level must have exactly "critical" and "optional"');
  const { critical, optional } = doc as { critical: unknown; optional: unknown };
  if (!isObject(critical) || !exactKeys(critical, ['identity', 'image', 'type'])) bad('"critical" must have exactly identity, image and type');
  const c = critical as { identity: unknown; image: unknown; type: unknown };
  if (c.type !== ATOMIC_SIGNATURE_TYPE) bad(`type is ${JSON.stringify(c.type)}, expected "${ATOMIC_SIGNATURE_TYPE}"`);
  if (!isObject(c.image) || !exactKeys(c.image, ['docker-manifest-digest']) || typeof c.image['docker-manifest-digest'] !== 'string') {
    bad('"critical.image" must have exactly a string docker-manifest-digest');
  }
  if (!isObject(c.identity) || !exactKeys(c.identity, ['docker-reference']) || typeof c.identity['docker-reference'] !== 'string') {
    bad('"critical.identity" must have exactly a string docker-reference');
  }
  if (!isObject(optional)) bad('"optional" must be an object');
  const o = optional as Record<string, unknown>;
  if (o.creator !== undefined && typeof o.creator !== 'string') bad('optional.creator must be a string');
  if (o.timestamp !== undefined && (typeof o.timestamp !== 'number' || !Number.isInteger(o.timestamp))) bad('optional.timestamp must be an integer');
  const digest = (c.image as Record<string, string>)['docker-manifest-digest'] as string;
  if (!isDigest(digest)) bad(`invalid digest "${digest}"`);
  return {
    dockerReference: (c.identity as Record<string, string>)['docker-reference'] as string,
    digest,
    creator: o.creator as string | undefined,
    timestamp: o.timestamp as number | undefined,
  };
}
