/**
 * What a command did, for front ends that run the CLI in-process (the GitHub Actions) and need
 * structured outputs rather than parsing stderr. The terminal output stays the same.
 */
import type { GateResult } from './report.ts';

export interface SignedEntry {
  /** The image as signed: repo@digest (or the layout target). */
  image: string;
  digest: string;
  /** Where the signature went, undefined with --upload=false. */
  location: string | undefined;
  /** False when an equivalent signature was already there. */
  appended: boolean;
  /** cosign signatures in the registry, or GPG simple signing in a lookaside. */
  format: 'cosign' | 'simple-signing';
  /** The signed docker-reference. */
  identity: string;
}

export interface RunReport {
  signed: SignedEntry[];
  verified: GateResult[];
  /** The one-line error the command ended with, if any. */
  error?: string;
  exitCode?: number;
}

export function newRunReport(): RunReport {
  return { signed: [], verified: [] };
}
