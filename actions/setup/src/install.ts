/**
 * Installs a signet release binary: downloads `signet-<os>-<arch>[.exe]` and `SHA256SUMS` of the
 * release from `<releaseUrl>/<version>/`, refuses a binary whose SHA-256 is not the one listed,
 * and keeps it as `<installDir>/<version>/signet[.exe]`. A binary already there (the runner's tool
 * cache on self-hosted runners, an earlier step of the job) is reused only when it still has the
 * listed checksum; SHA256SUMS is read every time. Nothing is left behind on failure.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface InstallRequest {
  version: string;
  installDir: string;
  releaseUrl: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Per download; a stalled server fails the step instead of hanging the job. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface Installed {
  path: string;
  dir: string;
  asset: string;
  sha256: string;
  cached: boolean;
}

/** Larger than any signet binary (Node + the program, ~130 MB): a bound on what a server can make us write. */
const MAX_BINARY_BYTES = 512 * 1024 * 1024;
const MAX_SUMS_BYTES = 1024 * 1024;
const ATTEMPTS = 3;

export class InstallError extends Error {}

/** The release asset for a platform, as scripts/release/binary.sh names it. */
export function assetFor(platform: NodeJS.Platform, arch: string): { asset: string; exe: string } {
  const os = ({ linux: 'linux', darwin: 'darwin', win32: 'windows' } as Partial<Record<NodeJS.Platform, string>>)[platform];
  if (!os || !['x64', 'arm64'].includes(arch)) throw new InstallError(`signet has no release binary for ${platform}/${arch} (linux, darwin, windows on x64 or arm64)`);
  return os === 'windows' ? { asset: `signet-${os}-${arch}.exe`, exe: 'signet.exe' } : { asset: `signet-${os}-${arch}`, exe: 'signet' };
}

/** The checksum SHA256SUMS (sha256sum's format, text or binary mode) lists for `asset`. */
export function listedChecksum(sums: string, asset: string): string | undefined {
  for (const line of sums.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (m && m[2] === asset) return m[1];
  }
  return undefined;
}

async function sha256Of(path: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(path), hash);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

async function get(url: string, timeoutMs: number): Promise<Response> {
  let last: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      if (res.ok) return res;
      await res.body?.cancel();
      if (res.status < 500 && res.status !== 429) throw new InstallError(`cannot download ${url}: HTTP ${res.status}`);
      last = new Error(`HTTP ${res.status}`);
    } catch (e) {
      if (e instanceof InstallError) throw e;
      last = e;
    }
    if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 1000 * attempt));
  }
  throw new InstallError(`cannot download ${url}: ${last instanceof Error ? last.message : String(last)} (after ${ATTEMPTS} attempts)`);
}

/** Streams the body into `path`, hashing it, refusing more than `max` bytes; returns its SHA-256. */
async function download(url: string, path: string, max: number, timeoutMs: number): Promise<string> {
  const res = await get(url, timeoutMs);
  const hash = createHash('sha256');
  let size = 0;
  const body = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > max) body.destroy(new InstallError(`${url} is larger than ${max} bytes: not a signet release asset`));
    else hash.update(chunk);
  });
  await pipeline(body, createWriteStream(path, { mode: 0o600 }));
  return hash.digest('hex');
}

async function text(url: string, max: number, timeoutMs: number): Promise<string> {
  const res = await get(url, timeoutMs);
  const body = await res.text();
  if (body.length > max) throw new InstallError(`${url} is larger than ${max} bytes: not a SHA256SUMS file`);
  return body;
}

export async function install(req: InstallRequest): Promise<Installed> {
  const { asset, exe } = assetFor(req.platform ?? process.platform, req.arch ?? process.arch);
  if (!/^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(req.version)) throw new InstallError(`version must be a release tag such as v0.1.0, got "${req.version}"`);
  const timeoutMs = req.timeoutMs ?? 300_000;
  const log = req.log ?? (() => {});
  const base = `${req.releaseUrl.replace(/\/+$/, '')}/${req.version}`;
  const sums = await text(`${base}/SHA256SUMS`, MAX_SUMS_BYTES, timeoutMs);
  const expected = listedChecksum(sums, asset);
  if (!expected) throw new InstallError(`SHA256SUMS of ${req.version} lists no ${asset}`);
  const dir = join(req.installDir, req.version);
  const path = join(dir, exe);
  if ((await sha256Of(path)) === expected) {
    log(`signet ${req.version} found in ${dir} with the checksum SHA256SUMS lists`);
    return { path, dir, asset, sha256: expected, cached: true };
  }
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${exe}.${randomUUID()}.partial`);
  try {
    const actual = await download(`${base}/${asset}`, partial, MAX_BINARY_BYTES, timeoutMs);
    if (actual !== expected) throw new InstallError(`${asset} of ${req.version}: checksum ${actual}, SHA256SUMS says ${expected}; not installed`);
    await chmod(partial, 0o755);
    await rename(partial, path);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
  log(`signet ${req.version} (${asset}, sha256 ${expected}) installed in ${dir}`);
  return { path, dir, asset, sha256: expected, cached: false };
}
