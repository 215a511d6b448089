/**
 * The sigstore bundle cosign v3 writes for `cosign sign --key` (observed against a local
 * registry and read in cosign's cmd/cosign/cli/sign/sign.go `signDigestBundle`): a v0.3 bundle
 * whose content is a DSSE envelope (payloadType `application/vnd.in-toto+json`) over an in-toto
 * Statement v1 with one subject `{digest: {sha256: <hex>}, annotations: {-a values}}`, predicate
 * type `https://sigstore.dev/cosign/sign/v1` and an empty predicate. Key material is only a
 * hint (base64 SHA-256 of the public key's SPKI DER), or with `--cert` the certificates
 * (KeyBundleSigner below); without a transparency log there are no
 * tlog entries. cosign v3 verifies images only from DSSE bundles (a messageSignature bundle is
 * refused: "bundle does not contain a DSSE envelope"), so that is the only content written.
 */
import { findDuplicateKey } from './duplicate-keys.ts';
import { createHash, type KeyObject } from 'node:crypto';
import {
  assertBundleV02,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  bundleToJSON,
  isBundleWithDsseEnvelope,
  type Bundle,
  type BundleWithDsseEnvelope,
  type VerificationMaterial,
} from '@sigstore/bundle';
import { Bundle as ProtoBundle } from '@sigstore/protobuf-specs';
import { SignetError } from '../errors.ts';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** cosign's pkg/types CosignSignPredicateType: "this is a signature", not an attestation. */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';

export interface StatementSubject {
  name?: string;
  digest: Record<string, string>;
  annotations?: Record<string, unknown>;
}

export interface InTotoStatement {
  _type: string;
  subject: StatementSubject[];
  predicateType: string;
  predicate?: unknown;
}

export interface SignStatementClaims {
  digest: string;
  annotations?: Record<string, string> | undefined;
  /**
   * The image's repository, as the subject's `name`. cosign v3 writes no name and ignores it
   * when verifying; signet writes it so its own bundles carry the signed identity that the
   * legacy payload has (`critical.identity.docker-reference`), and checks it when present.
   */
  name?: string | undefined;
}

/** The in-toto statement cosign v3 signs for an image digest (plus the subject name, above). */
export function buildSignStatement(claims: SignStatementClaims): Uint8Array {
  const [algorithm, hex] = splitDigest(claims.digest);
  const subject: StatementSubject = {
    ...(claims.name ? { name: claims.name } : {}),
    digest: { [algorithm]: hex },
    annotations: { ...(claims.annotations ?? {}) },
  };
  const statement: InTotoStatement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [subject],
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    predicate: {},
  };
  return new TextEncoder().encode(JSON.stringify(statement));
}

/** Parses and shape-checks a statement; the caller decides whether its claims are acceptable. */
export function parseStatement(bytes: Uint8Array): InTotoStatement {
  let value: unknown;
  let text: string;
  try {
    // A byte-order mark is kept so JSON.parse refuses it, as Go does (cosign v3).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    throw new SignetError('verification', 'DSSE payload is not JSON');
  }
  // Go decodes the statement's structs case-insensitively, its maps (digest, annotations,
  // predicate) exactly: a repeated key would mean one thing to cosign v3 and another here.
  const duplicate = findDuplicateKey(text, { foldCaseExceptUnder: ['predicate', 'digest', 'annotations'] });
  if (duplicate !== undefined) throw new SignetError('verification', `in-toto statement repeats the key "${duplicate}" (verifiers would disagree on which one counts)`);
  if (!isRecord(value) || typeof value._type !== 'string' || typeof value.predicateType !== 'string' || !Array.isArray(value.subject)) {
    throw new SignetError('verification', 'DSSE payload is not an in-toto statement');
  }
  const subject: StatementSubject[] = [];
  for (const s of value.subject) {
    if (!isRecord(s) || !isRecord(s.digest)) throw new SignetError('verification', 'in-toto statement has a malformed subject');
    const digest: Record<string, string> = {};
    for (const [k, v] of Object.entries(s.digest)) if (typeof v === 'string') digest[k] = v;
    subject.push({
      ...(typeof s.name === 'string' ? { name: s.name } : {}),
      digest,
      ...(isRecord(s.annotations) ? { annotations: s.annotations } : {}),
    });
  }
  return { _type: value._type, subject, predicateType: value.predicateType, predicate: value.predicate };
}

