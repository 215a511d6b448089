/**
 * The project's invariant as a tested property: for seeded random trust policies (overlapping
 * patterns, `*` and `**`, any/all, annotations), every image a rule covers gets the same verdict
 * from `signet verify --policy` as from the real enforcers under the policies signet generates:
 * the Kyverno CLI (v1.15.2) and skopeo 1.18 (containers/image, sigstore enabled), on the same
 * signed images in a real registry. A target may refuse a rule set (with a reason); it may not
 * decide differently. Images no rule covers are outside the property (the gate rejects them,
 * admission leaves them to other policies).
 *
 * SIGNET_PROPERTY_SEED=<n> replays a run (the seed is printed); SIGNET_PROPERTY_CASES sets the
 * number of random cases (default 5, after two fixed ones from issue 16).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { containersConfig, generateCosignKeyPair, isSignetError, kyvernoPolicy, parseTrustPolicy } from '@signet/core';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';

const KYVERNO = process.env.SIGNET_KYVERNO ?? '';
const SKOPEO = process.env.SIGNET_SKOPEO_SIGSTORE ?? join(homedir(), '.cache', 'signet-peers', 'skopeo-trixie', 'skopeo');
const SEED = Number(process.env.SIGNET_PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RANDOM_CASES = Number(process.env.SIGNET_PROPERTY_CASES ?? 5);
/** skopeo copies per case (each is a pull): a seeded sample of the covered images. */
const SKOPEO_SAMPLE = 6;

/** mulberry32: small, seedable, good enough to pick test cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const REPOS = ['team/app', 'team/tool', 'team/secure', 'team/secure/app', 'team/secure/deep/x', 'team/x/y', 'ops/app', 'other/app'];
const PATTERNS = ['team/**', 'team/*', 'team/secure/**', 'team/secure/*', 'team/app', 'team/secure/app', 'team/secure', '*/app', 'ops/**', '*/*'];
type Variant = 'A' | 'B' | 'AB' | 'Aprod' | 'none';
const VARIANTS: Variant[] = ['A', 'B', 'AB', 'Aprod', 'none'];
const SIGNERS = [['a'], ['b'], ['a', 'b']] as const;

interface Rule {
  patterns: string[];
  signers: readonly string[];
  require: 'any' | 'all';
  annotations: boolean;
}

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;
const images: { repo: string; variant: Variant; image: PushedImage }[] = [];

const HAVE_KYVERNO = existsSync(KYVERNO);
const HAVE_SKOPEO = existsSync(SKOPEO);
const skip = !HAVE_KYVERNO && !HAVE_SKOPEO ? 'run scripts/test.sh: it builds the Kyverno CLI and fetches skopeo 1.18' : false;

