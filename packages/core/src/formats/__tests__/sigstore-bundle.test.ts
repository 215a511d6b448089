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
