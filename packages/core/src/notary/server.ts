/**
 * The Notary v1 server's HTTP API, as the notary client and docker use it:
 *   GET  /v2/<gun>/_trust/tuf/<role>.json             current metadata
 *   GET  /v2/<gun>/_trust/tuf/<role>.<sha256 hex>.json by hash (from snapshot/timestamp)
 *   GET  /v2/<gun>/_trust/tuf/<version>.root.json      an older root (rotation chains)
 *   GET  /v2/<gun>/_trust/tuf/{timestamp,snapshot}.key the server's key (created on first ask)
 *   POST /v2/<gun>/_trust/tuf/                        multipart/form-data, one `files` part per role
 * Errors are `{"errors":[{"code","message","detail"}]}`; `VERSION` means another writer got there first.
 *
 * Authentication is the registry's: notary-server's `auth: token` answers 401 with a Bearer
 * challenge scoped `repository:<gun>:pull` (`push,pull` to publish), and the token comes from
 * the same WWW-Authenticate -> token flow as a registry's (registry/transport.ts). The
 * credentials are those stored for the Notary server's host, else those of the GUN's registry,
 * which is what docker sends its Notary server (`docker login REGISTRY` covers both).
 */
import { randomBytes } from 'node:crypto';
import { SignetError } from '../errors.ts';
import type { HttpResponse } from '../http/pool.ts';
import type { Logger } from '../log.ts';
import type { CredentialProvider } from '../registry/credentials.ts';
import { RegistryErrorCodes, type Access } from '../registry/errors.ts';
import { parseWwwAuthenticate } from '../registry/challenge.ts';
import { RegistryTransport } from '../registry/transport.ts';
import type { TufKey } from './keys.ts';

/** Notary's own download bounds (notary.MaxDownloadSize and the per-role defaults). */
export const MAX_METADATA_BYTES = { root: 100 * 1024, timestamp: 100 * 1024, default: 100 * 1024 * 1024 } as const;

export interface NotaryServerOptions {
  /** PEM CA certificates for the server's TLS certificate (a private CA). */
  ca?: string | undefined;
  logger?: Logger | undefined;
  timeoutMs?: number | undefined;
  /** Where credentials come from (the registry's sources: docker config, helpers, flags); none: anonymous. */
  credentials?: CredentialProvider | undefined;
}

/** The server refused an upload because a newer version is stored (a concurrent publisher). */
export class StaleVersionError extends SignetError {
  constructor(gun: string, message: string) {
    super('remote', `${gun}: the Notary server refused the upload: ${message}`, { code: 'VERSION', hint: 'another publisher updated the repository; re-read and retry' });
  }
}

function serverError(response: HttpResponse): { code: string | undefined; message: string } {
  try {
    const body = JSON.parse(response.body.toString('utf8')) as { errors?: { code?: string; message?: string; detail?: unknown }[] };
    const e = body.errors?.[0];
    if (e) {
      const detail = e.detail && typeof e.detail === 'object' && Object.keys(e.detail).length > 0 ? ` (${JSON.stringify(e.detail)})` : typeof e.detail === 'string' && e.detail ? ` (${e.detail})` : '';
      return { code: e.code, message: `${e.code ?? response.status}: ${e.message ?? ''}${detail}` };
    }
  } catch {
    // not the JSON error shape
  }
  return { code: undefined, message: `HTTP ${response.status} ${response.body.toString('utf8').slice(0, 200).trim()}` };
}

export class NotaryServer {
  readonly url: string;
  readonly #host: string;
  readonly #options: NotaryServerOptions;
  /** One auth session per registry whose GUNs are asked for: their credentials differ. */
  readonly #transports = new Map<string, RegistryTransport>();

