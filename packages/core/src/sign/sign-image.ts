import { buildCosignPayload } from '../formats/simple-signing.ts';
import { Annotations } from '../formats/signature-manifest.ts';
import {
  buildKeyBundle,
  buildSignStatement,
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  preAuthEncoding,
  publicKeyHint,
} from '../formats/sigstore-bundle.ts';
import { SignetError } from '../errors.ts';
import { bundleSignerFor } from '../x509/certificates.ts';
import { BundleAnnotations } from '../stores/bundle-referrers.ts';
import { verifyBytes } from '../keys/index.ts';
import type { StoredSignature } from '../stores/cosign-signatures.ts';
import type { Signer } from '../signers/signer.ts';
import type { KeylessSigner } from '../keyless/keyless.ts';
import type { WitnessedSigner } from '../keyless/witnessed.ts';
import type { OpenedImage } from '../targets/open-image.ts';
import type { Logger } from '../log.ts';

/**
 * Where a signature goes: cosign's legacy `.sig` manifest (what cosign v2, containers/image,
 * Kyverno and policy-controller read), a sigstore bundle referrer (cosign v3's default), or
 * both. Default legacy: see docs/decisions.md.
 */
export type SignatureFormat = 'legacy' | 'bundle' | 'both';
export const SIGNATURE_FORMATS: readonly SignatureFormat[] = ['legacy', 'bundle', 'both'];

export interface SignOptions {
  /** Exactly one of signer (a key) / keyless (Fulcio certificate + Rekor entry). */
  signer?: Signer | undefined;
  /** Keyless: a bundle (cosign v3), cosign v2's legacy `.sig` layout, or both under one certificate. */
  keyless?: KeylessSigner | undefined;
  /** `--key --tlog-upload`: `signer`'s signatures made with a Rekor entry (createKeyTlogSigner). */
  tlog?: WitnessedSigner | undefined;
  /** Default 'legacy'. */
  format?: SignatureFormat | undefined;
  /** `-a key=value`: goes into the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** False: sign and return the signature without touching any store (`--upload=false`). */
  upload: boolean;
  /** cosign's --sign-container-identity: overrides `critical.identity.docker-reference`. */
  identity?: string | undefined;
  /** Hand the race confirmation back as `confirm` (see CosignSignatureStore.append). */
  deferConfirm?: boolean;
  logger?: Logger;
}

export interface Publication {
  format: 'legacy' | 'bundle';
  location: string;
  /** False when an equivalent signature was already present. */
  appended: boolean;
}

export interface SignResult {
  image: string;
  digest: string;
  dockerReference: string;
  /** The signed bytes of the first format written: the simple-signing payload, or (bundle only) the in-toto statement. */
  payload: Uint8Array;
  /** The signature over `payload` (for a bundle: over its DSSE pre-authentication encoding). */
  signature: Uint8Array;
  /** The bundle JSON, when the format includes bundles. */
  bundle?: Uint8Array;
  /** Where the signature was stored (the first publication), undefined when not uploaded. */
  location: string | undefined;
  /** False when an equivalent signature was already present (every publication). */
  appended: boolean;
  /** Each store written, in order: legacy first. */
  publications: Publication[];
  /** With `deferConfirm`: checks the signature survived concurrent writers (re-adding it if not). */
  confirm?: () => Promise<unknown>;
}

/**
 * Signs one image digest once per format (the two formats sign different bytes, so `both` is
 * two signatures from the one loaded key) and publishes each. Legacy first: when the bundle
 * publication fails, the signature that every verifier reads is already in place.
 */
export async function signImage(image: OpenedImage, options: SignOptions): Promise<SignResult> {
  const dockerReference = options.identity ?? image.dockerReference;
  if (options.keyless) return signWitnessed(image, options, options.keyless, dockerReference, 'bundle');
  if (!options.signer) throw new Error('signImage needs a signer or a keyless signer');
  const signer = options.signer;
  const format = options.format ?? 'legacy';
  // The tlog signer carries the same certificate (createKeyTlogSigner), so its entries log it.
  if (options.tlog) return signWitnessed(image, options, options.tlog, dockerReference, 'legacy');
  const payload = format === 'bundle' ? undefined : legacyPayload(image, options, dockerReference);
  // The blobs need no signature: upload them while the signature is made (a KMS round trip),
  // after the key has loaded (signImages): a key that fails to load writes nothing.
  if (payload && options.upload) image.signatures.stage(payload).catch(() => undefined);
  const cert = await options.signer.certificate?.();
  const publicKey = await signer.publicKey();
  const legacy =
    payload === undefined
      ? undefined
      : await signLegacy(image, options, dockerReference, payload, async (payload) => {
          const signature = await signer.sign(payload);
          const annotations: Record<string, string> = { [Annotations.signature]: Buffer.from(signature).toString('base64') };
          if (cert) {
            annotations[Annotations.certificate] = cert.certificatePem;
            annotations[Annotations.chain] = cert.chainPem ?? '';
          }
          return { signature, annotations };
        }, (existing) => verifyBytes(publicKey, existing.payload, existing.signature));
  const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, async (pae) => {
    const signature = await signer.sign(pae.bytes);
    return { signature, bundle: buildKeyBundle(pae.payload, signature, cert ? bundleSignerFor(cert) : { hint: publicKeyHint(publicKey) }) };
  });
  return result(image, dockerReference, legacy, bundled);
}

