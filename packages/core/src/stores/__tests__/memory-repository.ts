import { sha256Digest } from '../../oci/digest.ts';
import { StaleWriteError, type WriteOptions } from '../../oci/stale-write.ts';
import type { ArtifactRepository, Descriptor, FetchedManifest } from '../../oci/types.ts';

/** An in-memory ArtifactRepository for unit tests of code that only needs the interface. */
export class MemoryRepository implements ArtifactRepository {
  readonly location = 'memory/test';
  readonly blobs = new Map<string, Uint8Array>();
  readonly manifests = new Map<string, FetchedManifest>();
  puts = 0;

  async resolve(tagOrDigest: string): Promise<Descriptor | undefined> {
    const m = this.manifests.get(tagOrDigest);
    return m ? { mediaType: m.mediaType, digest: m.digest, size: m.bytes.byteLength } : undefined;
  }
  async getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined> {
    return this.manifests.get(tagOrDigest);
  }
  async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<string> {
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
    if (sha256Digest(bytes) !== digest) throw new Error('digest mismatch');
    this.blobs.set(digest, bytes);
  }
  async ensureBlob(digest: string, bytes: Uint8Array): Promise<void> {
    if (!this.blobs.has(digest)) await this.putBlob(digest, bytes);
  }
  async getBlob(digest: string): Promise<Uint8Array> {
    const b = this.blobs.get(digest);
    if (!b) throw new Error(`no blob ${digest}`);
    return b;
  }
}
