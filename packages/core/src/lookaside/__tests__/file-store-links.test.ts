/** The file:// lookaside never follows a symbolic link inside its directory out of it. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReference } from '../../reference/index.ts';
import { FileLookasideStore } from '../file-store.ts';

const digest = `sha256:${'cd'.repeat(32)}`;
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-lookaside-links-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a symlinked directory inside the store: refused, nothing written outside', async () => {
  const root = join(dir, 'store');
  const outside = join(dir, 'outside');
  await mkdir(root);
  await mkdir(outside);
  await symlink(outside, join(root, 'team'));
  const store = new FileLookasideStore(root);
  const ref = parseReference(`registry.example.com/team/app@${digest}`);
  await assert.rejects(store.add(ref, digest, Buffer.from('sig')), /store\/team is a symbolic link inside the lookaside store .*refusing to follow it/);
  assert.deepEqual(await readdir(outside), [], 'nothing was written through the link');
  await assert.rejects(store.list(ref, digest), /symbolic link/);
});

test('a symlinked signature slot: never overwritten or read through', async () => {
  const root = join(dir, 'store2');
  const slot = join(root, `team/app@sha256=${'cd'.repeat(32)}`);
  await mkdir(slot, { recursive: true });
  const target = join(dir, 'victim');
  await writeFile(target, 'precious');
  await symlink(target, join(slot, 'signature-1'));
  const store = new FileLookasideStore(root);
  const ref = parseReference(`registry.example.com/team/app@${digest}`);
  await assert.rejects(store.list(ref, digest), /signature-1 is a symbolic link inside the lookaside store/);
  const stored = await store.add(ref, digest, Buffer.from('sig'));
  assert.equal(stored.index, 2, 'the link is left alone; the signature goes into the next free slot');
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(target, 'utf8'), 'precious');
});

test('the store directory itself may be a link (the user named it)', async () => {
  const real = join(dir, 'real');
  await mkdir(real);
  await symlink(real, join(dir, 'named'));
  const store = new FileLookasideStore(join(dir, 'named'));
  const ref = parseReference(`registry.example.com/team/app@${digest}`);
  await store.add(ref, digest, Buffer.from('sig'));
  assert.deepEqual((await store.list(ref, digest)).map((b) => Buffer.from(b).toString()), ['sig']);
  assert.deepEqual(await readdir(join(real, 'team')), [`app@sha256=${'cd'.repeat(32)}`]);
});
