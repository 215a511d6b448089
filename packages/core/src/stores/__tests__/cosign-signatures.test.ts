import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { CosignSignatureStore } from '../cosign-signatures.ts';
import { buildCosignPayload } from '../../formats/simple-signing.ts';
import { signBytes, verifyBytes } from '../../keys/index.ts';
import { MemoryRepository } from './memory-repository.ts';
import { StaleWriteError } from '../../oci/stale-write.ts';

const digest = `sha256:${'cd'.repeat(32)}`;
const payload = buildCosignPayload({ dockerReference: 'localhost:5000/app', digest });

function keyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

async function appendSigned(store: CosignSignatureStore, key: ReturnType<typeof keyPair>, extra: Record<string, string> = {}) {
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  return store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig, ...extra }, (existing) =>
    verifyBytes(key.publicKey, existing.payload, existing.signature),
    { settleMs: 1 }, // the confirmation wait itself is exercised by the race tests below
  );
}

test('first append creates the .sig manifest with one layer', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const result = await appendSigned(store, keyPair());
  assert.equal(result.appended, true);
  assert.equal(result.location, `memory/test:sha256-${'cd'.repeat(32)}.sig`);
  const set = await store.read(digest);
  assert.equal(set.layers.length, 1);
  const [loaded] = await store.load(set);
  assert.deepEqual(loaded?.payload, payload);
});

test('same signer and payload is not appended twice (even with a fresh randomized ECDSA signature)', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const key = keyPair();
  await appendSigned(store, key);
  const again = await appendSigned(store, key);
  assert.equal(again.appended, false);
  assert.equal(repo.puts, 1);
  assert.equal((await store.read(digest)).layers.length, 1);
});

test('another signer is appended and the first signature is kept byte for byte', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  await appendSigned(store, keyPair());
  const before = (await store.read(digest)).layers[0];
  const second = await appendSigned(store, keyPair());
  assert.equal(second.appended, true);
  const after = await store.read(digest);
  assert.equal(after.layers.length, 2);
  assert.deepEqual(after.layers[0], before);
});

test('same signer with different annotations (e.g. a certificate) is a new signature', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const key = keyPair();
  await appendSigned(store, key);
  const withCert = await appendSigned(store, key, { 'dev.sigstore.cosign/certificate': 'PEM' });
  assert.equal(withCert.appended, true);
  assert.equal((await store.read(digest)).layers.length, 2);
});

test('a .sig tag holding something that is not a manifest is reported, not overwritten', async () => {
  const repo = new MemoryRepository();
  await repo.putManifest(`sha256-${'cd'.repeat(32)}.sig`, new TextEncoder().encode('garbage'), 'application/octet-stream');
  const store = new CosignSignatureStore(repo);
  await assert.rejects(appendSigned(store, keyPair()), /not valid JSON/);
  assert.equal(repo.puts, 1);
});

test('a stale concurrent write that drops our layer is detected and merged again', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const first = keyPair();
  await appendSigned(store, first);
  const tag = `sha256-${'cd'.repeat(32)}.sig`;
  const staleSnapshot = repo.manifests.get(tag)!; // what a slow concurrent writer read
  const realPut = repo.putManifest.bind(repo);
  let clobbered = false;
  repo.putManifest = async (t, bytes, mediaType) => {
    const digest = await realPut(t, bytes, mediaType);
    if (!clobbered) {
      clobbered = true; // the other writer's PUT, based on its stale read, lands after ours
      repo.manifests.set(tag, staleSnapshot);
    }
    return digest;
  };
  const conflicts: number[] = [];
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const result = await store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
    settleMs: 5,
    onConflict: (n) => conflicts.push(n),
  });
  assert.equal(result.appended, true);
  assert.deepEqual(conflicts, [1]);
  const layers = (await store.read(digest)).layers;
  assert.equal(layers.length, 2, 'both the earlier and the new signature are present');
});

test('gives up with a clear error when every write is undone', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const realPut = repo.putManifest.bind(repo);
  repo.putManifest = async (t, bytes, mediaType) => {
    const d = await realPut(t, bytes, mediaType);
    repo.manifests.delete(t);
    return d;
  };
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  await assert.rejects(
    store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, { settleMs: 1, maxAttempts: 3 }),
    /could not append a signature .* after 3 attempts/,
  );
});

test('a write whose read is older than the window is never sent, even as a retry', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const realGet = repo.getManifest.bind(repo);
  repo.getManifest = async (t) => {
    await new Promise((r) => setTimeout(r, 30)); // a read slower than the window
    return realGet(t);
  };
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const conflicts: number[] = [];
  await assert.rejects(
    store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
      windowBoundMs: 10,
      maxAttempts: 3,
      onConflict: (n) => conflicts.push(n),
    }),
    /after 3 attempts/,
  );
  assert.equal(repo.puts, 0, 'no manifest was written from a stale read');
  assert.deepEqual(conflicts, [1, 2, 3]);
});

