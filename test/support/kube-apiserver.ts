/**
 * A real Kubernetes API server for tests: Debian's etcd and kube-apiserver (built from
 * k8s.io/kubernetes by scripts/lib/peer-kube-apiserver.sh), both on free 127.0.0.1 ports with a
 * private data dir, static bearer tokens (--token-auth-file) and RBAC. One per test file; no
 * controllers run, so Namespaces, Roles and RoleBindings are created through the API directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { freePort } from './registry.ts';

export function kubeApiserverBinary(): string {
  const path = process.env.SIGNET_KUBE_APISERVER;
  if (!path || !existsSync(path)) {
    const peers = process.env.SIGNET_PEERS ?? join(homedir(), '.cache', 'signet-peers');
    throw new Error(`kube-apiserver not found (SIGNET_KUBE_APISERVER=${path ?? ''}; builds live in ${peers}/kube-apiserver-*): run scripts/test.sh, which builds it`);
  }
  return path;
}
export const ETCD_BINARY = process.env.SIGNET_ETCD_BINARY ?? '/usr/bin/etcd';

export interface KubeUser {
  name: string;
  token: string;
}

export interface KubeApiserver {
  url: string;
  /** PEM of the serving certificate (self-signed by the apiserver). */
  ca: string;
  /** A system:masters token, for setting up. */
  admin: KubeUser;
  /** Users with no permissions until a test binds a Role to them. */
  users: Record<string, KubeUser>;
  /** One request as `token` (admin by default). Returns status and parsed JSON body. */
  call(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }>;
  /** call(), throwing unless 2xx. */
  must(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  kubeconfig(path: string, token: string): Promise<void>;
  /** A namespaced Role on `resources` with `verbs`, bound to `user`. */
  grant(namespace: string, user: string, resources: string[], verbs: string[]): Promise<void>;
  stop(): Promise<void>;
}

async function waitFor(what: string, child: ChildProcess, log: () => string, probe: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${log().slice(-3000)}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become ready in ${ms / 1000}s: ${log().slice(-3000)}`);
    await sleep(200);
  }
}

function started(binary: string, args: string[], cwd: string): { child: ChildProcess; log: () => string; exited: Promise<unknown> } {
  const child = spawn(binary, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd } });
  let log = '';
  const keep = (c: Buffer) => {
    log = (log + c.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, log: () => log, exited: new Promise((r) => child.once('exit', r)) };
}

async function stopChild(p: { child: ChildProcess; exited: Promise<unknown> }): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  await Promise.race([p.exited, sleep(10_000).then(() => p.child.kill('SIGKILL'))]);
}

export async function startKubeApiserver(userNames: string[] = []): Promise<KubeApiserver> {
  const binary = kubeApiserverBinary();
  const dir = await mkdtemp(join(tmpdir(), 'signet-kube-'));
  const [etcdPort, etcdPeerPort, port] = await Promise.all([freePort(), freePort(), freePort()]);
  const etcd = started(ETCD_BINARY, [
    '--name', 'signet', '--data-dir', join(dir, 'etcd'),
    '--listen-client-urls', `http://127.0.0.1:${etcdPort}`, '--advertise-client-urls', `http://127.0.0.1:${etcdPort}`,
    '--listen-peer-urls', `http://127.0.0.1:${etcdPeerPort}`, '--initial-advertise-peer-urls', `http://127.0.0.1:${etcdPeerPort}`,
    '--initial-cluster', `signet=http://127.0.0.1:${etcdPeerPort}`, '--log-level', 'warn',
  ], dir);
  let apiserver: ReturnType<typeof started> | undefined;
  try {
    await waitFor('etcd', etcd.child, etcd.log, async () => (await fetch(`http://127.0.0.1:${etcdPort}/health`)).ok, 30_000);

    const token = () => randomBytes(18).toString('base64url');
    const admin: KubeUser = { name: 'signet-admin', token: token() };
    const users: Record<string, KubeUser> = Object.fromEntries(userNames.map((n) => [n, { name: n, token: token() }]));
    // token,user,uid,"group1,group2"
    const tokens = [`${admin.token},${admin.name},1,"system:masters"`, ...Object.values(users).map((u, i) => `${u.token},${u.name},${100 + i}`)];
    await writeFile(join(dir, 'tokens.csv'), `${tokens.join('\n')}\n`, { mode: 0o600 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await writeFile(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await mkdir(join(dir, 'certs'));
    apiserver = started(kubeApiserverBinary(), [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`, '--bind-address=127.0.0.1', `--secure-port=${port}`,
      `--cert-dir=${join(dir, 'certs')}`, `--token-auth-file=${join(dir, 'tokens.csv')}`, '--authorization-mode=RBAC',
      '--service-account-issuer=https://kubernetes.default.svc', `--service-account-key-file=${join(dir, 'sa.key')}`,
      `--service-account-signing-key-file=${join(dir, 'sa.key')}`, '--service-cluster-ip-range=10.0.0.0/24',
      '--endpoint-reconciler-type=none',
    ], dir);
    const url = `https://127.0.0.1:${port}`;
    const certFile = join(dir, 'certs', 'apiserver.crt');
    // The serving certificate appears in cert-dir before the port opens.
    await waitFor('kube-apiserver (serving certificate)', apiserver.child, apiserver.log, async () => existsSync(certFile), 120_000);
    const ca = await readFile(certFile, 'utf8');
    const dispatcher = new Agent({ connect: { ca } });
    const call: KubeApiserver['call'] = async (method, path, body, as = admin.token) => {
      const res = await request(`${url}${path}`, {
        method: method as 'GET',
        dispatcher,
        headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      const text = await res.body.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        parsed = { raw: text };
      }
      return { status: res.statusCode, body: parsed };
    };
    await waitFor('kube-apiserver', apiserver.child, apiserver.log, async () => (await call('GET', '/readyz')).status === 200, 180_000);
    const must: KubeApiserver['must'] = async (method, path, body) => {
      const r = await call(method, path, body);
      if (r.status < 200 || r.status > 299) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
      return r.body;
    };
    const running = apiserver;
    return {
      url,
      ca,
      admin,
      users,
      call,
      must,
      async kubeconfig(path, userToken) {
        const config = {
          apiVersion: 'v1',
          kind: 'Config',
          clusters: [{ name: 'test', cluster: { server: url, 'certificate-authority-data': Buffer.from(ca).toString('base64') } }],
          users: [{ name: 'test', user: { token: userToken } }],
          contexts: [{ name: 'test', context: { cluster: 'test', user: 'test' } }],
          'current-context': 'test',
        };
        await writeFile(path, JSON.stringify(config), { mode: 0o600 });
      },
      async grant(namespace, user, resources, verbs) {
        const name = `${user}-${resources.join('-')}-${verbs.join('-')}`.slice(0, 60);
        await must('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/roles`, {
          metadata: { name }, rules: [{ apiGroups: [''], resources, verbs }],
        });
        await must('POST', `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`, {
          metadata: { name }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
          subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
        });
      },
      async stop() {
        await dispatcher.close();
        await stopChild(running);
        await stopChild(etcd);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (apiserver) await stopChild(apiserver);
    await stopChild(etcd);
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
