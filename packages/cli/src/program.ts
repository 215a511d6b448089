import { Command, CommanderError } from 'commander';
import { isSignetError } from '@signet/core';
import { registerRemoteKeySources } from './keysources.ts';
import type { RunReport } from './run-report.ts';
import { errorLine } from './exit-code.ts';
import { stamp } from './build-info.ts';
import { helpConfiguration } from './help-format.ts';
import { addCosignCompatibility } from './cosign-flags.ts';
import { inInputNames, useInputNames, type InputNames } from './input-names.ts';
import { setWarningSink } from './context.ts';
import { addRunOptions, applyRunOptions, createDeadline } from './run-options.ts';

const USAGE_EXIT = 2;

export interface ProgramOptions {
  /** Filled with what sign/verify did, for in-process callers. */
  report?: RunReport;
  /** The front end's names for the CLI's flags and variables, used in errors and warnings (input-names.ts). */
  inputNames?: InputNames;
  /** Warnings go here instead of stderr (the Actions make them annotations). */
  onWarning?: (message: string) => void;
}

let lastRunTimedOut = false;

/** Whether the last `main` run was cut short by -t/--timeout (its work may still be pending). */
export function timedOut(): boolean {
  return lastRunTimedOut;
}

type Register = (program: Command, options: ProgramOptions) => void;

/**
 * The command modules, by the command names each registers. A run loads only the module of the
 * command it names, and through it only the engine parts that command uses: start-up is paid
 * per process, and CI runs one process per image or per step (docs/decisions.md). Help,
 * --version and unknown commands load them all, so `signet --help` lists everything and a
 * mistyped command still gets commander's suggestion.
 */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['generate-key-pair', 'import-key-pair'], load: async () => (await import('./commands/keys.ts')).registerKeys },
  { names: ['sign'], load: async () => { const { registerSign } = await import('./commands/sign.ts'); return (p, o) => registerSign(p, o.report); } },
  { names: ['verify'], load: async () => { const { registerVerify } = await import('./commands/verify.ts'); return (p, o) => registerVerify(p, o.report); } },
  { names: ['triangulate'], load: async () => (await import('./commands/triangulate.ts')).registerTriangulate },
  { names: ['policy'], load: async () => (await import('./commands/policy.ts')).registerPolicy },
  { names: ['demo-image'], load: async () => (await import('./commands/demo.ts')).registerDemo },
  { names: ['lookaside'], load: async () => (await import('./commands/lookaside.ts')).registerLookaside },
  { names: ['migrate'], load: async () => (await import('./commands/migrate.ts')).registerMigrate },
  { names: ['notary'], load: async () => (await import('./commands/notary.ts')).registerNotary },
  { names: ['initialize'], load: async () => (await import('./commands/initialize.ts')).registerInitialize },
  { names: ['version'], load: async () => (await import('./commands/version.ts')).registerVersion },
  { names: ['completion'], load: async () => (await import('./commands/completion.ts')).registerCompletion },
];

/** `--version` answers without loading any command: it is what scripts call to probe the tool. */
const VERSION_FLAGS: readonly string[] = ['--version', '-V'];

/** The program with the commands `argv` needs (all of them when `argv` is omitted). */
export async function buildProgram(options: ProgramOptions = {}, argv?: readonly string[]): Promise<Command> {
  // k8s:// and hashivault:// keys work in every command (sign, verify, policy, keys).
  registerRemoteKeySources();
  const program = new Command('signet')
    .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
    .version(stamp().version)
    .configureHelp(helpConfiguration)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const named = argv?.[0];
  const wanted = COMMANDS.filter((c) => named !== undefined && c.names.includes(named));
  addRunOptions(program);
  const load = wanted.length > 0 ? wanted : argv?.length === 1 && VERSION_FLAGS.includes(named!) ? [] : COMMANDS;
  for (const register of await Promise.all(load.map((c) => c.load()))) register(program, options);
  addCosignCompatibility(program);
  return program;
}

export async function main(argv: readonly string[], options: ProgramOptions = {}): Promise<number> {
  const report = options.report;
  useInputNames(options.inputNames);
  setWarningSink(options.onWarning);
  const deadline = createDeadline();
  lastRunTimedOut = false;
  const fail = (code: number, line: string): number => {
    if (report) Object.assign(report, { error: line, exitCode: code });
    return code;
  };
  try {
    const program = await buildProgram(options, argv);
    applyRunOptions(program, (ms) => deadline.arm(ms));
    await Promise.race([program.parseAsync([...argv], { from: 'user' }), deadline.expired]);
    if (report) report.exitCode = 0;
    return 0;
  } catch (e) {
    lastRunTimedOut = deadline.timedOut;
    if (e instanceof CommanderError) {
      // Help and version exit 0; commander has already printed the message.
      return e.exitCode === 0 ? 0 : fail(USAGE_EXIT, inInputNames(e.message));
    }
    if (isSignetError(e)) {
      const line = inInputNames(errorLine(e));
      process.stderr.write(`error: ${line}\n`);
      return fail(e.exitCode, line);
    }
    process.stderr.write(`error: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
    return fail(3, `unexpected failure: ${(e as Error)?.message ?? String(e)}`);
  } finally {
    deadline.clear();
    setWarningSink(undefined);
  }
}


export { newRunReport, type RunReport, type SignedEntry } from './run-report.ts';
export type { GateResult } from './report.ts';
