/**
 * The default trusted root, distributed by TUF as cosign does (issue 10): sigstore-js's TUF
 * client (@sigstore/tuf on tuf-js) fetches `trusted_root.json` from the public-good repository
 * with the root.json it ships, or from a private mirror set by `signet initialize`.
 *
 * Configuration is cosign v3's, so that `cosign initialize` and `signet initialize` are
 * interchangeable (pkg/cosign/tuf.go, sigstore-go pkg/tuf):
 * - cache directory: TUF_ROOT, else ~/.sigstore/root;
 * - mirror: TUF_MIRROR, else `remote.json` ({"mirror": URL}) in the cache directory, else the
 *   public-good CDN;
 * - root.json for a private mirror: TUF_ROOT_JSON, else the one cached for that mirror (ours,
 *   or the one cosign keeps under its own directory name), never the embedded public-good root.
 * @sigstore/tuf names a mirror's directory `encodeURIComponent(host + path)`, sigstore-go
 * `host-port-path`; both are the same for the public-good CDN, so there the two tools share
 * one verified cache.
 *
 * The client is imported on first use only: key-based runs and the Actions' cold start never load it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { codedError, SignetError, usageError } from '../errors.ts';

export const DEFAULT_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
const REMOTE_FILE = 'remote.json';
/** A short backoff: an unreachable mirror should fail in about a second, not after promise-retry's 11 s default. */
const FETCH = { retry: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 }, timeout: 5000 };

type Env = Readonly<Record<string, string | undefined>>;

export interface TufSettings {
  /** TUF_ROOT or ~/.sigstore/root. */
  cacheDir: string;
  mirror: string;
  /** Where the mirror came from, for messages. */
  mirrorFrom: 'TUF_MIRROR' | 'signet/cosign initialize' | 'default';
  /** A root.json to start from (TUF_ROOT_JSON, or cosign's cached one); undefined: ours is cached, or the embedded one. */
  rootFile: string | undefined;
  /** TUF_ROOT_JSON pins the starting root even over a cached one, as in cosign. */
  forceRoot: boolean;
}

export function tufCacheDir(env: Env = process.env): string {
  if (env.TUF_ROOT) return env.TUF_ROOT;
  let home: string;
  try {
    home = homedir();
  } catch {
    home = tmpdir();
  }
  return join(home, '.sigstore', 'root');
}

function normalizeMirror(url: string, flag: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`${flag} ${url}: not a URL`, 'give the TUF repository\'s base URL, e.g. https://tuf.example.com');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw usageError(`${flag} ${url}: not an http(s) URL`);
  return url.replace(/\/+$/, '');
}

