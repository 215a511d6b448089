/**
 * Generated policies decide every covered image with the gate's rule: the Kyverno, containers,
 * policy-controller and Connaisseur translations of overlapping rule sets, the refusals with an
 * example image, and Kyverno's variable escaping. (The real Kyverno CLI and skopeo judge the
 * same property in test/integration/policy-equivalence.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrustPolicy } from '../trust-policy.ts';
import { checkConnaisseurMatching, containersScopes, kyvernoMatching, policyControllerMatching } from '../generate/matching.ts';
import { kyvernoLiteral, kyvernoReads } from '../generate/kyverno-literal.ts';
import { kyvernoPolicy } from '../generate/kyverno.ts';
import { containersConfig } from '../generate/containers.ts';
import { Alphabet, intersection, pattern, literal, anyChars, wellFormed, witness } from '../languages.ts';

const dir = await mkdtemp(join(tmpdir(), 'signet-matching-'));
for (const k of ['a', 'b']) await writeFile(join(dir, `${k}.pub`), generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString());

const policy = (rules: [string, string[], string?][]) =>
  parseTrustPolicy(
    'apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: t }\nspec:\n  rules:\n' +
      rules.map(([key, images, extra], i) => `    - name: r${i}\n      images: [${images.map((p) => `"r.io/${p}"`).join(', ')}]\n${extra ?? ''}      signers: [{ name: k, key: ${key}.pub }]\n`).join(''),
    join(dir, 'trust.yaml'),
  );

/** Kyverno's matching (pkg/utils/wildcard: `*` crosses `/`), the same model the CLI judges. */
const wild = (glob: string, image: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(image);
function kyvernoRules(rules: ReturnType<typeof kyvernoMatching>['entries'], image: string): number[] {
  return rules.flatMap((entries, i) => (entries.some((e) => e.imageReferences.some((g) => wild(g, image)) && !e.skipImageReferences.some((g) => wild(g, image))) ? [i] : []));
}

test('Kyverno: team/* (A) then team/secure/** (B): B decides team/secure/app2, as in the gate (was: A, skipped by B)', () => {
  const p = policy([['a', ['team/*']], ['b', ['team/secure/**']]]);
  const { entries } = kyvernoMatching(p);
  for (const [image, rule] of [['r.io/team/app:v1', 0], ['r.io/team/app@sha256:ab', 0], ['r.io/team/secure/app2:v1', 1], ['r.io/team/secure/a/b@sha256:ab', 1]] as const) {
    assert.deepEqual(kyvernoRules(entries, image), [rule], image);
  }
  // Deeper than one level and not under secure/: no rule in the gate, none in Kyverno.
  assert.deepEqual(kyvernoRules(entries, 'r.io/team/other/app:v1'), []);
});

test('Kyverno: team/* (A) then team/** (B): what the skipped wide pattern does not take is given back to B', () => {
  const { entries } = kyvernoMatching(policy([['a', ['team/*']], ['b', ['team/**']]]));
  assert.deepEqual(kyvernoRules(entries, 'r.io/team/app:v1'), [0]);
  assert.deepEqual(kyvernoRules(entries, 'r.io/team/x/app:v1'), [1]);
  assert.deepEqual(kyvernoRules(entries, 'r.io/team/x/y/z@sha256:ab'), [1]);
});

test('Kyverno: rule sets it cannot order are refused with an example image; shadowed rules are left out', async () => {
  assert.throws(() => kyvernoMatching(policy([['a', ['*/app']], ['b', ['team/**']]])), /Kyverno cannot enforce the order of the trust rules .* r\.io\/team\/q\/app:q \(the gate applies rule "r1"\)/);
  const shadowed = await kyvernoPolicy(policy([['a', ['team/**']], ['b', ['team/secure/**']]]));
  const rules = (shadowed.documents[0] as { spec: { rules: { name: string }[] } }).spec.rules;
  assert.deepEqual(rules.map((r) => r.name), ['r0']);
  assert.ok(shadowed.notes.some((n) => /rule "r1": earlier rules cover all its images/.test(n)));
});

test('containers: most specific scope gets the rule the gate applies there; differing requirements on one scope are refused', async () => {
  // team/** (A) then team/secure/** (B): the gate applies A to team/secure/x, so must nodes.
  const { scopes } = containersScopes(policy([['a', ['team/**']], ['b', ['team/secure/**']]]), () => assert.fail('no wildcard here'));
  assert.deepEqual(scopes, [{ scope: 'r.io/team', rule: 0 }, { scope: 'r.io/team/secure', rule: 0 }]);
  const config = JSON.parse((await containersConfig(policy([['a', ['team/**']], ['b', ['team/secure/**']]]))).policyJson) as { transports: { docker: Record<string, [{ keyData: string }]> } };
  assert.equal(config.transports.docker['r.io/team/secure']?.[0].keyData, config.transports.docker['r.io/team']?.[0].keyData, 'team/secure gets key A');
  // secure/** first: the repository team/secure itself is rule r1's in the gate, below it r0's;
  // one scope cannot say that. The hint says how to make the gate say one thing.
  assert.throws(() => containersScopes(policy([['b', ['team/secure/**']], ['a', ['team/**']]]), () => assert.fail()), (e: Error & { hint?: string }) =>
    /cannot give r\.io\/team\/secure \(rule "r1" in the gate\) other requirements than the repositories below it such as r\.io\/team\/secure\/app \(rule "r0"\)/.test(e.message) && /add "r\.io\/team\/secure" to the images of rule "r0"/.test(e.hint ?? ''));
  assert.deepEqual(containersScopes(policy([['b', ['team/secure', 'team/secure/**']], ['a', ['team/**']]]), () => assert.fail()).scopes.map((s) => [s.scope, s.rule]), [['r.io/team/secure', 0], ['r.io/team', 1]]);
  // An exact repository before a namespace covering it: policy.json's scope would also cover its sub-repositories.
  await assert.rejects(containersConfig(policy([['a', ['team/app']], ['b', ['team/**']]])), /cannot give r\.io\/team\/app \(rule "r0" in the gate\) other requirements than the repositories below it/);
  // The same signers: nothing to tell apart.
  assert.equal(containersScopes(policy([['a', ['team/app']], ['a', ['team/**']]]), () => assert.fail()).scopes.length, 2);
});

test('policy-controller: every matching policy applies, so overlapping rules are refused unless shadowed or alike', () => {
  assert.throws(() => policyControllerMatching(policy([['b', ['team/secure/**']], ['a', ['team/**']]])), /so rule "r1" would also be required for r\.io\/team\/secure\/q:q \(the gate applies rule "r0"\)/);
  const shadowed = policyControllerMatching(policy([['a', ['team/**']], ['b', ['team/secure/**']]]));
  assert.deepEqual(shadowed.images.map((ps) => ps.map((p) => p.text)), [['r.io/team/**'], []]);
  assert.deepEqual(policyControllerMatching(policy([['a', ['team/*']], ['b', ['team/secure/**']]])).images.map((ps) => ps.length), [1, 1], 'one level: disjoint in policy-controller too');
  assert.doesNotThrow(() => policyControllerMatching(policy([['a', ['team/secure/**']], ['a', ['team/**']]])), 'the same requirements');
});

test('Connaisseur: the most specific (padded) pattern wins; refused where that is not the gate\'s rule', () => {
  assert.doesNotThrow(() => checkConnaisseurMatching(policy([['a', ['team/*']], ['b', ['team/secure/**']]])));
  assert.throws(() => checkConnaisseurMatching(policy([['a', ['team/**']], ['b', ['team/secure/**']]])), /applies the most specific pattern, r\.io\/team\/secure\/\* of rule "r1", to r\.io\/team\/secure\/q:q \(the gate applies rule "r0"\)/);
  // Connaisseur pads patterns with `*`: an image whose path contains another rule's pattern is claimed by it.
  assert.throws(() => checkConnaisseurMatching(policy([['b', ['team/secure/**']], ['a', ['team/**']]])), /r\.io\/team\/r\.io\/team\/secure\/q:q \(the gate applies rule "r1"\)/);
  assert.throws(() => checkConnaisseurMatching(policy([['a', ['te*/**']], ['b', ['team/x']]])), /equally specific/);
});

test('languages: witnesses are shortest well-formed images', () => {
  const alphabet = new Alphabet(['r.io/team']);
  const images = wellFormed(['r.io'], true);
  assert.equal(witness(intersection(images, pattern([...literal('r.io/team/'), anyChars])), alphabet), 'r.io/team/q:q');
  assert.equal(witness(intersection(images, pattern(literal('r.io/team'))), alphabet), undefined, 'a repository without a tag or digest is not an image');
});

test('Kyverno literals: {{...}} and $(...) are escaped so Kyverno reads them unchanged; what cannot be is refused', async () => {
  for (const value of ['{{request.object.metadata.labels.env}}', 'a{{b}}c{{d}}', '$(./x)', 'x\\{{y}}', '{{ {a} }}', 'plain']) {
    const written = kyvernoLiteral(value, 'test');
    assert.equal(kyvernoReads(written), value, `${value} -> ${written}`);
    if (value !== 'plain') assert.notEqual(kyvernoReads(value), value, `${value} unescaped would be substituted`);
  }
  assert.throws(() => kyvernoLiteral('{{{a}}}', 'rule "x"'), /rule "x": "\{\{\{a\}\}\}" cannot be written into a Kyverno policy literally/);
  const p = policy([['a', ['team/**'], '      annotations: { env: "{{request.object.metadata.labels.env}}" }\n']]);
  const generated = await kyvernoPolicy(p);
  const entry = (generated.documents[0] as any).spec.rules[0].verifyImages[0].attestors[0].entries[0];
  assert.deepEqual(entry.annotations, { env: '\\{{request.object.metadata.labels.env}}' });
});

test('trust policy: an annotation named __proto__ is kept (not the prototype setter)', async () => {
  const p = policy([['a', ['team/**'], '      annotations: { __proto__: evil, env: prod }\n']]);
  const annotations = p.rules[0]?.annotations ?? {};
  assert.deepEqual(Object.keys(annotations).sort(), ['__proto__', 'env']);
  assert.equal(Object.getOwnPropertyDescriptor(annotations, '__proto__')?.value, 'evil');
  const generated = await kyvernoPolicy(p);
  const entry = (generated.documents[0] as any).spec.rules[0].verifyImages[0].attestors[0].entries[0];
  assert.equal(Object.getOwnPropertyDescriptor(entry.annotations, '__proto__')?.value, 'evil', 'and reaches the Kyverno policy');
});
