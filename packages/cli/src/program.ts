import { Command, CommanderError } from 'commander';
import { isSignetError } from '@signet/core';
// Registers k8s:// and hashivault:// with core's key loader before any command runs.
import './keysources.ts';
import { registerKeys } from './commands/keys.ts';
import { registerSign } from './commands/sign.ts';
import { registerTriangulate } from './commands/triangulate.ts';
import { registerVerify } from './commands/verify.ts';
import { registerDemo } from './commands/demo.ts';
import { registerPolicy } from './commands/policy.ts';
import { registerLookaside } from './commands/lookaside.ts';
import { registerInitialize } from './commands/initialize.ts';
import type { RunReport } from './run-report.ts';

const USAGE_EXIT = 2;

export interface ProgramOptions {
  /** Filled with what sign/verify did, for in-process callers. */
  report?: RunReport;
}

export function buildProgram(options: ProgramOptions = {}): Command {
  const program = new Command('signet')
    .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerKeys(program);
  registerSign(program, options.report);
  registerVerify(program, options.report);
  registerTriangulate(program);
  registerPolicy(program);
  registerDemo(program);
  registerLookaside(program);
  registerInitialize(program);
  return program;
}

export async function main(argv: readonly string[], options: ProgramOptions = {}): Promise<number> {
  const report = options.report;
  const fail = (code: number, line: string): number => {
    if (report) Object.assign(report, { error: line, exitCode: code });
    return code;
  };
  try {
    await buildProgram(options).parseAsync([...argv], { from: 'user' });
    if (report) report.exitCode = 0;
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; commander has already printed the message.
      return e.exitCode === 0 ? 0 : fail(USAGE_EXIT, e.message);
    }
    if (isSignetError(e)) {
      process.stderr.write(`error: ${e.oneLine()}\n`);
      return fail(e.exitCode, e.oneLine());
    }
    process.stderr.write(`error: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
    return fail(3, `unexpected failure: ${(e as Error)?.message ?? String(e)}`);
  }
}


export { newRunReport, type RunReport, type SignedEntry } from './run-report.ts';
export type { GateResult } from './report.ts';
