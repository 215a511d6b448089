/** Each Action's README has the input and output tables of its action.yml (scripts/release/action-readmes.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { run } from '../support/cli.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/release/action-readmes.ts', import.meta.url));

test('the Action READMEs list exactly the inputs and outputs their action.yml declare', async () => {
  const r = await run(process.execPath, [SCRIPT, '--check']);
  assert.equal(r.code, 0, `${r.stderr}(a README is stale: run node scripts/release/action-readmes.ts)`);
});
