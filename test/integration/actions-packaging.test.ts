/**
 * What ships with the actions: the committed bundles are what the sources build to, the
 * metadata runs on node24, and every example workflow only uses inputs the actions declare.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run } from '../support/cli.ts';
import { ACTIONS_DIR } from '../support/action-runner.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples', 'github');
const NCC = join(ROOT, 'node_modules', '.bin', 'ncc');

interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

async function metadata(action: string): Promise<ActionMetadata> {
  return parse(await readFile(join(ACTIONS_DIR, action, 'action.yml'), 'utf8')) as ActionMetadata;
}

for (const action of ['sign', 'verify', 'setup']) {
  test(`actions/${action}/dist is what actions/${action}/src builds to (run \`pnpm bundle:actions\` and commit)`, async () => {
    const out = await mkdtemp(join(tmpdir(), `signet-ncc-${action}-`));
    try {
      // Same command as `pnpm bundle:actions` (package.json).
      const built = await run(NCC, ['build', join(ACTIONS_DIR, action, 'src', 'index.ts'), '-o', out, '-m', '-q'], { cwd: ROOT });
      assert.equal(built.code, 0, built.stderr);
      const committed = join(ACTIONS_DIR, action, 'dist');
      const files = (await readdir(out)).sort();
      assert.deepEqual((await readdir(committed)).sort(), files, 'the same files');
      for (const file of files) {
        const same = (await readFile(join(out, file))).equals(await readFile(join(committed, file)));
        assert.ok(same, `dist/${file} is stale`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
}

test('action metadata: node24, the bundled entry, outputs the code sets', async () => {
  const sign = await metadata('sign');
  const verify = await metadata('verify');
  const setup = await metadata('setup');
  for (const m of [sign, verify, setup]) assert.deepEqual(m.runs, { using: 'node24', main: 'dist/index.js' });
  assert.deepEqual(Object.keys(setup.outputs).sort(), ['cache-hit', 'path', 'version']);
  const setupSource = await readFile(join(ACTIONS_DIR, 'setup', 'src', 'main.ts'), 'utf8');
  assert.deepEqual([...setupSource.matchAll(/getInput\('([a-z-]+)'/g)].map((x) => x[1]).sort(), Object.keys(setup.inputs).sort(), 'setup: inputs read vs declared');
  assert.deepEqual([...setupSource.matchAll(/setOutput\('([a-z-]+)'/g)].map((x) => x[1]).sort(), Object.keys(setup.outputs).sort(), 'setup: outputs set vs declared');
  assert.deepEqual(Object.keys(sign.outputs).sort(), ['signatures', 'signed-digests']);
  assert.deepEqual(Object.keys(verify.outputs).sort(), ['result', 'verified']);
  // Every input the code reads is declared, and every declared input is read.
  for (const [action, m] of [['sign', sign], ['verify', verify]] as const) {
    const sources = (await Promise.all([join(ACTIONS_DIR, action, 'src', 'main.ts'), join(ACTIONS_DIR, 'common', 'inputs.ts'), join(ACTIONS_DIR, 'common', 'secrets.ts')].map((f) => readFile(f, 'utf8')))).join('\n');
    const read = new Set([...sources.matchAll(/(?:getInput|boolInput|listInput|keyValueInput|secretToEnv)\('([a-z-]+)'/g), ...sources.matchAll(/\['([a-z-]+)', '--[a-z-]+'\]/g)].map((x) => x[1]!));
    if (/imagesInput\(\)/.test(sources)) for (const i of ['images', 'image', 'digest']) read.add(i);
    assert.deepEqual([...read].sort(), Object.keys(m.inputs).sort(), `${action}: inputs read vs declared`);
  }
});

test('example workflows use the actions with declared inputs only', async () => {
  const actions = { sign: await metadata('sign'), verify: await metadata('verify') };
  const files = (await readdir(EXAMPLES)).filter((f) => f.endsWith('.yml'));
  assert.ok(files.length >= 4, 'build-push, Vault, verify gate and GPG examples');
  let uses = 0;
  for (const file of files) {
    const workflow = parse(await readFile(join(EXAMPLES, file), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        const m = /\/actions\/(sign|verify)@/.exec(step.uses ?? '');
        if (!m) continue;
        uses++;
        const declared = actions[m[1] as 'sign' | 'verify'].inputs;
        for (const input of Object.keys(step.with ?? {})) assert.ok(input in declared, `${file}: ${m[1]} has no input "${input}"`);
        const given = new Set(Object.keys(step.with ?? {}));
        assert.ok(given.has('images') || (given.has('image') && given.has('digest')), `${file}: names the images to ${m[1]}`);
        if (m[1] === 'sign') assert.ok(given.has('key') || given.has('sign-by'), `${file}: a key or sign-by`);
      }
    }
  }
  assert.ok(uses >= 4);
});

test('the root action.yml (what GitHub Marketplace lists) is the sign Action, running its bundle', async () => {
  const rootAction = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionMetadata & { name: string; branding: unknown };
  const sign = parse(await readFile(join(ACTIONS_DIR, 'sign', 'action.yml'), 'utf8')) as ActionMetadata & { name: string; branding: unknown };
  assert.deepEqual(rootAction.runs, { using: 'node24', main: 'actions/sign/dist/index.js' });
  assert.deepEqual({ ...rootAction, runs: undefined }, { ...sign, runs: undefined });
  assert.ok((await readdir(join(ROOT, 'actions', 'sign', 'dist'))).includes('index.js'));
});
