/**
 * An OCI image layout on disk (image-spec `oci-layout`, `index.json`, `blobs/sha256/`) as an
 * ArtifactRepository, so `oci:DIR` works wherever a registry repository does. Tags are
 * index.json entries annotated `org.opencontainers.image.ref.name`. index.json is updated by
 * read-merge-write under a lock file so concurrent signet processes never lose entries.
 */
import { StaleWriteError, type WriteOptions } from '../oci/stale-write.ts';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { silentLogger, type Logger } from '../log.ts';
import { acquireLock } from './lock-file.ts';
import { SignetError, usageError } from '../errors.ts';
import { isDigest, sha256Digest } from '../oci/digest.ts';
import { MediaTypes, type ArtifactRepository, type Descriptor, type FetchedManifest, type ImageIndex } from '../oci/types.ts';

const REF_NAME = 'org.opencontainers.image.ref.name';

export class OciLayout implements ArtifactRepository {
  readonly path: string;
  readonly location: string;
  readonly #logger: Logger;

  private constructor(path: string, logger: Logger) {
    this.path = path;
    this.location = `oci:${path}`;
    this.#logger = logger;
  }

  static async open(path: string, options: { create?: boolean; logger?: Logger } = {}): Promise<OciLayout> {
    const layout = new OciLayout(path, options.logger ?? silentLogger);
    let marker: string | undefined;
    try {
      marker = await readFile(join(path, 'oci-layout'), 'utf8');
    } catch {
      if (!options.create) throw usageError(`${path} is not an OCI image layout (no oci-layout file)`, 'check the path after oci:, or create the layout with skopeo/crane');
    }
    if (marker === undefined) {
      await mkdir(join(path, 'blobs', 'sha256'), { recursive: true });
      await writeFile(join(path, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }), { flag: 'wx' }).catch(() => undefined);
      await writeFile(join(path, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] }), { flag: 'wx' }).catch(() => undefined);
    } else {
      let version: unknown;
      try {
        version = (JSON.parse(marker) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
      } catch {
        version = undefined;
      }
      if (version !== '1.0.0') throw usageError(`${path}/oci-layout is not an OCI image layout 1.0.0 marker`, 'check the path after oci:');
    }
    return layout;
  }

  #blobPath(digest: string): string {
    if (!isDigest(digest)) throw usageError(`invalid digest "${digest}"`);
    return join(this.path, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  async #readIndex(): Promise<ImageIndex> {
    let text: string;
    try {
      text = await readFile(join(this.path, 'index.json'), 'utf8');
    } catch {
      return { schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests: [] };
    }
    try {
      const index = JSON.parse(text) as ImageIndex;
      if (!Array.isArray(index.manifests)) throw new Error('no manifests');
      return index;
    } catch {
      throw new SignetError('io', `${this.path}/index.json is corrupt`, { hint: 'restore it or recreate the layout' });
    }
  }

  async tags(): Promise<string[]> {
    const index = await this.#readIndex();
    return index.manifests.map((m) => m.annotations?.[REF_NAME]).filter((t): t is string => typeof t === 'string');
  }

  async resolve(tagOrDigest: string): Promise<Descriptor | undefined> {
    const index = await this.#readIndex();
    if (!isDigest(tagOrDigest)) return index.manifests.find((m) => m.annotations?.[REF_NAME] === tagOrDigest);
    const listed = index.manifests.find((m) => m.digest === tagOrDigest);
    if (listed) return listed;
    // A manifest nested in an index (a platform image) or stored untagged.
    const bytes = await readFile(this.#blobPath(tagOrDigest)).catch(() => undefined);
    if (!bytes) return undefined;
    const mediaType = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? MediaTypes.ociManifest;
    return { mediaType, digest: tagOrDigest, size: bytes.length };
  }

  async getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined> {
    const descriptor = await this.resolve(tagOrDigest);
    if (!descriptor) return undefined;
    const bytes = await this.getBlob(descriptor.digest);
    return { bytes, mediaType: descriptor.mediaType, digest: descriptor.digest };
  }

  async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<string> {
    const digest = sha256Digest(bytes);
    await this.putBlob(digest, bytes);
    const descriptor: Descriptor = { mediaType, digest, size: bytes.byteLength };
    await this.#withLock(async () => {
      // Waiting for the lock can outlast the caller's write window.
      if (options.notAfter !== undefined && Date.now() > options.notAfter) throw new StaleWriteError(`write ${this.location}:${tagOrDigest}`);
      const index = await this.#readIndex();
      if (isDigest(tagOrDigest)) {
        if (tagOrDigest !== digest) throw usageError(`manifest digest ${digest} does not match ${tagOrDigest}`);
        if (!index.manifests.some((m) => m.digest === digest)) index.manifests.push(descriptor);
      } else {
        index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tagOrDigest);
        index.manifests.push({ ...descriptor, annotations: { [REF_NAME]: tagOrDigest } });
      }
      await atomicWrite(join(this.path, 'index.json'), JSON.stringify(index));
    });
    return digest;
  }

  async hasBlob(digest: string): Promise<boolean> {
    return stat(this.#blobPath(digest)).then(
      () => true,
      () => false,
    );
  }

  async putBlob(digest: string, bytes: Uint8Array): Promise<void> {
    if (sha256Digest(bytes) !== digest) throw new SignetError('io', `blob content does not match ${digest}`);
    if (await this.hasBlob(digest)) return;
    await mkdir(join(this.path, 'blobs', 'sha256'), { recursive: true });
    await atomicWrite(this.#blobPath(digest), bytes);
  }

  ensureBlob(digest: string, bytes: Uint8Array): Promise<void> {
    return this.putBlob(digest, bytes);
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.#blobPath(digest));
    } catch {
      throw new SignetError('io', `${this.location}: blob ${digest} is missing`, { hint: 'the layout is incomplete; copy it again' });
    }
    if (sha256Digest(bytes) !== digest) throw new SignetError('io', `${this.location}: blob ${digest} is corrupt (content does not match its digest)`);
    return bytes;
  }

  /** index.json's lock file (lock-file.ts: owner recorded, a dead owner's lock broken at once). */
  async #withLock<T>(fn: () => Promise<T>): Promise<T> {
    const release = await acquireLock(join(this.path, 'index.json.lock'), { logger: this.#logger, what: `${this.path}/index.json` });
    try {
      return await fn();
    } finally {
      await release();
    }
  }
}

async function atomicWrite(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
