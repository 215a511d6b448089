/** OCI / Docker data types shared by the registry client, the image layout and the formats. */
import type { WriteOptions } from './stale-write.ts';
import type { ReadLimits } from './limits.ts';

export const MediaTypes = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  cosignSimpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
} as const;

/** Every manifest media type we ask registries for when resolving or reading an image. */
export const MANIFEST_ACCEPT: readonly string[] = [
  MediaTypes.ociManifest,
  MediaTypes.ociIndex,
  MediaTypes.dockerManifest,
  MediaTypes.dockerManifestList,
];

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
  platform?: { architecture: string; os: string; variant?: string };
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType?: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  subject?: Descriptor;
  annotations?: Record<string, string>;
}

export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

/** A manifest as fetched: the exact bytes (digests are over bytes, never re-serialize). */
export interface FetchedManifest {
  bytes: Uint8Array;
  mediaType: string;
  digest: string;
}

/**
 * One repository of content-addressed artifacts: a repository in a registry, or an OCI image
 * layout on disk. Signature stores are written against this, so a registry and a layout are
 * interchangeable targets.
 */
export interface ArtifactRepository {
  /** Human-readable location for messages, e.g. "localhost:5000/app" or "oci:/tmp/layout". */
  readonly location: string;
  /** The bounds its reads enforce; stores apply the layer count themselves. Absent: DEFAULT_LIMITS. */
  readonly limits?: ReadLimits;
  /** Digest and media type of a manifest by tag or digest; undefined when it does not exist. */
  resolve(tagOrDigest: string): Promise<Descriptor | undefined>;
  /** Manifest bytes by tag or digest; undefined when it does not exist. */
  getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined>;
  /** Stores manifest bytes under a tag (or its digest) and returns the digest. */
  putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options?: WriteOptions): Promise<string>;
  /**
   * Stores a manifest that has a `subject` (a referrer) under its digest. True when the store
   * confirmed it indexed the referrer for `subjectDigest` itself (a registry's `OCI-Subject`
   * response header, OCI distribution 1.1); false when the caller must add it to the fallback
   * referrers tag. Optional: stores without a Referrers API (OCI layouts) omit it.
   */
  putReferrer?(digest: string, bytes: Uint8Array, mediaType: string, subjectDigest: string): Promise<boolean>;
  hasBlob(digest: string): Promise<boolean>;
  /** Uploads a blob whose digest the caller computed; a no-op when already present. */
  putBlob(digest: string, bytes: Uint8Array): Promise<void>;
  /**
   * Makes sure a blob that is often already present is there, the cheapest way the store
   * allows (a remembered earlier upload costs no request).
   */
  ensureBlob(digest: string, bytes: Uint8Array): Promise<void>;
  /**
   * A blob, checked against its digest. With the descriptor's `size`: a size over the
   * attachment limit is refused before reading, and a body of any other size is an error.
   */
  getBlob(digest: string, size?: number): Promise<Uint8Array>;
  /**
   * The subject's referrers through the registry's Referrers API (OCI distribution 1.1), or
   * undefined when the store has no such API (registries answering 404, OCI layouts): the
   * caller then uses the fallback referrers tag. Optional: stores without an API omit it.
   */
  referrers?(digest: string): Promise<Descriptor[] | undefined>;
}
