/**
 * OCI 1.1 referrers: an artifact manifest whose `subject` names the image, found through the
 * registry's Referrers API (GET /v2/<repo>/referrers/<digest>), or, on registries without it,
 * through the fallback referrers index: an image index tagged `sha256-<hex>` whose manifests[]
 * the clients maintain themselves (image-spec 1.1, distribution-spec "referrers tag schema").
 */
import { SignetError } from '../errors.ts';
import { sha256Digest } from '../oci/digest.ts';
import { MediaTypes, type Descriptor, type ImageIndex, type ImageManifest } from '../oci/types.ts';

/** The empty config every artifact manifest uses (image-spec 1.1 "guidance for an empty descriptor"). */
export const EMPTY_CONFIG: Uint8Array = new TextEncoder().encode('{}');
export const EMPTY_CONFIG_DIGEST = sha256Digest(EMPTY_CONFIG);

/** The fallback tag for a subject digest: `sha256-<hex>` (no `.sig` suffix, unlike cosign's legacy tag). */
export function referrersTag(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `${algorithm}-${hex}`;
}

export interface ReferrerSpec {
  artifactType: string;
  subject: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

export interface BuiltReferrer {
  bytes: Uint8Array;
  digest: string;
  /** The descriptor that goes into a referrers index: with artifactType and annotations. */
  descriptor: Descriptor;
}

/**
 * An artifact manifest for `subject`. The config descriptor also carries the artifactType, as
 * cosign v3 writes it (ggcr's Descriptor has the field); verifiers read the top-level one.
 */
export function buildReferrerManifest(spec: ReferrerSpec): BuiltReferrer {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    artifactType: spec.artifactType,
    config: { mediaType: MediaTypes.ociEmpty, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.byteLength },
    layers: spec.layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size, ...(l.annotations ? { annotations: l.annotations } : {}) })),
    subject: { mediaType: spec.subject.mediaType, digest: spec.subject.digest, size: spec.subject.size },
    ...(spec.annotations ? { annotations: spec.annotations } : {}),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(manifest));
  const digest = sha256Digest(bytes);
  return {
    bytes,
    digest,
    descriptor: {
      mediaType: MediaTypes.ociManifest,
      digest,
      size: bytes.byteLength,
      artifactType: spec.artifactType,
      ...(spec.annotations ? { annotations: spec.annotations } : {}),
    },
  };
}

/** The referrers index holding exactly `entries`, in the given order. */
export function buildReferrersIndex(entries: readonly Descriptor[]): Uint8Array {
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MediaTypes.ociIndex,
    manifests: entries.map((e) => ({
      mediaType: e.mediaType,
      digest: e.digest,
      size: e.size,
      ...(e.artifactType ? { artifactType: e.artifactType } : {}),
      ...(e.annotations ? { annotations: e.annotations } : {}),
    })),
  };
  return new TextEncoder().encode(JSON.stringify(index));
}

/**
 * The manifests[] of a referrers index (the API's answer or the fallback tag). Anything else
 * under the fallback tag is reported rather than overwritten: it is someone else's data.
 */
export function parseReferrersIndex(bytes: Uint8Array, location: string): Descriptor[] {
  const hint = 'the referrers tag holds something other than an OCI image index; inspect it before signing again';
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new SignetError('remote', `referrers index at ${location} is not valid JSON`, { hint });
  }
  const index = doc as Partial<ImageIndex> | null;
  if (!index || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
    throw new SignetError('remote', `referrers index at ${location} is not an image index`, { hint });
  }
  return index.manifests.filter((m): m is Descriptor => typeof m === 'object' && m !== null && typeof m.digest === 'string');
}

/** Parses a referrer manifest; undefined when it is not an image manifest at all. */
export function parseReferrerManifest(bytes: Uint8Array): ImageManifest | undefined {
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)) as Partial<ImageManifest> | null;
    if (!m || m.schemaVersion !== 2 || !Array.isArray(m.layers) || !m.config) return undefined;
    return m as ImageManifest;
  } catch {
    return undefined;
  }
}