before(async () => {
  if (skip) return;
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-equivalence-'));
  env = { COSIGN_PASSWORD: 'eq', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
  for (const k of ['a', 'b']) {
    const pair = await generateCosignKeyPair('eq');
    await writeFile(join(dir, `${k}.key`), pair.privateKeyPem, { mode: 0o600 });
    await writeFile(join(dir, `${k}.pub`), pair.publicKeyPem);
  }
  for (const repo of REPOS) {
    for (const variant of VARIANTS) images.push({ repo, variant, image: await pushRandomImage(registry.host, repo, variant.toLowerCase()) });
  }
  // Three batch signing runs: key A, key B, key A with env=prod.
  const refs = (vs: Variant[]) => images.filter((i) => vs.includes(i.variant)).map((i) => i.image.ref);
  for (const [key, variants, extra] of [['a', ['A', 'AB'], []], ['b', ['B', 'AB'], []], ['a', ['Aprod'], ['-a', 'env=prod']]] as const) {
    const r = await signet(['sign', '--key', join(dir, `${key}.key`), '--single-writer', ...extra, ...refs([...variants])], { env });
    assert.equal(r.code, 0, r.stderr);
  }
});

after(async () => {
  await registry?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function randomRules(rand: () => number): Rule[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  return Array.from({ length: 2 + Math.floor(rand() * 2) }, () => {
    const patterns = [...new Set(Array.from({ length: rand() < 0.3 ? 2 : 1 }, () => pick(PATTERNS)))];
    const signers = pick(SIGNERS);
    return { patterns, signers, require: signers.length > 1 && rand() < 0.5 ? 'all' : 'any', annotations: rand() < 0.25 };
  });
}

function trustYaml(rules: Rule[]): string {
  const body = rules
    .map(
      (r, i) =>
        `    - name: r${i}\n      images: [${r.patterns.map((p) => `"${registry.host}/${p}"`).join(', ')}]\n      require: ${r.require}\n` +
        (r.annotations ? '      annotations: { env: prod }\n' : '') +
        `      signers:\n${r.signers.map((s) => `        - { name: ${s}, key: ${s}.pub }\n`).join('')}`,
    )
    .join('');
  return `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: eq }\nspec:\n  rules:\n${body}`;
}

/** Per image ref: covered by a rule, and the gate's verdict (from `signet verify --policy --output junit`). */
async function gateVerdicts(trust: string, refs = images.map((i) => i.image.ref)): Promise<Map<string, { covered: boolean; ok: boolean }>> {
  const r = await signet(['verify', '--policy', trust, '--output', 'junit', ...refs], { env });
  assert.ok(r.code === 0 || r.code === 1, `gate: exit ${r.code}: ${r.stderr}`);
  const out = new Map<string, { covered: boolean; ok: boolean }>();
  for (const m of r.stdout.matchAll(/<testcase name="([^"]+)" classname="([^"]+)"[^>]*?(\/?)>(?:\s*<(failure|error) )?/g)) {
    assert.notEqual(m[4], 'error', `gate error for ${m[1]}: ${r.stdout}`);
    out.set(m[1] ?? '', { covered: m[2] !== 'signet', ok: m[3] === '/' });
  }
  assert.equal(out.size, refs.length, r.stdout);
  return out;
}

/** Pod name -> admitted, from one `kyverno apply` over a Pod per image. */
async function kyvernoVerdicts(policyJson: string, caseDir: string, refs: string[]): Promise<Map<string, boolean>> {
  // JSON is YAML; the Kyverno CLI loads policies only from .yaml/.yml files.
  await writeFile(join(caseDir, 'policy.yaml'), policyJson);
  const pods = refs.map((ref, i) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `img-${i}`, namespace: 'default' }, spec: { containers: [{ name: 'app', image: ref }] } }));
  await writeFile(join(caseDir, 'pods.yaml'), pods.join('\n---\n'));
  const r = await run(KYVERNO, ['apply', join(caseDir, 'policy.yaml'), '--resource', join(caseDir, 'pods.yaml'), '--registry', '--policy-report', '--output-format', 'json'], { env });
  const start = r.stdout.indexOf('{');
  assert.ok(start >= 0, `kyverno apply printed no report: ${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(r.stdout.slice(start)) as { results?: { result: string; resources?: { name: string }[] }[] };
  const denied = new Set<string>();
  const decided = new Set<string>();
  for (const res of report.results ?? []) {
    assert.notEqual(res.result, 'error', `kyverno error: ${JSON.stringify(res)}`);
    for (const x of res.resources ?? []) {
      if (res.result === 'pass' || res.result === 'fail') decided.add(x.name);
      if (res.result === 'fail') denied.add(x.name);
    }
  }
  // Every covered image is checked by some Kyverno rule (none slips through unchecked).
  refs.forEach((ref, i) => assert.ok(decided.has(`img-${i}`), `Kyverno checked no rule for ${ref}: ${r.stdout}`));
  return new Map(refs.map((ref, i) => [ref, !denied.has(`img-${i}`)]));
}

async function skopeoAccepts(ref: string, nodeDir: string, n: number): Promise<boolean> {
  const r = await run(SKOPEO, ['--policy', join(nodeDir, 'policy.json'), '--registries.d', join(nodeDir, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${ref}`, `dir:${join(nodeDir, `copy-${n}`)}`]);
  if (r.code !== 0) assert.match(r.stderr, /signature|rejected|policy/i, `skopeo failed for another reason: ${r.stderr}`);
  return r.code === 0;
}

