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

// A trusted root as sigstore publishes it: one CA chain, Rekor logs (one ended, two current:
// admission systems take bare keys, so only current ones may be carried), one CT log.
const derKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const fakeCert = (tag: string) => Buffer.from(`not parsed by the generators: ${tag}`).toString('base64');
const logJSON = (url: string, end?: string) => ({
  baseUrl: url,
  hashAlgorithm: 'SHA2_256',
  publicKey: { rawBytes: derKey(), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2021-01-01T00:00:00Z', ...(end ? { end } : {}) } },
  logId: { keyId: Buffer.from(url).toString('base64') },
});
await writeFile(
  join(dir, 'trusted_root.json'),
  JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [logJSON('https://rekor.old.example', '2022-01-01T00:00:00Z'), logJSON('https://rekor.example'), logJSON('https://rekor2.example')],
    certificateAuthorities: [
      { subject: { organization: 'example', commonName: 'fulcio' }, uri: 'https://fulcio.example', certChain: { certificates: [{ rawBytes: fakeCert('intermediate') }, { rawBytes: fakeCert('root') }] }, validFor: { start: '2021-01-01T00:00:00Z' } },
    ],
    ctlogs: [logJSON('https://ctfe.example')],
    timestampAuthorities: [],
  }),
);
const WORKFLOW = 'https://github.com/org/app/.github/workflows/release.yml@refs/heads/main';
const keylessRule = (name: string, require: 'any' | 'all', signers: string) =>
  `    - name: ${name}\n      images: ["registry.example.com/${name}/**"]\n      require: ${require}\n      signers:\n${signers}`;
const ciSigner = `        - { name: ci, trustedRoot: trusted_root.json, identity: "${WORKFLOW}", issuer: https://token.actions.githubusercontent.com }\n`;
const mailSigner = '        - { name: mail, trustedRoot: trusted_root.json, identity: release@example.com, issuer: https://accounts.example.com }\n';
const regexpSigner = '        - { name: fork, trustedRoot: trusted_root.json, identityRegexp: "^https://github\\\\.com/org/", issuerRegexp: "^https://token\\\\." }\n';
const keySigner = '        - { name: a, key: a.pub }\n';
const pemText = (b64: string) => Buffer.from(b64, 'base64').toString();

