/**
 * Checks the signatures stored for one image against one public key. A signature counts only
 * when the cryptography holds AND its payload names this digest AND this repository AND
 * carries every required annotation: a valid signature for another image proves nothing.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { isSignetError, SignetError } from '../errors.ts';
import { parseCosignPayload, type SimpleSigningPayload } from '../formats/simple-signing.ts';
import { verifyBytes } from '../keys/index.ts';
import { imageExists, type OpenedImage } from '../targets/open-image.ts';
import type { StoredSignature } from '../stores/cosign-signatures.ts';
import { MediaTypes } from '../oci/types.ts';
import { checkBundle } from './verify-bundle.ts';
import { signedIdentityProblem, type SignedIdentity } from './signed-identity.ts';
import { legacyKeylessProblem, type KeylessTrustMaterial } from '../keyless/keyless.ts';
import { legacyKeyTlogProblem } from '../keyless/key-tlog.ts';
import { parseCertificates, trustedCertificateKey, type CertificateTrust, type IdentityRequirement } from '../x509/certificates.ts';

export type { CertificateTrust };

/** Keyless trust: a sigstore trusted root (CA, logs) and the identity the certificate must name. */
export interface KeylessTrust {
  trust: KeylessTrustMaterial;
  identity: IdentityRequirement;
}

export interface VerifyOptions {
  /** Exactly one of publicKey / certificates / keyless. */
  publicKey?: KeyObject | undefined;
  certificates?: CertificateTrust | undefined;
  keyless?: KeylessTrust | undefined;
  /**
   * With `publicKey`: the logs whose entry each signature must carry (cosign's default for keys;
   * signet's when the user names a Rekor key). Undefined: the tlog is not checked.
   */
  tlog?: KeylessTrustMaterial | undefined;
  /** `-a key=value`: each must appear with that value in the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** cosign ignores the signed identity; signet checks it unless told not to. */
  checkIdentity?: boolean;
  /** Which signed identities count (promotion); default: the image's own repository. */
  signedIdentity?: SignedIdentity | undefined;
}

export interface RejectedSignature {
  /** The `.sig` layer's digest, or for a bundle the digest of its referrer manifest. */
  layerDigest: string;
  reason: string;
}

export interface ImageVerification {
  image: string;
  digest: string;
  /** Where signatures were looked for: the `.sig` tag, then the bundle referrers. */
  signatureLocation: string;
  /** Payloads of the signatures that passed every check, in cosign's JSON shape. */
  verified: SimpleSigningPayload[];
  rejected: RejectedSignature[];
  ok: boolean;
}

/**
 * Both layouts are read: cosign's legacy `.sig` manifest and sigstore bundle referrers (cosign
 * v3's default). A signature found in either that passes every check counts; both are read in
 * parallel, so a bundle costs one extra round trip (the referrers list) when there are none.
 */
export async function verifyImage(image: OpenedImage, options: VerifyOptions): Promise<ImageVerification> {
  // The image must exist, as for cosign (it fetches the image first) and containers/image (it
  // digests the manifest it pulled): a signature left behind for a deleted manifest verifies
  // nothing. Asked in parallel with the reads, so it costs a request, not a round trip.
  const [set, referrers, exists] = await Promise.all([image.signatures.read(image.digest), image.bundles.list(image.digest, MediaTypes.sigstoreBundle), imageExists(image)]);
  if (!exists) {
    throw new SignetError('usage', `image ${image.display} not found`, {
      hint: set.layers.length + referrers.entries.length > 0 ? 'signatures exist for a manifest the registry no longer has: push the image again, or check the digest' : 'push the image first, or check the repository name and digest',
    });
  }
  const [stored, bundles] = await Promise.all([image.signatures.load(set), image.bundles.load(image.digest, referrers.entries)]);
  const verified: SimpleSigningPayload[] = [];
  const rejected: RejectedSignature[] = [];
  for (const sig of stored) {
    const reason = await checkSignature(image, sig, options);
    if (typeof reason === 'string') rejected.push({ layerDigest: sig.layer.digest, reason });
    else verified.push(reason);
  }
  for (const stored of bundles) {
    const reason = stored.bundle ? await checkBundle(image, stored.bundle, options) : `bundle referrer: ${stored.problem ?? 'unusable'}`;
    if (typeof reason === 'string') rejected.push({ layerDigest: stored.manifestDigest, reason });
    else verified.push(reason);
  }
  return {
    image: image.display,
    digest: image.digest,
    signatureLocation: referrers.entries.length > 0 ? `${set.location} and ${referrers.location}` : set.location,
    verified,
    rejected,
    ok: verified.length > 0,
  };
}

/** Returns the accepted payload, or why the signature was rejected. */
async function checkSignature(image: OpenedImage, sig: StoredSignature, options: VerifyOptions): Promise<SimpleSigningPayload | string> {
  const { payload, signature } = sig;
  if (signature.byteLength === 0) return 'signature annotation missing or not base64';
  const untrusted = options.keyless ? await legacyKeylessProblem({ ...sig, annotations: sig.layer.annotations ?? {} }, options.keyless.trust, options.keyless.identity) : await keyProblem(sig, options);
  if (untrusted) return untrusted;
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
  const wrongIdentity = options.checkIdentity !== false && signedIdentityProblem(image.dockerReference, identity, options.signedIdentity);
  if (wrongIdentity) return wrongIdentity;
  for (const [key, value] of Object.entries(options.annotations ?? {})) {
    // Own keys only: `optional.__proto__` or `optional.constructor` must not be inherited values.
    const actual = parsed.optional && Object.hasOwn(parsed.optional, key) ? parsed.optional[key] : undefined;
    if (actual !== value) {
      return actual === undefined ? `annotation ${key} missing (want "${value}")` : `annotation ${key}="${String(actual)}", want "${value}"`;
    }
  }
  return parsed;
}

/** Why the signature is not made by the given key or a trusted certificate, if it is not. */
async function keyProblem(sig: StoredSignature, options: VerifyOptions): Promise<string | undefined> {
  const key = options.certificates ? await certificateKey(sig, options.certificates) : options.publicKey;
  if (typeof key === 'string') return key;
  if (!key) throw new Error('verifyImage needs a public key or certificate trust');
  if (!verifyBytes(key, sig.payload, sig.signature)) {
    return options.certificates ? 'signature does not verify with its certificate' : 'signature does not verify with the given key';
  }
  if (options.tlog) return legacyKeyTlogProblem({ ...sig, annotations: sig.layer.annotations ?? {} }, options.tlog, key);
  return undefined;
}

/** The summary cosign prints as a list when nothing verified. */
export function describeFailure(result: ImageVerification): string {
  if (result.rejected.length === 0) return `no signatures found for ${result.image} (looked in ${result.signatureLocation})`;
  const reasons = [...new Set(result.rejected.map((r) => r.reason))];
  return `no valid signature for ${result.image}: ${reasons.join('; ')}`;
}

/** The leaf's public key once the certificate checks out, or why it does not. */
async function certificateKey(sig: StoredSignature, trust: CertificateTrust): Promise<KeyObject | string> {
  if (!sig.certificatePem) return 'signature carries no certificate';
  let leaf: X509Certificate;
  let carried: X509Certificate[] = [];
  try {
    [leaf] = parseCertificates(sig.certificatePem, 'signature certificate') as [X509Certificate];
    if (sig.chainPem) carried = parseCertificates(sig.chainPem, 'signature chain');
  } catch (e) {
    if (isSignetError(e)) return e.message;
    throw e;
  }
  return trustedCertificateKey(leaf, carried, trust);
}
