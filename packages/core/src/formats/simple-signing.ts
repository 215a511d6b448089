import { isDigest } from '../oci/digest.ts';
import { SignetError } from '../errors.ts';
import { goJson, sortedMap } from './go-json.ts';

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

/** Parses and shape-checks a payload; the caller decides whether its claims are acceptable. */
export function parseCosignPayload(bytes: Uint8Array): SimpleSigningPayload {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SignetError('verification', 'signature payload is not valid JSON');
  }
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
