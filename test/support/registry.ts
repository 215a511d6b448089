/**
 * Starts Debian's docker-registry (CNCF distribution 2.8) on 127.0.0.1 with a private storage
 * directory and a free port, one per test file, so integration tests share no state. With
 * `referrersApi`, starts go-containerregistry's registry instead (test/peers/ggcr-registry):
 * the one peer here with the OCI 1.1 Referrers API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REGISTRY_BINARY = process.env.SIGNET_REGISTRY_BINARY ?? '/usr/bin/docker-registry';

export function referrersRegistryBinary(): string {
  const path = process.env.SIGNET_REFERRERS_REGISTRY;
  if (!path || !existsSync(path)) throw new Error(`the referrers registry is not built (SIGNET_REFERRERS_REGISTRY=${path ?? ''}): source scripts/lib/peers.sh`);
  return path;
}

export interface RunningRegistry {
  /** host:port, e.g. "127.0.0.1:41234". */
  host: string;
  dir: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /** Extra top-level YAML appended to the config (e.g. an `auth:` section); docker-registry only. */
  extraConfig?: string;
  /** A registry with the OCI 1.1 Referrers API (go-containerregistry's) instead of docker-registry. */
  referrersApi?: boolean;
  /** docker-registry over HTTPS with this certificate; with `clientCas`, it requires client certificates they issued. */
  tls?: { certificate: string; key: string; clientCas?: readonly string[] } | undefined;
  /** Serve this existing storage directory (another instance's `dir`) instead of a new one. */
  storageOf?: string | undefined;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'signet-registry-'));
  const port = await freePort();
  const tls = options.tls
    ? `, tls: { certificate: "${options.tls.certificate}", key: "${options.tls.key}"${options.tls.clientCas ? `, clientcas: [${options.tls.clientCas.map((c) => `"${c}"`).join(', ')}]` : ''} }`
    : '';
  const config = [
    'version: 0.1',
    'log: { level: error, accesslog: { disabled: true } }',
    'storage:',
    `  filesystem: { rootdirectory: ${join(options.storageOf ?? dir, 'data')} }`,
    '  delete: { enabled: true }',
    `http: { addr: "127.0.0.1:${port}"${tls} }`,
    options.extraConfig ?? '',
  ].join('\n');
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, config);
  const [binary, args] = options.referrersApi
    ? [referrersRegistryBinary(), [`127.0.0.1:${port}`, join(dir, 'data')]]
    : [REGISTRY_BINARY, ['serve', configPath]];
  const child: ChildProcess = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const host = `127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${binary} exited: ${stderr}`);
    try {
      if (options.tls) {
        // Listening is enough: the tests themselves judge the TLS set-up.
        if (await listening(port)) break;
      } else {
        const res = await fetch(`http://${host}/v2/`);
        await res.arrayBuffer();
        if (res.status === 200 || res.status === 401) break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${binary} did not start on ${host}: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    host,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
