/**
 * The input and output tables of each Action's README, generated from its action.yml so they
 * cannot drift from what the Action declares (test/integration/action-readmes.test.ts fails when
 * a README is stale). The tables live between `<!-- action-docs:start -->` and
 * `<!-- action-docs:end -->`; the prose around them is written by hand.
 *
 * It also writes the repository's root action.yml, the one GitHub Marketplace lists (it lists only
 * a root action.yml, docs/decisions.md): the sign Action's metadata with `runs.main` pointing at
 * actions/sign/dist, so `uses: signet-dev/signet@v0` is exactly `…/actions/sign@v0`.
 *   node scripts/release/action-readmes.ts          rewrite the tables and the root action.yml
 *   node scripts/release/action-readmes.ts --check  exit 1 when one is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTIONS = ['actions/sign', 'actions/verify', 'actions/setup'] as const;
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function tables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(String(i.default))}\``} | ${cell(i.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return [
    START,
    '### Inputs',
    '',
    '| input | required | default | description |',
    '|---|---|---|---|',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | description |',
    '|---|---|',
    ...outputs,
    END,
  ].join('\n');
}

/** The README with its tables regenerated. */
export function render(action: string): { path: string; current: string; wanted: string } {
  const path = join(ROOT, action, 'README.md');
  const current = readFileSync(path, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section`);
  const wanted = current.slice(0, start) + tables(readFileSync(join(ROOT, action, 'action.yml'), 'utf8')) + current.slice(end + END.length);
  return { path, current, wanted };
}

/** The root action.yml: the sign Action as the Marketplace lists it. */
export const ROOT_ACTION_FROM = 'actions/sign';
export function renderRootAction(): { path: string; current: string; wanted: string } {
  const path = join(ROOT, 'action.yml');
  const source = readFileSync(join(ROOT, ROOT_ACTION_FROM, 'action.yml'), 'utf8');
  const main = /^( {2}main: )dist\/index\.js$/m;
  if (!main.test(source)) throw new Error(`${ROOT_ACTION_FROM}/action.yml: no \`main: dist/index.js\` line to point at`);
  const wanted = `# Generated from ${ROOT_ACTION_FROM}/action.yml by scripts/release/action-readmes.ts: edit that file.\n`
    + `# GitHub Marketplace lists only a root action.yml; \`uses: signet-dev/signet@v0\` is the sign Action.\n`
    + source.replace(main, `$1${ROOT_ACTION_FROM}/dist/index.js`);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // not written yet
  }
  return { path, current, wanted };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, current, wanted } of [...ACTIONS.map(render), renderRootAction()]) {
    if (current === wanted) continue;
    stale++;
    if (check) process.stderr.write(`${path} is stale: run node scripts/release/action-readmes.ts\n`);
    else writeFileSync(path, wanted);
  }
  process.exitCode = check && stale ? 1 : 0;
}
