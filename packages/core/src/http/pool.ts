/**
 * The engine's one HTTP client (registry API and lookaside stores): node's own http/https with
 * keep-alive agents, an inactivity timeout on every exchange, and the shared retry policy
 * (transient statuses and connection errors, full-jitter backoff, Retry-After).
 *
 * Why not undici, which this replaced: loading it costs ~60 ms per process on the reference
 * machine (more than signing one image against a local registry), and CI runs signet once per
 * image or per step. node:http is already in the binary. Figures in bench/README.md.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage, type ClientRequest, type RequestOptions } from 'node:http';
import type { Agent as HttpsAgentType } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger, type Logger } from '../log.ts';
import { backoffDelay, DEFAULT_RETRY, isRetryableError, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.ts';

export interface HttpResponse {
  status: number;
  /** Lower-case names; a repeated header keeps its first value. */
  headers: Record<string, string | undefined>;
  body: Buffer;
}

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string> | undefined;
  body?: Uint8Array | undefined;
  /** Refuse a response body longer than this (the exchange is aborted, not retried). */
  maxBodyBytes?: number | undefined;
}

export interface HttpPoolOptions {
  /** Inactivity limit per exchange: connecting, waiting for headers, between body chunks. */
  timeoutMs?: number | undefined;
  /** Concurrent connections per host. */
  maxSockets?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  logger?: Logger | undefined;
  userAgent?: string | undefined;
  /** PEM CA certificates trusted for https instead of the system store (a private Notary server). */
  ca?: string | undefined;
}

export interface SendHooks {
  /** Names the exchange in debug lines. */
  what: string;
  /** Called before every attempt, retries included; may throw to stop (stale writes). */
  beforeAttempt?: (() => void) | undefined;
  /** Called when an attempt failed transiently and will be retried. */
  onRetry?: (() => void) | undefined;
}

type Protocol = 'http:' | 'https:';

export class HttpPool {
  readonly #timeoutMs: number;
  readonly #maxSockets: number;
  readonly #retry: RetryPolicy;
  readonly #logger: Logger;
  readonly #userAgent: string;
  readonly #ca: string | undefined;
  readonly #agents = new Map<Protocol, Promise<HttpAgent | HttpsAgentType>>();
  /** Aborted by close(): retries waiting and exchanges in flight end at once instead of holding the process. */
  readonly #closing = new AbortController();
  #requestHttps: typeof httpRequest | undefined;

  constructor(options: HttpPoolOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxSockets = options.maxSockets ?? 32;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#userAgent = options.userAgent ?? 'signet';
    this.#ca = options.ca;
  }

  /**
   * One request with retries for transient failures. Resolves with any final HTTP status;
   * rejects with the last connection error once retries are spent (the caller names the host).
   */
  async send(request: HttpRequest, hooks: SendHooks): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      hooks.beforeAttempt?.();
      try {
        const started = Date.now();
        const response = await this.exchange(request);
        // Method, path and status only: URLs carry no secrets here, headers and bodies might.
        this.#logger.debug(`HTTP ${request.method} ${new URL(request.url).pathname} ${response.status} in ${Date.now() - started} ms`);
        if (isRetryableStatus(response.status) && attempt < this.#retry.maxAttempts) {
          const delay = backoffDelay(attempt, this.#retry, parseRetryAfter(response.headers['retry-after']));
          this.#logger.debug(`${hooks.what}: HTTP ${response.status}, retry ${attempt} in ${delay} ms`);
          hooks.onRetry?.();
          await sleep(delay, undefined, { signal: this.#closing.signal });
          continue;
        }
        return response;
      } catch (e) {
        if (!isRetryableError(e) || attempt >= this.#retry.maxAttempts || this.#closing.signal.aborted) throw e;
        const delay = backoffDelay(attempt, this.#retry);
        this.#logger.debug(`${hooks.what}: ${(e as Error).message}, retry ${attempt} in ${delay} ms`);
        hooks.onRetry?.();
        await sleep(delay, undefined, { signal: this.#closing.signal });
      }
    }
  }

  /** One exchange, no retry. */
  async exchange(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url);
    const protocol = url.protocol as Protocol;
    if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`unsupported URL scheme ${url.protocol}`);
    const agent = await this.#agent(protocol);
    const send = protocol === 'https:' ? this.#requestHttps! : httpRequest;
    const headers: Record<string, string> = { 'user-agent': this.#userAgent, ...request.headers };
    // A length, never chunked encoding: registries and WebDAV servers handle it best.
    if (request.body !== undefined || ['PUT', 'POST', 'PATCH'].includes(request.method)) headers['content-length'] = String(request.body?.byteLength ?? 0);
    this.#closing.signal.throwIfAborted();
    const options: RequestOptions = { method: request.method, headers, agent, signal: this.#closing.signal };
    return new Promise<HttpResponse>((resolve, reject) => {
      const req: ClientRequest = send(url, options, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (c: Buffer) => {
          received += c.byteLength;
          if (request.maxBodyBytes !== undefined && received > request.maxBodyBytes) {
            req.destroy(Object.assign(new Error(`response body exceeds ${request.maxBodyBytes} bytes`), { code: 'ETOOLARGE' }));
            return;
          }
          chunks.push(c);
        });
        res.on('error', reject);
        res.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
        res.on('end', () => {
          const flat: Record<string, string | undefined> = {};
          for (const [k, v] of Object.entries(res.headers)) flat[k] = Array.isArray(v) ? v[0] : v;
          resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
        });
      });
      req.setTimeout(this.#timeoutMs, () => req.destroy(Object.assign(new Error(`no answer within ${this.#timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(request.body);
    });
  }

  async close(): Promise<void> {
    this.#closing.abort(new Error('the HTTP client was closed'));
    for (const agent of this.#agents.values()) (await agent).destroy();
    this.#agents.clear();
  }

  #agent(protocol: Protocol): Promise<HttpAgent | HttpsAgentType> {
    let agent = this.#agents.get(protocol);
    if (!agent) {
      const options = { keepAlive: true, maxSockets: this.#maxSockets };
      // TLS is loaded on first https use: plain-HTTP runs (local registries, tests) skip it.
      agent =
        protocol === 'http:'
          ? Promise.resolve(new HttpAgent(options))
          : import('node:https').then((https) => {
              this.#requestHttps = https.request;
              return new https.Agent(this.#ca === undefined ? options : { ...options, ca: this.#ca });
            });
      this.#agents.set(protocol, agent);
    }
    return agent;
  }
}
