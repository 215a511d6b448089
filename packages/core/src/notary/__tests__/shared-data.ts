/**
 * ../shared/notary-v1: real metadata written by Debian's notary 0.7 client and server and the
 * docker CLI. Read in place, never copied into the repository: beside a CI clone it is
 * `<repo>/../shared`; in a worktree under /work/wt it is two levels up. SIGNET_SHARED overrides.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../../../..');

export function sharedNotaryDir(): string | undefined {
  const candidates = [process.env.SIGNET_SHARED, join(repoRoot, '../shared'), join(repoRoot, '../../shared')].filter((d): d is string => Boolean(d));
  for (const dir of candidates) if (existsSync(join(dir, 'notary-v1', 'README.md'))) return join(dir, 'notary-v1');
  return undefined;
}

export interface StaticNotary {
  url: string;
  /** Replace what a path serves (tampering, rollback). */
  override: Map<string, Buffer>;
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a captured server directory at the Notary API paths (`targets/releases.json` is the
 * file `targets_releases.json`); hash-named requests get 404 so clients fall back to the
 * plain name. Not a Notary server: the bytes are real, the serving is ours.
 */
export async function serveCaptured(dir: string, gun: string): Promise<StaticNotary> {
  const override = new Map<string, Buffer>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.method} ${path}`);
    const prefix = `/v2/${gun}/_trust/tuf/`;
    if (req.method !== 'GET' || !path.startsWith(prefix)) return res.writeHead(404).end();
    const file = path.slice(prefix.length);
    const body = override.get(file) ?? (await readFile(join(dir, file.replace(/\//g, '_'))).catch(() => undefined));
    if (!body) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"METADATA_NOT_FOUND","message":"You have requested metadata that does not exist.","detail":{}}]}');
    res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, override, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}