test(`generated Kyverno and containers policies decide covered images as the gate does (seed ${SEED})`, { skip }, async (t) => {
  t.diagnostic(`seed ${SEED} (replay: SIGNET_PROPERTY_SEED=${SEED})`);
  if (!HAVE_KYVERNO) t.diagnostic('the Kyverno CLI is not built: only skopeo judges (run scripts/test.sh)');
  if (!HAVE_SKOPEO) t.diagnostic('skopeo 1.18 is not there: only Kyverno judges (run scripts/test.sh)');
  const rand = prng(SEED);
  const fixed: Rule[][] = [
    // Issue 16: Kyverno's * crossing / let rule 1 claim team/secure/app2.
    [{ patterns: ['team/*'], signers: ['a'], require: 'any', annotations: false }, { patterns: ['team/secure/**'], signers: ['b'], require: 'any', annotations: false }],
    // Issue 16: containers/image's most specific scope against the gate's first matching rule.
    [{ patterns: ['team/**'], signers: ['a'], require: 'any', annotations: false }, { patterns: ['team/secure/**'], signers: ['b'], require: 'any', annotations: false }],
  ];
  const cases = [...fixed, ...Array.from({ length: RANDOM_CASES }, () => randomRules(rand))];
  const generated = { kyverno: 0, containers: 0 };
  const mismatches: string[] = [];
  for (const [n, rules] of cases.entries()) {
    const caseDir = join(dir, `case-${n}`);
    await mkdir(caseDir);
    const trust = join(caseDir, 'trust.yaml');
    await writeFile(trust, trustYaml(rules).replace(/key: ([ab])\.pub/g, `key: ${dir}/$1.pub`));
    const policy = parseTrustPolicy(await readFile(trust, 'utf8'), trust);
    const gate = await gateVerdicts(trust);
    const covered = images.filter((i) => gate.get(i.image.ref)?.covered);
    const label = (i: (typeof images)[number]) => `${i.repo} signed ${i.variant}`;
    const describe = `case ${n}: ${rules.map((r, k) => `r${k}=[${r.patterns.join(',')}]${r.signers.join('+')}/${r.require}${r.annotations ? '+env' : ''}`).join(' ')}`;

    const refused = (target: string, e: unknown) => {
      if (!isSignetError(e) || e.kind !== 'usage') throw e;
      assert.match(e.message, /cannot/, `${target} refusal without a reason: ${e.message}`);
      t.diagnostic(`${describe}: ${target} refuses: ${e.message}`);
    };

    let kyverno: Awaited<ReturnType<typeof kyvernoPolicy>> | undefined;
    try {
      if (HAVE_KYVERNO) kyverno = await kyvernoPolicy(policy);
    } catch (e) {
      refused('kyverno', e);
    }
    if (kyverno && covered.length > 0) {
      generated.kyverno++;
      const verdicts = await kyvernoVerdicts(JSON.stringify(kyverno.documents[0]), caseDir, covered.map((i) => i.image.ref));
      for (const i of covered) {
        const want = gate.get(i.image.ref)?.ok;
        if (verdicts.get(i.image.ref) !== want) mismatches.push(`${describe}: ${label(i)}: gate ${want ? 'accepts' : 'rejects'}, Kyverno ${want ? 'rejects' : 'admits'}`);
      }
    }

    let node: Awaited<ReturnType<typeof containersConfig>> | undefined;
    try {
      if (HAVE_SKOPEO) node = await containersConfig(policy);
    } catch (e) {
      refused('containers', e);
    }
    if (node && covered.length > 0) {
      generated.containers++;
      const nodeDir = join(caseDir, 'node');
      await mkdir(join(nodeDir, 'registries.d'), { recursive: true });
      await writeFile(join(nodeDir, 'policy.json'), node.policyJson);
      await writeFile(join(nodeDir, 'registries.d', node.registriesDFile), node.registriesDYaml);
      // A seeded sample, half accepted and half rejected by the gate where there are both.
      const byVerdict = [covered.filter((i) => gate.get(i.image.ref)?.ok), covered.filter((i) => !gate.get(i.image.ref)?.ok)];
      const sample = byVerdict.flatMap((list) => [...list].sort(() => rand() - 0.5).slice(0, SKOPEO_SAMPLE / 2));
      for (const [k, i] of sample.entries()) {
        const want = gate.get(i.image.ref)?.ok;
        if ((await skopeoAccepts(i.image.ref, nodeDir, k)) !== want) mismatches.push(`${describe}: ${label(i)}: gate ${want ? 'accepts' : 'rejects'}, skopeo ${want ? 'rejects' : 'accepts'}`);
      }
    }
  }
  t.diagnostic(`generated: kyverno ${generated.kyverno}/${cases.length}, containers ${generated.containers}/${cases.length}`);
  assert.deepEqual(mismatches, [], `seed ${SEED}`);
  // Not vacuous: the fixed cases are expressible for the target they are about.
  assert.ok((!HAVE_KYVERNO || generated.kyverno >= 1) && (!HAVE_SKOPEO || generated.containers >= 1), `seed ${SEED}: nothing was generated`);
});

