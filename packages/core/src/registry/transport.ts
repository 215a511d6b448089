/**
 * The registry auth/transport session, as go-containerregistry separates `transport` from
 * `remote`: which scheme a registry is spoken to over, its auth challenge (remembered, so later
 * requests authenticate up front instead of paying a 401 round trip), bearer tokens per scope,
 * credentials per registry, retries. Everything it caches is private to the session.
 *
 * Credentials go only where they belong (ggcr's `matchesHost`, made stricter):
 * - an Authorization header is attached only to requests for the registry's own origin
 *   (scheme, host and port), so a redirect or an upload location on another host, or the same
 *   host over plain HTTP, never receives it;
 * - a token realm over plain HTTP gets credentials only when the user allowed plain HTTP for
 *   that realm's host or for the registry itself; otherwise the request is refused.
 */
import { SignetError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { StaleWriteError } from '../oci/stale-write.ts';
import { MAX_SMALL_BODY_BYTES } from '../oci/limits.ts';
import { HttpPool, type HttpRequest, type HttpResponse, type HttpTlsOptions } from '../http/pool.ts';
import type { RetryPolicy } from '../http/retry.ts';
import { parseWwwAuthenticate, type Challenge } from './challenge.ts';
import { credentialSource, type Credential, type CredentialProvider } from './credentials.ts';
import { registryError, RegistryErrorCodes, transportError, type Access } from './errors.ts';
import { apiHost } from './hosts.ts';

export interface RegistryTransportOptions {
  credentials?: CredentialProvider | undefined;
  /** host[:port] allowed over plain HTTP (`--allow-http-registry`, SIGNET_INSECURE_REGISTRIES). */
  insecureRegistries?: readonly string[] | undefined;
  logger?: Logger | undefined;
  userAgent?: string | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Deadline of each attempt of a request, connecting through the last body byte. */
  timeoutMs?: number | undefined;
  /**
   * The CAs trusted (instead of or besides the default store: a private Notary server and its
   * token service, --registry-cacert), a client certificate, registries whose certificate is
   * not verified (their names as the user gave them: host[:port]).
   */
  tls?: HttpTlsOptions | undefined;
}

export interface RegistryStats {
  requests: number;
  tokenFetches: number;
  retries: number;
}

/** Whose request this is: the registry and repository a token is scoped to, and the access asked for. */
export interface RequestScope {
  registry: string;
  repository: string;
  access: Access;
}

export interface RegistryRequest extends HttpRequest {
  /** No attempt (first or retry) is sent after this epoch ms: see StaleWriteError. */
  notAfter?: number | undefined;
}

interface Token {
  value: string;
  expiresAt: number;
}

export class RegistryTransport {
  readonly #stats: RegistryStats = { requests: 0, tokenFetches: 0, retries: 0 };
  readonly #http: HttpPool;
  readonly #credentials: CredentialProvider | undefined;
  readonly #insecure: ReadonlySet<string>;
  readonly #challenges = new Map<string, Challenge>();
  readonly #tokens = new Map<string, Promise<Token>>();
  readonly #credentialCache = new Map<string, Promise<Credential | undefined>>();
  /** Where the credentials sent to each registry came from, for the message when they are refused. */
  readonly #sentFrom = new Map<string, string>();

  constructor(options: RegistryTransportOptions = {}) {
    this.#credentials = options.credentials;
    this.#insecure = new Set(options.insecureRegistries ?? []);
    const logger = options.logger ?? silentLogger;
    const tls = options.tls && { ...options.tls, skipVerifyHosts: options.tls.skipVerifyHosts?.map((host) => apiHost(host).replace(/:443$/, '')) };
    this.#http = new HttpPool({ timeoutMs: options.timeoutMs, maxSockets: 32, retry: options.retry, logger, userAgent: options.userAgent, tls });
  }

  /** A snapshot of the counters (requests sent, tokens fetched, retries). */
  get stats(): RegistryStats {
    return { ...this.#stats };
  }

  /** Whether the user allowed plain HTTP for this host[:port] (or registry name). */
  allowsPlainHttp(host: string): boolean {
    return this.#insecure.has(host) || this.#insecure.has(apiHost(host));
  }

  baseUrl(registry: string): string {
    return `${this.allowsPlainHttp(registry) ? 'http' : 'https'}://${apiHost(registry)}`;
  }

  /** True when `url` is the registry's own API origin: the only place its credentials go. */
  isRegistryOrigin(registry: string, url: string): boolean {
    return new URL(url).origin === new URL(this.baseUrl(registry)).origin;
  }

  close(): Promise<void> {
    return this.#http.close();
  }

  /** Where the credentials sent to `registry` came from (flag, env, config.json, helper), once sent. */
  credentialsSentFrom(registry: string): string | undefined {
    return this.#sentFrom.get(registry);
  }

  #noteSent(registry: string, credential: Credential): void {
    this.#sentFrom.set(registry, credentialSource(credential) ?? 'the configured credentials');
  }

  /** Redirect targets and foreign upload locations: sent without any credentials. */
  sendAnonymous(spec: RegistryRequest, what: string): Promise<HttpResponse> {
    return this.#send(spec, what);
  }

  /**
   * An authenticated request: credentials up front once the challenge is known, else on 401.
   * A URL outside the registry's origin is sent without credentials (see the header).
   */
  async send(scope: RequestScope, spec: RegistryRequest, what: string): Promise<HttpResponse> {
    if (!this.isRegistryOrigin(scope.registry, spec.url)) return this.#send(spec, what);
    const auth = await this.#authorization(scope);
    let response = await this.#send(withAuthorization(spec, auth), what);
    if (response.status === 401) {
      const challenge = parseWwwAuthenticate(response.headers['www-authenticate'] ?? '');
      const known = this.#challenges.get(scope.registry);
      if (challenge && (challenge.scheme === 'bearer' || challenge.scheme === 'basic') && (!known || !auth)) {
        this.#challenges.set(scope.registry, challenge);
        const retryAuth = await this.#authorization(scope);
        if (retryAuth) response = await this.#send(withAuthorization(spec, retryAuth), what);
      }
    }
    return response;
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
  async #send(spec: RegistryRequest, what: string): Promise<HttpResponse> {
    const { notAfter, ...request } = spec;
    try {
      return await this.#http.send(request, {
        what,
        beforeAttempt: () => {
          if (notAfter !== undefined && Date.now() > notAfter) throw new StaleWriteError(what);
          this.#stats.requests++;
        },
        onRetry: () => this.#stats.retries++,
      });
    } catch (e) {
      if (e instanceof StaleWriteError || e instanceof SignetError) throw e;
      throw transportError(e, spec.url, what, spec.url.startsWith('http:'));
    }
  }

  async #authorization(scope: RequestScope): Promise<string | undefined> {
    const challenge = this.#challenges.get(scope.registry);
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      const credential = await this.#credential(scope.registry);
      if (!credential || 'identityToken' in credential) return undefined;
      this.#noteSent(scope.registry, credential);
      return basic(credential);
    }
    if (challenge.scheme === 'bearer') {
      const access = scope.access === 'push' ? 'pull,push' : 'pull';
      return `Bearer ${await this.#token(scope.registry, challenge, `repository:${scope.repository}:${access}`)}`;
    }
    return undefined;
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
    const bad = (message: string) => registryError(RegistryErrorCodes.badResponse, message, { data: { registry } });
    if (!realm) throw bad(`${registry} sent a Bearer challenge without a realm`);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw bad(`${registry} sent a Bearer challenge whose realm is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw bad(`${registry} sent a token realm with the scheme ${url.protocol}`);
    const credential = await this.#credential(registry);
    // An HTTPS registry naming an http:// realm would have the password sent in clear text.
    if (credential && url.protocol === 'http:' && !this.allowsPlainHttp(url.host) && !this.allowsPlainHttp(registry)) {
      throw registryError(RegistryErrorCodes.insecureTransport, `${registry} asks for credentials at the plain-HTTP token service ${url.host}; not sent`, {
        data: { registry, host: url.host },
      });
    }
    const service = challenge.params.service;
    this.#stats.tokenFetches++;
    const what = `token for ${registry}`;
    let response: HttpResponse;
    if (credential) this.#noteSent(registry, credential);
    if (credential && 'identityToken' in credential) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credential.identityToken, client_id: 'signet', scope });
      if (service) form.set('service', service);
      response = await this.#send(
        { method: 'POST', url: url.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()), maxBodyBytes: MAX_SMALL_BODY_BYTES },
        what,
      );
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> = {};
      if (credential) headers.authorization = basic(credential);
      response = await this.#send({ method: 'GET', url: url.toString(), headers, maxBodyBytes: MAX_SMALL_BODY_BYTES }, what);
    }
    if (response.status === 401 || response.status === 403) {
      const sentFrom = credential ? this.credentialsSentFrom(registry) : undefined;
      const refused = sentFrom ? `credentials from ${sentFrom} were sent and refused` : 'no credentials were sent';
      throw registryError(RegistryErrorCodes.authFailed, `authentication failed for ${registry} (token service answered ${response.status}): ${refused}`, {
        status: response.status,
        data: { registry, withCredentials: credential !== undefined, ...(sentFrom ? { sentFrom } : {}) },
      });
    }
    if (response.status !== 200) {
      throw registryError(RegistryErrorCodes.status, `token service for ${registry} answered ${response.status}`, {
        status: response.status,
        data: { registry, status: response.status },
        temporary: response.status >= 500 || response.status === 429,
      });
    }
    let doc: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      doc = JSON.parse(response.body.toString('utf8')) as typeof doc;
    } catch {
      throw bad(`token service for ${registry} returned invalid JSON`);
    }
    const value = typeof doc?.token === 'string' ? doc.token : typeof doc?.access_token === 'string' ? doc.access_token : undefined;
    if (!value) throw bad(`token service for ${registry} returned no token`);
    const expiresIn = typeof doc.expires_in === 'number' && doc.expires_in > 0 ? doc.expires_in : 60;
    return { value, expiresAt: Date.now() + expiresIn * 1000 };
  }
}

function withAuthorization(spec: RegistryRequest, auth: string | undefined): RegistryRequest {
  return auth ? { ...spec, headers: { ...spec.headers, authorization: auth } } : spec;
}

function basic(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}
