/**
 * The JSON Schema editors use (`# yaml-language-server: $schema=...`) must agree with the
 * parser signet enforces: the shipped examples pass both, and each broken variant fails both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { parseTrustPolicy } from '../trust-policy.ts';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const schema = JSON.parse(await readFile(new URL('../trust-policy.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

const base = `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: t }
spec:
  rules:
    - name: r
      images: ["registry.example.com/team/**"]
`;

test('the examples are valid for the schema and the parser', async () => {
  for (const file of ['examples/github/trust.yaml', 'examples/tekton/trust.yaml', 'examples/openshift/trust.yaml']) {
    const text = await readFile(`${ROOT}${file}`, 'utf8');
    assert.ok(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`);
    assert.doesNotThrow(() => parseTrustPolicy(text, `${ROOT}${file}`));
  }
});

test('schema and parser agree on valid and broken rules', () => {
  const cases: [string, boolean][] = [
    [`${base}      signers: [{ name: k, key: cosign.pub }]\n`, true],
    [`${base}      signedIdentity: { type: exactRepository, dockerRepository: registry.example.com/staging/app }\n      signers: [{ name: k, key: cosign.pub }]\n`, true],
    [`${base}      signedIdentity: { type: remapIdentity, prefix: registry.example.com/prod, signedPrefix: registry.example.com/staging }\n      signers: [{ name: k, key: cosign.pub }]\n`, true],
    [`${base}      signedIdentity: { type: matchExact }\n      signers: [{ name: k, key: cosign.pub }]\n`, false],
    [`${base}      signedIdentity: { type: exactRepository }\n      signers: [{ name: k, key: cosign.pub }]\n`, false],
    [`${base}      signers: [{ name: k, key: cosign.pub, extra: 1 }]\n`, false],
    [`${base}      signers: [{ name: c, certChain: ca.pem }]\n`, false],
    [`${base}      signers: [{ name: kl, trustedRoot: root.json, identity: me@example.com }]\n`, false],
    [`${base}      require: most\n      signers: [{ name: k, key: cosign.pub }]\n`, false],
    [`${base}      signers: []\n`, false],
    [`${base}      signers: [{ name: Bad_Name, key: cosign.pub }]\n`, false],
  ];
  for (const [text, valid] of cases) {
    const bySchema = validate(parse(text)) === true;
    let byParser = true;
    try {
      parseTrustPolicy(text, 'case.yaml');
    } catch {
      byParser = false;
    }
    assert.equal(bySchema, valid, `schema on:\n${text}${JSON.stringify(validate.errors)}`);
    assert.equal(byParser, valid, `parser on:\n${text}`);
  }
});
