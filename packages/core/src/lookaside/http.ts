/**
 * The small HTTP client lookaside stores share: undici with the registry client's retry
 * policy (transient statuses and connection errors, full-jitter backoff, Retry-After), and
 * errors that name the store but never its credentials.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { SignetError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import { backoffDelay, DEFAULT_RETRY, isRetryableError, isRetryableStatus, parseRetryAfter, type RetryPolicy } from '../registry/retry.ts';
import type { BasicCredential } from './netrc.ts';

export interface HttpResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface HttpOptions {
  retry?: Partial<RetryPolicy> | undefined;
  timeoutMs?: number | undefined;
  logger?: Logger | undefined;
  userAgent?: string | undefined;
}

export class LookasideHttp {
  readonly #agent: Agent;
  readonly #retry: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #logger: Logger;
  readonly #userAgent: string;

  constructor(options: HttpOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#agent = new Agent({ keepAliveTimeout: 10_000, connectTimeout: this.#timeoutMs });
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#userAgent = options.userAgent ?? 'signet';
  }

  async send(
    method: 'GET' | 'HEAD' | 'PUT' | 'POST',
    url: string,
    options: { headers?: Record<string, string>; body?: Uint8Array; credential?: BasicCredential | undefined; what: string },
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'user-agent': this.#userAgent, ...options.headers };
    if (options.credential) {
      headers.authorization = `Basic ${Buffer.from(`${options.credential.username}:${options.credential.password}`).toString('base64')}`;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await request(url, {
          method,
          headers,
          ...(options.body !== undefined ? { body: options.body } : {}),
          dispatcher: this.#agent,
          headersTimeout: this.#timeoutMs,
          bodyTimeout: this.#timeoutMs,
        });
        const body = Buffer.from(await response.body.arrayBuffer());
        const flat: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(response.headers)) flat[k] = Array.isArray(v) ? v[0] : v;
        if (isRetryableStatus(response.statusCode) && attempt < this.#retry.maxAttempts) {
          const delay = backoffDelay(attempt, this.#retry, parseRetryAfter(flat['retry-after']));
          this.#logger.debug(`${options.what}: HTTP ${response.statusCode}, retry ${attempt} in ${delay} ms`);
          await sleep(delay);
          continue;
        }
        return { status: response.statusCode, headers: flat, body };
      } catch (e) {
        if (isRetryableError(e) && attempt < this.#retry.maxAttempts) {
          const delay = backoffDelay(attempt, this.#retry);
          this.#logger.debug(`${options.what}: ${(e as Error).message}, retry ${attempt} in ${delay} ms`);
          await sleep(delay);
          continue;
        }
        const code = (e as { code?: string }).code ?? (e as Error).message;
        throw new SignetError('remote', `${options.what}: cannot reach ${new URL(url).host} (${code})`, {
          hint: 'check the lookaside URL and that the server is running',
          cause: e,
        });
      }
    }
  }

  close(): Promise<void> {
    return this.#agent.close();
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
