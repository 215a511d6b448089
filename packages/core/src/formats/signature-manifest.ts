/**
 * cosign's legacy signature layout: one OCI image manifest per signed digest, tagged
 * `sha256-<hex>.sig`, one layer per signature whose blob is the simple-signing payload and
 * whose annotations carry the signature (and certificate/chain for cert-based signers).
 */
import { SignetError } from '../errors.ts';
import { sha256Digest } from '../oci/digest.ts';
import { MediaTypes, type Descriptor, type ImageManifest } from '../oci/types.ts';
import { goJson } from './go-json.ts';

export const Annotations = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
} as const;

export function signatureTag(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `${algorithm}-${hex}.sig`;
}

/** A signature as stored: the payload is fetched separately by its descriptor. */
export interface SignatureLayer {
  descriptor: Descriptor;
}

export function newSignatureLayer(payload: Uint8Array, annotations: Record<string, string>): SignatureLayer {
  return {
    descriptor: {
      mediaType: MediaTypes.cosignSimpleSigning,
      size: payload.byteLength,
      digest: sha256Digest(payload),
      annotations,
    },
  };
}

/**
 * One constant config blob for every signature manifest. cosign's config lists each layer in
 * rootfs.diff_ids, so it changes with every append and costs an upload (POST + PUT) per
 * signature; no verifier reads it (cosign, Kyverno and policy-controller walk the manifest's
 * layers), so a constant one is uploaded once per repository and then skipped.
 * go-containerregistry 0.20 (cosign 2.x) appends to such a manifest correctly: it keeps the
 * manifest's layers and adds its own diff_id. See docs/decisions.md.
 */
export const SIGNATURE_CONFIG: Uint8Array = new TextEncoder().encode(
  goJson({
    architecture: '',
    created: '0001-01-01T00:00:00Z',
    os: '',
    rootfs: { type: 'layers', diff_ids: [] },
    config: {},
  }),
);
export const SIGNATURE_CONFIG_DIGEST = sha256Digest(SIGNATURE_CONFIG);

export interface BuiltSignatureManifest {
  manifest: Uint8Array;
  config: Uint8Array;
  configDigest: string;
}

export function buildSignatureManifest(layers: readonly Descriptor[]): BuiltSignatureManifest {
  const config = SIGNATURE_CONFIG;
  const configDigest = SIGNATURE_CONFIG_DIGEST;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    config: { mediaType: MediaTypes.ociConfig, size: config.byteLength, digest: configDigest },
    layers: layers.map((l) => ({
      mediaType: l.mediaType,
      size: l.size,
      digest: l.digest,
      ...(l.annotations ? { annotations: l.annotations } : {}),
    })),
  };
  return { manifest: new TextEncoder().encode(JSON.stringify(manifest)), config, configDigest };
}

export function parseSignatureManifest(bytes: Uint8Array, location: string): ImageManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new SignetError('remote', `signature manifest at ${location} is not valid JSON`, { code: 'signatures.not-a-signature-manifest', data: { location } });
  }
  const m = doc as Partial<ImageManifest> | null;
  if (!m || m.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config) {
    throw new SignetError('remote', `signature manifest at ${location} is not an image manifest`, { code: 'signatures.not-a-signature-manifest', data: { location } });
  }
  return m as ImageManifest;
}
