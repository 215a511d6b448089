/**
 * An HTTP proxy on 127.0.0.1 in front of a registry that counts every request and, when asked,
 * injects the faults real registries and load balancers produce: 429 with Retry-After, 503,
 * connections reset before the request reaches the registry, connections reset after the
 * registry applied it (the response is lost), slow responses and responses that never come.
 *
 * Faults are random (seeded, so a failing run can be replayed with the seed it prints) but
 * never hit the same request more than `maxConsecutive` times within `FAULT_WINDOW_MS`, as a
 * registry that is flaky but up behaves; without that bound a correct client would still fail
 * now and then. The bound is per request and time, not per streak: with many clients sending
 * the same request (8 signers reading one `.sig` manifest), one client's success used to reset
 * the streak, so another client's retries could meet five faults in a row and give up.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A client's retries of one request (5 attempts, backoff up to ~3 s) fall within this. */
const FAULT_WINDOW_MS = 5_000;

export type Fault = 'throttle' | 'unavailable' | 'resetBefore' | 'resetAfter' | 'slow' | 'hang';

export interface FaultPlan {
  /** Probability of each fault per request; the rest pass through untouched. */
  rates: Partial<Record<Fault, number>>;
  slowMs?: number;
  /** Seconds in the Retry-After of a 429. */
  retryAfterSeconds?: number;
  maxConsecutive?: number;
  seed?: number;
  /**
   * Hold the first `count` requests whose "METHOD path" matches before forwarding them, for
   * `ms` or until `until` settles: the client sent them in time, the registry applies them
   * late (a queueing proxy).
   */
  applyLate?: { match: RegExp; count: number; ms?: number; until?: Promise<unknown> };
  /**
   * A slow registry: every passed-through request takes a random extra [minMs, maxMs], split at
   * random between the way in (the registry applies it late) and the way out (the answer is
   * late), as a distant or overloaded registry behaves.
   */
  delay?: { minMs: number; maxMs: number };
}

export interface ProxyStats {
  requests: number;
  /** Requests held by `applyLate`. */
  late: number;
  byMethod: Record<string, number>;
  faults: Record<Fault, number>;
}

export interface RunningProxy {
  host: string;
  seed: number;
  stats: ProxyStats;
  setPlan(plan: FaultPlan | undefined): void;
  resetStats(): void;
  stop(): Promise<void>;
}

/** mulberry32: tiny, seedable, good enough to spread faults. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const emptyStats = (): ProxyStats => ({
  requests: 0,
  late: 0,
  byMethod: {},
  faults: { throttle: 0, unavailable: 0, resetBefore: 0, resetAfter: 0, slow: 0, hang: 0 },
});

/**
 * Adds or changes headers of a passed-through response, from the request that caused it: lets
 * a test give a registry a header it omits (e.g. OCI-Subject) while the registry does the work.
 */
export type ResponseHeaders = (request: { method: string; path: string; body: Buffer }, status: number, headers: IncomingMessage['headers']) => IncomingMessage['headers'];

export async function startFaultProxy(upstream: string, initialPlan?: FaultPlan, responseHeaders?: ResponseHeaders): Promise<RunningProxy> {
  let plan = initialPlan;
  const seed = plan?.seed ?? Math.floor(Math.random() * 2 ** 31);
  const next = random(seed);
  let stats = emptyStats();
  /** When each recent fault on a request hit. */
  const recentFaults = new Map<string, number[]>();
  const sockets = new Set<Socket>();
  const [upstreamHost, upstreamPort] = upstream.split(':');

  const pick = (key: string): Fault | undefined => {
    if (!plan) return undefined;
    const now = Date.now();
    const recent = (recentFaults.get(key) ?? []).filter((at) => now - at < FAULT_WINDOW_MS);
    const roll = next();
    let fault: Fault | undefined;
    if (recent.length < (plan.maxConsecutive ?? 2)) {
      let acc = 0;
      for (const [name, rate] of Object.entries(plan.rates) as [Fault, number][]) {
        acc += rate;
        if (roll < acc) {
          fault = name;
          break;
        }
      }
    }
    // Slow is not a failure: it does not count towards the bound.
    recentFaults.set(key, fault && fault !== 'slow' ? [...recent, now] : recent);
    return fault;
  };

  const forward = (req: IncomingMessage, body: Buffer, onResponse: (status: number, headers: IncomingMessage['headers'], payload: Buffer) => void, onError: () => void) => {
    const out = httpRequest(
      { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: req.url, headers: req.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => onResponse(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
        res.on('error', onError);
      },
    );
    out.on('error', onError);
    out.end(body);
  };

  /** `forward`, slowed down by the plan's `delay` on the way in and on the way out. */
  const forwardDelayed: typeof forward = (req, body, onResponse, onError) => {
    const delay = plan?.delay;
    if (!delay) return forward(req, body, onResponse, onError);
    const total = delay.minMs + next() * (delay.maxMs - delay.minMs);
    const inbound = next() * total;
    setTimeout(
      () => forward(req, body, (status, headers, payload) => setTimeout(() => onResponse(status, headers, payload), total - inbound), onError),
      inbound,
    );
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    stats.requests++;
    const method = req.method ?? 'GET';
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    // Uploads get a fresh session URL per attempt; key them by path without the query.
    const key = `${method} ${(req.url ?? '').replace(/\?.*$/, '').replace(/uploads\/[^/]+$/, 'uploads/*')}`;
    const late = plan?.applyLate;
    const fault = late && late.count > 0 && late.match.test(key) ? undefined : pick(key);
    if (fault) stats.faults[fault]++;
    const reply = (status: number, headers: IncomingMessage['headers'], payload: Buffer) => {
      if (res.destroyed) return;
      res.writeHead(status, responseHeaders ? responseHeaders({ method, path: req.url ?? '', body }, status, headers) : headers);
      res.end(payload);
    };
    const fail = () => {
      if (!res.headersSent) reply(502, { 'content-type': 'text/plain' }, Buffer.from('proxy: upstream failed'));
    };
    if (late && late.count > 0 && late.match.test(key)) {
      late.count--;
      stats.late++;
      const held = late.until ?? new Promise((resolve) => setTimeout(resolve, late.ms ?? 0));
      void held.finally(() => forwardDelayed(req, body, reply, fail));
      return;
    }
    switch (fault) {
      case 'throttle':
        return reply(429, { 'retry-after': String(plan?.retryAfterSeconds ?? 0), 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}'));
      case 'unavailable':
        return reply(503, { 'content-type': 'text/plain' }, Buffer.from('service unavailable'));
      case 'resetBefore':
        return req.socket.destroy();
      case 'hang':
        return; // never answers; the client's timeout must fire
      case 'resetAfter':
        return forwardDelayed(req, body, () => req.socket.destroy(), () => req.socket.destroy());
      case 'slow':
        return forwardDelayed(req, body, (status, headers, payload) => setTimeout(() => reply(status, headers, payload), plan?.slowMs ?? 300), fail);
      default:
        return forwardDelayed(req, body, reply, fail);
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    seed,
    get stats() {
      return stats;
    },
    setPlan(p) {
      plan = p;
      recentFaults.clear();
    },
    resetStats() {
      stats = emptyStats();
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
