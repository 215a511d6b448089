/**
 * The setup Action: installs the release binary for this runner (src/install.ts), checks that it
 * runs, puts its directory on PATH for later `run:` steps and sets the `path` and `version`
 * outputs.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as core from '@actions/core';
import { install, InstallError } from './install.ts';

async function main(): Promise<void> {
  const installed = await install({
    version: core.getInput('version', { required: true }).trim(),
    installDir: core.getInput('install-dir', { required: true }).trim(),
    releaseUrl: core.getInput('release-url', { required: true }).trim(),
    log: (line) => core.info(line),
  });
  const { stdout } = await promisify(execFile)(installed.path, ['--version'], { timeout: 60_000 });
  core.addPath(installed.dir);
  core.setOutput('path', installed.path);
  core.setOutput('version', stdout.trim());
  core.setOutput('cache-hit', String(installed.cached));
}

main().catch((e: unknown) => {
  core.setFailed(e instanceof InstallError ? e.message : `signet setup failed: ${e instanceof Error ? e.message : String(e)}`);
});
