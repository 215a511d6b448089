/** Runs the signet CLI program in this process: the actions behave exactly like the command. */
import * as core from '@actions/core';
import { main, newRunReport, type RunReport } from '@signet/cli/program';

export async function runSignet(argv: readonly string[]): Promise<RunReport> {
  const report = newRunReport();
  core.debug(`signet ${argv.join(' ')}`);
  await main(argv, { report });
  return report;
}

/** Ends the step with the command's one-line error and its exit status. */
export function failWith(report: RunReport): void {
  core.setFailed(report.error ?? `signet exited with ${report.exitCode}`);
  process.exitCode = report.exitCode ?? 1;
}
