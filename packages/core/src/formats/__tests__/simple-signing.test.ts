import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCosignPayload, parseCosignPayload } from '../simple-signing.ts';
import { goJson } from '../go-json.ts';
import { buildSignatureManifest, newSignatureLayer, signatureTag } from '../signature-manifest.ts';

const digest = `sha256:${'ab'.repeat(32)}`;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

test('payload without annotations has optional null, exactly as Go marshals it', () => {
  assert.equal(
    text(buildCosignPayload({ dockerReference: 'localhost:5000/app', digest })),
    `{"critical":{"identity":{"docker-reference":"localhost:5000/app"},"image":{"docker-manifest-digest":"${digest}"},"type":"cosign container image signature"},"optional":null}`,
  );
});

test('annotations are sorted and HTML-escaped like encoding/json', () => {
  const bytes = buildCosignPayload({
    dockerReference: 'index.docker.io/library/alpine',
    digest,
    annotations: { zeta: 'a&b', alpha: '<x>', 'git-sha': '\u2028' },
  });
  assert.equal(
    text(bytes),
    `{"critical":{"identity":{"docker-reference":"index.docker.io/library/alpine"},"image":{"docker-manifest-digest":"${digest}"},"type":"cosign container image signature"},"optional":{"alpha":"\\u003cx\\u003e","git-sha":"\\u2028","zeta":"a\\u0026b"}}`,
  );
  assert.deepEqual(parseCosignPayload(bytes).optional, { alpha: '<x>', 'git-sha': '\u2028', zeta: 'a&b' });
});

test('empty annotations map marshals as null, not {}', () => {
  assert.match(text(buildCosignPayload({ dockerReference: 'r/x', digest, annotations: {} })), /"optional":null}$/);
});

test('goJson keeps struct order unless asked to sort', () => {
  assert.equal(goJson({ b: 1, a: 2 }), '{"b":1,"a":2}');
  assert.equal(goJson({ b: 1, a: 2 }, { sortKeys: true }), '{"a":2,"b":1}');
});

test('parseCosignPayload rejects wrong types, missing fields, bad digests and non-JSON', () => {
  const ok = JSON.parse(text(buildCosignPayload({ dockerReference: 'r/x', digest })));
  const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
  assert.throws(() => parseCosignPayload(enc({ ...ok, critical: { ...ok.critical, type: 'atomic container signature' } })), /type/);
  assert.throws(() => parseCosignPayload(enc({ critical: { type: ok.critical.type } })), /lacks/);
  assert.throws(
    () => parseCosignPayload(enc({ ...ok, critical: { ...ok.critical, image: { 'docker-manifest-digest': 'sha256:zz' } } })),
    /invalid digest/,
  );
  assert.throws(() => parseCosignPayload(new TextEncoder().encode('{not json')), /not valid JSON/);
  assert.equal(parseCosignPayload(enc(ok)).critical.identity['docker-reference'], 'r/x');
});

test('signature tag and manifest follow cosign\'s layout', () => {
  assert.equal(signatureTag(digest), `sha256-${'ab'.repeat(32)}.sig`);
  const payload = buildCosignPayload({ dockerReference: 'r/x', digest });
  const layer = newSignatureLayer(payload, { 'dev.cosignproject.cosign/signature': 'c2ln' });
  const built = buildSignatureManifest([layer.descriptor]);
  const manifest = JSON.parse(text(built.manifest));
  assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json');
  assert.equal(manifest.config.digest, built.configDigest);
  assert.equal(manifest.layers[0].mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json');
  assert.equal(manifest.layers[0].size, payload.byteLength);
  assert.deepEqual(manifest.layers[0].annotations, { 'dev.cosignproject.cosign/signature': 'c2ln' });
  // The config is constant so appends can skip uploading it (docs/decisions.md).
  assert.deepEqual(JSON.parse(text(built.config)).rootfs, { type: 'layers', diff_ids: [] });
  const second = buildSignatureManifest([layer.descriptor, { ...layer.descriptor, annotations: { 'dev.cosignproject.cosign/signature': 'b3RoZXI=' } }]);
  assert.equal(second.configDigest, built.configDigest);
  assert.equal(JSON.parse(text(second.manifest)).layers.length, 2);
});

test('payloads that two verifiers would read differently are refused', async () => {
  const { parseAtomicPayload } = await import('../simple-signing.ts');
  const other = `sha256:${'cd'.repeat(32)}`;
  const cosignish = (image: string, optional = 'null') => new TextEncoder().encode(`{"critical":{"identity":{"docker-reference":"r.example/app"},"image":${image},"type":"cosign container image signature"},"optional":${optional}}`);
  // Go matches struct fields case-insensitively (and folds ſ and the Kelvin sign): cosign would read the second.
  for (const second of ['Docker-Manifest-Digest', 'docker-manifeſt-digeſt', 'docker-manifest-digest']) {
    assert.throws(() => parseCosignPayload(cosignish(`{"docker-manifest-digest":"${digest}","${second}":"${other}"}`)), new RegExp(`repeats the key "critical\\.image\\.${second}"`));
  }
  assert.throws(() => parseCosignPayload(new TextEncoder().encode(`{"critical":{},"Critical":{}}`)), /repeats the key "Critical"/);
  // `optional` is a map in cosign: keys differing in case are two annotations there too.
  assert.deepEqual(parseCosignPayload(cosignish(`{"docker-manifest-digest":"${digest}"}`, '{"a":"1","A":"2"}')).optional, { a: '1', A: '2' });
  assert.throws(() => parseCosignPayload(cosignish(`{"docker-manifest-digest":"${digest}"}`, '{"a":"1","a":"2"}')), /repeats the key "optional\.a"/);
  // A key spelled with escapes is the same key.
  assert.throws(() => parseCosignPayload(cosignish(`{"docker-manifest-digest":"${digest}","docker-manifest-\\u0064igest":"${other}"}`)), /repeats the key/);
  const bom = (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);
  assert.throws(() => parseCosignPayload(bom(buildCosignPayload({ dockerReference: 'r.example/app', digest }))), /byte-order mark/);
  const atomic = `{"critical":{"identity":{"docker-reference":"r.example/app:v1"},"image":{"docker-manifest-digest":"${other}","docker-manifest-digest":"${digest}"},"type":"atomic container signature"},"optional":{}}`;
  assert.throws(() => parseAtomicPayload(new TextEncoder().encode(atomic)), /repeats the key "critical\.image\.docker-manifest-digest"/);
  const good = `{"critical":{"identity":{"docker-reference":"r.example/app:v1"},"image":{"docker-manifest-digest":"${digest}"},"type":"atomic container signature"},"optional":{}}`;
  assert.equal(parseAtomicPayload(new TextEncoder().encode(good)).digest, digest);
  assert.throws(() => parseAtomicPayload(bom(new TextEncoder().encode(good))), /byte-order mark/);
  // Strings containing braces, quotes and colons are not keys.
  const tricky = cosignish(`{"docker-manifest-digest":"${digest}"}`, '{"x":"{\\"docker-manifest-digest\\":1}","y":"a:b"}');
  assert.equal(parseCosignPayload(tricky).critical.image['docker-manifest-digest'], digest);
});
