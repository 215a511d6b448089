/**
 * Debian's notary 0.7 (`notary-server`, `notary-signer`, the `notary` client) on 127.0.0.1:
 * a throwaway CA made by openssl, TLS, memory storage, and either the server's local trust
 * service or notary-signer (ECDSA keys, as Docker Hub ran). Each server gets its own temp dir
 * and free ports and is stopped by `stop()`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { freePort } from './registry.ts';
import { run, type RunResult } from './cli.ts';
import { startTokenServer, type TokenServer, type TokenServerOptions } from './token-auth.ts';

const exec = promisify(execFile);
export const NOTARY_SERVER = process.env.SIGNET_NOTARY_SERVER ?? '/usr/bin/notary-server';
export const NOTARY_SIGNER = process.env.SIGNET_NOTARY_SIGNER ?? '/usr/bin/notary-signer';
export const NOTARY_CLIENT = process.env.SIGNET_NOTARY_CLIENT ?? '/usr/bin/notary';

export interface TestCa {
  dir: string;
  caCert: string;
  /** A server certificate for 127.0.0.1 (and `names`), issued by the CA. */
  issue(name: string, options?: { clientAuth?: boolean; dns?: string[] }): Promise<{ cert: string; key: string }>;
}

export async function makeTestCa(dir: string): Promise<TestCa> {
  const caKey = join(dir, 'ca.key');
  const caCert = join(dir, 'ca.crt');
  await exec('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', caKey, '-out', caCert, '-subj', '/CN=signet notary test CA', '-days', '2',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']);
  return {
    dir,
    caCert,
    async issue(name, options = {}) {
      const key = join(dir, `${name}.key`);
      const csr = join(dir, `${name}.csr`);
      const cert = join(dir, `${name}.crt`);
      const ext = join(dir, `${name}.ext`);
      await exec('openssl', ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=${name}`]);
      const san = ['IP:127.0.0.1', ...(options.dns ?? []).map((d) => `DNS:${d}`)].join(',');
      await writeFile(ext, `subjectAltName=${san}\nextendedKeyUsage=serverAuth${options.clientAuth ? ',clientAuth' : ''}\n`);
      await exec('openssl', ['x509', '-req', '-in', csr, '-CA', caCert, '-CAkey', caKey, '-CAcreateserial', '-days', '2', '-extfile', ext, '-out', cert]);
      return { cert, key };
    },
  };
}

function spawnLogged(binary: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; log: () => string } {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, ...env } });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-20_000)));
  child.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-20_000)));
  return { child, log: () => log };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const exited = new Promise((r) => child.once('exit', r));
  if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) child.kill('SIGKILL');
}

/** GET over TLS with the test CA (node's fetch has no per-request CA option). */
export function httpsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca, timeout: 5000, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

export interface RunningNotary {
  /** https://127.0.0.1:PORT */
  url: string;
  dir: string;
  ca: TestCa;
  /** PEM of the CA certificate. */
  caPem: string;
  trustService: 'local' | 'notary-signer';
  /** With `tokenAuth`: the token service notary-server's `auth: token` trusts (https, same CA). */
  tokens?: TokenServer;
  stop(): Promise<void>;
}

export interface NotaryServerOptions {
  signer?: boolean;
  /** `auth: {type: token}`: a token service (test/support/token-auth.ts) over TLS with these users. */
  tokenAuth?: { users: Record<string, { password: string; actions: string[] }>; alg?: TokenServerOptions['alg']; anonymous?: string[] };
}

export async function startNotaryServer(options: NotaryServerOptions = {}): Promise<RunningNotary> {
  const dir = await mkdtemp(join(tmpdir(), 'signet-notary-'));
  const ca = await makeTestCa(dir);
  const server = await ca.issue('notary-server', { clientAuth: true });
  const children: ChildProcess[] = [];
  const tokens = options.tokenAuth
    ? await startTokenServer(dir, options.tokenAuth.users, { alg: options.tokenAuth.alg, anonymous: options.tokenAuth.anonymous, tls: { ...(await ca.issue('token-service')), ca: await readFile(ca.caCert, 'utf8') }, service: 'signet-test-notary' })
    : undefined;
  let trustService: Record<string, unknown> = { type: 'local', hostname: '', port: '', key_algorithm: 'ecdsa' };
  let signerLog = () => '';
  if (options.signer) {
    const signerCert = await ca.issue('notary-signer', { dns: ['notary-signer'] });
    const grpcPort = await freePort();
    const httpPort = await freePort();
    await writeFile(join(dir, 'signer.json'), JSON.stringify({
      server: { http_addr: `127.0.0.1:${httpPort}`, grpc_addr: `127.0.0.1:${grpcPort}`, tls_cert_file: signerCert.cert, tls_key_file: signerCert.key, client_ca_file: ca.caCert },
      logging: { level: 'info' },
      storage: { backend: 'memory', default_alias: 'signet' },
    }));
    const started = spawnLogged(NOTARY_SIGNER, ['-config', join(dir, 'signer.json')], { NOTARY_SIGNER_SIGNET: 'signet-test-alias-passphrase' });
    children.push(started.child);
    signerLog = started.log;
    trustService = { type: 'remote', hostname: '127.0.0.1', port: String(grpcPort), key_algorithm: 'ecdsa', tls_ca_file: ca.caCert, tls_client_cert: server.cert, tls_client_key: server.key };
    await sleep(300);
  }
  const port = await freePort();
  await writeFile(join(dir, 'server.json'), JSON.stringify({
    server: { http_addr: `127.0.0.1:${port}`, tls_cert_file: server.cert, tls_key_file: server.key },
    trust_service: trustService,
    logging: { level: 'info' },
    storage: { backend: 'memory' },
    ...(tokens ? { auth: tokens.notaryAuth() } : {}),
  }));
  const started = spawnLogged(NOTARY_SERVER, ['-config', join(dir, 'server.json')]);
  children.push(started.child);
  const caPem = await readFile(ca.caCert, 'utf8');
  const url = `https://127.0.0.1:${port}`;
  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child);
    await tokens?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const child of children) {
      if (child.exitCode !== null) {
        await stop();
        throw new Error(`notary exited: ${started.log()}\n${signerLog()}`);
      }
    }
    const health = await httpsGet(`${url}/_notary_server/health`, caPem).catch(() => undefined);
    if (health?.status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`notary-server did not become healthy on ${url}: ${started.log()}\n${signerLog()}`);
    }
    await sleep(100);
  }
  return { url, dir, ca, caPem, trustService: options.signer ? 'notary-signer' : 'local', ...(tokens ? { tokens } : {}), stop };
}

