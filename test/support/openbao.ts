/**
 * A real OpenBao (Vault's API fork) dev server for hashivault:// tests: `bao server -dev` on a
 * free 127.0.0.1 port, in-memory storage, a private HOME (the CLI's token helper writes
 * ~/.vault-token), stopped when the test file ends. Set up through the HTTP API: transit mounts,
 * keys, policies, tokens and namespaces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './registry.ts';

export const OPENBAO_VERSION = '2.7.2';

export function openbaoBinary(): string {
  const peers = process.env.SIGNET_PEERS ?? join(homedir(), '.cache', 'signet-peers');
  const path = process.env.SIGNET_OPENBAO ?? join(peers, `openbao-${OPENBAO_VERSION}`, 'bin', 'bao');
  if (!existsSync(path)) throw new Error(`OpenBao not found at ${path}: run scripts/test.sh, which installs it (scripts/lib/peer-openbao.sh)`);
  return path;
}

export interface OpenBao {
  url: string;
  /** The root token (random per server). */
  rootToken: string;
  /** One API call as root (or `token`), optionally in a namespace; throws on a non-2xx answer. */
  api(method: string, path: string, body?: unknown, options?: { token?: string; namespace?: string }): Promise<Record<string, unknown>>;
  enableTransit(mount?: string, namespace?: string): Promise<void>;
  createKey(name: string, type?: string, options?: { mount?: string; namespace?: string }): Promise<void>;
  rotate(name: string, options?: { mount?: string; namespace?: string }): Promise<void>;
  keyVersions(name: string, options?: { mount?: string; namespace?: string }): Promise<number>;
  /** A token carrying only `policy` (HCL), created as root. */
  tokenWithPolicy(name: string, policy: string, namespace?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startOpenBao(): Promise<OpenBao> {
  const home = await mkdtemp(join(tmpdir(), 'signet-openbao-'));
  const port = await freePort();
  const rootToken = `root-${randomBytes(12).toString('hex')}`;
  const url = `http://127.0.0.1:${port}`;
  // The root token reaches bao through its environment only (not argv, where ps shows it).
  const child: ChildProcess = spawn(openbaoBinary(), ['server', '-dev', `-dev-listen-address=127.0.0.1:${port}`, '-dev-no-store-token'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, BAO_DEV_ROOT_TOKEN_ID: rootToken, VAULT_DEV_ROOT_TOKEN_ID: rootToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise((r) => child.once('exit', r));

  async function api(method: string, path: string, body?: unknown, options: { token?: string; namespace?: string } = {}): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { 'x-vault-token': options.token ?? rootToken };
    if (options.namespace) headers['x-vault-namespace'] = options.namespace;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${url}/v1/${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    if (!res.ok) throw new Error(`OpenBao ${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bao server exited: ${log.slice(-2000)}`);
    const healthy = await fetch(`${url}/v1/sys/health`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`bao server did not become healthy on ${url}: ${log.slice(-2000)}`);
    }
    await sleep(50);
  }

  const mountOf = (o: { mount?: string } = {}) => o.mount ?? 'transit';
  return {
    url,
    rootToken,
    api,
    async enableTransit(mount = 'transit', namespace) {
      await api('POST', `sys/mounts/${mount}`, { type: 'transit' }, namespace ? { namespace } : {});
    },
    async createKey(name, type = 'ecdsa-p256', options = {}) {
      await api('POST', `${mountOf(options)}/keys/${name}`, { type }, options.namespace ? { namespace: options.namespace } : {});
    },
    async rotate(name, options = {}) {
      await api('POST', `${mountOf(options)}/keys/${name}/rotate`, {}, options.namespace ? { namespace: options.namespace } : {});
    },
    async keyVersions(name, options = {}) {
      const res = await api('GET', `${mountOf(options)}/keys/${name}`, undefined, options.namespace ? { namespace: options.namespace } : {});
      return Number((res.data as { latest_version: number }).latest_version);
    },
    async tokenWithPolicy(name, policy, namespace) {
      const ns = namespace ? { namespace } : {};
      await api('PUT', `sys/policies/acl/${name}`, { policy }, ns);
      const res = await api('POST', 'auth/token/create', { policies: [name], no_default_policy: true, ttl: '1h' }, ns);
      return (res.auth as { client_token: string }).client_token;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
      await rm(home, { recursive: true, force: true });
    },
  };
}
