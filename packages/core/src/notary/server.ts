/**
 * The Notary v1 server's HTTP API, as the notary client and docker use it:
 *   GET  /v2/<gun>/_trust/tuf/<role>.json             current metadata
 *   GET  /v2/<gun>/_trust/tuf/<role>.<sha256 hex>.json by hash (from snapshot/timestamp)
 *   GET  /v2/<gun>/_trust/tuf/<version>.root.json      an older root (rotation chains)
 *   GET  /v2/<gun>/_trust/tuf/{timestamp,snapshot}.key the server's key (created on first ask)
 *   POST /v2/<gun>/_trust/tuf/                        multipart/form-data, one `files` part per role
 * Errors are `{"errors":[{"code","message","detail"}]}`; `VERSION` means another writer got there first.
 */
import { randomBytes } from 'node:crypto';
import { SignetError } from '../errors.ts';
import { HttpPool, type HttpResponse } from '../http/pool.ts';
import type { Logger } from '../log.ts';
import type { TufKey } from './keys.ts';

/** Notary's own download bounds (notary.MaxDownloadSize and the per-role defaults). */
export const MAX_METADATA_BYTES = { root: 100 * 1024, timestamp: 100 * 1024, default: 100 * 1024 * 1024 } as const;

export interface NotaryServerOptions {
  /** PEM CA certificates for the server's TLS certificate (a private CA). */
  ca?: string | undefined;
  logger?: Logger | undefined;
  timeoutMs?: number | undefined;
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
  readonly #http: HttpPool;

  constructor(url: string, options: NotaryServerOptions = {}) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SignetError('usage', `invalid Notary server URL "${url}"`, { hint: 'pass --notary https://notary.example.com:4443' });
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new SignetError('usage', `invalid Notary server URL "${url}"`, { hint: 'use an https:// URL' });
    this.url = parsed.href.replace(/\/+$/, '');
    this.#http = new HttpPool({ ca: options.ca, logger: options.logger, timeoutMs: options.timeoutMs, maxSockets: 8 });
  }

  #tuf(gun: string, file = ''): string {
    return `${this.url}/v2/${gun.split('/').map(encodeURIComponent).join('/')}/_trust/tuf/${file}`;
  }

  async #send(method: 'GET' | 'POST', url: string, what: string, extra: { body?: Uint8Array; headers?: Record<string, string>; maxBodyBytes?: number } = {}): Promise<HttpResponse> {
    try {
      return await this.#http.send({ method, url, ...extra }, { what });
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e as Error).message;
      if (code === 'ETOOLARGE') throw new SignetError('verification', `${what}: the Notary server sent more than ${extra.maxBodyBytes} bytes`, { cause: e });
      throw new SignetError('remote', `${what}: cannot reach the Notary server ${new URL(url).host} (${code})`, {
        hint: /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) ? 'pass --notary-ca with the CA that issued the server certificate' : 'check the --notary URL and that the server is running',
        cause: e,
      });
    }
  }

  /** Metadata bytes, or undefined when the server has none (404). */
  async get(gun: string, file: string, maxBodyBytes: number): Promise<Buffer | undefined> {
    const what = `GET ${gun} ${file}`;
    const response = await this.#send('GET', this.#tuf(gun, file), what, { maxBodyBytes });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw new SignetError('remote', `${what}: ${serverError(response).message}`, { status: response.status });
    return response.body;
  }

  /** The server-held key of a role (timestamp or snapshot); the server creates it on first ask. */
  async roleKey(gun: string, role: 'timestamp' | 'snapshot'): Promise<TufKey> {
    const what = `GET ${gun} ${role}.key`;
    const response = await this.#send('GET', this.#tuf(gun, `${role}.key`), what, { maxBodyBytes: 64 * 1024 });
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
    const response = await this.#send('POST', this.#tuf(gun), what, { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, maxBodyBytes: 64 * 1024 });
    if (response.status === 200) return;
    const e = serverError(response);
    if (e.code === 'VERSION') throw new StaleVersionError(gun, e.message);
    const hint = /does not hold current snapshot key/.test(e.message)
      ? 'the repository\'s snapshot key is held by a client (notary init without server-managed snapshot): pass it with --notary-snapshot-key; nothing was changed'
      : 'nothing was changed on the server';
    throw new SignetError(response.status >= 500 ? 'remote' : 'usage', `${gun}: the Notary server refused the upload: ${e.message}`, { status: response.status, code: e.code, hint });
  }

  async close(): Promise<void> {
    await this.#http.close();
  }
}
