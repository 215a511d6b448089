/**
 * The container image, built from the repository's Dockerfile (scripts/release/image.sh: an
 * mmdebstrap base from this machine's apt sources, Node 24 from the npm `node` package) and run
 * with podman + runc: it runs as uid 65532 and says it is the image build; it is pushed to a real
 * registry, signed by signet and verified by cosign; signet inside the image verifies it too; and
 * the Tekton signet-sign and signet-verify Tasks' steps run inside it (not the bare entrypoint
 * script), their signatures judged by cosign.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, signet } from '../support/cli.ts';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { cosign } from '../support/peers.ts';
import { podman } from '../support/podman.ts';
import { runTask } from '../support/tekton-runner.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'image-pw';
let dir: string;
let tag: string;
let registry: RunningRegistry;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-image-'));
  await chmod(dir, 0o755);
  tag = `localhost/signet-test:${process.pid}`;
  const built = await run('bash', [join(ROOT, 'scripts/release/image.sh'), tag]);
  assert.equal(built.code, 0, built.stderr);
  const size = /built \S+ in \d+s \((\d+) bytes\)/.exec(built.stderr)?.[1];
  console.log(`# image ${tag}: ${(Number(size) / 1e6).toFixed(0)} MB`);
  registry = await startRegistry();
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env: { COSIGN_PASSWORD: PASSWORD } });
  assert.equal(gen.code, 0, gen.stderr);
  await chmod(join(dir, 'cosign.key'), 0o644); // read by the image's uid 65532 through the keys workspace
});

after(async () => {
  await registry?.stop();
  if (tag) await podman(['rmi', '--force', tag]);
  await rm(dir, { recursive: true, force: true });
});

const inImage = (args: string[], extra: string[] = []) => podman(['run', '--rm', '--network', 'host', ...extra, tag, ...args]);

test('runs as uid 65532, stamped as the image build, with the Node of toolchain.sh', async () => {
  const id = await inImage(['-u'], ['--entrypoint', 'id']);
  assert.equal(id.code, 0, id.stderr);
  assert.equal(id.stdout.trim(), '65532');
  const v = await inImage(['version', '--json']);
  assert.equal(v.code, 0, v.stderr);
  const info = JSON.parse(v.stdout) as Record<string, string>;
  assert.equal(info.artifact, 'image');
  assert.equal(info.node, process.versions.node);
  assert.equal(info.version, (JSON.parse(await readFile(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version);
});

test('pushed to a registry, signed by signet, verified by cosign and by signet inside the image', async () => {
  const digestFile = join(dir, 'digest');
  const repo = `${registry.host}/signet-dev/signet`;
  const push = await podman(['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${repo}:test`]);
  assert.equal(push.code, 0, push.stderr);
  const ref = `${repo}@${(await readFile(digestFile, 'utf8')).trim()}`;
  const env = { COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
  const s = await signet(['sign', '--key', join(dir, 'cosign.key'), ref], { env });
  assert.equal(s.code, 0, s.stderr);
  const judged = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', ref], { HOME: dir });
  assert.equal(judged.code, 0, judged.stderr);
  const self = await inImage(['verify', '--key', '/keys/cosign.pub', ref], ['-v', `${dir}:/keys:ro`, '-e', `SIGNET_INSECURE_REGISTRIES=${registry.host}`]);
  assert.equal(self.code, 0, self.stderr);
});

test('the Tekton Tasks\' steps inside the image: sign, then the verify gate; cosign judges', async () => {
  const img = await pushRandomImage(registry.host, 'tekton/in-image', 'v1');
  const exec = async (step: { script: string; args: string[]; env: NodeJS.ProcessEnv; dir: string }) => {
    await run('chmod', ['-R', 'a+rwX', step.dir]);
    const envArgs = Object.entries(step.env).flatMap(([k, v]) => (v === undefined ? [] : ['-e', `${k}=${v}`]));
    return podman(['run', '--rm', '--network', 'host', '-v', `${step.dir}:${step.dir}`, '-v', `${dir}:${dir}:ro`, ...envArgs,
      '--entrypoint', 'sh', tag, step.script, ...step.args]);
  };
  const signed = await runTask(join(ROOT, 'tekton/task/signet-sign/0.1/signet-sign.yaml'), {
    params: { IMAGE_URL: `${img.repository}:v1`, IMAGE_DIGEST: img.digest, ALLOW_HTTP_REGISTRY: 'true' },
    workspaces: { keys: dir },
    secrets: { 'signet-key': { 'cosign.password': PASSWORD } },
    exec,
  });
  assert.equal(signed.code, 0, signed.stderr);
  assert.equal(signed.results.SIGNED_DIGESTS, img.ref);
  const judged = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], { HOME: dir });
  assert.equal(judged.code, 0, judged.stderr);
  const gate = await runTask(join(ROOT, 'tekton/task/signet-verify/0.1/signet-verify.yaml'), {
    params: { IMAGES: [img.ref], KEY: join(dir, 'cosign.pub'), ALLOW_HTTP_REGISTRY: 'true' },
    exec,
  });
  assert.equal(gate.code, 0, gate.stderr);
  const unsigned = await pushRandomImage(registry.host, 'tekton/in-image-unsigned', 'v1');
  const refused = await runTask(join(ROOT, 'tekton/task/signet-verify/0.1/signet-verify.yaml'), {
    params: { IMAGES: [unsigned.ref], KEY: join(dir, 'cosign.pub'), ALLOW_HTTP_REGISTRY: 'true' },
    exec,
  });
  assert.notEqual(refused.code, 0);
});
