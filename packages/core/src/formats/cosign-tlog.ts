/**
 * cosign v2's legacy layout for transparency-log and timestamp evidence: annotations on the
 * `.sig` layer instead of a sigstore bundle.
 *
 * - `dev.sigstore.cosign/bundle`: the Rekor entry as cosign's RekorBundle struct,
 *   `{"SignedEntryTimestamp": b64(SET), "Payload": {"body": b64(canonical body),
 *   "integratedTime": n, "logIndex": n, "logID": hex}}` (cosign pkg/cosign/bundle/rekor.go;
 *   field order as the Go struct). The SET signs exactly the Payload fields, so the legacy
 *   annotation carries what a v0.1 bundle's inclusion promise does, and no inclusion proof.
 * - `dev.sigstore.cosign/rfc3161timestamp`: `{"SignedRFC3161Timestamp": b64(DER)}`, over the
 *   raw signature bytes (cosign pkg/cosign/bundle/tsa.go).
 *
 * Both directions live here: sigstore-js builds a message-signature bundle (hashedrekord
 * entry), which becomes annotations; on verify the annotations become that bundle again, so
 * @sigstore/verify performs every check (SET with the log key, body against signature and
 * digest, chain and time) on one path for both layouts.
 */
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { Bundle, TransparencyLogEntry } from '@sigstore/bundle';
import { Annotations } from './signature-manifest.ts';
import { goJson } from './go-json.ts';

export const TIMESTAMP_ANNOTATION = 'dev.sigstore.cosign/rfc3161timestamp';

const BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
/** protobuf-specs HashAlgorithm.SHA2_256. */
const SHA2_256 = 1;

interface RekorBundleJSON {
  SignedEntryTimestamp: string;
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
}

/** The `.sig` layer annotations for a sigstore message-signature bundle's log entry and timestamps. */
export function legacyEvidenceAnnotations(bundle: Bundle): Record<string, string> {
  const out: Record<string, string> = {};
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    if (!set) throw new Error('the transparency log returned no signed entry timestamp');
    out[Annotations.bundle] = goJson({
      SignedEntryTimestamp: Buffer.from(set).toString('base64'),
      Payload: {
        body: Buffer.from(entry.canonicalizedBody).toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId).toString('hex'),
      },
    });
  }
  const timestamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
  if (timestamp) out[TIMESTAMP_ANNOTATION] = goJson({ SignedRFC3161Timestamp: Buffer.from(timestamp.signedTimestamp).toString('base64') });
  return out;
}

export interface LegacySignature {
  payload: Uint8Array;
  signature: Uint8Array;
  annotations: Record<string, string>;
  /** The signing certificate (keyless, or `--cert`), else the signature is key-signed. */
  leaf?: X509Certificate | undefined;
}

/**
 * The v0.1 message-signature bundle equivalent to a legacy `.sig` layer, or why there is none.
 * A missing `dev.sigstore.cosign/bundle` yields a bundle without tlog entries (the caller's
 * threshold decides whether that is acceptable).
 */
export function legacyToBundle(sig: LegacySignature): Bundle | string {
  const tlogEntries: TransparencyLogEntry[] = [];
  const raw = sig.annotations[Annotations.bundle];
  if (raw !== undefined) {
    const entry = parseRekorBundle(raw);
    if (typeof entry === 'string') return entry;
    tlogEntries.push(entry);
  }
  const rfc3161Timestamps = [];
  const ts = sig.annotations[TIMESTAMP_ANNOTATION];
  if (ts !== undefined) {
    try {
      const parsed = JSON.parse(ts) as { SignedRFC3161Timestamp?: unknown };
      if (typeof parsed.SignedRFC3161Timestamp !== 'string') throw new Error('no SignedRFC3161Timestamp');
      rfc3161Timestamps.push({ signedTimestamp: Buffer.from(parsed.SignedRFC3161Timestamp, 'base64') });
    } catch (e) {
      return `${TIMESTAMP_ANNOTATION} annotation unreadable (${(e as Error).message})`;
    }
  }
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: {
      content: sig.leaf
        ? { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [{ rawBytes: sig.leaf.raw }] } }
        : { $case: 'publicKey', publicKey: { hint: '' } },
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps },
    },
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: { algorithm: SHA2_256, digest: createHash('sha256').update(sig.payload).digest() },
        signature: Buffer.from(sig.signature),
      },
    },
  } as Bundle;
}

function parseRekorBundle(raw: string): TransparencyLogEntry | string {
  let parsed: RekorBundleJSON;
  try {
    parsed = JSON.parse(raw) as RekorBundleJSON;
  } catch {
    return `${Annotations.bundle} annotation is not JSON`;
  }
  const p = parsed.Payload;
  if (typeof parsed.SignedEntryTimestamp !== 'string' || !p || typeof p.body !== 'string' || typeof p.logID !== 'string' || !Number.isSafeInteger(p.integratedTime) || !Number.isSafeInteger(p.logIndex)) {
    return `${Annotations.bundle} annotation lacks SignedEntryTimestamp or Payload{body, integratedTime, logIndex, logID}`;
  }
  const body = Buffer.from(p.body, 'base64');
  let kind: { kind?: unknown; apiVersion?: unknown };
  try {
    kind = JSON.parse(body.toString('utf8')) as typeof kind;
  } catch {
    return 'Rekor entry body is not JSON';
  }
  return {
    logIndex: String(p.logIndex),
    logId: { keyId: Buffer.from(p.logID, 'hex') },
    kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
    integratedTime: String(p.integratedTime),
    inclusionPromise: { signedEntryTimestamp: Buffer.from(parsed.SignedEntryTimestamp, 'base64') },
    inclusionProof: undefined,
    canonicalizedBody: body,
  };
}

/**
 * cosign also requires the logged verifier to be the signature's own certificate or key;
 * @sigstore/verify compares only signature and digest, so this closes the gap for `.sig`
 * layers, whose certificate is a free-standing annotation.
 */
export function loggedVerifierProblem(sig: LegacySignature, key: KeyObject): string | undefined {
  const raw = sig.annotations[Annotations.bundle];
  if (raw === undefined) return undefined;
  try {
    const body = JSON.parse(Buffer.from((JSON.parse(raw) as RekorBundleJSON).Payload.body, 'base64').toString('utf8')) as {
      kind?: string;
      spec?: { signature?: { publicKey?: { content?: string } } };
    };
    if (body.kind !== 'hashedrekord') return `Rekor entry is a ${String(body.kind)} entry, not hashedrekord`;
    const pem = Buffer.from(body.spec?.signature?.publicKey?.content ?? '', 'base64').toString('utf8');
    const logged = pem.includes('CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
    const der = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' });
    return der(logged).equals(der(key)) ? undefined : 'Rekor entry was logged for another key or certificate';
  } catch (e) {
    return `Rekor entry body unreadable (${(e as Error).message})`;
  }
}
