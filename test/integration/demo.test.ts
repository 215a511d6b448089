/**
 * The README's first command: `bash scripts/demo.sh` signs and verifies an image in an OCI
 * layout with a generated key and prints an admission policy for that key. It must keep working.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { run } from '../support/cli.ts';

const DEMO = fileURLToPath(new URL('../../scripts/demo.sh', import.meta.url));

test('scripts/demo.sh: sign, verify, triangulate and a Kyverno policy for the same key', async () => {
  const res = await run('bash', [DEMO], { env: { ...process.env, CI: 'true' } });
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stderr, /Demo finished: signed and verified oci:.*@sha256:[0-9a-f]{64}/);
  const verified = res.stdout.split('\n').find((l) => l.startsWith('[{'));
  assert.ok(verified, `cosign-shaped JSON on stdout:\n${res.stdout}`);
  const [payload] = JSON.parse(verified) as { critical: { image: { 'docker-manifest-digest': string }; type: string } }[];
  assert.equal(payload?.critical.type, 'cosign container image signature');
  const policy = res.stdout.slice(res.stdout.indexOf('apiVersion: kyverno.io/v1'));
  assert.match(policy, /^apiVersion: kyverno\.io\/v1\nkind: ClusterPolicy\n/);
  assert.match(policy, /imageReferences:\n\s+- registry\.example\.com\/demo\/\*\n/);
  assert.match(policy, /publicKeys: \|\n\s+-----BEGIN PUBLIC KEY-----\n/);
});
