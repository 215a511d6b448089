import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { BundleReferrerStore, mergeReferrers } from '../bundle-referrers.ts';
import { buildReferrersIndex, parseReferrersIndex, referrersTag } from '../../formats/referrers.ts';
import {
  buildKeyBundle,
  buildSignStatement,
  IN_TOTO_PAYLOAD_TYPE,
  parseBundle,
  parseStatement,
  preAuthEncoding,
  publicKeyHint,
} from '../../formats/sigstore-bundle.ts';
import { signBytes, verifyBytes } from '../../keys/index.ts';
import { MediaTypes, type Descriptor } from '../../oci/types.ts';
import { MemoryRepository } from './memory-repository.ts';

const subject: Descriptor = { mediaType: MediaTypes.ociManifest, digest: `sha256:${'ab'.repeat(32)}`, size: 400 };
const entry = (n: number, annotations?: Record<string, string>): Descriptor => ({
  mediaType: MediaTypes.ociManifest,
  digest: `sha256:${n.toString(16).padStart(64, '0')}`,
  size: 800,
  artifactType: MediaTypes.sigstoreBundle,
  ...(annotations ? { annotations } : {}),
});

function signedBundle(): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const statement = buildSignStatement({ digest: subject.digest, name: 'localhost/app' });
  return buildKeyBundle(statement, signBytes(privateKey, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement)), { hint: publicKeyHint(publicKey) });
}

test('index merge keeps one entry per referrer digest, first occurrence and order kept', () => {
  const merged = mergeReferrers([entry(1, { a: '1' }), entry(2), entry(1), entry(3), entry(2, { b: '2' })]);
  assert.deepEqual(merged.map((e) => e.digest), [entry(1).digest, entry(2).digest, entry(3).digest]);
  assert.deepEqual(merged[0]?.annotations, { a: '1' });
});

test('index round trip keeps artifactType and annotations; non-index content is reported', () => {
  const bytes = buildReferrersIndex([entry(1, { 'dev.sigstore.bundle.content': 'dsse-envelope' })]);
  const [back] = parseReferrersIndex(bytes, 'here');
  assert.equal(back?.artifactType, MediaTypes.sigstoreBundle);
  assert.equal(back?.annotations?.['dev.sigstore.bundle.content'], 'dsse-envelope');
  assert.throws(() => parseReferrersIndex(new TextEncoder().encode('{"schemaVersion":2,"layers":[]}'), 'here'), /not an image index/);
});

test('bundle: DSSE signature over the PAE verifies; statement and hint as cosign v3 writes them', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const statement = buildSignStatement({ digest: subject.digest, annotations: { env: 'prod' } });
  const sig = signBytes(privateKey, preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, statement));
  const parsed = parseBundle(buildKeyBundle(statement, sig, { hint: publicKeyHint(publicKey) }));
  assert.ok(typeof parsed !== 'string', String(parsed));
  const env = parsed.content.dsseEnvelope;
  assert.ok(verifyBytes(publicKey, preAuthEncoding(env.payloadType, env.payload), env.signatures[0]!.sig));
  const st = parseStatement(env.payload);
  assert.equal(st.predicateType, 'https://sigstore.dev/cosign/sign/v1');
  assert.deepEqual(st.subject[0]?.digest, { sha256: 'ab'.repeat(32) });
  assert.deepEqual(st.subject[0]?.annotations, { env: 'prod' });
  assert.equal(parsed.verificationMaterial.content.$case, 'publicKey');
  assert.equal(parsed.verificationMaterial.tlogEntries.length, 0);
  assert.match(parseBundle(new TextEncoder().encode('{"mediaType":"x"}')) as string, /not a valid sigstore bundle/);
});

test('fallback index: publish adds a referrer and keeps existing entries', async () => {
  const repo = new MemoryRepository();
  await repo.putManifest(referrersTag(subject.digest), buildReferrersIndex([entry(7)]), MediaTypes.ociIndex);
  const store = new BundleReferrerStore(repo);
  const result = await store.publish(subject, signedBundle(), { settleMs: 0 });
  assert.equal(result.appended, true);
  const list = await store.list(subject.digest, MediaTypes.sigstoreBundle);
  assert.equal(list.viaApi, false);
  assert.equal(list.entries.length, 2);
  const loaded = await store.load(subject.digest, list.entries);
  assert.equal(loaded.filter((b) => b.bundle).length, 1, 'ours loads');
  assert.match(loaded.find((b) => !b.bundle)?.problem ?? '', /does not exist/);
});

test('fallback index: a stale concurrent write that drops our referrer is detected and merged again', async () => {
  const repo = new MemoryRepository();
  const store = new BundleReferrerStore(repo);
  const tag = referrersTag(subject.digest);
  let clobbered = false;
  const put = repo.putManifest.bind(repo);
  repo.putManifest = async (ref, bytes, mediaType, options) => {
    const digest = await put(ref, bytes, mediaType, options);
    if (ref === tag && !clobbered) {
      clobbered = true;
      // Another writer that read the empty index before our write lands its own entry only.
      await put(tag, buildReferrersIndex([entry(9)]), MediaTypes.ociIndex);
    }
    return digest;
  };
  await store.publish(subject, signedBundle(), { settleMs: 20 });
  const entries = (await store.list(subject.digest)).entries;
  assert.equal(entries.length, 2, 'both referrers present');
  assert.ok(entries.some((e) => e.digest === entry(9).digest));
});

test('Referrers API: the registry indexes the referrer, no fallback tag is written', async () => {
  const repo = new MemoryRepository();
  const indexed: Descriptor[] = [];
  const put = repo.putManifest.bind(repo);
  repo.putManifest = async (ref, bytes, mediaType, options) => {
    const digest = await put(ref, bytes, mediaType, options);
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { subject?: Descriptor; artifactType?: string };
    if (doc.subject) indexed.push({ mediaType, digest, size: bytes.byteLength, ...(doc.artifactType ? { artifactType: doc.artifactType } : {}) });
    return digest;
  };
  Object.assign(repo, { referrers: async () => indexed });
  const store = new BundleReferrerStore(repo);
  await store.publish(subject, signedBundle());
  assert.equal(await repo.getManifest(referrersTag(subject.digest)), undefined);
  const list = await store.list(subject.digest, MediaTypes.sigstoreBundle);
  assert.equal(list.viaApi, true);
  assert.equal(list.entries.length, 1);
  assert.ok((await store.load(subject.digest, list.entries))[0]?.bundle);
});
