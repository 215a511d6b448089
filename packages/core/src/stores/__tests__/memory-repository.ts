import { sha256Digest } from '../../oci/digest.ts';
import { StaleWriteError, type WriteOptions } from '../../oci/stale-write.ts';
import type { ArtifactRepository, Descriptor, FetchedManifest } from '../../oci/types.ts';

/** An in-memory ArtifactRepository for unit tests of code that only needs the interface. */
export class MemoryRepository implements ArtifactRepository {
  readonly location: string;
  readonly blobs = new Map<string, Uint8Array>();
  readonly manifests = new Map<string, FetchedManifest>();
  puts = 0;
  /** Requests by kind, for tests that count round trips. */
  readonly calls = { resolve: 0, getManifest: 0, putManifest: 0, putBlob: 0, ensureBlob: 0, getBlob: 0 };

  constructor(location = 'memory/test') {
    this.location = location;
  }

  /** Blob uploads and manifest writes so far: what a registry would have been sent. */
  get writes(): number {
    return this.calls.putManifest + this.calls.putBlob + this.calls.ensureBlob;
  }

  async resolve(tagOrDigest: string): Promise<Descriptor | undefined> {
    this.calls.resolve++;
    const m = this.manifests.get(tagOrDigest);
    return m ? { mediaType: m.mediaType, digest: m.digest, size: m.bytes.byteLength } : undefined;
  }
  async getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined> {
    this.calls.getManifest++;
    return this.manifests.get(tagOrDigest);
  }
  async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<string> {
    this.calls.putManifest++;
    if (options.notAfter !== undefined && Date.now() > options.notAfter) throw new StaleWriteError(`write ${tagOrDigest}`);
    const digest = sha256Digest(bytes);
    const m = { bytes, mediaType, digest };
    this.manifests.set(tagOrDigest, m);
    this.manifests.set(digest, m);
    this.puts++;
    return digest;
  }
  async hasBlob(digest: string): Promise<boolean> {
    return this.blobs.has(digest);
  }
  async putBlob(digest: string, bytes: Uint8Array): Promise<void> {
    this.calls.putBlob++;
    if (sha256Digest(bytes) !== digest) throw new Error('digest mismatch');
    this.blobs.set(digest, bytes);
  }
  async ensureBlob(digest: string, bytes: Uint8Array): Promise<void> {
    this.calls.ensureBlob++;
    if (this.blobs.has(digest)) return;
    if (sha256Digest(bytes) !== digest) throw new Error('digest mismatch');
    this.blobs.set(digest, bytes);
  }
  async getBlob(digest: string): Promise<Uint8Array> {
    this.calls.getBlob++;
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`no blob ${digest}`);
    return b;
  }
}

/** A registry of MemoryRepository, by "host/name": what `TargetContext.registry` needs. */
export class MemoryRegistry {
  readonly repositories = new Map<string, MemoryRepository>();

  repository(registry: string, name: string): MemoryRepository {
    const location = `${registry}/${name}`;
    let repo = this.repositories.get(location);
    if (!repo) {
      repo = new MemoryRepository(location);
      this.repositories.set(location, repo);
    }
    return repo;
  }

  /** Writes to every repository so far. */
  get writes(): number {
    return [...this.repositories.values()].reduce((n, r) => n + r.writes, 0);
  }
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** Stores a small distinct image manifest (config and layer blobs included); returns its digest. */
export async function putImage(repo: ArtifactRepository, tag?: string, seed = String(Math.random())): Promise<string> {
  const config = encode({ architecture: 'amd64', os: 'linux', seed });
  const layer = encode({ layer: seed });
  await repo.putBlob(sha256Digest(config), config);
  await repo.putBlob(sha256Digest(layer), layer);
  const manifest = encode({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256Digest(config), size: config.byteLength },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256Digest(layer), size: layer.byteLength }],
  });
  const digest = sha256Digest(manifest);
  await repo.putManifest(digest, manifest, 'application/vnd.oci.image.manifest.v1+json');
  if (tag) await repo.putManifest(tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
  return digest;
}

/** Stores an image index listing `children` (digests of manifests already stored). */
export async function putIndex(repo: MemoryRepository, children: readonly string[], tag?: string): Promise<string> {
  const manifests = await Promise.all(
    children.map(async (digest) => {
      const found = await repo.resolve(digest);
      if (!found) throw new Error(`no manifest ${digest}`);
      return { mediaType: found.mediaType, digest, size: found.size, platform: { architecture: 'amd64', os: 'linux' } };
    }),
  );
  const index = encode({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
  const digest = sha256Digest(index);
  await repo.putManifest(digest, index, 'application/vnd.oci.image.index.v1+json');
  if (tag) await repo.putManifest(tag, index, 'application/vnd.oci.image.index.v1+json');
  return digest;
}
