/**
 * The engine's one HTTP client (registry API and lookaside stores): node's own http/https with
 * keep-alive agents, a deadline on every exchange (connecting through the last body byte, so a
 * server dripping a byte at a time cannot extend it), bounded response bodies, and the shared
 * retry policy (transient statuses and connection errors, full-jitter backoff, Retry-After).
 *
 * Why not undici, which this replaced: loading it costs ~60 ms per process on the reference
 * machine (more than signing one image against a local registry), and CI runs signet once per
 * image or per step. node:http is already in the binary. Figures in bench/README.md.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingMessage, type ClientRequest, type RequestOptions } from 'node:http';
import type { Agent as HttpsAgentType } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger, type Logger } from '../log.ts';
import { MAX_SMALL_BODY_BYTES } from '../oci/limits.ts';
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
  /**
   * Most bytes accepted in a 2xx body (default DEFAULT_MAX_BODY_BYTES): a declared
   * Content-Length over it fails before reading, a body growing past it fails at that byte.
   * Other statuses carry an error document and are bounded by MAX_SMALL_BODY_BYTES.
   */
  maxBodyBytes?: number | undefined;
  /**
   * The exact size a 2xx body must have (a descriptor's `size`): a different Content-Length
   * fails before reading, and no more than this is read.
   */
  expectedBodyBytes?: number | undefined;
}

/** Bodies of requests that name no limit: a signature in a lookaside store (containers/image's MaxSignatureBodySize). */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A body over its limit or of another size than declared: the server's content is wrong, retrying will not help. */
export class HttpBodyError extends Error {
  readonly code: 'ETOOLARGE' | 'EBODYSIZE';
  readonly limit: number;
  /** The Content-Length the server declared, when it declared one. */
  readonly declared: number | undefined;

  constructor(code: 'ETOOLARGE' | 'EBODYSIZE', message: string, limit: number, declared: number | undefined) {
    super(message);
    this.name = 'HttpBodyError';
    this.code = code;
    this.limit = limit;
    this.declared = declared;
  }
}

export interface HttpPoolOptions {
  /**
   * Deadline of one exchange (each attempt): connecting, sending, the headers and the whole
   * body. Activity does not extend it.
   */
  timeoutMs?: number | undefined;
  /** Concurrent connections per host. */
  maxSockets?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  logger?: Logger | undefined;
  userAgent?: string | undefined;
  /** TLS: the CAs trusted, a client certificate, hosts not verified. */
  tls?: HttpTlsOptions | undefined;
}

export interface HttpTlsOptions {
  /** PEM CA certificates trusted instead of the default store (a private Notary server: --notary-ca). */
  ca?: string | undefined;
  /** PEM CA certificates trusted in addition to the default store (cosign's --registry-cacert). */
  extraCa?: string | undefined;
  /** PEM client certificate and its unencrypted key, for servers that require one (mutual TLS). */
  clientCert?: string | undefined;
  clientKey?: string | undefined;
  /**
   * host[:port] (as URL.host spells it) whose certificate is not verified at all (cosign's
   * --allow-insecure-registry); every other host is verified as usual.
   */
  skipVerifyHosts?: readonly string[] | undefined;
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
type AgentKind = Protocol | 'https:unverified';

export class HttpPool {
  readonly #timeoutMs: number;
  readonly #maxSockets: number;
  readonly #retry: RetryPolicy;
  readonly #logger: Logger;
  readonly #userAgent: string;
  readonly #tls: HttpTlsOptions;
  readonly #skipVerify: ReadonlySet<string>;
  /** By protocol, plus one https agent that skips verification for the hosts allowed to. */
  readonly #agents = new Map<AgentKind, Promise<HttpAgent | HttpsAgentType>>();
  /** Aborted by close(): retries waiting and exchanges in flight end at once instead of holding the process. */
  readonly #closing = new AbortController();
  #requestHttps: typeof httpRequest | undefined;