/** DSSE v1 pre-authentication encoding: what the signature is over (not the payload itself). */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = Buffer.from(payloadType, 'utf8');
  const header = Buffer.from(`DSSEv1 ${type.byteLength} ${payloadType} ${payload.byteLength} `, 'utf8');
  return Buffer.concat([header, payload]);
}

/** The key hint sigstore clients put in `verificationMaterial.publicKey`: base64 SHA-256 of the SPKI DER. */
export function publicKeyHint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

/**
 * Who signed a key bundle: a public key (named only by its hint), or a certificate. For a
 * certificate cosign v3 (`sign --key --cert [--cert-chain]`) writes the leaf alone as
 * `certificate`, or, given a chain, `x509CertificateChain` with the leaf then the chain's
 * certificates minus any self-signed root (the verifier supplies the root). The v0.3 spec
 * forbids the chain form, so cosign v3 verifies it only with `--allow-certificate-chain`.
 */
export type KeyBundleSigner = { hint: string } | { certificates: readonly Uint8Array[]; chain: boolean };

export function bundleVerificationMaterial(signer: KeyBundleSigner): VerificationMaterial['content'] {
  if ('hint' in signer) return { $case: 'publicKey', publicKey: { hint: signer.hint } };
  const [leaf, ...rest] = signer.certificates.map((der) => ({ rawBytes: Buffer.from(der) }));
  if (!leaf) throw new Error('a certificate bundle needs the leaf certificate');
  return signer.chain
    ? { $case: 'x509CertificateChain', x509CertificateChain: { certificates: [leaf, ...rest] } }
    : { $case: 'certificate', certificate: leaf };
}

/** A v0.3 bundle with a DSSE envelope, the signer's key hint or certificates, and no tlog entries, as JSON bytes. */
export function buildKeyBundle(statement: Uint8Array, signature: Uint8Array, signer: KeyBundleSigner): Uint8Array {
  const bundle: BundleWithDsseEnvelope = {
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      content: bundleVerificationMaterial(signer),
      tlogEntries: [],
      timestampVerificationData: undefined,
    },
    content: {
      $case: 'dsseEnvelope',
      dsseEnvelope: {
        payload: Buffer.from(statement),
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        // keyid stays empty, as cosign writes it: the hint is in the verification material.
        signatures: [{ sig: Buffer.from(signature), keyid: '' }],
      },
    },
  };
  return new TextEncoder().encode(JSON.stringify(bundleToJSON(bundle)));
}

/** The bundle's signing certificate and the intermediates it carries, as DER; undefined for a key bundle. */
export function bundleCertificates(bundle: Bundle): { leaf: Uint8Array; carried: Uint8Array[] } | undefined {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'certificate') return { leaf: content.certificate.rawBytes, carried: [] };
  if (content.$case !== 'x509CertificateChain') return undefined;
  const [leaf, ...carried] = content.x509CertificateChain.certificates.map((c) => c.rawBytes);
  return leaf ? { leaf, carried } : undefined;
}

/** A bundle with its DSSE content, or why it cannot be used as an image signature. */
export function parseBundle(bytes: Uint8Array): BundleWithDsseEnvelope | string {
  let bundle: Bundle;
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    bundle = isV03WithChain(json) ? acceptedChainBundle(json) : bundleFromJSON(json);
  } catch (e) {
    return `not a valid sigstore bundle (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!isBundleWithDsseEnvelope(bundle)) return 'bundle holds a message signature, not a DSSE envelope (cosign v3 refuses it for images too)';
  return bundle;
}

/**
 * cosign v3's `--cert-chain` bundles put a certificate chain in a v0.3 bundle, which
 * @sigstore/bundle refuses for v0.3. signet reads them as cosign does with
 * `--allow-certificate-chain`: every other v0.3 rule still applies (v0.2's checks are
 * v0.3's minus the chain ban).
 */
function isV03WithChain(json: unknown): boolean {
  return isRecord(json) && json.mediaType === BUNDLE_V03_MEDIA_TYPE && isRecord(json.verificationMaterial) && json.verificationMaterial.x509CertificateChain !== undefined;
}

function acceptedChainBundle(json: unknown): Bundle {
  const bundle = ProtoBundle.fromJSON(json);
  assertBundleV02(bundle);
  return bundle;
}

function splitDigest(digest: string): [string, string] {
  const i = digest.indexOf(':');
  if (i <= 0) throw new SignetError('usage', `not a digest: ${digest}`);
  return [digest.slice(0, i), digest.slice(i + 1)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
