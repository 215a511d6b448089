/** Runs the signet CLI program in this process: the actions behave exactly like the command. */
import * as core from '@actions/core';
import type { RunReport } from '@signet/cli/program';
import { INPUT_NAMES } from './inputs.ts';

/**
 * The engine is imported here, once the inputs have been read and checked: a step with bad
 * inputs fails without loading it, and a step's fixed start-up cost stays small (bench/).
 */
export async function runSignet(argv: readonly string[]): Promise<RunReport> {
  const { main, newRunReport } = await import('@signet/cli/program');
  const report = newRunReport();
  core.debug(`signet ${argv.join(' ')}`);
  // Warnings (a tag resolved to a digest, a credential problem) become annotations on the run.
  await main(argv, { report, inputNames: INPUT_NAMES, onWarning: (message) => core.warning(message) });
  return report;
}

/** Ends the step with the command's one-line error and its exit status. */
export function failWith(report: RunReport): void {
  core.setFailed(report.error ?? `signet exited with ${report.exitCode}`);
  process.exitCode = report.exitCode ?? 1;
}

/** Runs a step's body; an error thrown before the CLI ran (bad inputs) ends the step the same way. */
export function runStep(body: () => Promise<void>): void {
  body().catch((e: unknown) => {
    core.setFailed(e instanceof Error ? e.message : String(e));
    const code = (e as { exitCode?: unknown }).exitCode;
    process.exitCode = typeof code === 'number' ? code : 2;
  });
}

/** Text for the job summary's HTML table cells. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
