/**
 * Runs a GitHub Action's bundled entry the way the runner does: a fresh `node` process with
 * INPUT_* variables (named as the runner names them: upper case, spaces to underscores,
 * hyphens kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, a RUNNER_TEMP, and
 * the github context variables.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type RunResult } from './cli.ts';

export const ACTIONS_DIR = fileURLToPath(new URL('../../actions/', import.meta.url));

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
  /** Files left in RUNNER_TEMP after the step. */
  tempFiles: string[];
}

/** Reads the `name<<DELIMITER\nvalue\nDELIMITER` records @actions/core writes. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name!] = value.join('\n');
  }
  return out;
}

export const GITHUB_CONTEXT = {
  GITHUB_REPOSITORY: 'example-org/app',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW: 'release',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_ACTIONS: 'true',
};

export async function runAction(action: 'sign' | 'verify', inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), `signet-action-${action}-`));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_ENV: join(dir, 'env') };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  const runnerTemp = await mkdtemp(join(dir, 'runner-temp-'));
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const result = await run(process.execPath, [join(ACTIONS_DIR, action, 'dist', 'index.js')], {
    env: { ...GITHUB_CONTEXT, ...files, RUNNER_TEMP: runnerTemp, ...env, ...inputEnv },
  });
  return {
    ...result,
    outputs: parseCommandFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    tempFiles: await readdir(runnerTemp),
  };
}

/** Secrets may appear only in the `::add-mask::` commands that tell the runner to hide them. */
export function assertNoSecret(result: RunResult, secrets: readonly string[]): string | undefined {
  const visible = (result.stdout + result.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of secrets) {
    for (const part of [secret, ...secret.split('\n').filter((l) => l.trim().length >= 8 && !l.startsWith('-----'))]) {
      if (visible.includes(part)) return part;
    }
  }
  return undefined;
}
