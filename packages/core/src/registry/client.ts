/**
 * OCI distribution API client. One per process: it shares keep-alive connections, remembers
 * each registry's auth challenge (so later requests authenticate up front instead of paying a
 * 401 round trip) and caches bearer tokens per scope.
 */
import { SignetError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { sha256Digest } from '../oci/digest.ts';
import { MANIFEST_ACCEPT, MediaTypes, type ArtifactRepository, type Descriptor, type FetchedManifest } from '../oci/types.ts';
import { parseWwwAuthenticate, type Challenge } from './challenge.ts';
import { credentialSource, type Credential, type CredentialProvider } from './credentials.ts';
import { apiHost } from './hosts.ts';
import { StaleWriteError, type WriteOptions } from '../oci/stale-write.ts';
import { HttpPool, type HttpResponse } from '../http/pool.ts';
import type { RetryPolicy } from '../http/retry.ts';

export interface RegistryClientOptions {
  credentials?: CredentialProvider;
  insecureRegistries?: readonly string[];
  logger?: Logger;
  userAgent?: string;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
}

export interface RegistryStats {
  requests: number;
  tokenFetches: number;
  retries: number;
}

type Access = 'pull' | 'push';

interface RequestSpec {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** No attempt (first or retry) is sent after this epoch ms: see StaleWriteError. */
  notAfter?: number;
}

interface Token {
  value: string;
  expiresAt: number;
}

export class RegistryClient {
  readonly stats: RegistryStats = { requests: 0, tokenFetches: 0, retries: 0 };
  readonly #http: HttpPool;
  readonly #credentials: CredentialProvider | undefined;
  readonly #insecure: Set<string>;
  readonly #logger: Logger;
  readonly #challenges = new Map<string, Challenge>();
  readonly #tokens = new Map<string, Promise<Token>>();
  readonly #credentialCache = new Map<string, Promise<Credential | undefined>>();
  /** "registry/repository@digest" of blobs seen or uploaded in this process: no request needed again. */
  readonly knownBlobs = new Set<string>();
  /** "registry@digest" -> a repository known to hold it, to mount from instead of uploading. */
  readonly blobHomes = new Map<string, string>();
  /** Registries that answered a referrers query without the Referrers API: not asked again. */
  readonly withoutReferrersApi = new Set<string>();

  constructor(options: RegistryClientOptions = {}) {
    this.#credentials = options.credentials;
    this.#insecure = new Set(options.insecureRegistries ?? []);
    this.#logger = options.logger ?? silentLogger;
    this.#http = new HttpPool({ timeoutMs: options.timeoutMs, maxSockets: 32, retry: options.retry, logger: this.#logger, userAgent: options.userAgent });
  }

  repository(registry: string, repository: string): ArtifactRepository {
    return new RegistryRepository(this, registry, repository);
  }

  async close(): Promise<void> {
    await this.#http.close();
  }

  baseUrl(registry: string): string {
    const host = apiHost(registry);
    const scheme = this.#insecure.has(registry) || this.#insecure.has(host) ? 'http' : 'https';
    return `${scheme}://${host}`;
  }

  /** Where the credentials sent to each registry came from, for the message when they are refused. */
  readonly #sentFrom = new Map<string, string>();

  #refused(registry: string): string | undefined {
    const source = this.#sentFrom.get(registry);
    return source === undefined ? undefined : `credentials from ${source} were sent and refused`;
  }

  #credential(registry: string): Promise<Credential | undefined> {
    let found = this.#credentialCache.get(registry);
    if (!found) {
      found = this.#credentials ? this.#credentials.get(registry) : Promise.resolve(undefined);
      this.#credentialCache.set(registry, found);
    }
    return found;
  }

  /** One HTTP exchange with retries for transient failures; no auth logic here. */
  async #send(spec: RequestSpec, what: string): Promise<HttpResponse> {
    try {
      return await this.#http.send(spec, {
        what,
        beforeAttempt: () => {
          if (spec.notAfter !== undefined && Date.now() > spec.notAfter) throw new StaleWriteError(what);
          this.stats.requests++;
        },
        onRetry: () => this.stats.retries++,
      });
    } catch (e) {
      if (e instanceof StaleWriteError) throw e;
      const host = new URL(spec.url).host;
      const code = (e as { code?: string }).code ?? (e as Error).message;
      throw new SignetError('remote', `${what}: cannot reach ${host} (${code})`, {
        hint: spec.url.startsWith('https:')
          ? 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES'
          : 'check the registry address and that it is running',
        cause: e,
      });
    }
  }

  async #token(registry: string, challenge: Challenge, scope: string): Promise<string> {
    const key = `${registry}|${challenge.params.realm}|${scope}`;
    const cached = this.#tokens.get(key);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt > Date.now() + 5_000) return token.value;
      this.#tokens.delete(key);
    }
    const pending = this.#fetchToken(registry, challenge, scope);
    this.#tokens.set(key, pending);
    pending.catch(() => this.#tokens.delete(key));
    return (await pending).value;
  }

  async #fetchToken(registry: string, challenge: Challenge, scope: string): Promise<Token> {
    const realm = challenge.params.realm;
    if (!realm) throw new SignetError('remote', `${registry} sent a Bearer challenge without a realm`);
    const credential = await this.#credential(registry);
    const url = new URL(realm);
    const service = challenge.params.service;
    this.stats.tokenFetches++;
    let response: HttpResponse;
    if (credential) this.#sentFrom.set(registry, credentialSource(credential) ?? 'the configured credentials');
    if (credential && 'identityToken' in credential) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'signet', scope });
      if (service) form.set('service', service);
      response = await this.#send(
        { method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()) },
        `token for ${registry}`,
      );
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> = {};
      if (credential) headers.authorization = basic(credential);
      response = await this.#send({ method: 'GET', url: url.toString(), headers }, `token for ${registry}`);
    }
    if (response.status === 401 || response.status === 403) {
      const refused = credential ? `: ${this.#refused(registry)}` : ': no credentials were sent';
      throw new SignetError('remote', `authentication failed for ${registry} (token service answered ${response.status})${refused}`, {
        status: response.status,
        hint: credential ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
      });
    }
    if (response.status !== 200) {
      throw new SignetError('remote', `token service for ${registry} answered ${response.status}`, { status: response.status });
    }
    let doc: { token?: string; access_token?: string; expires_in?: number };
    try {
      doc = JSON.parse(response.body.toString('utf8')) as typeof doc;
    } catch {
      throw new SignetError('remote', `token service for ${registry} returned invalid JSON`);
    }
    const value = doc.token ?? doc.access_token;
    if (!value) throw new SignetError('remote', `token service for ${registry} returned no token`);
    return { value, expiresAt: Date.now() + (doc.expires_in ?? 60) * 1000 };
  }

  async #authorization(registry: string, repository: string, access: Access): Promise<string | undefined> {
    const challenge = this.#challenges.get(registry);
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      const credential = await this.#credential(registry);
      if (!credential || 'identityToken' in credential) return undefined;
      this.#sentFrom.set(registry, credentialSource(credential) ?? 'the configured credentials');
      return basic(credential);
    }
    if (challenge.scheme === 'bearer') {
      return `Bearer ${await this.#token(registry, challenge, `repository:${repository}:${access === 'push' ? 'pull,push' : 'pull'}`)}`;
    }
    return undefined;
  }

  /** For redirects to blob storage: the target carries its own signed auth, never ours. */
  sendUnauthenticated(spec: RequestSpec, what: string): Promise<HttpResponse> {
    return this.#send(spec, what);
  }

  /** An authenticated request: credentials up front once the challenge is known, else on 401. */
  async send(registry: string, repository: string, access: Access, spec: RequestSpec, what: string): Promise<HttpResponse> {
    const auth = await this.#authorization(registry, repository, access);
    let response = await this.#send({ ...spec, headers: { ...spec.headers, ...(auth ? { authorization: auth } : {}) } }, what);
    if (response.status === 401) {
      const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
      const known = this.#challenges.get(registry);
      if (challenge && (challenge.scheme === 'bearer' || challenge.scheme === 'basic') && (!known || !auth)) {
        this.#challenges.set(registry, challenge);
        const retryAuth = await this.#authorization(registry, repository, access);
        if (retryAuth) {
          response = await this.#send({ ...spec, headers: { ...spec.headers, authorization: retryAuth } }, what);
        }
      }
    }
    return response;
  }

  statusError(response: HttpResponse, registry: string, repository: string, access: Access, what: string): SignetError {
    const status = response.status;
    const detail = registryErrorDetail(response.body);
    const code = registryErrorCode(response.body);
    const suffix = detail ? ` (${detail})` : '';
    // A token without the needed scope is a 401 with error="insufficient_scope": a permission
    // problem of the account, not missing credentials.
    const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
    if (status === 403 || (status === 401 && challenge?.params.error === 'insufficient_scope')) {
      return new SignetError('remote', `${what}: ${access} access to ${registry}/${repository} denied${suffix}`, {
        status,
        ...(code ? { code } : {}),
        hint: `grant the account ${access} permission on ${repository}`,
      });
    }
    if (status === 401) {
      const refused = this.#refused(registry);
      return new SignetError('remote', `${what}: ${refused ? `authentication failed for ${registry}: ${refused}` : `authentication required for ${registry}`}${suffix}`, {
        status,
        ...(code ? { code } : {}),
        hint: refused ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${registry}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
      });
    }
    if (status === 404) {
      return new SignetError('remote', `${what}: ${registry}/${repository} not found${suffix}`, { status, ...(code ? { code } : {}), hint: 'check the repository name' });
    }
    if (status === 429) {
      return new SignetError('remote', `${what}: ${registry} is rate limiting (HTTP 429) and retries ran out${suffix}`, {
        status,
        ...(code ? { code } : {}),
        hint: 'wait and retry, lower --concurrency, or authenticate for a higher limit',
      });
    }
    return new SignetError('remote', `${what}: ${registry} answered HTTP ${status}${suffix}`, { status, ...(code ? { code } : {}), hint: 'retry later; if it persists, check the registry' });
  }
}