  constructor(options: HttpPoolOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxSockets = options.maxSockets ?? 32;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#userAgent = options.userAgent ?? 'signet';
    this.#tls = options.tls ?? {};
    this.#skipVerify = new Set(this.#tls.skipVerifyHosts ?? []);
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
    const agent = await this.#agent(protocol === 'https:' && this.#skipVerify.has(url.host) ? 'https:unverified' : protocol);
    const send = protocol === 'https:' ? this.#requestHttps! : httpRequest;
    const headers: Record<string, string> = { 'user-agent': this.#userAgent, ...request.headers };
    // A length, never chunked encoding: registries and WebDAV servers handle it best.
    if (request.body !== undefined || ['PUT', 'POST', 'PATCH'].includes(request.method)) headers['content-length'] = String(request.body?.byteLength ?? 0);
    this.#closing.signal.throwIfAborted();
    const options: RequestOptions = { method: request.method, headers, agent, signal: this.#closing.signal };
    const timeoutMs = this.#timeoutMs;
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      let deadline: ReturnType<typeof setTimeout> | undefined;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        fn();
      };
      const req: ClientRequest = send(url, options, (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const success = status >= 200 && status < 300;
        const expected = success ? request.expectedBodyBytes : undefined;
        const limit = success ? (expected ?? request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) : MAX_SMALL_BODY_BYTES;
        const lengthHeader = res.headers['content-length'];
        const declared = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
        // Settled first, then torn down without an error: an error passed to destroy() would
        // be re-emitted on the socket, where nothing listens once the response has begun.
        const fail = (error: Error) => {
          settle(() => reject(error));
          res.destroy();
          req.destroy();
        };
        // First, so that destroying the exchange (a limit, the deadline) never leaves an
        // 'error' without a listener.
        res.on('error', (e) => settle(() => reject(e)));
        res.on('aborted', () => settle(() => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }))));
        if (request.method !== 'HEAD') {
          if (expected !== undefined && declared !== undefined && declared !== expected) {
            return fail(new HttpBodyError('EBODYSIZE', `the server declared ${declared} bytes, the descriptor ${expected}`, limit, declared));
          }
          if (declared !== undefined && declared > limit) {
            return fail(new HttpBodyError('ETOOLARGE', `the server declared ${declared} bytes, over the limit of ${limit}`, limit, declared));
          }
        }
        const chunks: Buffer[] = [];
        let received = 0;
        res.on('data', (c: Buffer) => {
          received += c.byteLength;
          if (received > limit) {
            const message = expected !== undefined ? `the server sent more than the descriptor's ${expected} bytes` : `the body grew past the limit of ${limit} bytes`;
            return fail(new HttpBodyError(expected !== undefined ? 'EBODYSIZE' : 'ETOOLARGE', message, limit, declared));
          }
          chunks.push(c);
        });
        res.on('end', () => {
          if (expected !== undefined && request.method !== 'HEAD' && received !== expected) {
            return fail(new HttpBodyError('EBODYSIZE', `the server sent ${received} bytes, the descriptor declares ${expected}`, limit, declared));
          }
          const flat: Record<string, string | undefined> = {};
          for (const [k, v] of Object.entries(res.headers)) flat[k] = Array.isArray(v) ? v[0] : v;
          settle(() => resolve({ status, headers: flat, body: Buffer.concat(chunks) }));
        });
      });
      // One deadline for the whole exchange: an inactivity timeout alone lets a server that
      // sends a byte every few seconds hold the request forever.
      deadline = setTimeout(() => {
        const error = Object.assign(new Error(`no complete answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' });
        settle(() => reject(error));
        req.destroy();
      }, timeoutMs);
      req.on('error', (e) => settle(() => reject(e)));
      req.end(request.body);
    });
  }

  async close(): Promise<void> {
    this.#closing.abort(new Error('the HTTP client was closed'));
    for (const agent of this.#agents.values()) (await agent).destroy();
    this.#agents.clear();
  }

  #agent(kind: AgentKind): Promise<HttpAgent | HttpsAgentType> {
    let agent = this.#agents.get(kind);
    if (!agent) {
      const options = { keepAlive: true, maxSockets: this.#maxSockets };
      // TLS is loaded on first https use: plain-HTTP runs (local registries, tests) skip it.
      agent =
        kind === 'http:'
          ? Promise.resolve(new HttpAgent(options))
          : Promise.all([import('node:https'), import('node:tls')]).then(([https, tls]) => {
              this.#requestHttps = https.request;
              return new https.Agent({ ...options, ...this.#tlsOptions(tls, kind === 'https:unverified') });
            });
      this.#agents.set(kind, agent);
    }
    return agent;
  }

  #tlsOptions(tls: typeof import('node:tls'), unverified: boolean): import('node:tls').ConnectionOptions {
    const { extraCa, clientCert, clientKey } = this.#tls;
    // An explicit `ca` replaces Node's store, so the extra CA joins the default one (Mozilla's
    // roots plus NODE_EXTRA_CA_CERTS, and the system's with --use-system-ca), as cosign adds
    // --registry-cacert to the system pool.
    const ca = this.#tls.ca ?? (extraCa !== undefined ? [...(tls.getCACertificates?.('default') ?? tls.rootCertificates), extraCa] : undefined);
    return {
      ...(ca !== undefined ? { ca } : {}),
      ...(clientCert !== undefined && clientKey !== undefined ? { cert: clientCert, key: clientKey } : {}),
      ...(unverified ? { rejectUnauthorized: false } : {}),
    };
  }
}
