// The `signet` command. The program itself is in program.ts, which in-process callers (the
// GitHub Actions) import without running it.
import { main, timedOut } from './program.ts';

// `signet --help | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
// -t/--timeout: the work cut short may still hold sockets open; the answer is already given.
if (timedOut()) process.exit(process.exitCode);