  constructor(url: string, options: NotaryServerOptions = {}) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SignetError('usage', `invalid Notary server URL "${url}"`, { hint: 'pass --notary https://notary.example.com:4443' });
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new SignetError('usage', `invalid Notary server URL "${url}"`, { hint: 'use an https:// URL' });
    this.url = parsed.href.replace(/\/+$/, '');
    this.#host = parsed.host;
    this.#options = options;
  }

  #tuf(gun: string, file = ''): string {
    return `${this.url}/v2/${gun.split('/').map(encodeURIComponent).join('/')}/_trust/tuf/${file}`;
  }

  /** The registry a GUN names (its first component), whose credentials docker sends the Notary server. */
  #registryOf(gun: string): string {
    return gun.split('/')[0] ?? gun;
  }

  #credentialsFor(gun: string): CredentialProvider {
    const registry = this.#registryOf(gun);
    const source = this.#options.credentials;
    return {
      get: async (host) => (source ? ((await source.get(host)) ?? (host === registry ? undefined : await source.get(registry))) : undefined),
    };
  }

  #transport(gun: string): RegistryTransport {
    const registry = this.#registryOf(gun);
    let found = this.#transports.get(registry);
    if (!found) {
      found = new RegistryTransport({
        credentials: this.#credentialsFor(gun),
        // The user named this URL: plain HTTP (a test server, a sidecar) is spoken when given.
        insecureRegistries: this.url.startsWith('http:') ? [this.#host] : [],
        logger: this.#options.logger,
        timeoutMs: this.#options.timeoutMs,
        tls: { ca: this.#options.ca },
        userAgent: 'signet/0.1',
      });
      this.#transports.set(registry, found);
    }
    return found;
  }

  async #send(gun: string, access: Access, method: 'GET' | 'POST', url: string, what: string, extra: { body?: Uint8Array; headers?: Record<string, string>; maxBodyBytes?: number } = {}): Promise<HttpResponse> {
    let response: HttpResponse;
    try {
      response = await this.#transport(gun).send({ registry: this.#host, repository: gun, access }, { method, url, ...extra }, what);
    } catch (e) {
      if (!(e instanceof SignetError)) throw e;
      if (e.code === RegistryErrorCodes.bodyTooLarge) throw new SignetError('verification', `${what}: the Notary server sent more than ${extra.maxBodyBytes} bytes`, { cause: e });
      if (e.code === RegistryErrorCodes.authFailed) throw await this.#authError(gun, access, what, e.status ?? 401, e);
      if (e.code === RegistryErrorCodes.unreachable || e.code === RegistryErrorCodes.timeout) {
        const cause = (e.cause as { code?: string } | undefined)?.code ?? (e.cause as Error | undefined)?.message ?? e.code;
        throw new SignetError('remote', `${what}: cannot reach the Notary server ${this.#host} (${cause})`, {
          hint: /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(cause) ? 'pass --notary-ca with the CA that issued the server certificate' : 'check the --notary URL and that the server is running',
          cause: e,
        });
      }
      throw e;
    }
    if (response.status === 401 || response.status === 403) throw await this.#authError(gun, access, what, response.status, undefined, response);
    return response;
  }

  /**
   * Refused access, said so that the user knows whether credentials went out: none found,
   * sent and refused by the token service, or accepted but without the access asked for.
   */
  async #authError(gun: string, access: Access, what: string, status: number, cause?: SignetError, response?: HttpResponse): Promise<SignetError> {
    const registry = this.#registryOf(gun);
    // Where the credentials sent came from (config.json auths, a helper, flags or env), when any were.
    const sentFrom = this.#transport(gun).credentialsSentFrom(this.#host) ?? ((await this.#credentialsFor(gun).get(this.#host)) ? 'the configured credentials' : undefined);
    const data = { host: this.#host, registry, gun, access, status, ...(sentFrom ? { sentFrom } : {}) };
    const challenge = response ? parseWwwAuthenticate(response.headers['www-authenticate'] ?? '') : undefined;
    if (sentFrom && response && (status === 403 || challenge?.params.error === 'insufficient_scope')) {
      return new SignetError('remote', `${what}: the Notary server ${this.#host} accepted the credentials sent (from ${sentFrom}) but denied ${access} access to ${gun} (HTTP ${status})`, { code: 'notary.denied', data, status });
    }
    if (sentFrom) {
      const why = challenge?.params.error ? `, ${challenge.params.error}` : '';
      return new SignetError('remote', `${what}: credentials from ${sentFrom} were sent to the Notary server ${this.#host}${cause ? '\'s token service' : ''} and refused (HTTP ${status}${why})`, { code: 'notary.auth-failed', data, status, ...(cause ? { cause } : {}) });
    }
    return new SignetError('remote', `${what}: the Notary server ${this.#host} requires authentication (HTTP ${status}) and no credentials were found for ${this.#host} or ${registry}`, { code: 'notary.unauthorized', data, status, ...(cause ? { cause } : {}) });
  }

  /** Metadata bytes, or undefined when the server has none (404). */
  async get(gun: string, file: string, maxBodyBytes: number): Promise<Buffer | undefined> {
    const what = `GET ${gun} ${file}`;
    const response = await this.#send(gun, 'pull', 'GET', this.#tuf(gun, file), what, { maxBodyBytes });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new SignetError('remote', `${what}: ${serverError(response).message}`, { status: response.status });
    return response.body;
  }

  /** The server-held key of a role (timestamp or snapshot); the server creates it on first ask. */
  async roleKey(gun: string, role: 'timestamp' | 'snapshot'): Promise<TufKey> {
    const what = `GET ${gun} ${role}.key`;
    // The server creates the key on first ask, so it wants push access (notary's `key` endpoint).
    const response = await this.#send(gun, 'push', 'GET', this.#tuf(gun, `${role}.key`), what, { maxBodyBytes: 64 * 1024 });
    if (response.status !== 200) throw new SignetError('remote', `${what}: ${serverError(response).message}`, { status: response.status });
    const key = JSON.parse(response.body.toString('utf8')) as TufKey;
    if (typeof key?.keytype !== 'string' || typeof key?.keyval?.public !== 'string') throw new SignetError('remote', `${what}: not a key object`);
    return { keytype: key.keytype, keyval: { private: null, public: key.keyval.public } };
  }

  /** Uploads roles in one multipart POST (all or nothing on the server). */
  async publish(gun: string, files: ReadonlyMap<string, Buffer>): Promise<void> {
    const boundary = randomBytes(24).toString('hex');
    const parts: Buffer[] = [];
    for (const [role, bytes] of files) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${role}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    const what = `publish ${gun} (${[...files.keys()].join(', ')})`;
    const response = await this.#send(gun, 'push', 'POST', this.#tuf(gun), what, { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, maxBodyBytes: 64 * 1024 });
    if (response.status === 200) return;
    const e = serverError(response);
    if (e.code === 'VERSION') throw new StaleVersionError(gun, e.message);
    const hint = /does not hold current snapshot key/.test(e.message)
      ? 'the repository\'s snapshot key is held by a client (notary init without server-managed snapshot): pass it with --notary-snapshot-key; nothing was changed'
      : 'nothing was changed on the server';
    throw new SignetError(response.status >= 500 ? 'remote' : 'usage', `${gun}: the Notary server refused the upload: ${e.message}`, { status: response.status, code: e.code, hint });
  }

  async close(): Promise<void> {
    await Promise.all([...this.#transports.values()].map((t) => t.close()));
  }
}