test('a {{...}} annotation value is matched literally by Kyverno, not read from the Pod (as the gate does)', { skip: !HAVE_KYVERNO && 'run scripts/test.sh: it builds the Kyverno CLI' }, async () => {
  const variable = '{{request.object.metadata.labels.env}}';
  const literal = await pushRandomImage(registry.host, 'lit/app', 'literal');
  const prod = await pushRandomImage(registry.host, 'lit/app', 'prod');
  for (const [img, value] of [[literal, variable], [prod, 'prod']] as const) {
    const r = await signet(['sign', '--key', join(dir, 'a.key'), '-a', `env=${value}`, img.ref], { env });
    assert.equal(r.code, 0, r.stderr);
  }
  const caseDir = join(dir, 'literal');
  await mkdir(caseDir);
  const trust = join(caseDir, 'trust.yaml');
  await writeFile(trust, `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: lit }\nspec:\n  rules:\n    - name: lit\n      images: ["${registry.host}/lit/**"]\n      annotations: { env: "${variable}" }\n      signers: [{ name: a, key: ${dir}/a.pub }]\n`);
  const policy = await kyvernoPolicy(parseTrustPolicy(await readFile(trust, 'utf8'), trust));
  // Pods labelled env=prod: unescaped, Kyverno would require env=prod and admit the wrong image.
  const pods = [literal, prod].map((img, i) => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `img-${i}`, namespace: 'default', labels: { env: 'prod' } }, spec: { containers: [{ name: 'app', image: img.ref }] } }));
  await writeFile(join(caseDir, 'policy.yaml'), JSON.stringify(policy.documents[0]));
  await writeFile(join(caseDir, 'pods.yaml'), pods.join('\n---\n'));
  const r = await run(KYVERNO, ['apply', join(caseDir, 'policy.yaml'), '--resource', join(caseDir, 'pods.yaml'), '--registry', '--policy-report', '--output-format', 'json'], { env });
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'))) as { results?: { result: string; resources?: { name: string }[] }[] };
  const result = (pod: string) => report.results?.filter((x) => x.resources?.some((res) => res.name === pod)).map((x) => x.result);
  // A result per phase (image verification, then validation); any fail denies the Pod.
  const literalResults = result('img-0') ?? [];
  assert.ok(literalResults.length > 0 && literalResults.every((x) => x === 'pass'), `signed with the literal value: ${r.stdout}`);
  assert.ok(result('img-1')?.includes('fail'), `signed env=prod: ${r.stdout}`);
  const gate = await gateVerdicts(trust, [literal.ref, prod.ref]);
  assert.deepEqual([gate.get(literal.ref)?.ok, gate.get(prod.ref)?.ok], [true, false]);
});
