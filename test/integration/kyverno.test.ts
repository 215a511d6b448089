/**
 * The Kyverno ClusterPolicy `signet policy kyverno` generates, enforced by the real Kyverno CLI
 * (v1.15.2, built from source through the Go module proxy) against Pods whose images live in
 * a local registry: the same verdicts as `signet verify --policy` on the same images.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';

const KYVERNO = process.env.SIGNET_KYVERNO ?? '';

describe('generated Kyverno policy enforced by the Kyverno CLI', { skip: !existsSync(KYVERNO) && 'run scripts/test.sh: it builds the Kyverno CLI' }, () => {
  let registry: RunningRegistry;
  let dir: string;
  const images: Record<string, PushedImage> = {};
  const env = () => ({ COSIGN_PASSWORD: 'kyv', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') });

  before(async () => {
    registry = await startRegistry();
    dir = await mkdtemp(join(tmpdir(), 'signet-kyverno-'));
    for (const k of ['release', 'other']) {
      const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, k)], { env: env() });
      assert.equal(gen.code, 0, gen.stderr);
    }
    for (const name of ['signed', 'unsigned', 'wrongKey', 'prodSigned']) images[name] = await pushRandomImage(registry.host, `kyv/${name.toLowerCase()}`, 'v1');
    images.prodUnannotated = await pushRandomImage(registry.host, 'kyv/prodsigned', 'v2');
    images.vendor = await pushRandomImage(registry.host, 'kyv/vendor', 'v1');
    const sign = async (key: string, img: PushedImage, extra: string[] = []) => {
      const r = await signet(['sign', '--key', join(dir, `${key}.key`), ...extra, img.ref], { env: env() });
      assert.equal(r.code, 0, r.stderr);
    };
    await sign('release', images.signed!);
    await sign('other', images.wrongKey!);
    await sign('release', images.prodSigned!, ['-a', 'env=prod']);
    await sign('release', images.prodUnannotated!);
    await sign('other', images.vendor!);
    await writeFile(
      join(dir, 'trust.yaml'),
      `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: kyv }\nspec:\n  rules:\n` +
        `    - name: prod\n      images: ["${registry.host}/kyv/prodsigned"]\n      annotations: { env: prod }\n      signers: [{ name: release, key: release.pub }]\n` +
        `    - name: vendor\n      images: ["${registry.host}/kyv/vendor"]\n      signers: [{ name: other, key: other.pub }]\n` +
        `    - name: apps\n      images: ["${registry.host}/kyv/**"]\n      signers: [{ name: release, key: release.pub }]\n`,
    );
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust.yaml'), '-o', join(dir, 'policy.yaml')], { env: env() });
    assert.equal(gen.code, 0, gen.stderr);
  });

  after(async () => {
    await registry?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const pod = (name: string, image: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: default }\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`;

  async function kyvernoApply(name: string, image: string) {
    const file = join(dir, `${name}.yaml`);
    await writeFile(file, pod(name.toLowerCase(), image));
    return run(KYVERNO, ['apply', join(dir, 'policy.yaml'), '--resource', file, '--registry', '--detailed-results'], { env: env() });
  }

  test('signed passes, unsigned and wrong key fail, exactly as signet verify --policy decides', async () => {
    // vendor is covered by its own rule (another key) before the catch-all: the first matching
    // rule decides in the gate, and the generated skipImageReferences make Kyverno agree.
    for (const [name, expected] of [['signed', true], ['prodSigned', true], ['vendor', true], ['unsigned', false], ['wrongKey', false]] as const) {
      const img = images[name]!;
      const k = await kyvernoApply(name, img.ref);
      const gate = await signet(['verify', '--policy', join(dir, 'trust.yaml'), '--output', 'json', img.ref], { env: env() });
      // One result per matching rule; any failure denies the Pod.
      const passed = /pass: [1-9]\d*, fail: 0, warn: 0, error: 0/.test(k.stdout);
      assert.equal(passed, expected, `kyverno on ${name}: ${k.stdout}\n${k.stderr}`);
      assert.equal(gate.code === 0, expected, `gate on ${name}: ${gate.stderr}`);
      if (!expected) assert.match(k.stdout, /fail: [1-9]/, `${name}: ${k.stdout}`);
    }
  });

  test('an annotation the rule requires is enforced by Kyverno too', async () => {
    // Signed with the right key, in the prod repository, but without env=prod.
    const img = images.prodUnannotated!;
    const k = await kyvernoApply('prodUnannotated', img.ref);
    assert.match(k.stdout, /fail: [1-9]/, k.stdout);
    const gate = await signet(['verify', '--policy', join(dir, 'trust.yaml'), img.ref], { env: env() });
    assert.equal(gate.code, 1, gate.stderr);
    assert.match(gate.stderr, /annotation env/);
  });
});
