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

const USAGE_EXIT = 2;

export function buildProgram(): Command {
  const program = new Command('signet')
    .description('Sign and verify container image digests in cosign\'s format, with the same behaviour in every CI system.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerKeys(program);
  registerSign(program);
  registerVerify(program);
  registerTriangulate(program);
  registerPolicy(program);
  registerDemo(program);
  registerLookaside(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; commander has already printed the message.
      return e.exitCode === 0 ? 0 : USAGE_EXIT;
    }
    if (isSignetError(e)) {
      process.stderr.write(`error: ${e.oneLine()}\n`);
      return e.exitCode;
    }
    process.stderr.write(`error: unexpected failure: ${(e as Error)?.stack ?? String(e)}\n`);
    return 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
