import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrustPolicy } from '../trust-policy.ts';
import { connaisseurValues } from '../generate/connaisseur.ts';
import { kyvernoPolicy } from '../generate/kyverno.ts';
import { containersConfig } from '../generate/containers.ts';

const dir = await mkdtemp(join(tmpdir(), 'signet-notary-policy-'));
const rootPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const cosignPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
await writeFile(join(dir, 'root.pub'), rootPem);
await writeFile(join(dir, 'cosign.pub'), cosignPem);
await writeFile(join(dir, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
const source = join(dir, 'trust.yaml');
const policy = (signers: string, require = 'any') =>
  parseTrustPolicy(
    `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: dct }
spec:
  rules:
    - name: apps
      images: ["registry.example.com/team/**"]
      require: ${require}
      signers:
${signers}`,
    source,
  );
const NOTARY = '        - { name: dct, notary: "https://notary.example.com:4443", root: root.pub, ca: ca.pem, delegations: [releases] }\n';
const COSIGN = '        - { name: release, key: cosign.pub }\n';

test('a notary signer parses with paths relative to the policy', () => {
  const signer = policy(NOTARY).rules[0]!.signers[0]!;
  assert.deepEqual(signer, { kind: 'notary', name: 'dct', notary: 'https://notary.example.com:4443', root: join(dir, 'root.pub'), ca: join(dir, 'ca.pem'), delegations: ['releases'] });
  assert.equal((policy(`        - { name: dct, notary: "https://n:4443", root: ${'ab'.repeat(32)} }\n`).rules[0]!.signers[0] as { root: string }).root, 'ab'.repeat(32), 'a key ID stays as written');
  assert.throws(() => policy('        - { name: dct, notary: "notary.example.com", root: root.pub }\n'), /is not a Notary server URL/);
  assert.throws(() => policy('        - { name: dct, notary: "https://n", root: root.pub, threshold: 2 }\n'), /unknown field "threshold"/);
});

test('Connaisseur: the notaryv1 validator in v3 spelling (host, trustRoots with the root public key, cert, delegations)', async () => {
  const generated = await connaisseurValues(policy(NOTARY));
  const app = (generated.documents[0] as { application: { validators: Record<string, unknown>[]; policy: Record<string, unknown>[] } }).application;
  assert.deepEqual(app.validators, [
    { name: 'signet-dct-apps', type: 'notaryv1', host: 'notary.example.com:4443', trustRoots: [{ name: 'dct', key: rootPem }], cert: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n' },
  ]);
  assert.deepEqual(app.policy, [{ pattern: 'registry.example.com/team/*', validator: 'signet-dct-apps', with: { trustRoot: 'dct', delegations: ['releases'] } }]);
  await assert.rejects(connaisseurValues(policy(NOTARY + COSIGN)), /Notary \(Docker Content Trust\) signers and cosign signers in one rule/);
  await assert.rejects(connaisseurValues(policy(`        - { name: dct, notary: "https://n:4443", root: ${'ab'.repeat(32)} }\n`)), /pins the root by key ID/);
});

test('targets that cannot read Notary trust data drop it from an any rule and refuse an all rule', async () => {
  const any = await kyvernoPolicy(policy(NOTARY + COSIGN));
  assert.deepEqual(any.dropped, [{ rule: 'apps', signer: 'dct', why: 'Kyverno does not read Notary v1 (Docker Content Trust) trust data' }]);
  await assert.rejects(kyvernoPolicy(policy(NOTARY + COSIGN, 'all')), /Kyverno cannot express signer "dct"/);
  await assert.rejects(containersConfig(policy(NOTARY)), /containers policy.json can express none of the signers/);
});
