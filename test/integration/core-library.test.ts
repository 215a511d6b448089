/**
 * @signet/core as a library, without the CLI: sign a batch into a real registry and gate it
 * with a trust policy, through the package's public index only (no deep imports, no CLI
 * module). cosign v2.6.5 judges the signatures the library wrote; docker-registry stores them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateCosignKeyPair,
  parseTrustPolicy,
  RegistryClient,
  signImages,
  silentLogger,
  verifyImages,
  type TargetContext,
} from '@signet/core';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { cosign } from '../support/peers.ts';

const PASSWORD = 'library-password';
let registry: RunningRegistry;
let dir: string;
let client: RegistryClient;
let context: TargetContext;
const images: PushedImage[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-core-library-'));
  registry = await startRegistry();
  for (const tag of ['one', 'two', 'three']) images.push(await pushRandomImage(registry.host, 'lib/app', tag));
  images.push(await pushRandomImage(registry.host, 'lib/other', 'v1'));
  for (const name of ['release', 'stranger']) {
    const pair = await generateCosignKeyPair(PASSWORD);
    await writeFile(join(dir, `${name}.key`), pair.privateKeyPem, { mode: 0o600 });
    await writeFile(join(dir, `${name}.pub`), pair.publicKeyPem);
  }
  client = new RegistryClient({ insecureRegistries: [registry.host] });
  context = { registry: client, logger: silentLogger };
});

after(async () => {
  await client?.close();
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

test('the library signs a batch and a trust policy gates it; cosign accepts what it wrote', async () => {
  const signed = await signImages({
    images: images.slice(0, 3).map((i) => i.ref),
    context,
    key: { kind: 'key', ref: join(dir, 'release.key'), password: async () => PASSWORD },
    annotations: { env: 'prod' },
  });
  assert.deepEqual(signed.summary, { images: 3, imagesSigned: 3, signatures: 3, added: 3, failed: 0 });
  // lib/other is signed by a key the policy does not trust.
  const stranger = await signImages({
    images: [images[3]!.ref],
    context,
    key: { kind: 'key', ref: join(dir, 'stranger.key'), password: async () => PASSWORD },
    annotations: { env: 'prod' },
  });
  assert.equal(stranger.summary.added, 1);

  const policy = parseTrustPolicy(
    [
      'apiVersion: signet.dev/v1alpha1',
      'kind: TrustPolicy',
      'metadata: { name: library }',
      'spec:',
      '  rules:',
      '    - name: lib',
      `      images: ["${registry.host}/lib/**"]`,
      '      annotations: { env: prod }',
      '      signers:',
      `        - { name: release, key: ${join(dir, 'release.pub')} }`,
    ].join('\n'),
    join(dir, 'policy.yaml'),
  );
  const gate = await verifyImages({ images: images.map((i) => i.ref), context, trust: { policy } });
  assert.deepEqual(gate.summary, { images: 4, verified: 3, failed: 1 });
  const verdicts = gate.images.map((o) => (o.ok ? o.value : assert.fail(`error: ${String(o.error)}`)));
  for (const v of verdicts.slice(0, 3)) {
    assert.equal(v.ok, true, v.reason);
    assert.equal(v.rule, 'lib');
    assert.equal(v.payloads[0]?.optional?.env, 'prod');
  }
  assert.equal(verdicts[3]?.ok, false);
  assert.match(verdicts[3]?.reason ?? '', /rule "lib" requires one signer; release: no valid signature .*signature does not verify with the given key/);

  // The judge: cosign accepts the library's signatures with the release key, and refuses the stranger's.
  const env = { HOME: dir };
  const verify = (pub: string, ref: string) => cosign(['verify', '--key', join(dir, pub), '--insecure-ignore-tlog=true', '--allow-http-registry', '-a', 'env=prod', ref], env);
  const accepted = await verify('release.pub', images[0]!.ref);
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.notEqual((await verify('release.pub', images[3]!.ref)).code, 0);
  assert.equal((await verify('stranger.pub', images[3]!.ref)).code, 0);
});
