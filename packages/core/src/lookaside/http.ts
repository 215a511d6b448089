/**
 * The small HTTP client lookaside stores share: the engine's HTTP pool (keep-alive, timeouts,
 * the registry client's retry policy), with errors that name the store but never its
 * credentials.
 */
import { SignetError } from '../errors.ts';
import { HttpPool, type HttpPoolOptions, type HttpResponse } from '../http/pool.ts';
import type { BasicCredential } from './netrc.ts';

export type { HttpResponse } from '../http/pool.ts';
export type HttpOptions = Omit<HttpPoolOptions, 'maxSockets'>;

export class LookasideHttp {
  readonly #pool: HttpPool;

  constructor(options: HttpOptions = {}) {
    this.#pool = new HttpPool(options);
  }

  async send(
    method: 'GET' | 'HEAD' | 'PUT' | 'POST',
    url: string,
    options: { headers?: Record<string, string>; body?: Uint8Array; credential?: BasicCredential | undefined; what: string },
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.credential) {
      headers.authorization = `Basic ${Buffer.from(`${options.credential.username}:${options.credential.password}`).toString('base64')}`;
    }
    try {
      return await this.#pool.send({ method, url, headers, body: options.body }, { what: options.what });
    } catch (e) {
      const code = (e as { code?: string }).code ?? (e as Error).message;
      throw new SignetError('remote', `${options.what}: cannot reach ${new URL(url).host} (${code})`, {
        hint: 'check the lookaside URL and that the server is running',
        cause: e,
      });
    }
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

/** The error for an HTTP status the store cannot work with. */
export function statusError(what: string, status: number, access: 'read' | 'write'): SignetError {
  if (status === 401) {
    return new SignetError('remote', `${what}: the server requires authentication (HTTP 401)`, {
      status,
      hint: access === 'write' ? 'set SIGNET_LOOKASIDE_USERNAME and SIGNET_LOOKASIDE_PASSWORD, or add the host to ~/.netrc' : 'lookaside reads should be anonymous; set SIGNET_LOOKASIDE_USERNAME/PASSWORD or ~/.netrc if this server needs them',
    });
  }
  if (status === 403) {
    return new SignetError('remote', `${what}: access denied (HTTP 403)`, { status, hint: `check that this account may ${access} there` });
  }
  if (status === 405 || status === 501) {
    return new SignetError('remote', `${what}: the server does not accept this method (HTTP ${status})`, {
      status,
      hint: access === 'write' ? 'enable uploads on it (nginx: dav_methods PUT; create_full_put_path on;)' : 'check the lookaside URL',
    });
  }
  return new SignetError('remote', `${what}: the server answered HTTP ${status}`, { status, hint: 'check the lookaside URL and the server\'s log' });
}