function basic(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}

/** The distribution spec's error body: {"errors":[{"code","message"}]}. */
function registryErrorDetail(body: Buffer): string | undefined {
  try {
    const doc = JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] };
    const first = doc.errors?.[0];
    return first ? [first.code, first.message].filter(Boolean).join(': ') : undefined;
  } catch {
    return undefined;
  }
}

function registryErrorCode(body: Buffer): string | undefined {
  try {
    return (JSON.parse(body.toString('utf8')) as { errors?: { code?: string }[] }).errors?.[0]?.code;
  } catch {
    return undefined;
  }
}

class RegistryRepository implements ArtifactRepository {
  readonly location: string;
  readonly #client: RegistryClient;
  readonly #registry: string;
  readonly #repository: string;

  constructor(client: RegistryClient, registry: string, repository: string) {
    this.#client = client;
    this.#registry = registry;
    this.#repository = repository;
    this.location = `${registry}/${repository}`;
  }

  /** "repo:tag" or "repo@sha256:…" for messages. */
  #ref(tagOrDigest: string): string {
    return `${this.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`;
  }

  #url(path: string): string {
    return `${this.#client.baseUrl(this.#registry)}/v2/${this.#repository}/${path}`;
  }

  #send(access: Access, spec: RequestSpec, what: string): Promise<HttpResponse> {
    return this.#client.send(this.#registry, this.#repository, access, spec, what);
  }

  #fail(response: HttpResponse, access: Access, what: string): never {
    throw this.#client.statusError(response, this.#registry, this.#repository, access, what);
  }

  async resolve(tagOrDigest: string): Promise<Descriptor | undefined> {
    const what = `resolve ${this.#ref(tagOrDigest)}`;
    const res = await this.#send('pull', { method: 'HEAD', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: MANIFEST_ACCEPT.join(', ') } }, what);
    if (res.status === 404) return undefined;
    if (res.status !== 200) this.#fail(res, 'pull', what);
    const digest = res.headers['docker-content-digest'];
    const mediaType = res.headers['content-type'] ?? '';
    if (digest) return { mediaType, digest, size: Number(res.headers['content-length'] ?? 0) };
    const fetched = await this.getManifest(tagOrDigest);
    return fetched ? { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.byteLength } : undefined;
  }

  async getManifest(tagOrDigest: string): Promise<FetchedManifest | undefined> {
    const what = `read manifest ${this.#ref(tagOrDigest)}`;
    const res = await this.#send('pull', { method: 'GET', url: this.#url(`manifests/${tagOrDigest}`), headers: { accept: MANIFEST_ACCEPT.join(', ') } }, what);
    if (res.status === 404) return undefined;
    if (res.status !== 200) this.#fail(res, 'pull', what);
    const digest = sha256Digest(res.body);
    if (tagOrDigest.startsWith('sha256:') && digest !== tagOrDigest) {
      throw new SignetError('remote', `${what}: content does not match the requested digest`, { hint: 'the registry or a proxy altered the manifest' });
    }
    return { bytes: res.body, mediaType: res.headers['content-type'] ?? '', digest };
  }

  async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string, options: WriteOptions = {}): Promise<string> {
    const res = await this.#putManifest(tagOrDigest, bytes, mediaType, options);
    return res.headers['docker-content-digest'] ?? sha256Digest(bytes);
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
      { method: 'PUT', url: this.#url(`manifests/${tagOrDigest}`), headers: { 'content-type': mediaType }, body: bytes, ...(options.notAfter ? { notAfter: options.notAfter } : {}) },
      what,
    );
    if (res.status !== 201 && res.status !== 200) this.#fail(res, 'push', what);
    return res;
  }

  async hasBlob(digest: string): Promise<boolean> {
    const what = `check blob ${this.location}@${digest}`;
    const res = await this.#send('pull', { method: 'HEAD', url: this.#url(`blobs/${digest}`) }, what);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    this.#fail(res, 'pull', what);
  }

  /**
   * Known here: nothing to do. Known in another repository of this registry (a batch over
   * many repositories): one cross-repository mount request. Otherwise HEAD, then upload.
   */
  async ensureBlob(digest: string, bytes: Uint8Array): Promise<void> {
    if (this.#client.knownBlobs.has(`${this.location}@${digest}`)) return;
    const home = this.#client.blobHomes.get(`${this.#registry}@${digest}`);
    if (home && home !== this.#repository) return this.putBlob(digest, bytes, home);
    if (await this.hasBlob(digest)) return this.#remember(digest);
    return this.putBlob(digest, bytes);
  }

  #remember(digest: string): void {
    this.#client.knownBlobs.add(`${this.location}@${digest}`);
    this.#client.blobHomes.set(`${this.#registry}@${digest}`, this.#repository);
  }

  /**
   * POST then a monolithic PUT: two requests. distribution 2.8 does not honour the one-request
   * `POST ?digest=` upload, and a HEAD first would cost a third for blobs that are always new.
   * With `mountFrom`, the POST asks to mount the blob from that repository (201, done in one
   * request); a registry that declines answers with an upload session, used as usual.
   * When a PUT is retried after its response was lost, the session is already consumed (404);
   * the blob is then checked for, and the upload restarted only if it is really missing.
   */
  async putBlob(digest: string, bytes: Uint8Array, mountFrom?: string): Promise<void> {
    const what = `upload blob to ${this.location}`;
    for (let session = 1; ; session++) {
      const query = mountFrom && session === 1 ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}` : '';
      const start = await this.#send('push', { method: 'POST', url: this.#url(`blobs/uploads/${query}`) }, what);
      if (start.status === 201) break;
      if (start.status !== 202) this.#fail(start, 'push', what);
      const location = start.headers.location;
      if (!location) throw new SignetError('remote', `${what}: registry sent no upload location`);
      const url = new URL(location, this.#client.baseUrl(this.#registry));
      url.searchParams.set('digest', digest);
      const put = await this.#send(
        'push',
        { method: 'PUT', url: url.toString(), headers: { 'content-type': 'application/octet-stream' }, body: bytes },
        what,
      );
      if (put.status === 201 || put.status === 204) break;
      if (put.status === 404 && session < 3) {
        if (await this.hasBlob(digest)) break;
        continue;
      }
      this.#fail(put, 'push', what);
    }
    this.#remember(digest);
  }

  /**
   * GET /v2/<repo>/referrers/<digest>. A registry with the API answers 200 with an image index
   * (empty when nothing refers to the digest); distribution 2.8 and other registries without
   * it answer 404 (some 400/405), which means "use the fallback tag".
   */
  async referrers(digest: string): Promise<Descriptor[] | undefined> {
    if (this.#client.withoutReferrersApi.has(this.#registry)) return undefined;
    const what = `list referrers of ${this.location}@${digest}`;
    const res = await this.#send('pull', { method: 'GET', url: this.#url(`referrers/${digest}`), headers: { accept: MediaTypes.ociIndex } }, what);
    if (res.status === 404 || res.status === 400 || res.status === 405) {
      // A registry with the API never answers 404 for a repository that exists (OCI distribution
      // spec), so one such answer settles it for the run: a batch saves a request per image.
      if (registryErrorCode(res.body) !== 'NAME_UNKNOWN') this.#client.withoutReferrersApi.add(this.#registry);
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
    return manifests.filter((m): m is Descriptor => typeof m === 'object' && m !== null && typeof (m as Descriptor).digest === 'string');
  }

  async getBlob(digest: string): Promise<Uint8Array> {
    const what = `read blob ${this.location}@${digest}`;
    let res = await this.#send('pull', { method: 'GET', url: this.#url(`blobs/${digest}`) }, what);
    // Registries redirect blobs to storage (S3, GCS); the storage URL carries its own auth.
    for (let hops = 0; hops < 5 && res.status >= 300 && res.status < 400 && res.headers.location; hops++) {
      const base = this.#client.baseUrl(this.#registry);
      const target = new URL(res.headers.location, base);
      res =
        target.host === new URL(base).host
          ? await this.#client.send(this.#registry, this.#repository, 'pull', { method: 'GET', url: target.toString() }, what)
          : await this.#client.sendUnauthenticated({ method: 'GET', url: target.toString() }, what);
    }
    if (res.status !== 200) this.#fail(res, 'pull', what);
    if (sha256Digest(res.body) !== digest) throw new SignetError('remote', `${what}: content does not match its digest`);
    return res.body;
  }
}

