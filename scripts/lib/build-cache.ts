/**
 * A cache of build outputs keyed by the content of every input, for the ncc bundles (tens of
 * seconds each on the 2-core machines) that CI would otherwise rebuild unchanged on every run.
 * The key hashes the path and bytes of each input file (tracked or untracked, as git lists
 * them), the lockfile (so node_modules), Node's version and the build command; ncc's output is
 * deterministic for the same inputs (actions-packaging.test.ts relies on it), so a hit is the
 * build's own output. Outside a git checkout there is no key and every build runs.
 *
 *   node scripts/lib/build-cache.ts cli-bundle   what `pnpm bundle` builds (dist/cli), the ncc part cached
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEEP = 3;

/** The inputs every bundle of the workspace shares: the dependency set and the compiler settings. */
const COMMON_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json', 'packages/core', 'packages/cli'];
/** Never read by a bundle: tests, docs and the committed action bundles themselves. */
const NOT_INPUTS = [/(^|\/)__tests__\//, /\.test\.ts$/, /\.md$/, /(^|\/)dist\//];

export function cacheRoot(): string {
  return join(process.env.SIGNET_CACHE ?? join(homedir(), '.cache', 'signet'), 'builds');
}

/** A hex key over `paths` (files or directories, relative to the repository) and `extra` strings; undefined outside git. */
export function inputsKey(paths: readonly string[], extra: readonly string[] = []): string | undefined {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...COMMON_INPUTS, ...paths], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20,
    });
  } catch {
    return undefined;
  }
  const files = [...new Set(listed.split('\0').filter((f) => f && !NOT_INPUTS.some((re) => re.test(f))))].sort();
  const hash = createHash('sha256');
  for (const part of [process.version, process.arch, ...extra]) hash.update(`${part}\0`);
  for (const file of files) {
    const path = join(ROOT, file);
    // A tracked file deleted in the work tree is not an input.
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/**
 * The directory holding what `build(outDir)` writes for these inputs: the cached copy when one
 * exists, else a fresh build stored for next time (only once it succeeded, renamed into place
 * so a concurrent or interrupted run never sees half an output). Older entries of `name` beyond
 * the newest few are removed. Without a key the build goes to a temporary directory the caller
 * removes (`temporary`).
 */
export async function cachedBuild(name: string, key: string | undefined, build: (outDir: string) => Promise<void>): Promise<{ dir: string; hit: boolean; temporary: boolean }> {
  const root = cacheRoot();
  if (key === undefined) {
    const dir = mkdtempSync(join(tmpdir(), `signet-${name}-`));
    await build(dir);
    return { dir, hit: false, temporary: true };
  }
  const dir = join(root, `${name}-${key}`);
  if (existsSync(dir)) return { dir, hit: true, temporary: false };
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await build(partial);
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  prune(root, name);
  return { dir, hit: false, temporary: false };
}

function prune(root: string, name: string): void {
  const entries = readdirSync(root)
    .filter((e) => e.startsWith(`${name}-`) && !e.includes('.partial-'))
    .map((e) => ({ path: join(root, e), mtime: statSync(join(root, e)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of entries.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
}

function pnpm(args: string[]): void {
  execFileSync('pnpm', args, { cwd: ROOT, stdio: 'inherit' });
}

/**
 * `pnpm bundle` (package.json): the unstamped ncc output comes from the cache when the same
 * inputs were bundled before, then dist/cli is stamped for this commit as `pnpm bundle` does.
 */
async function cliBundle(): Promise<void> {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const key = inputsKey(['bundle'], [scripts['bundle:unstamped'] ?? '']);
  const dist = join(ROOT, 'dist', 'cli');
  const { dir, hit, temporary } = await cachedBuild('cli-bundle', key, async (out) => {
    pnpm(['-s', 'bundle:unstamped']);
    cpSync(dist, out, { recursive: true });
  });
  if (hit) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(dir, dist, { recursive: true });
    process.stderr.write(`==> dist/cli from the build cache (${dir})\n`);
  }
  if (temporary) rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts/release/stamp.ts'), dist, 'bundle'], { cwd: ROOT, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const what = process.argv[2];
  if (what !== 'cli-bundle') {
    process.stderr.write('usage: node scripts/lib/build-cache.ts cli-bundle\n');
    process.exit(2);
  }
  await cliBundle();
}
