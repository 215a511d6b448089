import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyTufFailure, DEFAULT_TUF_MIRROR, tufError, tufSettings } from '../tuf.ts';
import { SignetError } from '../../errors.ts';

test('TUF settings follow cosign: TUF_MIRROR, then remote.json, then the public-good CDN; a private mirror needs a known root', async () => {
  const cache = await mkdtemp(join(tmpdir(), 'signet-tuf-settings-'));
  try {
    const env = { TUF_ROOT: cache };
    assert.deepEqual(await tufSettings(env), { cacheDir: cache, mirror: DEFAULT_TUF_MIRROR, mirrorFrom: 'default', rootFile: undefined, forceRoot: false });

    await writeFile(join(cache, 'remote.json'), JSON.stringify({ mirror: 'http://127.0.0.1:8080/' }));
    await assert.rejects(tufSettings(env), (e: SignetError) => e.exitCode === 2 && /no root\.json is known for the TUF mirror http:\/\/127\.0\.0\.1:8080 /.test(e.message) && e.code === 'tuf.unknown-root' && e.data.mirror === 'http://127.0.0.1:8080');
    // cosign initialize's cached root (sigstore-go's directory name) is used as the starting root.
    await mkdir(join(cache, '127.0.0.1-8080'));
    await writeFile(join(cache, '127.0.0.1-8080', 'root.json'), '{}');
    const fromCosign = await tufSettings(env);
    assert.equal(fromCosign.mirror, 'http://127.0.0.1:8080');
    assert.equal(fromCosign.rootFile, join(cache, '127.0.0.1-8080', 'root.json'));
    // Our own cached root wins: it is the newest verified one.
    await mkdir(join(cache, '127.0.0.1%3A8080'));
    await writeFile(join(cache, '127.0.0.1%3A8080', 'root.json'), '{}');
    assert.equal((await tufSettings(env)).rootFile, undefined);

    const pinned = await tufSettings({ ...env, TUF_MIRROR: 'https://tuf.example.com/repo', TUF_ROOT_JSON: join(cache, 'remote.json') });
    assert.deepEqual([pinned.mirror, pinned.mirrorFrom, pinned.forceRoot], ['https://tuf.example.com/repo', 'TUF_MIRROR', true]);
    await assert.rejects(tufSettings({ ...env, TUF_MIRROR: 'ftp://x' }), /TUF_MIRROR ftp:\/\/x: not an http\(s\) URL/);
    await writeFile(join(cache, 'remote.json'), '{"nope":1}');
    await assert.rejects(tufSettings(env), /remote\.json names no mirror/);
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
});

test('TUF failures are told apart through tuf-js\'s wrapped errors', () => {
  const wrap = (inner: Error, code = 'TUF_REFRESH_METADATA_ERROR') => Object.assign(new Error('error refreshing TUF metadata', { cause: inner }), { code });
  const refused = Object.assign(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }));
  assert.deepEqual(classifyTufFailure(wrap(refused)), { kind: 'unreachable', detail: 'ECONNREFUSED' });
  assert.equal(classifyTufFailure(wrap(new Error('Unable to load snapshot metadata error ExpiredMetadataError: Final timestamp.json is expired'))).detail, 'timestamp.json is expired');
  assert.equal(classifyTufFailure(wrap(new Error('timestamp was signed by 0/1 keys'))).kind, 'unsigned');
  assert.equal(classifyTufFailure(wrap(Object.assign(new Error('Failed to download'), { statusCode: 404 }))).kind, 'not-a-repository');
  assert.equal(classifyTufFailure(wrap(Object.assign(new Error('Failed to download'), { statusCode: 503 }))).kind, 'unreachable');
  assert.equal(classifyTufFailure(Object.assign(new Error('target trusted_root.json not found'), { code: 'TUF_FIND_TARGET_ERROR' })).kind, 'missing-target');
  assert.equal(classifyTufFailure(wrap(new Error('Expected hash aa but got bb'), 'TUF_DOWNLOAD_TARGET_ERROR')).kind, 'tampered-target');
  assert.deepEqual(classifyTufFailure(wrap(new Error('Max length reached'), 'TUF_DOWNLOAD_TARGET_ERROR')), { kind: 'tampered-target', detail: 'longer than its signed length' });
  assert.equal(tufError({ kind: 'unreachable', detail: 'ENOTFOUND' }, DEFAULT_TUF_MIRROR, true).exitCode, 3);
  for (const kind of ['not-a-repository', 'unsigned', 'expired', 'missing-target', 'tampered-target', 'invalid'] as const) {
    const e = tufError({ kind, detail: 'x' }, 'http://m', false);
    assert.equal(e.exitCode, 2, kind);
    assert.equal(e.oneLine().includes('\n'), false, kind);
  }
});
