/** Locations of the independent tools that judge signet's output (installed by scripts/test.sh). */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from './cli.ts';

const PEERS = process.env.SIGNET_PEERS ?? join(homedir(), '.cache', 'signet-peers');

export function cosignBinary(): string {
  const path = process.env.SIGNET_COSIGN ?? join(PEERS, 'cosign-v2.6.5', 'cosign');
  if (!existsSync(path)) throw new Error(`cosign not found at ${path}: run scripts/test.sh, which builds it`);
  return path;
}

/** cosign with no network beyond 127.0.0.1 and a private HOME, so no TUF cache leaks between tests. */
export function cosign(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(cosignBinary(), args, { env: { COSIGN_YES: 'true', ...env } });
}

/** cosign v3 (sigstore bundles as OCI referrers by default), the judge of `--format bundle`. */
export function cosignV3Binary(): string {
  const path = process.env.SIGNET_COSIGN_V3 ?? join(PEERS, 'cosign-v3.1.3', 'cosign');
  if (!existsSync(path)) throw new Error(`cosign v3 not found at ${path}: run scripts/test.sh, which builds it`);
  return path;
}

export function cosignV3(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(cosignV3Binary(), args, { env: { COSIGN_YES: 'true', ...env } });
}
