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

/** A repository whose Referrers API indexes every manifest with a subject; `confirms` = sends OCI-Subject. */
function apiRepository(confirms: boolean): { repo: MemoryRepository; probes: () => number } {
  const repo = new MemoryRepository();
  const indexed: Descriptor[] = [];
  let probes = 0;
  const put = repo.putManifest.bind(repo);
  repo.putManifest = async (ref, bytes, mediaType, options) => {
    const digest = await put(ref, bytes, mediaType, options);
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { subject?: Descriptor; artifactType?: string };
    if (doc.subject) indexed.push({ mediaType, digest, size: bytes.byteLength, ...(doc.artifactType ? { artifactType: doc.artifactType } : {}) });
    return digest;
  };
  Object.assign(repo, {
    referrers: async () => {
      probes++;
      return indexed;
    },
    putReferrer: async (digest: string, bytes: Uint8Array, mediaType: string, subjectDigest: string) => {
      await repo.putManifest(digest, bytes, mediaType);
      return confirms && subjectDigest === subject.digest;
    },
  });
  return { repo, probes: () => probes };
}

test('Referrers API confirmed by OCI-Subject: no fallback tag written, no referrers query needed', async () => {
  const { repo, probes } = apiRepository(true);
  const store = new BundleReferrerStore(repo);
  await store.publish(subject, signedBundle());
  assert.equal(await repo.getManifest(referrersTag(subject.digest)), undefined);
  assert.equal(probes(), 0, 'publishing asked nothing more than the PUT');
  const list = await store.list(subject.digest, MediaTypes.sigstoreBundle);
  assert.equal(list.viaApi, true);
  assert.equal(list.entries.length, 1);
  assert.ok((await store.load(subject.digest, list.entries))[0]?.bundle);
});

test('Referrers API without OCI-Subject on the PUT: the fallback tag is kept too, as the spec requires', async () => {
  const { repo } = apiRepository(false);
  const store = new BundleReferrerStore(repo);
  await store.publish(subject, signedBundle());
  const fallback = await repo.getManifest(referrersTag(subject.digest));
  assert.ok(fallback, 'fallback index written');
  assert.equal(parseReferrersIndex(fallback.bytes, 'test').length, 1);
  const list = await store.list(subject.digest, MediaTypes.sigstoreBundle);
  assert.equal(list.viaApi, true, 'readers still prefer the API');
  assert.equal(list.entries.length, 1);
});

test('an API entry typed with the empty config media type (pre-1.1 registries) is still loaded and checked', async () => {
  const { repo } = apiRepository(true);
  const store = new BundleReferrerStore(repo);
  await store.publish(subject, signedBundle());
  const [real] = (await store.list(subject.digest)).entries;
  // What go-containerregistry's registry answers: config.mediaType in place of artifactType.
  Object.assign(repo, {
    referrers: async () => [
      { ...real!, artifactType: MediaTypes.ociEmpty },
      { mediaType: MediaTypes.ociManifest, digest: `sha256:${'9'.repeat(64)}`, size: 1, artifactType: 'application/spdx+json' },
    ],
  });
  const list = await store.list(subject.digest, MediaTypes.sigstoreBundle);
  assert.deepEqual(list.entries.map((e) => e.digest), [real!.digest], 'another artifact type is still filtered out');
  assert.ok((await store.load(subject.digest, list.entries))[0]?.bundle);
});

test('a referrer refused while the registry links its blobs is sent again; other refusals are not', async () => {
  const { SignetError } = await import('../../errors.ts');
  const linking = (code: string) => new SignetError('remote', `write manifest: HTTP 400 (${code})`, { serverCode: code, status: 400 });
  class LinkingRepository extends MemoryRepository {
    refusals: string[] = [];
    override async putManifest(tagOrDigest: string, bytes: Uint8Array, mediaType: string): Promise<string> {
      const code = this.refusals.shift();
      if (code) throw linking(code);
      return super.putManifest(tagOrDigest, bytes, mediaType);
    }
  }
  const repo = new LinkingRepository();
  repo.refusals = ['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'];
  const result = await new BundleReferrerStore(repo).publish(subject, signedBundle(), { settleMs: 0 });
  assert.equal(result.appended, true);
  assert.equal(repo.refusals.length, 0, 'both transient refusals were retried');

  const denied = new LinkingRepository();
  denied.refusals = ['DENIED'];
  await assert.rejects(new BundleReferrerStore(denied).publish(subject, signedBundle(), { settleMs: 0 }), /DENIED/);
});
