/**
 * `signet generate-key-pair` writes cosign.key and cosign.pub as a pair: never a new key next to
 * an old, unmatched public key. cosign (v2.6.5) judges that the pair it leaves matches.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-keypair-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = { COSIGN_PASSWORD: 'pair' };
const PEERS = process.env.SIGNET_COSIGN ?? '';

test('an existing cosign.pub alone: nothing is written, the old file is untouched', async () => {
  const prefix = join(dir, 'pubonly');
  await writeFile(`${prefix}.pub`, 'old public key\n');
  const r = await signet(['generate-key-pair', '--output-key-prefix', prefix], { env });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /pubonly\.pub already exists; nothing was written: pass --force/);
  assert.equal(existsSync(`${prefix}.key`), false, 'a new cosign.key next to the old cosign.pub');
  assert.equal(await readFile(`${prefix}.pub`, 'utf8'), 'old public key\n');
  assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('pubonly')), ['pubonly.pub'], 'no temporary files left');
});

test('an existing cosign.key alone: refused the same way', async () => {
  const prefix = join(dir, 'keyonly');
  await writeFile(`${prefix}.key`, 'old key\n');
  const r = await signet(['generate-key-pair', '--output-key-prefix', prefix], { env });
  assert.equal(r.code, 2);
  assert.equal(existsSync(`${prefix}.pub`), false);
  assert.equal(await readFile(`${prefix}.key`, 'utf8'), 'old key\n');
});

test('--force replaces both files with a matching pair (0600 key); cosign signs with one and verifies with the other', { skip: !existsSync(PEERS) && 'cosign not built (source scripts/lib/peers.sh)' }, async () => {
  const prefix = join(dir, 'forced');
  await writeFile(`${prefix}.key`, 'old key\n');
  await writeFile(`${prefix}.pub`, 'old pub\n');
  const r = await signet(['generate-key-pair', '--force', '--output-key-prefix', prefix], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal((await stat(`${prefix}.key`)).mode & 0o777, 0o600);
  const blob = join(dir, 'blob.txt');
  await writeFile(blob, 'payload');
  const sig = await cosign(['sign-blob', '--key', `${prefix}.key`, '--tlog-upload=false', '--output-signature', join(dir, 'blob.sig'), blob], env);
  assert.equal(sig.code, 0, sig.stderr);
  const verify = await cosign(['verify-blob', '--key', `${prefix}.pub`, '--insecure-ignore-tlog=true', '--signature', join(dir, 'blob.sig'), blob], env);
  assert.equal(verify.code, 0, verify.stderr);
});
