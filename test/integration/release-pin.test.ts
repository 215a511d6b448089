/** scripts/release/pin.ts on a copy of the repository's files: every image reference users copy is pinned by digest. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { pin } from '../../scripts/release/pin.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIGEST = `sha256:${'ab'.repeat(32)}`;

test('pins the Tasks\' SIGNET_IMAGE, the READMEs and the setup default; refuses bad input', async () => {
  const root = await mkdtemp(join(tmpdir(), 'signet-pin-'));
  try {
    for (const d of ['tekton/task', 'jenkins/README.md', 'actions/setup/action.yml']) await cp(join(ROOT, d), join(root, d), { recursive: true });
    const changed = pin(root, 'v1.2.3', DIGEST);
    assert.ok(changed.length >= 4, changed.join('\n'));
    const pinned = `ghcr.io/signet-dev/signet:1.2.3@${DIGEST}`;
    for (const task of ['signet-sign', 'signet-verify']) {
      const yaml = parse(await readFile(join(root, `tekton/task/${task}/0.1/${task}.yaml`), 'utf8')) as { spec: { params: { name: string; default?: string }[] } };
      assert.equal(yaml.spec.params.find((p) => p.name === 'SIGNET_IMAGE')?.default, pinned, task);
    }
    const jenkins = await readFile(join(root, 'jenkins/README.md'), 'utf8');
    assert.ok(jenkins.includes(pinned));
    assert.doesNotMatch(jenkins, /ghcr\.io\/signet-dev\/signet:1'/);
    const setup = parse(await readFile(join(root, 'actions/setup/action.yml'), 'utf8')) as { inputs: { version: { default: string } } };
    assert.equal(setup.inputs.version.default, 'v1.2.3');
    // The same release again (a re-run, or v0.1.0 whose defaults already say so): nothing changes.
    assert.deepEqual(pin(root, 'v1.2.3', DIGEST), []);
    assert.equal(parse(await readFile(join(root, 'actions/setup/action.yml'), 'utf8')).inputs.version.default, 'v1.2.3');
    // A file that lost what is pinned has changed shape: refused, not silently skipped.
    await writeFile(join(root, 'jenkins/README.md'), 'no image here\n');
    assert.throws(() => pin(root, 'v1.2.4', DIGEST), /jenkins\/README\.md: nothing to pin/);
    assert.throws(() => pin(root, '1.2.3', DIGEST), /expected vMAJOR/);
    assert.throws(() => pin(root, 'v1.2.3', 'sha256:xyz'), /expected sha256/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
