/**
 * The ClusterImagePolicies `signet policy policy-controller` generates, judged by
 * policy-controller's own tester (github.com/sigstore/policy-controller/cmd/tester v0.13.1, built
 * by scripts/lib/peer-policy-tester.sh): it validates each policy as the admission webhook does
 * and verifies an image against it without a cluster. Signed images must pass, unsigned and
 * wrong-key ones fail, exactly as `signet verify --policy` decides (annotation rules are refused
 * by this target, so none is generated).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';

const TESTER = process.env.SIGNET_POLICY_TESTER ?? '';

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;
const images: Record<string, PushedImage> = {};
/** policy name -> file holding that one ClusterImagePolicy */
const policies = new Map<string, string>();

before(async () => {
  if (!existsSync(TESTER)) throw new Error(`policy-controller's tester not found (SIGNET_POLICY_TESTER=${TESTER}): run scripts/test.sh, which builds it`);
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-policy-tester-'));
  env = { HOME: dir, SIGNET_INSECURE_REGISTRIES: registry.host, COSIGN_PASSWORD: 'pw', DOCKER_CONFIG: join(dir, 'docker') };
  for (const k of ['release', 'security', 'other']) {
    const g = await signet(['generate-key-pair', '--output-key-prefix', join(dir, k)], { env });
    assert.equal(g.code, 0, g.stderr);
  }
  const names = ['signed', 'unsigned', 'wrongKey', 'baseBoth', 'baseOne'];
  const repos: Record<string, string> = { signed: 'pc/app', unsigned: 'pc/unsigned', wrongKey: 'pc/wrong', baseBoth: 'pcbase/both', baseOne: 'pcbase/one' };
  await Promise.all(names.map(async (n) => (images[n] = await pushRandomImage(registry.host, repos[n] as string, 'v1'))));
  const sign = async (key: string, img: PushedImage, extra: string[] = []) => {
    const r = await signet(['sign', '--key', join(dir, `${key}.key`), ...extra, img.ref], { env });
    assert.equal(r.code, 0, r.stderr);
  };
  await sign('release', images.signed!);
  await sign('other', images.wrongKey!);
  await sign('release', images.baseBoth!);
  await sign('security', images.baseBoth!);
  await sign('release', images.baseOne!);
  await writeFile(join(dir, 'trust.yaml'), `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: pc }
spec:
  rules:
    - name: base
      images: ["${registry.host}/pcbase/*"]
      require: all
      signers: [{ name: release, key: release.pub }, { name: security, key: security.pub }]
    - name: apps
      images: ["${registry.host}/pc/**"]
      signers: [{ name: release, key: release.pub }, { name: other-team, key: security.pub }]
`);
  const out = join(dir, 'cips.yaml');
  const gen = await signet(['policy', 'policy-controller', '--policy', join(dir, 'trust.yaml'), '-o', out], { env, cwd: dir });
  assert.equal(gen.code, 0, gen.stderr);
  for (const doc of parseAllDocuments(await readFile(out, 'utf8'))) {
    const o = doc.toJS() as { kind: string; metadata: { name: string } };
    if (o?.kind !== 'ClusterImagePolicy') continue;
    const file = join(dir, `${o.metadata.name}.yaml`);
    await writeFile(file, stringify(o));
    policies.set(o.metadata.name, file);
  }
});

after(async () => {
  await registry?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const tester = (policy: string, image: string): Promise<RunResult> =>
  run(TESTER, ['-policy', policy, '-image', image, '-log-level', 'error'], { env: { HOME: dir, DOCKER_CONFIG: join(dir, 'docker') } });

/** The generated policies whose name mentions the rule (one for any-rules, one per signer for all-rules). */
function policiesOf(rule: string): string[] {
  const found = [...policies.entries()].filter(([name]) => name.includes(rule)).map(([, file]) => file);
  assert.ok(found.length > 0, `no ClusterImagePolicy for rule ${rule} among ${[...policies.keys()].join(', ')}`);
  return found;
}

describe('policy-controller\'s tester judges generated ClusterImagePolicies', () => {
  const cases: [string, string, boolean][] = [
    ['apps', 'signed', true],
    ['apps', 'unsigned', false],
    ['apps', 'wrongKey', false],
    ['base', 'baseBoth', true],
    ['base', 'baseOne', false],
  ];
  for (const [rule, name, allowed] of cases) {
    test(`${rule}: ${name} is ${allowed ? 'admitted' : 'denied'} by policy-controller and by the gate`, async () => {
      const img = images[name]!;
      const results = await Promise.all(policiesOf(rule).map((p) => tester(p, img.ref)));
      // Every matching policy must pass for admission.
      const admitted = results.every((r) => r.code === 0);
      assert.equal(admitted, allowed, `tester on ${name}:\n${results.map((r) => `${r.code} ${r.stdout}${r.stderr}`).join('\n')}`);
      if (!allowed) assert.ok(results.some((r) => /errors|signature|annotation|no matching/i.test(r.stdout + r.stderr)), 'denied for a reason, not a crash');
      const gate = await signet(['verify', '--policy', join(dir, 'trust.yaml'), '--output', 'json', img.ref], { env });
      assert.equal(gate.code === 0, allowed, `gate on ${name}: ${gate.stderr}`);
    });
  }
});
