import type { Command } from 'commander';
import { buildInfo } from '../build-info.ts';

/** cosign's `version [--json]`: what build this is, for bug reports and release checks. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .summary('print the version, commit, build date, Node and platform')
    .description('Prints which build of signet this is: version, git commit, build date, the artifact (npm, binary, image, bundle or source), the Node.js version and the platform.')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => {
      const info = buildInfo();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
        return;
      }
      const rows: [string, string][] = [
        ['Version', info.version], ['Commit', info.commit], ['BuildDate', info.date], ['Artifact', info.artifact],
        ['Node', info.node], ['Platform', `${info.platform}/${info.arch}`],
      ];
      const width = Math.max(...rows.map(([k]) => k.length)) + 2;
      process.stdout.write(rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}\n`).join(''));
    });
}
