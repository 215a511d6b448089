/**
 * The OCI distribution API of one repository (go-containerregistry's `remote`), over a
 * RegistryTransport. Every reference put into a URL is a tag or a sha256 digest, checked here:
 * digests come from registries too (Docker-Content-Digest, manifest layers, referrer lists), and
 * a path-shaped one must not send requests outside the repository. Every read is bounded by
 * the session's ReadLimits.
 */
import { isDigest, sha256Digest } from '../oci/digest.ts';
import { checkDeclaredSize, tooManyLayers, type ReadLimits } from '../oci/limits.ts';
import { MANIFEST_ACCEPT, MediaTypes, type ArtifactRepository, type Descriptor, type FetchedManifest } from '../oci/types.ts';
import type { WriteOptions } from '../oci/stale-write.ts';
import type { HttpResponse } from '../http/pool.ts';
import { registryError, RegistryErrorCodes, registryServerCode, statusError, type Access } from './errors.ts';
import type { RegistryRequest, RegistryTransport } from './transport.ts';

/** distribution's tag grammar. */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const MAX_REDIRECTS = 5;

/**
 * What a session learns about registries while it runs, shared by its repositories and by no
 * one else: blobs known per repository (no request needed again), a repository known to hold
 * a blob (mount instead of upload), registries without the Referrers API (not asked again).
 */
export class RepositoryCaches {
  readonly #knownBlobs = new Set<string>();
  readonly #blobHomes = new Map<string, string>();
  readonly #withoutReferrersApi = new Set<string>();

  isKnownBlob(location: string, digest: string): boolean {
    return this.#knownBlobs.has(`${location}@${digest}`);
  }

  blobHome(registry: string, digest: string): string | undefined {
    return this.#blobHomes.get(`${registry}@${digest}`);
  }

  rememberBlob(registry: string, repository: string, digest: string): void {
    this.#knownBlobs.add(`${registry}/${repository}@${digest}`);
    this.#blobHomes.set(`${registry}@${digest}`, repository);
  }

  hasNoReferrersApi(registry: string): boolean {
    return this.#withoutReferrersApi.has(registry);
  }

  markNoReferrersApi(registry: string): void {
    this.#withoutReferrersApi.add(registry);
  }
}

/** A value from a registry or a manifest, shortened and quoted for a message. */
function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

export class RegistryRepository implements ArtifactRepository {
  readonly location: string;
  readonly limits: ReadLimits;
  readonly #transport: RegistryTransport;
  readonly #caches: RepositoryCaches;
  readonly #registry: string;
  readonly #repository: string;

  constructor(transport: RegistryTransport, caches: RepositoryCaches, limits: ReadLimits, registry: string, repository: string) {
    this.#transport = transport;
    this.#caches = caches;
    this.limits = limits;
    this.#registry = registry;
    this.#repository = repository;
    this.location = `${registry}/${repository}`;
  }

