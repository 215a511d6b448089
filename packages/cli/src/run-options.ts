/**
 * Options for the whole run, cosign's persistent flags: `-d/--verbose`, `-t/--timeout` (the
 * whole command, as cosign's), `-q/--quiet`. Given before or after the command name.
 */
import { Option, type Command } from 'commander';
import { SignetError } from '@signet/core';
import { parseDuration } from './context.ts';
import { setQuiet, setVerbose } from './verbosity.ts';

export function addRunOptions(program: Command): Command {
  return program
    .addOption(new Option('-d, --verbose', 'print debug lines (requests retried, signature set reads and writes); as SIGNET_DEBUG=1'))
    .addOption(new Option('-t, --timeout <duration>', 'give up on the whole command after this long (e.g. 3m, 90s): exit 3').argParser(parseDuration))
    .addOption(new Option('-q, --quiet', 'print only results, warnings and errors (no per-image check lists)'));
}

export interface RunDeadline {
  /** Rejects when the deadline passes; never settles otherwise. */
  expired: Promise<never>;
  /** Whether the command was cut short. */
  readonly timedOut: boolean;
  clear(): void;
}

/** Applies the run options before the command's action and arms the --timeout deadline. */
export function applyRunOptions(program: Command, onDeadline: (ms: number) => void): void {
  program.hook('preAction', () => {
    const o = program.opts<{ verbose?: boolean; timeout?: number; quiet?: boolean }>();
    setVerbose(Boolean(o.verbose));
    setQuiet(Boolean(o.quiet));
    if (o.timeout !== undefined) onDeadline(o.timeout);
  });
}

export function createDeadline(): RunDeadline & { arm(ms: number): void } {
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let reject: (e: unknown) => void = () => undefined;
  const expired = new Promise<never>((_, r) => (reject = r));
  expired.catch(() => undefined);
  return {
    expired,
    get timedOut() {
      return timedOut;
    },
    arm(ms) {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new SignetError('remote', `the command did not finish within ${ms / 1000} s (-t/--timeout)`, { hint: 'raise --timeout, or check the registry and network' }));
      }, ms);
      timer.unref();
    },
    clear() {
      if (timer) clearTimeout(timer);
    },
  };
}
