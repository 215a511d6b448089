/**
 * What build of signet this is. Release builds (the npm package, the single binary, the container
 * image) replace the placeholder below in the built file with the stamp scripts/release/stamp.ts
 * writes: version, commit, build date and which artifact it is travel inside the file users run,
 * so no lookup happens at start-up. An unstamped run (the TypeScript sources) reads the version
 * from packages/cli/package.json and reports commit and date as unknown.
 */
import { readFileSync } from 'node:fs';

/** Replaced in built artifacts by base64url(JSON) of a Stamp; keep it free of quotes. */
const STAMP = '@@SIGNET_BUILD_STAMP@@';
const UNSTAMPED_MARK = '@@';

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
  if (!STAMP.startsWith(UNSTAMPED_MARK)) {
    cached = JSON.parse(Buffer.from(STAMP, 'base64url').toString('utf8')) as Stamp;
  } else {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    cached = { version: pkg.version, commit: 'unknown', date: 'unknown', artifact: 'source' };
  }
  return cached;
}

export function buildInfo(): BuildInfo {
  return { ...stamp(), node: process.versions.node, platform: process.platform, arch: process.arch };
}

/** The placeholder's text, for the stamping script (one place for the literal). */
export const STAMP_PLACEHOLDER = STAMP;
