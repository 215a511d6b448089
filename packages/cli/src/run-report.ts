/**
 * What a command did, for front ends that run the CLI in-process (the GitHub Actions) and need
 * structured outputs rather than parsing stderr. The terminal output stays the same.
 */
import { writeFile } from 'node:fs/promises';
import { isSignetError } from '@signet/core';
import type { GateResult } from './report.ts';
import { errorLine } from './exit-code.ts';
import { inInputNames } from './input-names.ts';

export interface SignedEntry {
  /** The image as signed: repo@digest (or the layout target). */
  image: string;
  digest: string;
  /** Where the signature went, undefined with --upload=false. */
  location: string | undefined;
  /** False when an equivalent signature was already there. */
  appended: boolean;
  /** cosign signatures in the registry, or GPG simple signing in a lookaside. */
  format: 'cosign' | 'simple-signing' | 'notary';
  /** The signed docker-reference. */
  identity: string;
}

/** An image a command could not sign, with the one-line reason (what the log says for it). */
export interface FailedEntry {
  /** The image as given. */
  image: string;
  error: string;
}

export interface RunReport {
  signed: SignedEntry[];
  /** sign: the images that failed; verify reports its failures in `verified`. */
  failed: FailedEntry[];
  verified: GateResult[];
  /** The one-line error the command ended with, if any. */
  error?: string;
  exitCode?: number;
}

export function newRunReport(): RunReport {
  return { signed: [], failed: [], verified: [] };
}

/**
 * Wraps a command action so `--report FILE` writes its run report as JSON (CI systems read it
 * for results: Tekton results, Jenkins return values), whether the command succeeds or not.
 */
export function withReportFile<F extends { report?: string }>(
  given: RunReport | undefined,
  body: (images: string[], flags: F, report: RunReport | undefined) => Promise<void>,
): (images: string[], flags: F) => Promise<void> {
  return async (images, flags) => {
    const report = given ?? (flags.report ? newRunReport() : undefined);
    try {
      await body(images, flags, report);
    } catch (e) {
      if (report && isSignetError(e)) Object.assign(report, { error: errorLine(e), exitCode: e.exitCode });
      throw e;
    } finally {
      // The file is for wrappers: its error names their inputs, as the printed one does.
      if (flags.report && report) {
        await writeFile(flags.report, `${JSON.stringify({ signed: report.signed, failed: report.failed.map((f) => ({ ...f, error: inInputNames(f.error) })), verified: report.verified, ...(report.error ? { error: inInputNames(report.error) } : {}) }, null, 2)}\n`);
      }
    }
  };
}