test('a writer stalled between its read and its PUT never sends the PUT late', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const realPut = repo.putManifest.bind(repo);
  repo.putManifest = async (...args: Parameters<typeof realPut>) => {
    await new Promise((r) => setTimeout(r, 30)); // a stalled writer (or a retry after a backoff)
    return realPut(...args);
  };
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const conflicts: number[] = [];
  await assert.rejects(
    store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
      windowBoundMs: 10,
      maxAttempts: 3,
      onConflict: (n) => conflicts.push(n),
    }),
    /after 3 attempts/,
  );
  assert.equal(repo.puts, 0, 'no manifest was written from a stale read');
  assert.deepEqual(conflicts, [1, 2, 3]);
});

test('a deferred confirmation detects a later clobber and merges again', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const first = keyPair();
  await appendSigned(store, first);
  const tag = `sha256-${'cd'.repeat(32)}.sig`;
  const before = repo.manifests.get(tag)!;
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const pending = await store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
    deferConfirm: true,
    settleMs: 5,
  });
  assert.ok(pending.confirm, 'the confirmation is handed back');
  assert.equal((await store.read(digest)).layers.length, 2);
  repo.manifests.set(tag, before); // a stale writer lands after our write
  const confirmed = await pending.confirm();
  assert.equal(confirmed.appended, true);
  assert.equal((await store.read(digest)).layers.length, 2, 'merged again after the clobber');
});

test("a stale write that drops another signer's layer after our write is repaired by our confirmation", async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  await appendSigned(store, keyPair()); // signer X, already confirmed and gone
  const tag = `sha256-${'cd'.repeat(32)}.sig`;
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const logged: string[] = [];
  const pending = await store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
    deferConfirm: true,
    settleMs: 5,
    logger: { debug: (m) => logged.push(m), info() {}, warn() {} },
  });
  // A writer that read nothing (before X) lands late: only its own layer remains.
  const other = keyPair();
  const otherRepo = new MemoryRepository();
  for (const [d, b] of repo.blobs) otherRepo.blobs.set(d, b);
  await appendSigned(new CosignSignatureStore(otherRepo), other);
  const lateManifest = otherRepo.manifests.get(tag)!;
  repo.manifests.set(tag, lateManifest);
  assert.equal((await store.read(digest)).layers.length, 1);

  const confirmed = await pending.confirm!();
  assert.equal(confirmed.appended, true);
  const layers = (await store.read(digest)).layers;
  assert.equal(layers.length, 3, "X's layer, ours and the late writer's");
  assert.ok(logged.some((m) => /restoring 2 signature\(s\) a concurrent writer dropped/.test(m)), logged.join('\n'));
});

test('an equivalent signature already present with nothing to restore writes nothing', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const key = keyPair();
  await appendSigned(store, key);
  await appendSigned(store, keyPair());
  const puts = repo.puts;
  const again = await appendSigned(store, key);
  assert.equal(again.appended, false);
  assert.equal(repo.puts, puts);
});

test('the repair made by a deferred confirmation is itself confirmed before it returns', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  await appendSigned(store, keyPair());
  const tag = `sha256-${'cd'.repeat(32)}.sig`;
  const stale = repo.manifests.get(tag)!;
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const pending = await store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, {
    deferConfirm: true,
    settleMs: 5,
  });
  // Every write of ours is undone once by a stale writer, the repair included.
  const realPut = repo.putManifest.bind(repo);
  repo.putManifest = async (t, bytes, mediaType, options) => {
    const d = await realPut(t, bytes, mediaType, options);
    setTimeout(() => repo.manifests.set(tag, stale), 1);
    repo.putManifest = realPut;
    return d;
  };
  repo.manifests.set(tag, stale);
  const confirmed = await pending.confirm!();
  assert.equal(confirmed.confirm, undefined, 'nothing left for the caller to confirm');
  assert.equal((await store.read(digest)).layers.length, 2, 'our signature survived the clobber of its repair');
});

test('a PUT that landed but whose retry was too late to send still counts as added by us', async () => {
  const repo = new MemoryRepository();
  const store = new CosignSignatureStore(repo);
  const realPut = repo.putManifest.bind(repo);
  let calls = 0;
  repo.putManifest = async (...args: Parameters<typeof realPut>) => {
    const digestWritten = await realPut(...args);
    // The registry applied the first PUT, its answer was lost, and the retry was past the window.
    if (++calls === 1) throw new StaleWriteError('write after a lost answer');
    return digestWritten;
  };
  const key = keyPair();
  const sig = Buffer.from(signBytes(key.privateKey, payload)).toString('base64');
  const result = await store.append(digest, payload, { 'dev.cosignproject.cosign/signature': sig }, () => false, { settleMs: 1 });
  assert.equal(result.appended, true, 'our PUT landed: reported as added, not as already present');
  assert.equal(calls, 1, 'the re-read found our entry: no second write');
});