  /** "repo:tag" or "repo@sha256:…" for messages. */
  #ref(tagOrDigest: string): string {
    return `${this.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`;
  }

  /** The URL of a manifest (tag or digest) or a blob / referrers list (digest only). */
  #url(kind: 'manifests' | 'blobs' | 'referrers', reference: string, what: string): string {
    const valid = isDigest(reference) || (kind === 'manifests' && TAG_RE.test(reference));
    if (!valid) {
      throw registryError(RegistryErrorCodes.invalidDigest, `${what}: ${shown(reference)} is not a ${kind === 'manifests' ? 'tag or ' : ''}sha256 digest; not requested`, {
        data: { registry: this.#registry, repository: this.#repository, value: reference },
      });
    }
    return `${this.#transport.baseUrl(this.#registry)}/v2/${this.#repository}/${kind}/${reference}`;
  }

  #send(access: Access, spec: RegistryRequest, what: string): Promise<HttpResponse> {
    return this.#transport.send({ registry: this.#registry, repository: this.#repository, access }, spec, what);
  }

  #fail(response: HttpResponse, access: Access, what: string): never {
    throw statusError(response, this.#registry, this.#repository, access, what, this.#transport.credentialsSentFrom(this.#registry));
  }

  async resolve(tagOrDigest: string): Promise<Descriptor | undefined> {
    const what = `resolve ${this.#ref(tagOrDigest)}`;
    const res = await this.#send('pull', { method: 'HEAD', url: this.#url('manifests', tagOrDigest, what), headers: { accept: MANIFEST_ACCEPT.join(', ') } }, what);
    if (res.status === 404) return undefined;
    if (res.status !== 200) this.#fail(res, 'pull', what);
    const digest = res.headers['docker-content-digest']?.trim();
    const mediaType = res.headers['content-type'] ?? '';
    if (digest) {
      // The digest is what gets signed and what later URLs are built from.
      if (!isDigest(digest)) {
        throw registryError(RegistryErrorCodes.invalidDigest, `${what}: the registry sent Docker-Content-Digest ${shown(digest)}, not a sha256 digest`, {
          data: { registry: this.#registry, repository: this.#repository, value: digest },
        });
      }
      if (isDigest(tagOrDigest) && digest !== tagOrDigest) {
        throw registryError(RegistryErrorCodes.digestMismatch, `${what}: the registry answered for ${digest}`, { data: { registry: this.#registry, digest: tagOrDigest } });
      }
      const length = res.headers['content-length'];
      const size = length !== undefined && /^\d+$/.test(length) ? Number(length) : 0;
      return { mediaType, digest, size };
    }
    const fetched = await this.getManifest(tagOrDigest);
    return fetched ? { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength } : undefined;
  }

  async getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined> {
    const what = `read manifest ${this.#ref(tagOrDigest)}`;
    const res = await this.#send(
      'pull',
      { method: 'GET', url: this.#url('manifests', tagOrDigest, what), headers: { accept: MANIFEST_ACCEPT.join(', ') }, maxBodyBytes: this.limits.maxManifestBytes },
      what,
    );
    if (res.status === 404) return undefined;
    if (res.status !== 200) this.#fail(res, 'pull', what);
    const digest = sha256Digest(res.body);
    if (isDigest(tagOrDigest) && digest !== tagOrDigest) {
      throw registryError(RegistryErrorCodes.digestMismatch, `${what}: content does not match the requested digest`, { data: { registry: this.#registry, digest: tagOrDigest } });
    }
    return { bytes: res.body, mediaType: res.headers['content-type'] ?? '', digest };
  }

  async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<string> {
    const res = await this.#putManifest(tagOrDigest, bytes, mediaType, options);
    const answered = res.headers['docker-content-digest']?.trim();
    return answered && isDigest(answered) ? answered : sha256Digest(bytes);
  }

  /**
   * OCI distribution 1.1: a registry with the Referrers API answers a manifest PUT that has a
   * `subject` with `OCI-Subject: <subject digest>`. Without that header the client must keep the
   * fallback referrers tag, even when a referrers query happens to answer (a registry may serve
   * the API without having indexed this push).
   */
  async putReferrer(digest: string, bytes: Uint8Array, mediaType: string, subjectDigest: string): Promise<boolean> {
    const res = await this.#putManifest(digest, bytes, mediaType);
    return res.headers['oci-subject']?.trim() === subjectDigest;
  }

  async #putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<HttpResponse> {
    const what = `write manifest ${this.#ref(tagOrDigest)}`;
    const res = await this.#send(
      'push',
      { method: 'PUT', url: this.#url('manifests', tagOrDigest, what), headers: { 'content-type': mediaType }, body: bytes, ...(options.notAfter ? { notAfter: options.notAfter } : {}) },
      what,
    );
    if (res.status !== 201 && res.status !== 200) this.#fail(res, 'push', what);
    return res;
  }

  async hasBlob(digest: string): Promise<boolean> {
    const what = `check blob ${this.location}@${digest}`;
    const res = await this.#send('pull', { method: 'HEAD', url: this.#url('blobs', digest, what) }, what);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    this.#fail(res, 'pull', what);
  }

  /**
   * Known here: nothing to do. Known in another repository of this registry (a batch over
   * many repositories): one cross-repository mount request. Otherwise HEAD, then upload.
   */
  async ensureBlob(digest: string, bytes: Uint8Array): Promise<void> {
    if (this.#caches.isKnownBlob(this.location, digest)) return;
    const home = this.#caches.blobHome(this.#registry, digest);
    if (home && home !== this.#repository) return this.putBlob(digest, bytes, home);
    if (await this.hasBlob(digest)) return this.#caches.rememberBlob(this.#registry, this.#repository, digest);
    return this.putBlob(digest, bytes);
  }

  /**
   * POST then a monolithic PUT: two requests. distribution 2.8 does not honour the one-request
   * `POST ?digest=` upload, and a HEAD first would cost a third for blobs that are always new.
   * With `mountFrom`, the POST asks to mount the blob from that repository (201, done in one
   * request); a registry that declines answers with an upload session, used as usual.
   * When a PUT is retried after its response was lost, the session is already consumed (404);
   * the blob is then checked for, and the upload restarted only if it is really missing.
   * An upload location on another origin gets no credentials (the transport's rule).
   */
  async putBlob(digest: string, bytes: Uint8Array, mountFrom?: string): Promise<void> {
    const what = `upload blob to ${this.location}`;
    const uploads = `${this.#transport.baseUrl(this.#registry)}/v2/${this.#repository}/blobs/uploads/`;
    this.#url('blobs', digest, what); // refuses a digest that is not one before anything is sent
    for (let session = 1; ; session++) {
      const query = mountFrom && session === 1 ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
      const start = await this.#send('push', { method: 'POST', url: `${uploads}${query}` }, what);
      if (start.status === 201) break;
      if (start.status !== 202) this.#fail(start, 'push', what);
      const location = start.headers.location;
      if (!location) throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent no upload location`, { data: { registry: this.#registry } });
      let url: URL;
      try {
        url = new URL(location, uploads);
      } catch {
        throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent an invalid upload location`, { data: { registry: this.#registry } });
      }
      url.searchParams.set('digest', digest);
      const put = await this.#send('push', { method: 'PUT', url: url.toString(), headers: { 'content-type': 'application/octet-stream' }, body: bytes }, what);
      if (put.status === 201 || put.status === 204) break;
      if (put.status === 404 && session < 3) {
        if (await this.hasBlob(digest)) break;
        continue;
      }
      this.#fail(put, 'push', what);
    }
    this.#caches.rememberBlob(this.#registry, this.#repository, digest);
  }

  /**
   * GET /v2/<repo>/referrers/<digest>. A registry with the API answers 200 with an image index
   * (empty when nothing refers to the digest); distribution 2.8 and other registries without
   * it answer 404 (some 400/405), which means "use the fallback tag".
   */
  async referrers(digest: string): Promise<Descriptor[] | undefined> {
    if (this.#caches.hasNoReferrersApi(this.#registry)) return undefined;
    const what = `list referrers of ${this.location}@${digest}`;
    const res = await this.#send(
      'pull',
      { method: 'GET', url: this.#url('referrers', digest, what), headers: { accept: MediaTypes.ociIndex }, maxBodyBytes: this.limits.maxManifestBytes },
      what,
    );
    if (res.status === 404 || res.status === 400 || res.status === 405) {
      // A registry with the API never answers 404 for a repository that exists (OCI distribution
      // spec), so one such answer settles it for the run: a batch saves a request per image.
      if (registryServerCode(res.body) !== 'NAME_UNKNOWN') this.#caches.markNoReferrersApi(this.#registry);
      return undefined;
    }
    if (res.status !== 200) this.#fail(res, 'pull', what);
    let index: unknown;
    try {
      index = JSON.parse(res.body.toString('utf8'));
    } catch {
      return undefined; // an HTML or text 200 is not the Referrers API
    }
    const manifests = (index as { manifests?: unknown } | null)?.manifests;
    if (!Array.isArray(manifests)) return undefined;
    if (manifests.length > this.limits.maxLayers) throw tooManyLayers(`the referrers list of ${this.location}@${digest}`, manifests.length, this.limits);
    return manifests.filter((m): m is Descriptor => typeof m === 'object' && m !== null && typeof (m as Descriptor).digest === 'string');
  }

  /**
   * A blob, at most `size` bytes when the descriptor declares one (a larger declared size is
   * refused before any request, as cosign does), else at most the attachment limit.
   * Registries redirect blobs to storage (S3, GCS); those URLs carry their own signed auth
   * and get none of ours (content is checked against the digest either way).
   */
  async getBlob(digest: string, size?: number): Promise<Uint8Array> {
    const what = `read blob ${this.location}@${digest}`;
    const expected = checkDeclaredSize(what, size, this.limits.maxBlobBytes);
    const bounds = { maxBodyBytes: this.limits.maxBlobBytes, ...(expected !== undefined ? { expectedBodyBytes: expected } : {}) };
    let url = this.#url('blobs', digest, what);
    let res = await this.#send('pull', { method: 'GET', url, ...bounds }, what);
    for (let hops = 0; hops < MAX_REDIRECTS && res.status >= 300 && res.status < 400 && res.headers.location; hops++) {
      let target: URL;
      try {
        target = new URL(res.headers.location, url);
      } catch {
        throw registryError(RegistryErrorCodes.badResponse, `${what}: registry sent an invalid redirect`, { data: { registry: this.#registry } });
      }
      url = target.toString();
      // The transport sends credentials only back to the registry's own origin.
      res = await this.#send('pull', { method: 'GET', url, ...bounds }, what);
    }
    if (res.status !== 200) this.#fail(res, 'pull', what);
    if (sha256Digest(res.body) !== digest) {
      throw registryError(RegistryErrorCodes.digestMismatch, `${what}: content does not match its digest`, { data: { registry: this.#registry, digest } });
    }
    return res.body;
  }
}