function result(image: OpenedImage, dockerReference: string, legacy: Signed | undefined, bundled: (Signed & { bundle: Uint8Array }) | undefined): SignResult {
  const first = legacy ?? bundled!;
  const publications = [legacy?.publication, bundled?.publication].filter((p): p is Publication => p !== undefined);
  const confirms = [legacy?.confirm, bundled?.confirm].filter((c): c is () => Promise<unknown> => c !== undefined);
  return {
    image: image.display,
    digest: image.digest,
    dockerReference,
    payload: first.payload,
    signature: first.signature,
    ...(bundled ? { bundle: bundled.bundle } : {}),
    location: publications[0]?.location,
    appended: publications.length > 0 && publications.every((p) => p.appended),
    publications,
    ...(confirms.length > 0 ? { confirm: async () => Promise.all(confirms.map((c) => c())) } : {}),
  };
}

interface Signed {
  payload: Uint8Array;
  signature: Uint8Array;
  publication: Publication | undefined;
  confirm: (() => Promise<unknown>) | undefined;
}

/**
 * cosign's legacy `.sig` layer: `make` signs the simple-signing payload and returns the layer
 * annotations (signature, and certificate, chain, Rekor bundle when there are any).
 * `isSameSigner` is the dedupe rule for an identical payload already present.
 */
async function signLegacy(
  image: OpenedImage,
  options: SignOptions,
  dockerReference: string,
  payload: Uint8Array,
  make: (payload: Uint8Array) => Promise<{ signature: Uint8Array; annotations: Record<string, string> }>,
  isSameSigner: (existing: StoredSignature) => boolean,
): Promise<Signed> {
  const { signature, annotations } = await make(payload);
  if (!options.upload) return { payload, signature, publication: undefined, confirm: undefined };
  const appended = await image.signatures.append(image.digest, payload, annotations, isSameSigner, {
    deferConfirm: options.deferConfirm ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    payload,
    signature,
    publication: { format: 'legacy', location: appended.location, appended: appended.appended },
    confirm: appended.confirm,
  };
}

function legacyPayload(image: OpenedImage, options: SignOptions, dockerReference: string): Uint8Array {
  return buildCosignPayload({ dockerReference, digest: image.digest, annotations: options.annotations });
}

/**
 * Keyless, or a key with --tlog-upload: the bundle is the same statement and referrer as a key
 * bundle, the legacy layer the same payload and `.sig` manifest as a key signature; Rekor (and
 * for keyless Fulcio) supply the rest. Keyless formats share the run's one certificate.
 */
async function signWitnessed(image: OpenedImage, options: SignOptions, witnessed: WitnessedSigner, dockerReference: string, defaultFormat: SignatureFormat): Promise<SignResult> {
  const format = options.format ?? defaultFormat;
  // Each such signature carries its own log entry, so an equal one never exists: always append.
  const legacy =
    format === 'bundle' ? undefined : await signLegacy(image, options, dockerReference, legacyPayload(image, options, dockerReference), (payload) => witnessed.signPayload(payload), () => false);
  const bundled = format === 'legacy' ? undefined : await signBundle(image, options, dockerReference, (pae) => witnessed.signStatement(pae.payload));
  return result(image, dockerReference, legacy, bundled);
}

/** What a bundle signer gets: the statement, and the DSSE pre-authentication encoding over it. */
interface PaeInput {
  payload: Uint8Array;
  bytes: Uint8Array;
}

/**
 * cosign v3's `sign`: a DSSE-signed in-toto statement in a v0.3 bundle, as a referrer. `make`
 * signs and packages it: with a key locally, keyless through Fulcio and Rekor.
 */
async function signBundle(
  image: OpenedImage,
  options: SignOptions,
  dockerReference: string,
  make: (pae: PaeInput) => Promise<{ signature: Uint8Array; bundle: Uint8Array }>,
): Promise<Signed & { bundle: Uint8Array }> {
  const payload = buildSignStatement({ digest: image.digest, annotations: options.annotations, name: dockerReference });
  const { signature, bundle } = await make({ payload, bytes: preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, payload) });
  if (!options.upload) return { payload, signature, bundle, publication: undefined, confirm: undefined };
  // The referrer's subject descriptor needs the image's media type and size: known when the
  // image was opened for signing, asked for otherwise.
  const subject = image.descriptor ?? (await image.repository.resolve(image.digest));
  if (!subject) throw new SignetError('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
  const published = await image.bundles.publish({ mediaType: subject.mediaType, digest: image.digest, size: subject.size }, bundle, {
    annotations: { [BundleAnnotations.predicateType]: COSIGN_SIGN_PREDICATE_TYPE },
    deferConfirm: options.deferConfirm ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return {
    payload,
    signature,
    bundle,
    publication: { format: 'bundle', location: published.location, appended: published.appended },
    confirm: published.confirm,
  };
}
