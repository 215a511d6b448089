/** `signet lookaside serve`: publish a file:// lookaside tree read-only over HTTP. */
import { stat } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { createLookasideServer, SignetError, usageError } from '@signet/core';
import { stderrLogger } from '../context.ts';

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return n;
}

export function registerLookaside(program: Command): void {
  const lookaside = program.command('lookaside').summary('work with containers/image lookaside signature stores');
  lookaside
    .command('serve')
    .summary('serve a lookaside directory read-only over HTTP (GET/HEAD)')
    .description(
      'Publishes DIR (as written by `signet sign --sign-by … --lookaside file://DIR`) at\n' +
        'http://HOST:PORT/, the layout CRI-O and podman read. For tests and small setups; put a\n' +
        'real web server in front of it for production. Runs until interrupted.',
    )
    .requiredOption('--dir <dir>', 'the lookaside directory')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (flags: { dir: string; port: number; host: string }) => {
      const info = await stat(flags.dir).catch(() => undefined);
      if (!info?.isDirectory()) throw usageError(`${flags.dir} is not a directory`, 'pass --dir with the lookaside directory');
      const server = createLookasideServer(flags.dir);
      await new Promise<void>((resolve, reject) => {
        server.once('error', (e: NodeJS.ErrnoException) =>
          reject(new SignetError(e.code === 'EADDRINUSE' || e.code === 'EACCES' ? 'usage' : 'io', `cannot listen on ${flags.host}:${flags.port}: ${e.code ?? e.message}`, { hint: 'pick another --port' })),
        );
        server.listen(flags.port, flags.host, () => resolve());
      });
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : flags.port;
      const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      // Tests and scripts read this line to learn the port when --port 0 was given.
      stderrLogger.info(`serving ${flags.dir} read-only at http://${host}:${port}/`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