/** @sigstore/tuf's per-mirror directory name. */
function signetMirrorDir(cacheDir: string, mirror: string): string {
  const url = new URL(mirror);
  return join(cacheDir, encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
}

/** sigstore-go's (cosign v3's) per-mirror directory name (tuf.URLToPath). */
function cosignMirrorDir(cacheDir: string, mirror: string): string {
  return join(cacheDir, mirror.replace(/^https?:\/\//, '').replaceAll('/', '-').replaceAll(':', '-').toLowerCase());
}

async function configuredMirror(cacheDir: string, env: Env): Promise<Pick<TufSettings, 'mirror' | 'mirrorFrom'>> {
  if (env.TUF_MIRROR) return { mirror: normalizeMirror(env.TUF_MIRROR, 'TUF_MIRROR'), mirrorFrom: 'TUF_MIRROR' };
  const remote = join(cacheDir, REMOTE_FILE);
  let text: string;
  try {
    text = await readFile(remote, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { mirror: DEFAULT_TUF_MIRROR, mirrorFrom: 'default' };
    throw new SignetError('io', `cannot read ${remote}: ${(e as Error).message}`);
  }
  let mirror: unknown;
  try {
    mirror = (JSON.parse(text) as Record<string, unknown>).mirror;
  } catch {
    mirror = undefined;
  }
  if (typeof mirror !== 'string' || mirror === '') throw codedError('usage', 'tuf.no-mirror', `${remote} names no mirror`, { file: remote });
  return { mirror: normalizeMirror(mirror, remote), mirrorFrom: 'signet/cosign initialize' };
}

/** Where the trusted root comes from when no --trusted-root is given. */
export async function tufSettings(env: Env = process.env): Promise<TufSettings> {
  const cacheDir = tufCacheDir(env);
  const { mirror, mirrorFrom } = await configuredMirror(cacheDir, env);
  if (env.TUF_ROOT_JSON) {
    if (!existsSync(env.TUF_ROOT_JSON)) throw usageError(`TUF_ROOT_JSON ${env.TUF_ROOT_JSON}: no such file`);
    return { cacheDir, mirror, mirrorFrom, rootFile: env.TUF_ROOT_JSON, forceRoot: true };
  }
  if (mirror === DEFAULT_TUF_MIRROR || existsSync(join(signetMirrorDir(cacheDir, mirror), 'root.json'))) {
    return { cacheDir, mirror, mirrorFrom, rootFile: undefined, forceRoot: false };
  }
  const cosignRoot = join(cosignMirrorDir(cacheDir, mirror), 'root.json');
  if (existsSync(cosignRoot)) return { cacheDir, mirror, mirrorFrom, rootFile: cosignRoot, forceRoot: false };
  throw codedError('usage', 'tuf.unknown-root', `no root.json is known for the TUF mirror ${mirror} (${mirrorFrom})`, { mirror });
}

/** True when a TUF mirror was chosen explicitly (TUF_MIRROR or initialize), not just the default. */
export async function tufMirrorConfigured(env: Env = process.env): Promise<boolean> {
  return (await configuredMirror(tufCacheDir(env), env)).mirrorFrom !== 'default';
}

export interface TufTrustedRoot {
  root: TrustedRoot;
  /** For messages: "TUF https://…". */
  source: string;
}

/**
 * trusted_root.json through TUF. When the mirror cannot be reached, the cached metadata is
 * used while it is still valid (its timestamp has not expired), with a warning: an air-gapped
 * run after one online refresh works, a frozen mirror still ends at the timestamp's expiry.
 */
export async function fetchTufTrustedRoot(env: Env = process.env, warn: (line: string) => void = (l) => process.stderr.write(`warning: ${l}\n`)): Promise<TufTrustedRoot> {
  const settings = await tufSettings(env);
  const source = `TUF ${settings.mirror}`;
  const { getTrustedRoot } = await import('@sigstore/tuf');
  const options = {
    cachePath: settings.cacheDir,
    mirrorURL: settings.mirror,
    ...(settings.rootFile ? { rootPath: settings.rootFile } : {}),
    forceInit: settings.forceRoot,
    ...FETCH,
  };
  try {
    return { root: await getTrustedRoot(options), source };
  } catch (e) {
    const failure = classifyTufFailure(e);
    if (failure.kind === 'unreachable' && existsSync(join(signetMirrorDir(settings.cacheDir, settings.mirror), 'timestamp.json'))) {
      try {
        const root = await getTrustedRoot({ ...options, forceInit: false, forceCache: true });
        warn(`TUF mirror ${settings.mirror} unreachable (${failure.detail}); using the cached trusted root, whose metadata has not expired`);
        return { root, source: `${source} (cached)` };
      } catch {
        // The cache is expired or incomplete: report the network failure, which is the cause.
      }
    }
    throw tufError(failure, settings.mirror, settings.mirrorFrom === 'default');
  }
}

/**
 * `signet initialize`: trust a TUF repository (cosign's command and files). The new cache is
 * built beside the old one and swapped in only once trusted_root.json was fetched and
 * verified, so a wrong --root or an unreachable mirror leaves the working configuration alone.
 */
export async function initializeTuf(options: { mirror?: string | undefined; root?: string | undefined }, env: Env = process.env): Promise<{ mirror: string; cacheDir: string }> {
  const mirror = options.mirror ? normalizeMirror(options.mirror, '--mirror') : DEFAULT_TUF_MIRROR;
  if (mirror !== DEFAULT_TUF_MIRROR && !options.root) {
    throw usageError(`--mirror ${mirror} needs --root`, 'give the private repository\'s initial root.json; the embedded root is only for the public-good instance');
  }
  if (options.root) await checkRootFile(options.root);
  const cacheDir = tufCacheDir(env);
  const staging = `${cacheDir}.signet-init-${randomBytes(6).toString('hex')}`;
  await mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    // remote.json first, in cosign's shape, so cosign reads the same configuration.
    await writeFile(join(staging, REMOTE_FILE), JSON.stringify({ mirror }), { mode: 0o600 });
    const { getTrustedRoot } = await import('@sigstore/tuf');
    try {
      await getTrustedRoot({ cachePath: staging, mirrorURL: mirror, ...(options.root ? { rootPath: options.root } : {}), forceInit: true, ...FETCH });
    } catch (e) {
      throw tufError(classifyTufFailure(e), mirror, mirror === DEFAULT_TUF_MIRROR);
    }
    // cosign v3 looks for the mirror's root under sigstore-go's directory name: leave it the
    // root just verified (and possibly rotated), so `cosign verify` works after `signet initialize`.
    const ours = signetMirrorDir(staging, mirror);
    const theirs = cosignMirrorDir(staging, mirror);
    if (ours !== theirs) {
      await mkdir(theirs, { recursive: true, mode: 0o700 });
      await copyFile(join(ours, 'root.json'), join(theirs, 'root.json'));
    }
    await mkdir(dirname(cacheDir), { recursive: true });
    await rm(cacheDir, { recursive: true, force: true });
    await rename(staging, cacheDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { mirror, cacheDir };
}

async function checkRootFile(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw usageError(`--root ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let type: unknown;
  try {
    type = ((JSON.parse(text) as { signed?: { _type?: unknown } }).signed ?? {})._type;
  } catch {
    type = undefined;
  }
  if (type !== 'root') throw usageError(`--root ${path}: not TUF root metadata (a signed "_type": "root" document)`, 'pass the repository\'s root.json (e.g. 1.root.json), not a sigstore trusted_root.json');
}

type TufFailureKind = 'unreachable' | 'not-a-repository' | 'unsigned' | 'expired' | 'missing-target' | 'tampered-target' | 'invalid';

export interface TufFailure {
  kind: TufFailureKind;
  detail: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']);

/**
 * What went wrong, from the error chain @sigstore/tuf and tuf-js throw. Matched on messages and
 * codes, not class names: the bundled Actions are minified, and tuf-js wraps its errors in
 * plain RuntimeErrors whose message carries the original.
 */
export function classifyTufFailure(e: unknown): TufFailure {
  const chain: { message: string; code: unknown; statusCode: unknown; name: string }[] = [];
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 8; cur = cur.cause, depth++) {
    const o = cur as Error & { code?: unknown; statusCode?: unknown };
    chain.push({ message: o.message, code: o.code, statusCode: o.statusCode, name: o.name });
  }
  const all = chain.map((c) => c.message).join(': ');
  const detail = chain.at(-1)?.message ?? String(e);
  const top = chain[0];
  if (top?.code === 'TUF_FIND_TARGET_ERROR') return { kind: 'missing-target', detail };
  if (/Expected (hash|length)/.test(all)) return { kind: 'tampered-target', detail };
  // tuf-js stops reading at the signed length: a longer file only says "Max length reached".
  if (top?.code === 'TUF_DOWNLOAD_TARGET_ERROR' && /Max length reached/.test(all)) return { kind: 'tampered-target', detail: 'longer than its signed length' };
  if (/is expired/.test(all)) return { kind: 'expired', detail: all.match(/[\w.]+\.json is expired/)?.[0] ?? detail };
  if (/was signed by \d+\/\d+ keys|failed to verify .* signature|no signature for key/.test(all)) return { kind: 'unsigned', detail };
  const http = chain.find((c) => typeof c.statusCode === 'number');
  if (http && typeof http.statusCode === 'number') {
    return http.statusCode >= 500 ? { kind: 'unreachable', detail: `HTTP ${http.statusCode}` } : { kind: 'not-a-repository', detail: `HTTP ${http.statusCode}` };
  }
  if (/DownloadHTTPError|Failed to download/.test(all)) return { kind: 'not-a-repository', detail };
  if (chain.some((c) => (typeof c.code === 'string' && NETWORK_CODES.has(c.code)) || c.name === 'TimeoutError' || c.message === 'fetch failed')) {
    const code = chain.find((c) => typeof c.code === 'string' && NETWORK_CODES.has(c.code))?.code;
    return { kind: 'unreachable', detail: typeof code === 'string' ? code : detail };
  }
  return { kind: 'invalid', detail: all };
}

/** One line per failure; unreachable is a remote failure (exit 3), the rest are trust configuration (exit 2). */
export function tufError(failure: TufFailure, mirror: string, isDefault: boolean): SignetError {
  const repo = `TUF repository ${mirror}`;
  switch (failure.kind) {
    case 'unreachable':
      return new SignetError('remote', `cannot reach the ${repo} (${failure.detail}) and no valid cached metadata`, { code: 'tuf.unreachable', data: { mirror, isDefault } });
    case 'not-a-repository':
      return codedError('usage', 'tuf.not-a-repository', `${repo} is not a TUF repository (${failure.detail} for its metadata)`, { mirror });
    case 'unsigned':
      return codedError('usage', 'tuf.unsigned', `${repo}: metadata is not signed by the trusted TUF root (${failure.detail})`, { mirror });
    case 'expired':
      return codedError('usage', 'tuf.expired', `${repo}: ${failure.detail} (expired metadata)`, { mirror });
    case 'missing-target':
      return codedError('usage', 'tuf.missing-target', `${repo} has no ${TRUSTED_ROOT_TARGET} target`, { mirror });
    case 'tampered-target':
      return usageError(`${repo}: ${TRUSTED_ROOT_TARGET} does not match its signed TUF targets metadata (${failure.detail})`, 'the file was altered; do not trust this mirror until it serves the signed file');
    case 'invalid':
      return codedError('usage', 'tuf.invalid', `${repo}: TUF update failed (${failure.detail})`, { mirror });
  }
}
