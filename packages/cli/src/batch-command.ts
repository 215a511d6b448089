/**
 * The skeleton every batch command shares (sign, verify, with cosign keys or GPG): one registry
 * context for the run, progress on stderr, a summary line, and one error carrying the worst
 * exit code for the images that failed. Commands supply the request and the rendering only.
 */
import { SignetError, type Outcome, type TargetContext } from '@signet/core';
import { createContext, stderrLogger, type RegistryFlags } from './context.ts';
import { errorLine, throwIfFailed } from './exit-code.ts';
import { createProgress, type Progress } from './progress.ts';

export interface BatchSession {
  ctx: TargetContext;
  progress: Progress;
}

export interface BatchEnd {
  /** The images that failed, each with its error (verification failures name their image). */
  failures: readonly { item: string; error: unknown }[];
  /** Printed before the failures are thrown, when given. */
  summary?: string | undefined;
}

export interface BatchCommandOptions {
  /** Also closed when the run ends (lookaside stores, policy evaluators). */
  close?: ReadonlyArray<(() => Promise<void>) | undefined>;
}

/** Runs `body` with the run's context and progress, then prints the summary and throws for failures. */
export async function runBatchCommand(
  inputs: readonly string[],
  flags: RegistryFlags,
  body: (session: BatchSession) => Promise<BatchEnd>,
  options: BatchCommandOptions = {},
): Promise<void> {
  const ctx = createContext(inputs, flags);
  const progress = createProgress();
  try {
    const end = await body({ ctx, progress });
    progress.finish();
    if (end.summary !== undefined) stderrLogger.info(end.summary);
    throwIfFailed(end.failures);
  } finally {
    progress.finish();
    for (const close of options.close ?? []) await close?.();
    await ctx.close();
  }
}

/** The progress line of an item that ended in an error rather than a result. */
export function failureLine(label: 'FAILED' | 'ERROR', item: string, error: unknown): string {
  return `${label} ${item}: ${errorLine(error)}`;
}

/**
 * The end of a verify batch: an error for each image not verified (its reason, as a
 * verification failure) or not checked, and the summary line for more than one image.
 */
export function verifyEnd(images: readonly Outcome<string, { ok: boolean; image: string; reason: string | undefined }>[]): BatchEnd {
  const failures = images.flatMap((o) =>
    !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new SignetError('verification', o.value.reason ?? `${o.value.image}: not verified`) }],
  );
  return {
    failures,
    summary: images.length > 1 ? `Summary: ${images.length - failures.length}/${images.length} image(s) verified, ${failures.length} failed` : undefined,
  };
}
