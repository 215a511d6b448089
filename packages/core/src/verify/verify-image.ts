/**
 * Checks the signatures stored for one image against one trust (a key, a certificate chain,
 * keyless). A signature counts only when the cryptography holds AND its claims fit (claims.ts):
 * a valid signature for another image proves nothing.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { isSignetError, SignetError } from '../errors.ts';
import { parseCosignPayload, type SimpleSigningPayload } from '../formats/simple-signing.ts';
import { verifyBytes } from '../keys/index.ts';
import { imageExists, type OpenedImage } from '../targets/open-image.ts';
import type { StoredSignature } from '../stores/cosign-signatures.ts';
import { MediaTypes } from '../oci/types.ts';
import { checkBundle } from './verify-bundle.ts';
import { claimsProblem } from './claims.ts';
import { legacyKeylessProblem } from '../keyless/keyless.ts';
import { legacyKeyTlogProblem } from '../keyless/key-tlog.ts';
import { parseCertificates, trustedCertificateKey, type CertificateTrust } from '../x509/certificates.ts';
import { rejection, type ImageVerification, type Rejection, type RejectedSignature, type VerifyOptions } from './types.ts';

export type { CertificateTrust, ImageVerification, KeylessTrust, RejectedSignature, Rejection, RejectionCode, VerifyOptions } from './types.ts';

/**
 * Both layouts are read: cosign's legacy `.sig` manifest and sigstore bundle referrers (cosign
 * v3's default). A signature found in either that passes every check counts; both are read in
 * parallel, so looking for bundles costs requests but no round trip beyond the `.sig` layout's two.
 */
export async function verifyImage(image: OpenedImage, options: VerifyOptions): Promise<ImageVerification> {
  // The image must exist, as for cosign (it fetches the image first) and containers/image (it
  // digests the manifest it pulled): a signature left behind for a deleted manifest verifies
  // nothing. Asked in parallel with the reads, so it costs a request, not a round trip.
  // Each layout fetches what its listing names as soon as the listing arrives: the `.sig`
  // payloads do not wait for the bundle listing (the Referrers API probe, then the fallback
  // tag), which took one more round trip on every verify of a registry without the API.
  const legacy = image.signatures.read(image.digest).then(async (set) => ({ set, stored: await image.signatures.load(set) }));
  const bundled = image.bundles.list(image.digest, MediaTypes.sigstoreBundle).then(async (referrers) => ({ referrers, bundles: await image.bundles.load(image.digest, referrers.entries) }));
  const [{ set, stored }, { referrers, bundles }, exists] = await Promise.all([legacy, bundled, imageExists(image)]);
  if (!exists) {
    throw new SignetError('usage', `image ${image.display} not found`, {
      hint: set.layers.length + referrers.entries.length > 0 ? 'signatures exist for a manifest the registry no longer has: push the image again, or check the digest' : 'push the image first, or check the repository name and digest',
    });
  }
  const verified: SimpleSigningPayload[] = [];
  const rejected: RejectedSignature[] = [];
  for (const sig of stored) {
    // A layer the registry could not serve is a rejected signature, not the end of the verify.
    const checked = sig.problem !== undefined ? rejection('malformed', sig.problem) : await checkSignature(image, sig, options);
    if ('code' in checked) rejected.push({ layerDigest: sig.layer.digest, ...checked });
    else verified.push(checked);
  }
  for (const stored of bundles) {
    const checked = stored.bundle ? await checkBundle(image, stored.bundle, options) : rejection('malformed', `bundle referrer: ${stored.problem ?? 'unusable'}`);
    if ('code' in checked) rejected.push({ layerDigest: stored.manifestDigest, ...checked });
    else verified.push(checked);
  }
  // A layer the registry failed to serve (temporary: network, 5xx) leaves the verdict open when
  // nothing else verified: a registry failure (exit 3), not "unsigned".
  if (verified.length === 0) {
    const open = [...stored, ...bundles].map((s) => s.failure).find((e) => isSignetError(e) && e.temporary);
    if (open) throw open;
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
async function checkSignature(image: OpenedImage, sig: StoredSignature, options: VerifyOptions): Promise<SimpleSigningPayload | Rejection> {
  const { payload, signature } = sig;
  if (signature.byteLength === 0) return rejection('malformed', 'signature annotation missing or not base64');
  const untrusted = options.keyless ? await legacyKeylessProblem({ ...sig, annotations: sig.layer.annotations ?? {} }, options.keyless.trust, options.keyless.identity) : await keyProblem(sig, options);
  if (untrusted) return rejection('untrusted', untrusted);
  let parsed: SimpleSigningPayload;
  try {
    parsed = parseCosignPayload(payload);
  } catch (e) {
    if (isSignetError(e)) return rejection('malformed', e.message);
    throw e;
  }
  const signedDigest = parsed.critical.image['docker-manifest-digest'];
  const problem = claimsProblem(
    image,
    {
      digestMatches: signedDigest === image.digest,
      digestProblem: `payload signs digest ${signedDigest}, not ${image.digest}`,
      identity: parsed.critical.identity['docker-reference'],
      identityNoun: 'payload identity',
      annotations: parsed.optional ?? {},
    },
    options,
  );
  return problem ?? parsed;
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
