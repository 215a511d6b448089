/**
 * Checks one sigstore bundle (cosign v3's image signature) against a public key: the DSSE
 * signature over the pre-authentication encoding, then the statement's claims, with the same
 * rules as a legacy signature (digest, identity when signed, -a annotations). Stricter than
 * cosign v3 in one way: the predicate type must be cosign's signature type, because cosign
 * would also count any attestation (say SLSA provenance) signed by the key as a signature.
 */
import { signedIdentityProblem } from './signed-identity.ts';
import { X509Certificate, type KeyObject } from 'node:crypto';
import type { BundleWithDsseEnvelope } from '@sigstore/bundle';
import { isSignetError } from '../errors.ts';
import { verifyBytes } from '../keys/index.ts';
import type { SimpleSigningPayload } from '../formats/simple-signing.ts';
import {
  bundleCertificates,
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  parseStatement,
  preAuthEncoding,
  type InTotoStatement,
} from '../formats/sigstore-bundle.ts';
import type { OpenedImage } from '../targets/open-image.ts';
import type { VerifyOptions } from './verify-image.ts';
import { keylessProblem } from '../keyless/keyless.ts';
import { bundleKeyTlogProblem } from '../keyless/key-tlog.ts';
import { trustedCertificateKey, type CertificateTrust } from '../x509/certificates.ts';

/** The accepted claims in cosign's JSON shape (as cosign v3 prints them), or why the bundle was rejected. */
export async function checkBundle(image: OpenedImage, bundle: BundleWithDsseEnvelope, options: VerifyOptions): Promise<SimpleSigningPayload | string> {
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return `bundle: DSSE payload type is "${envelope.payloadType}", not in-toto`;
  if (options.keyless) {
    // Keyless: sigstore's checks (chain, log entry, signing time, DSSE signature), then identity.
    const problem = await keylessProblem(bundle, options.keyless.trust, options.keyless.identity);
    if (problem) return `bundle: ${problem}`;
  } else {
    const key = options.certificates ? await bundleCertificateKey(bundle, options.certificates) : options.publicKey;
    if (typeof key === 'string') return `bundle: ${key}`;
    if (!key) throw new Error('checkBundle needs a public key or certificate trust');
    const pae = preAuthEncoding(envelope.payloadType, envelope.payload);
    if (!envelope.signatures.some((s) => verifyBytes(key, pae, s.sig))) {
      return `bundle: signature does not verify with ${options.certificates ? 'its certificate' : 'the given key'}`;
    }
    const logged = options.tlog ? bundleKeyTlogProblem(bundle, options.tlog) : undefined;
    if (logged) return `bundle: ${logged}`;
  }
  let statement: InTotoStatement;
  try {
    statement = parseStatement(envelope.payload);
  } catch (e) {
    if (isSignetError(e)) return `bundle: ${e.message}`;
    throw e;
  }
  if (statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE) {
    return `bundle: predicate type "${statement.predicateType}" is an attestation, not a cosign signature`;
  }
  const [algorithm, hex] = image.digest.split(':') as [string, string];
  const subject = statement.subject.find((s) => s.digest[algorithm] === hex);
  if (!subject) return `bundle: statement does not name digest ${image.digest}`;
  // cosign v3 signs no identity; signet's bundles carry it as the subject name, checked when present.
  const wrongIdentity = subject.name !== undefined && options.checkIdentity !== false && signedIdentityProblem(image.dockerReference, subject.name, options.signedIdentity, 'bundle: subject name');
  if (wrongIdentity) return wrongIdentity;
  const optional = subject.annotations ?? {};
  for (const [key, value] of Object.entries(options.annotations ?? {})) {
    const actual = Object.hasOwn(optional, key) ? optional[key] : undefined;
    if (actual !== value) {
      return actual === undefined ? `bundle: annotation ${key} missing (want "${value}")` : `bundle: annotation ${key}="${String(actual)}", want "${value}"`;
    }
  }
  return {
    critical: {
      identity: { 'docker-reference': subject.name ?? image.display },
      image: { 'docker-manifest-digest': image.digest },
      type: statement.predicateType,
    },
    optional,
  };
}

/** The certificate-backed bundle's leaf key once its certificate checks out (as a `.sig` layer's would), or why not. */
async function bundleCertificateKey(bundle: BundleWithDsseEnvelope, trust: CertificateTrust): Promise<KeyObject | string> {
  const material = bundleCertificates(bundle);
  if (!material) return 'bundle carries no certificate (it is signed by a bare key: verify with --key)';
  let leaf: X509Certificate;
  let carried: X509Certificate[];
  try {
    leaf = new X509Certificate(material.leaf);
    carried = material.carried.map((der) => new X509Certificate(der));
  } catch {
    return 'bundle certificate is not valid X.509';
  }
  return trustedCertificateKey(leaf, carried, trust);
}
