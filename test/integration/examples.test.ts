/**
 * The checked-in generated policies of examples/ are exactly what signet generates from each
 * story's trust policy today (regenerate with the commands in examples/README.md).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signet } from '../support/cli.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)));
  return out.sort();
}

const stories: { story: string; target: string; output: string }[] = [
  { story: 'github', target: 'kyverno', output: 'kyverno-clusterpolicy.yaml' },
  { story: 'tekton', target: 'kyverno', output: 'kyverno-clusterpolicy.yaml' },
  { story: 'openshift', target: 'containers', output: 'node-config' },
];

for (const { story, target, output } of stories) {
  test(`examples/${story}: ${output} is what \`signet policy ${target} --policy trust.yaml\` generates`, async () => {
    const cwd = join(EXAMPLES, story);
    const out = await mkdtemp(join(tmpdir(), `signet-example-${story}-`));
    try {
      const generated = join(out, output);
      const r = await signet(['policy', target, '--policy', 'trust.yaml', '-o', generated], { cwd });
      assert.equal(r.code, 0, r.stderr);
      if (target === 'containers') {
        const files = await filesUnder(generated);
        assert.deepEqual(files, await filesUnder(join(cwd, output)));
        for (const f of files) assert.equal(await readFile(join(generated, f), 'utf8'), await readFile(join(cwd, output, f), 'utf8'), `${output}/${f} differs`);
      } else {
        assert.equal(await readFile(generated, 'utf8'), await readFile(join(cwd, output), 'utf8'), `${output} differs: regenerate it`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
}
