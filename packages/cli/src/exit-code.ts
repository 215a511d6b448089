import { isSignetError, SignetError, type ErrorKind } from '@signet/core';
import { hintFor } from './hints.ts';

/** The batch's exit code: a remote failure (3) outranks bad input (2), which outranks a failed verification (1). */
export function worstExitCode(errors: readonly unknown[]): number {
  let worst = 0;
  const rank = (code: number) => (code === 0 ? 0 : code === 1 ? 1 : code === 2 ? 2 : 3);
  for (const e of errors) {
    const code = isSignetError(e) ? e.exitCode : 3;
    if (rank(code) > rank(worst)) worst = code;
  }
  return worst;
}

/** One line for users: the message and what to do (the CLI words hints from error codes). */
export function errorLine(e: unknown): string {
  return isSignetError(e) ? e.oneLine(hintFor(e)) : `unexpected failure: ${(e as Error)?.message ?? String(e)}`;
}

/** One error for a batch with failures, carrying the worst failure's exit code. */
export function batchFailure(errors: readonly unknown[], summary: string): SignetError {
  const code = worstExitCode(errors);
  const kind: ErrorKind = code === 1 ? 'verification' : code === 2 ? 'usage' : 'remote';
  return new SignetError(kind, summary);
}

/**
 * Ends a batch: one error carrying the worst exit code, one line per failed item (verification
 * failures already name their image). Nothing when every item succeeded.
 */
export function throwIfFailed(failures: readonly { item: string; error: unknown }[]): void {
  if (failures.length === 0) return;
  throw batchFailure(
    failures.map((f) => f.error),
    failures.map((f) => (isSignetError(f.error) && f.error.kind === 'verification' ? f.error.message : `${f.item}: ${errorLine(f.error)}`)).join('\n'),
  );
}
