/**
 * What build of signet this is. Release builds (the npm package, the single binary, the container
 * image) replace the placeholder below in the built file with the stamp scripts/release/stamp.ts
 * writes: version, commit, build date and which artifact it is travel inside the file users run,
 * so no lookup happens at start-up. An unstamped run (the TypeScript sources) reads the version
 * from packages/cli/package.json and reports commit and date as unknown.
 */
import { readFileSync } from 'node:fs';

/**
 * Replaced in built artifacts by `~signet-stamp~` + base64url(JSON of a Stamp) + `~` (no quotes,
 * so any minifier's quoting keeps it intact; delimited, so a copy can be stamped again).
 */
const STAMP = '@@SIGNET_BUILD_STAMP@@';
const STAMPED = '~signet-stamp~';

export interface Stamp {
  version: string;
  commit: string;
  /** ISO 8601 build time. */
  date: string;
  /** npm, binary, image, bundle (the plain bundle in dist/cli), source. */
  artifact: string;
}

export interface BuildInfo extends Stamp {
  node: string;
  platform: string;
  arch: string;
}

let cached: Stamp | undefined;

export function stamp(): Stamp {
  if (cached) return cached;
  if (STAMP.startsWith(STAMPED)) {
    cached = JSON.parse(Buffer.from(STAMP.slice(STAMPED.length, -1), 'base64url').toString('utf8')) as Stamp;
  } else {
    // A computed path: a bundler must not copy the workspace manifest next to the bundle.
    const manifest = ['..', 'package.json'].join('/');
    const pkg = JSON.parse(readFileSync(new URL(manifest, import.meta.url), 'utf8')) as { version: string };
    cached = { version: pkg.version, commit: 'unknown', date: 'unknown', artifact: 'source' };
  }
  return cached;
}

export function buildInfo(): BuildInfo {
  return { ...stamp(), node: process.versions.node, platform: process.platform, arch: process.arch };
}