/**
 * The `notary` client with its own config: trust dir, server and CA, and, when `pin` is given,
 * trust pinning of the GUN's root key ID with TOFU disabled (what a careful DCT user runs).
 */
export async function notaryClient(
  server: { url: string; caCert: string },
  trustDir: string,
  args: readonly string[],
  options: { pin?: Record<string, string[]>; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const config = join(trustDir, '..', `${trustDir.split('/').pop()}-config.json`);
  await writeFile(config, JSON.stringify({
    trust_dir: trustDir,
    remote_server: { url: server.url, root_ca: server.caCert },
    ...(options.pin ? { trust_pinning: { certs: options.pin, disable_tofu: true } } : {}),
  }));
  return run(NOTARY_CLIENT, ['-c', config, ...args], {
    env: { NOTARY_ROOT_PASSPHRASE: 'root-pw', NOTARY_TARGETS_PASSPHRASE: 'targets-pw', NOTARY_SNAPSHOT_PASSPHRASE: 'snapshot-pw', NOTARY_DELEGATION_PASSPHRASE: 'delegation-pw', ...options.env },
  });
}

/** A tag's manifest as the (plain-HTTP test) registry serves it: hex digest and size, what trust data must sign. */
export async function servedManifest(registryHost: string, repo: string, tag: string): Promise<{ digest: string; size: number }> {
  // Docker pushes schema 2 manifests; without it in Accept the registry would convert them.
  const res = await fetch(`http://${registryHost}/v2/${repo}/manifests/${tag}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' } });
  if (res.status !== 200) throw new Error(`GET ${repo}:${tag}: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  return { digest: createHash('sha256').update(body).digest('hex'), size: body.byteLength };
}

/** `notary list` rows: tag -> [digest, size, role]. */
export function listed(out: string): Map<string, [string, number, string]> {
  const rows = new Map<string, [string, number, string]>();
  for (const line of out.split('\n')) {
    const m = /^(\S+)\s+([0-9a-f]{64})\s+(\d+)\s+(\S+)\s*$/.exec(line);
    if (m) rows.set(m[1]!, [m[2]!, Number(m[3]), m[4]!]);
  }
  return rows;
}

/**
 * The notary client's judgement of a repository signet set up: a fresh trust dir pinned to the
 * root key ID with TOFU off; resolves to the listed rows, or throws with the client's output.
 */
export async function pinnedList(server: { url: string; caCert: string }, trustDir: string, gun: string, rootKeyId: string): Promise<Map<string, [string, number, string]>> {
  const r = await notaryClient(server, trustDir, ['list', gun], { pin: { [gun]: [rootKeyId] } });
  if (r.code !== 0) throw new Error(`notary list ${gun} (pinned to ${rootKeyId}) failed: exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return listed(r.stdout);
}

export interface TrustProxy {
  url: string;
  /** Serve these bytes for a path below /_trust/tuf/ (e.g. "timestamp.json") instead of the server's. */
  override: Map<string, Buffer>;
  /** Rewrite what the server answered for a path. */
  rewrite: ((file: string, body: Buffer) => Buffer) | undefined;
  close(): Promise<void>;
}

/**
 * A plain-HTTP man in the middle in front of the TLS Notary server: serves rolled-back or
 * tampered trust data, as an attacker (or a broken mirror) between client and server would.
 */
export async function startTrustProxy(upstream: RunningNotary): Promise<TrustProxy> {
  const proxy: TrustProxy = { url: '', override: new Map(), rewrite: undefined, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const file = /\/_trust\/tuf\/(.*)$/.exec(path)?.[1];
      const forced = file !== undefined ? proxy.override.get(decodeURIComponent(file)) : undefined;
      if (forced) return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(forced);
      const up = httpsRequest(`${upstream.url}${path}`, { method: req.method, headers: { ...req.headers, host: new URL(upstream.url).host }, ca: upstream.caPem }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          let bytes: Buffer = Buffer.concat(body);
          if (file !== undefined && answer.statusCode === 200 && proxy.rewrite) bytes = proxy.rewrite(decodeURIComponent(file), bytes);
          const headers = { ...answer.headers, 'content-length': String(bytes.byteLength) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers).end(bytes);
        });
      });
      up.on('error', () => res.writeHead(502).end());
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () => new Promise((ok) => server.close(() => ok()));
  return proxy;
}
