/**
 * Stamps built signet files with what build they are (packages/cli/src/build-info.ts reads it):
 * the version from packages/cli/package.json, the commit and its date from git (a build of the
 * same commit gets the same stamp, so artifacts are reproducible), and the artifact kind.
 *   node scripts/release/stamp.ts <dir-or-file> <artifact>
 * SIGNET_COMMIT / SIGNET_BUILD_DATE override git (CI without history, or a tarball build).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** packages/cli/src/build-info.ts's placeholder, or a stamp already written (restamping a copy). */
const STAMP_SLOT = /@@SIGNET_BUILD_STAMP@@|~signet-stamp~[A-Za-z0-9_-]*~/g;

export interface Stamp { version: string; commit: string; date: string; artifact: string }

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function version(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
}

export function stampFor(artifact: string): Stamp {
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : '';
  return {
    version: version(),
    commit: process.env.SIGNET_COMMIT ?? (git('rev-parse', 'HEAD') ?? 'unknown') + dirty,
    date: process.env.SIGNET_BUILD_DATE ?? git('log', '-1', '--format=%cI') ?? 'unknown',
    artifact,
  };
}

/** Replaces the placeholder in every .js file under `target`; returns how many files held it. */
export function stampFiles(target: string, stamp: Stamp): number {
  const encoded = `~signet-stamp~${Buffer.from(JSON.stringify(stamp)).toString('base64url')}~`;
  const files = statSync(target).isDirectory()
    ? readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c|m)?js$/.test(f)).map((f) => join(target, f))
    : [target];
  let count = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const stamped = text.replace(STAMP_SLOT, encoded);
    if (stamped === text) continue;
    writeFileSync(file, stamped);
    count++;
  }
  if (count === 0) throw new Error(`no build stamp slot in ${target}: not a signet CLI build`);
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [target, artifact] = process.argv.slice(2);
  if (!target || !artifact) {
    process.stderr.write('usage: node scripts/release/stamp.ts <dir-or-file> <npm|binary|image|bundle>\n');
    process.exit(2);
  }
  const stamp = stampFor(artifact);
  stampFiles(target, stamp);
  process.stderr.write(`stamped ${target}: ${JSON.stringify(stamp)}\n`);
}
