import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import * as openpgp from 'openpgp';
import { parse as parseYaml } from 'yaml';
import { compileImagePattern } from '../image-pattern.ts';
import { parseTrustPolicy, ruleFor, type TrustPolicy } from '../trust-policy.ts';
import { kyvernoPolicy } from '../generate/kyverno.ts';
import { policyControllerPolicies } from '../generate/policy-controller.ts';
import { connaisseurValues } from '../generate/connaisseur.ts';
import { containersConfig } from '../generate/containers.ts';

const SCHEMAS = new URL('../../../../../test/fixtures/schemas/', import.meta.url).pathname;

async function validator(file: string) {
  const schema = JSON.parse(await readFile(join(SCHEMAS, file), 'utf8')) as object;
  // The CRD schemas use Kubernetes extensions (x-kubernetes-*) and OpenAPI formats (int32...).
  return new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

const dir = await mkdtemp(join(tmpdir(), 'signet-policy-'));
const pem = (k: ReturnType<typeof generateKeyPairSync>['publicKey']) => k.export({ type: 'spki', format: 'pem' }).toString();
await writeFile(join(dir, 'a.pub'), pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey));
await writeFile(join(dir, 'b.pub'), pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey));
await writeFile(join(dir, 'chain.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

const source = join(dir, 'trust.yaml');
const doc = (rules: string, extra = '') => `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: release }
spec:
${extra}  rules:
${rules}`;

const ANY = `    - name: team
      images: ["registry.example.com/team/**", "registry.example.com/solo/app"]
      signers:
        - { name: a, key: a.pub }
        - { name: b, key: b.pub }
`;
const ALL = `    - name: strict
      images: ["registry.example.com/strict/**"]
      require: all
      signers:
        - { name: a, key: a.pub }
        - { name: b, key: b.pub }
`;
const CERT = `    - name: certs
      images: ["ghcr.io/org/*"]
      signers:
        - { name: ca, certChain: chain.pem, identity: release@example.com }
        - { name: gpg, keyring: ops.asc, lookaside: https://sigs.example.com }
`;

test('image patterns: * stays within a component, ** crosses them, translations keep the semantics', () => {
  const deep = compileImagePattern('registry.example.com/team/**');
  assert.ok(deep.matches('registry.example.com/team/app'));
  assert.ok(deep.matches('registry.example.com/team/a/b'));
  assert.ok(!deep.matches('registry.example.com/team'));
  assert.ok(!deep.matches('registry.example.com/teamx/app'));
  const one = compileImagePattern('registry.example.com/team/*');
  assert.ok(one.matches('registry.example.com/team/app'));
  assert.ok(!one.matches('registry.example.com/team/a/b'));
  const exact = compileImagePattern('127.0.0.1:5000/solo/app');
  assert.ok(exact.matches('127.0.0.1:5000/solo/app') && !exact.matches('127.0.0.1:5000/solo/app2'));
  assert.deepEqual(exact.kyverno(), ['127.0.0.1:5000/solo/app:*', '127.0.0.1:5000/solo/app@*']);
  assert.deepEqual(deep.policyControllerGlobs(), ['registry.example.com/team/**']);
  assert.equal(deep.containersScope(), 'registry.example.com/team');
  assert.equal(one.containersScope(), undefined);
  for (const bad of ['nginx', 'registry.example.com', 'registry.example.com/Team/app', 'registry.example.com/a/**/b', 'registry.example.com/app:1.0']) {
    assert.throws(() => compileImagePattern(bad), Error, bad);
  }
});

test('trust policy: rules resolve key paths against the file and the first matching rule decides', () => {
  const policy = parseTrustPolicy(doc(ANY + ALL), source);
  assert.equal(policy.enforcement, 'Enforce');
  assert.equal(policy.rules[0]?.require, 'any');
  assert.deepEqual(policy.rules[0]?.signers[0], { kind: 'key', name: 'a', key: join(dir, 'a.pub') });
  assert.equal(ruleFor(policy, 'registry.example.com/strict/x')?.name, 'strict');
  assert.equal(ruleFor(policy, 'registry.example.com/solo/app')?.name, 'team');
  assert.equal(ruleFor(policy, 'registry.example.com/other/x'), undefined);
});

test('trust policy errors name the file, the field and what is wrong', () => {
  const cases: [string, RegExp][] = [
    [doc(ANY.replace('signers:', 'signerz:')), /spec\.rules\[0\]: unknown field "signerz"/],
    [doc('    - name: x\n      images: ["r.example.com/a"]\n      signers: []\n'), /spec\.rules\[0\]\.signers: must list at least one signer/],
    [doc(ANY + ANY), /duplicate rule name "team"/],
    [doc(ANY.replace('require', 'x').replace('signers:', 'require: most\n      signers:')), /require: must be any or all/],
    [doc('    - name: c\n      images: ["r.example.com/a"]\n      signers:\n        - { name: ca, certChain: chain.pem }\n'), /needs identity or identityRegexp/],
    [doc('    - name: c\n      images: ["r.example.com/a"]\n      signers:\n        - { name: ca, certChain: c.pem, identityRegexp: "(" }\n'), /invalid regular expression/],
    [doc('    - name: c\n      images: ["r.example.com/a"]\n      signers:\n        - { name: k, key: a.pub, keyring: x.asc }\n'), /exactly one of key, certChain, keyring/],
    [doc('    - name: c\n      images: ["nginx"]\n      signers:\n        - { name: k, key: a.pub }\n'), /images\[0\]: .*must start with a registry host/],
    ['kind: Other', /expected apiVersion signet\.dev\/v1alpha1, kind TrustPolicy/],
    ['a: [', /YAML/],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseTrustPolicy(text, source), (e: Error) => e.message.includes(source) && message.test(e.message), String(message));
  }
});

test('Kyverno ClusterPolicy is valid against the CRD schema; any = one attestor with count 1, all = one attestor per signer', async () => {
  const validate = await validator('kyverno.io-v1-ClusterPolicy.openapi.json');
  const policy = parseTrustPolicy(doc(ANY + ALL), source);
  const generated = await kyvernoPolicy(policy);
  const [cp] = generated.documents as [Record<string, any>];
  assert.ok(validate(cp), JSON.stringify(validate.errors));
  const [team, strict] = cp.spec.rules;
  assert.equal(team.verifyImages[0].attestors.length, 1);
  assert.equal(team.verifyImages[0].attestors[0].count, 1);
  assert.equal(team.verifyImages[0].attestors[0].entries.length, 2);
  assert.equal(strict.verifyImages[0].attestors.length, 2);
  assert.equal(strict.verifyImages[0].failureAction, 'Enforce');
  assert.match(team.verifyImages[0].attestors[0].entries[0].keys.publicKeys, /BEGIN PUBLIC KEY/);
  // The validator can fail: a wrong enum value is rejected.
  strict.verifyImages[0].failureAction = 'Block';
  assert.equal(validate(cp), false);
});

test('policy-controller ClusterImagePolicies are valid; all-rules split into one policy per signer', async () => {
  const validate = await validator('policy.sigstore.dev-v1beta1-ClusterImagePolicy.openapi.json');
  const policy = parseTrustPolicy(doc(ANY + ALL, '  enforcement: Audit\n'), source);
  const generated = await policyControllerPolicies(policy);
  assert.equal(generated.documents.length, 3);
  for (const d of generated.documents) assert.ok(validate(d), JSON.stringify(validate.errors));
  const [team] = generated.documents as Record<string, any>[];
  assert.equal(team!.spec.authorities.length, 2);
  assert.equal(team!.spec.mode, 'warn');
  (team!.spec.images as unknown[]).push({ glob: 42 });
  assert.equal(validate(team), false);
});

test('signers a target cannot express: dropped (and reported) from any-rules, refused for all-rules', async () => {
  const policy = parseTrustPolicy(doc(CERT), source);
  const kyverno = await kyvernoPolicy(policy).catch((e: Error) => e);
  assert.ok(!(kyverno instanceof Error));
  assert.deepEqual(kyverno.dropped.map((d) => d.signer), ['gpg']);
  const validate = await validator('kyverno.io-v1-ClusterPolicy.openapi.json');
  assert.ok(validate(kyverno.documents[0]), JSON.stringify(validate.errors));
  const strict = parseTrustPolicy(doc(CERT.replace('signers:', 'require: all\n      signers:')), source);
  await assert.rejects(kyvernoPolicy(strict), (e: Error & { hint?: string }) => /Kyverno cannot express signer "gpg" of rule "certs"/.test(e.message) && /would weaken the policy/.test(e.hint ?? ''));
  await assert.rejects(connaisseurValues(parseTrustPolicy(doc(CERT), source)), /Connaisseur can express none of the signers of rule "certs"/);
});

test('targets refuse requirements they cannot enforce instead of weakening them', async () => {
  const annotated = parseTrustPolicy(doc(ANY.replace('signers:', 'annotations: { env: prod }\n      signers:')), source);
  await assert.rejects(policyControllerPolicies(annotated), /policy-controller cannot enforce required signature annotations/);
  await assert.rejects(containersConfig(annotated), /containers policy\.json cannot enforce required signature annotations/);
  const kyverno = await kyvernoPolicy(annotated);
  assert.deepEqual((kyverno.documents[0] as any).spec.rules[0].verifyImages[0].attestors[0].entries[0].annotations, { env: 'prod' });
  const oneLevel = parseTrustPolicy(doc(ANY.replace('team/**', 'team/*')), source);
  await assert.rejects(containersConfig(oneLevel), /cannot enforce the image pattern "registry\.example\.com\/team\/\*"/);
});

test('containers policy.json: sigstoreSigned with matchRepository per scope, keyDatas for any, one requirement per key for all', async () => {
  const policy: TrustPolicy = parseTrustPolicy(doc(ANY + ALL), source);
  const config = await containersConfig(policy, { unmatched: 'reject' });
  const json = JSON.parse(config.policyJson) as Record<string, any>;
  assert.deepEqual(json.default, [{ type: 'reject' }]);
  const team = json.transports.docker['registry.example.com/team'];
  assert.equal(team.length, 1);
  assert.equal(team[0].keyDatas.length, 2);
  assert.deepEqual(team[0].signedIdentity, { type: 'matchRepository' });
  assert.equal(json.transports.docker['registry.example.com/strict'].length, 2);
  assert.match(config.registriesDYaml, /registry\.example\.com\/team:\n\s+use-sigstore-attachments: true/);
  assert.match(config.machineConfigYaml, /kind: MachineConfig/);
  assert.match(config.machineConfigYaml, /path: \/etc\/containers\/policy.json/);
});

test('containers policy.json: GPG signers become signedBy with the keyring inline and the lookaside in registries.d', async () => {
  const ops = await openpgp.generateKey({ userIDs: [{ name: 'Ops', email: 'ops@example.com' }], format: 'object' });
  const dev = await openpgp.generateKey({ userIDs: [{ name: 'Dev', email: 'dev@example.com' }], format: 'object' });
  await writeFile(join(dir, 'ops.asc'), ops.publicKey.armor());
  await writeFile(join(dir, 'dev.gpg'), dev.publicKey.write()); // binary, as `gpg --export` writes it
  const gpgRule = (name: string, images: string, require: string, signers: string) =>
    `    - name: ${name}\n      images: ["${images}"]\n      require: ${require}\n      signers:\n${signers}`;
  const opsSigner = '        - { name: ops, keyring: ops.asc, lookaside: "sigserver+https://sigs.example.com/store/" }\n';
  const devSigner = '        - { name: dev, keyring: dev.gpg, lookaside: "sigserver+https://sigs.example.com/store" }\n';
  const policy = parseTrustPolicy(
    doc(gpgRule('gpg', 'registry.example.com/gpg/**', 'any', opsSigner + devSigner) + gpgRule('both', 'registry.example.com/both/app', 'all', opsSigner + '        - { name: a, key: a.pub }\n')),
    source,
  );
  const config = await containersConfig(policy);
  const json = JSON.parse(config.policyJson) as Record<string, any>;
  const [any] = json.transports.docker['registry.example.com/gpg'];
  assert.equal(json.transports.docker['registry.example.com/gpg'].length, 1, 'any: one signedBy with a keyring of both keys');
  assert.equal(any.type, 'signedBy');
  assert.equal(any.keyType, 'GPGKeys');
  assert.equal(any.signedIdentity, undefined, 'the default matchRepoDigestOrExact');
  const keyring = await openpgp.readKeys({ binaryKeys: Buffer.from(any.keyData, 'base64') });
  assert.deepEqual(keyring.map((k) => k.getFingerprint()).sort(), [ops.publicKey.getFingerprint(), dev.publicKey.getFingerprint()].sort());
  assert.equal(keyring.some((k) => k.isPrivate()), false, 'public keys only');
  const both = json.transports.docker['registry.example.com/both/app'];
  assert.deepEqual(both.map((r: { type: string }) => r.type), ['sigstoreSigned', 'signedBy'], 'all: every signer is a requirement');
  const registriesD = parseYaml(config.registriesDYaml) as { docker: Record<string, Record<string, unknown>> };
  // Nodes read a signature server's lookaside over plain HTTP(S), without credentials.
  assert.deepEqual(registriesD.docker['registry.example.com/gpg'], { sigstore: 'https://sigs.example.com/store' });
  assert.deepEqual(registriesD.docker['registry.example.com/both/app'], { 'use-sigstore-attachments': true, sigstore: 'https://sigs.example.com/store' });

  const mixedAny = parseTrustPolicy(doc(gpgRule('mixed', 'registry.example.com/x/**', 'any', opsSigner + '        - { name: a, key: a.pub }\n')), source);
  await assert.rejects(containersConfig(mixedAny), /cannot enforce a choice between a cosign key and a GPG keyring/);
  const twoStores = parseTrustPolicy(doc(gpgRule('split', 'registry.example.com/y/**', 'all', opsSigner + devSigner.replace('sigs.example.com', 'other.example.com'))), source);
  await assert.rejects(containersConfig(twoStores), /GPG signers with different lookasides/);
  await assert.rejects(
    containersConfig(parseTrustPolicy(doc(gpgRule('bad', 'registry.example.com/z/**', 'all', '        - { name: x, key: a.pub }\n        - { name: y, keyring: a.pub, lookaside: "https://s" }\n')), source)),
    /a\.pub is not an OpenPGP keyring/,
  );
});

test('keyless signers need a trusted root, an identity and an issuer, as cosign requires', () => {
  const rule = (signer: string) => doc(`    - name: ci\n      images: ["ghcr.io/org/**"]\n      signers:\n        - ${signer}\n`);
  const ok = parseTrustPolicy(rule('{ name: ci, trustedRoot: root.json, identityRegexp: "^https://github.com/org/", issuer: https://token.actions.githubusercontent.com }'), source);
  const [signer] = ok.rules[0]!.signers;
  assert.equal(signer?.kind, 'keyless');
  assert.equal(signer?.kind === 'keyless' && signer.trustedRoot, join(dir, 'root.json'), 'resolved against the policy file');
  assert.throws(() => parseTrustPolicy(rule('{ name: ci, trustedRoot: root.json, identity: a@b.c }'), source), /needs issuer or issuerRegexp/);
  assert.throws(() => parseTrustPolicy(rule('{ name: ci, trustedRoot: root.json, issuer: https://i }'), source), /needs identity or identityRegexp/);
  assert.throws(() => parseTrustPolicy(rule('{ name: ci, trustedRoot: root.json, key: a.pub, identity: x, issuer: y }'), source), /exactly one of key, certChain, keyring, trustedRoot/);
});