test('Kyverno keyless attestors carry the trusted root: roots, one entry per current Rekor key, the CT key; valid against the CRD', async () => {
  const validate = await validator('kyverno.io-v1-ClusterPolicy.openapi.json');
  const policy = parseTrustPolicy(doc(keylessRule('ci', 'any', ciSigner + regexpSigner) + keylessRule('strict', 'all', keySigner + ciSigner)), source);
  const generated = await kyvernoPolicy(policy);
  const [cp] = generated.documents as [Record<string, any>];
  assert.ok(validate(cp), JSON.stringify(validate.errors));
  const [ci, strict] = cp.spec.rules;
  const [attestor] = ci.verifyImages[0].attestors;
  assert.equal(attestor.count, 1, 'any signer, any current log');
  assert.equal(attestor.entries.length, 4, '2 signers x 2 current Rekor keys (the ended one left out)');
  const [first, , regexp] = attestor.entries;
  assert.equal(first.keyless.subject, WORKFLOW);
  assert.equal(first.keyless.issuer, 'https://token.actions.githubusercontent.com');
  assert.equal((first.keyless.roots.match(/BEGIN CERTIFICATE/g) ?? []).length, 2, 'intermediate and root');
  assert.equal(first.keyless.rekor.url, 'https://rekor.example');
  assert.match(first.keyless.rekor.pubkey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.match(first.keyless.ctlog.pubkey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.equal(first.keyless.rekor.ignoreTlog, undefined, 'the log is checked');
  assert.equal(regexp.keyless.subjectRegExp, '^https://github\\.com/org/');
  assert.equal(regexp.keyless.issuerRegExp, '^https://token\\.');
  // all: every signer is required, any of a keyless signer's entries suffices.
  assert.equal(strict.verifyImages[0].attestors.length, 2);
  assert.equal(strict.verifyImages[0].attestors[0].count, undefined);
  assert.equal(strict.verifyImages[0].attestors[1].count, 1);
  assert.ok(generated.notes.some((n) => /legacy \.sig layout only/.test(n)));
  first.keyless.rekor = 'https://rekor.example';
  assert.equal(validate(cp), false, 'the schema check can fail');
});

test('policy-controller: a TrustRoot per trusted root (valid against its CRD), keyless authorities for both layouts referencing it', async () => {
  const validateCip = await validator('policy.sigstore.dev-v1beta1-ClusterImagePolicy.openapi.json');
  const validateRoot = await validator('policy.sigstore.dev-v1alpha1-TrustRoot.openapi.json');
  const policy = parseTrustPolicy(doc(keylessRule('ci', 'any', ciSigner + regexpSigner) + keylessRule('strict', 'all', keySigner + mailSigner)), source);
  const { documents } = await policyControllerPolicies(policy);
  const [root, ci, strictKey, strictMail] = documents as Record<string, any>[];
  assert.equal(documents.length, 4, 'one TrustRoot shared by every signer naming the file, then the policies');
  assert.equal(root!.kind, 'TrustRoot');
  assert.equal(root!.apiVersion, 'policy.sigstore.dev/v1alpha1');
  assert.ok(validateRoot(root), JSON.stringify(validateRoot.errors));
  const keys = root!.spec.sigstoreKeys;
  assert.equal(keys.certificateAuthorities[0].uri, 'https://fulcio.example');
  assert.equal((pemText(keys.certificateAuthorities[0].certChain).match(/BEGIN CERTIFICATE/g) ?? []).length, 2, 'certChain: base64 of the PEM chain ([]byte)');
  assert.deepEqual(keys.tLogs.map((l: { baseURL: string }) => l.baseURL), ['https://rekor.example', 'https://rekor2.example']);
  assert.match(pemText(keys.ctLogs[0].publicKey), /^-----BEGIN PUBLIC KEY-----/);
  for (const d of [ci, strictKey, strictMail]) assert.ok(validateCip(d), JSON.stringify(validateCip.errors));
  const [legacy, bundle, fork] = ci!.spec.authorities;
  assert.equal(ci!.spec.authorities.length, 4);
  assert.deepEqual(legacy.keyless, { url: 'https://fulcio.example', trustRootRef: root!.metadata.name, identities: [{ subject: WORKFLOW, issuer: 'https://token.actions.githubusercontent.com' }] });
  assert.deepEqual(legacy.ctlog, { trustRootRef: root!.metadata.name }, 'without it policy-controller skips the transparency log');
  assert.equal(legacy.signatureFormat, undefined);
  assert.equal(bundle.signatureFormat, 'bundle');
  assert.deepEqual(fork.keyless.identities, [{ subjectRegExp: '^https://github\\.com/org/', issuerRegExp: '^https://token\\.' }]);
  assert.equal(strictMail!.spec.authorities.length, 2, 'all: the keyless signer policy accepts either layout');
  root!.spec.sigstoreKeys.tLogs[0].publicKey = 7;
  assert.equal(validateRoot(root), false, 'the schema check can fail');
});

test('Connaisseur: keyless trust roots with the private sigstore as the validator host; keys and keyless in one rule refused', async () => {
  const policy = parseTrustPolicy(doc(keylessRule('ci', 'all', ciSigner + regexpSigner)), source);
  const generated = await connaisseurValues(policy);
  const values = generated.documents[0] as Record<string, any>;
  const [validator] = values.application.validators;
  assert.equal(validator.host.rekor, 'https://rekor.example');
  assert.match(validator.host.rekorPubkey, /BEGIN PUBLIC KEY/);
  assert.match(validator.host.ctLogPubkey, /BEGIN PUBLIC KEY/);
  assert.equal((validator.host.fulcioCert.match(/BEGIN CERTIFICATE/g) ?? []).length, 2);
  assert.deepEqual(validator.trustRoots, [
    { name: 'ci', keyless: { issuer: 'https://token.actions.githubusercontent.com', subject: WORKFLOW } },
    { name: 'fork', keyless: { issuerRegex: '^https://token\\.', subjectRegex: '^https://github\\.com/org/' } },
  ]);
  assert.equal(values.application.policy[0].with.verifyInTransparencyLog, true);
  assert.deepEqual(values.application.policy[0].with.required, ['ci', 'fork']);
  assert.ok(generated.notes.some((n) => /one Rekor and one CT log key/.test(n)), 'the second current log is not carried: said');
  await assert.rejects(connaisseurValues(parseTrustPolicy(doc(keylessRule('mixed', 'any', keySigner + ciSigner)), source)), /cannot enforce keyless signers and keys in one rule/);
});

test('containers policy.json: an email identity with an exact issuer becomes a fulcio requirement; what containers/image cannot match is refused or left out', async () => {
  const config = await containersConfig(parseTrustPolicy(doc(keylessRule('mail', 'any', mailSigner)), source));
  const policyJson = JSON.parse(config.policyJson) as Record<string, any>;
  const [requirement] = policyJson.transports.docker['registry.example.com/mail'];
  assert.equal(requirement.type, 'sigstoreSigned');
  assert.equal(requirement.fulcio.subjectEmail, 'release@example.com');
  assert.equal(requirement.fulcio.oidcIssuer, 'https://accounts.example.com');
  assert.match(pemText(requirement.fulcio.caData), /BEGIN CERTIFICATE/);
  assert.match(pemText(requirement.rekorPublicKeyData), /BEGIN PUBLIC KEY/);
  assert.deepEqual(requirement.signedIdentity, { type: 'matchRepository' });
  assert.match(config.registriesDYaml, /use-sigstore-attachments: true/);
  assert.ok(config.notes.some((n) => /one Rekor key; signatures logged in https:\/\/rekor2\.example/.test(n)));
  // A URI identity or a regular expression: refused where leaving it out would weaken the rule, left out (stricter) otherwise.
  await assert.rejects(containersConfig(parseTrustPolicy(doc(keylessRule('ci', 'all', keySigner + ciSigner)), source)), /containers policy\.json cannot express signer "ci".*only email identities/);
  await assert.rejects(containersConfig(parseTrustPolicy(doc(keylessRule('fork', 'any', regexpSigner)), source)), /can express none of the signers of rule "fork" \(fork: .*not by regular expression\)/);
  const dropped = await containersConfig(parseTrustPolicy(doc(keylessRule('ci', 'any', keySigner + ciSigner)), source));
  assert.deepEqual(dropped.dropped.map((d) => d.signer), ['ci']);
  await assert.rejects(containersConfig(parseTrustPolicy(doc(keylessRule('mixed', 'any', keySigner + mailSigner)), source)), /cannot enforce a choice between keyless signer "mail" and other signers/);
});

test('an annotation named __proto__ is kept as an ordinary requirement, and the Kyverno policy carries it', async () => {
  const rule = `    - name: proto
      images: ["registry.example.com/proto/**"]
      annotations: { __proto__: polluted, env: prod }
      signers:
        - { name: a, key: a.pub }
`;
  const policy = parseTrustPolicy(doc(rule), source);
  const annotations = policy.rules[0]!.annotations;
  assert.deepEqual(Object.keys(annotations).sort(), ['__proto__', 'env']);
  assert.equal(Object.getOwnPropertyDescriptor(annotations, '__proto__')?.value, 'polluted');
  const generated = await kyvernoPolicy(policy);
  assert.ok(JSON.stringify(generated.documents).includes('"__proto__":"polluted"'), 'the generated policy requires the annotation too');
});
