/**
 * Certificate material in key bundles: the shapes cosign v3.1.3 writes for `sign --key --cert`
 * (leaf alone as `certificate`; with `--cert-chain`, `x509CertificateChain` in a v0.3 bundle,
 * which @sigstore/bundle's v0.3 validation refuses and signet must still read).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKeyBundle, bundleCertificates, parseBundle } from '../sigstore-bundle.ts';

const statement = new TextEncoder().encode('{}');
const sig = new Uint8Array([1, 2, 3]);
const leaf = new Uint8Array([0x30, 1]);
const intermediate = new Uint8Array([0x30, 2]);

test('a chain bundle keeps v0.3 and round-trips through the parser with leaf first', () => {
  const bytes = buildKeyBundle(statement, sig, { certificates: [leaf, intermediate], chain: true });
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { mediaType: string; verificationMaterial: Record<string, unknown> };
  assert.equal(json.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json');
  assert.deepEqual(Object.keys(json.verificationMaterial).filter((k) => k !== 'tlogEntries'), ['x509CertificateChain']);
  const parsed = parseBundle(bytes);
  assert.ok(typeof parsed !== 'string', String(parsed));
  assert.deepEqual(bundleCertificates(parsed), { leaf: Buffer.from(leaf), carried: [Buffer.from(intermediate)] });
});

test('a leaf-only bundle uses `certificate`; a key bundle has no certificates', () => {
  const parsed = parseBundle(buildKeyBundle(statement, sig, { certificates: [leaf], chain: false }));
  assert.ok(typeof parsed !== 'string');
  assert.equal(parsed.verificationMaterial.content.$case, 'certificate');
  assert.deepEqual(bundleCertificates(parsed), { leaf: Buffer.from(leaf), carried: [] });
  const keyed = parseBundle(buildKeyBundle(statement, sig, { hint: 'aGludA==' }));
  assert.ok(typeof keyed !== 'string');
  assert.equal(bundleCertificates(keyed), undefined);
});

test('accepting a v0.3 chain keeps the other v0.3 rules: an empty chain is still invalid', () => {
  const bytes = buildKeyBundle(statement, sig, { certificates: [leaf], chain: true });
  const json = JSON.parse(new TextDecoder().decode(bytes)) as { verificationMaterial: { x509CertificateChain: { certificates: unknown[] } } };
  json.verificationMaterial.x509CertificateChain.certificates = [];
  const parsed = parseBundle(new TextEncoder().encode(JSON.stringify(json)));
  assert.equal(typeof parsed, 'string');
  assert.match(parsed as string, /not a valid sigstore bundle/);
});

test('statements that cosign v3 (Go encoding/json) would read differently are refused', async () => {
  const { parseStatement } = await import('../sigstore-bundle.ts');
  const enc = (s: string) => new TextEncoder().encode(s);
  const hex = 'ab'.repeat(32);
  const ok = `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"r.example/app","digest":{"sha256":"${hex}"}}],"predicateType":"https://sigstore.dev/cosign/sign/v1","predicate":{}}`;
  assert.equal(parseStatement(enc(ok)).subject[0]!.digest.sha256, hex);
  assert.throws(() => parseStatement(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ok)])), /not JSON/);
  assert.throws(() => parseStatement(enc(ok.replace('"predicate":{}', '"predicate":{},"Subject":[]'))), /repeats the key "Subject"/);
  assert.throws(() => parseStatement(enc(ok.replace(`"sha256":"${hex}"`, `"sha256":"${'cd'.repeat(32)}","sha256":"${hex}"`))), /repeats the key "subject\.digest\.sha256"/);
  // Maps keep exact keys: two digest algorithms differing in case are two entries to Go too.
  assert.doesNotThrow(() => parseStatement(enc(ok.replace(`"sha256":"${hex}"`, `"sha256":"${hex}","SHA256":"${hex}"`))));
});
