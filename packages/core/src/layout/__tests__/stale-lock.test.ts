/**
 * A killed run's index.json.lock in an oci: layout: broken at once when its owner is gone (with
 * a warning naming it), waited for (bounded, the error naming the holder) while it runs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { OciLayout } from '../index.ts';
import { acquireLock } from '../lock-file.ts';
import { MediaTypes } from '../../oci/types.ts';
import type { Logger } from '../../log.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-lock-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => undefined, info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`) };
}

const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociManifest, config: {}, layers: [] }));

test('a lock left by a process that no longer runs is broken at once and reported', async () => {
  // A real process that has exited: its pid is the lock's owner.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
  const path = join(dir, 'killed');
  const logger = recorder();
  const layout = await OciLayout.open(path, { create: true, logger });
  await writeFile(join(path, 'index.json.lock'), JSON.stringify({ host: hostname(), pid: Number(dead), start: '1', created: '2026-01-01T00:00:00Z' }));
  await layout.putManifest('v1', manifest, MediaTypes.ociManifest);
  assert.equal((await layout.resolve('v1'))?.size, manifest.length);
  assert.ok(logger.lines.some((l) => l.startsWith('warn: ') && l.includes(`pid ${dead}`) && /no longer running/.test(l)), logger.lines.join('\n'));
});

test('a lock naming no owner is broken once older than 30 s (said), as before', async () => {
  const path = join(dir, 'old-format');
  const logger = recorder();
  const layout = await OciLayout.open(path, { create: true, logger });
  const lock = join(path, 'index.json.lock');
  await writeFile(lock, '');
  const past = new Date(Date.now() - 120_000);
  await utimes(lock, past, past);
  await layout.putManifest('v1', manifest, MediaTypes.ociManifest);
  assert.ok(logger.lines.some((l) => /removed the lock .* naming no owner/.test(l)), logger.lines.join('\n'));
});

test('a lock held by a running process is waited for, bounded, and the error names the holder', async () => {
  const lock = join(dir, 'held.lock');
  const release = await acquireLock(lock, { logger: recorder(), what: 'x' });
  try {
    await assert.rejects(acquireLock(lock, { logger: recorder(), what: 'x', waitMs: 300 }), new RegExp(`timed out waiting for .*held\\.lock, held by pid ${process.pid} on `));
  } finally {
    await release();
  }
  const again = await acquireLock(lock, { logger: recorder(), what: 'x' });
  await again();
});
