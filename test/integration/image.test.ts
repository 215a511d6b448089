/**
 * The container image, built from the repository's Dockerfile (scripts/release/image.sh: an
 * mmdebstrap base from this machine's apt sources, Node 24 from the npm `node` package) and run
 * with podman + runc: it runs as uid 65532 and says it is the image build; it is pushed to a real
 * registry, signed by signet and verified by cosign; signet inside the image verifies it too; and
 * the Tekton signet-sign and signet-verify Tasks' steps run inside it (not the bare entrypoint
 * script), their signatures judged by cosign; and so do the Jenkins steps' `image:` path: the
 * scripts JenkinsPipelineUnit captured for signetSign/signetVerify with `image:` run in the image
 * the way docker-workflow's `docker.image(image).inside(args)` runs them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
let releasedRef: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-image-'));
  await chmod(dir, 0o755);
  tag = `localhost/signet-test:${process.pid}`;
  registry = await startRegistry();
  // The release's own steps in their dry run (scripts/release/release.sh, what release.yml calls):
  // binary, npm tarballs, this image built and pushed to the registry, signed by the signet binary
  // and verified by cosign, SHA256SUMS signed and checked, the pins applied to a scratch copy.
  const built = await run('bash', [join(ROOT, 'scripts/release/release.sh'), 'dry-run', '--registry', registry.host, '--image-tag', tag, '--out', join(dir, 'assets'), '--reuse-bundle']);
  assert.equal(built.code, 0, built.stderr);
  releasedRef = /^image=(\S+)$/m.exec(built.stdout)?.[1] ?? '';
  assert.match(releasedRef, new RegExp(`^${registry.host}/signet-dev/signet@sha256:[0-9a-f]{64}$`));
  const size = /built \S+ in \d+s \((\d+) bytes\)/.exec(built.stderr)?.[1];
  console.log(`# image ${tag}: ${(Number(size) / 1e6).toFixed(0)} MB`);
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

test('the release dry run: SHA256SUMS over the binary and tarballs, its signature and the image signature accepted by cosign', async () => {
  const assets = join(dir, 'assets');
  const files = (await readdir(assets)).sort();
  for (const f of ['SHA256SUMS', 'SHA256SUMS.sigstore.json', 'release.pub', 'signet-linux-x64']) assert.ok(files.includes(f), files.join(' '));
  assert.equal(files.filter((f) => f.endsWith('.tgz')).length, 2, files.join(' '));
  const sums = await readFile(join(assets, 'SHA256SUMS'), 'utf8');
  assert.deepEqual(sums.trim().split('\n').map((l) => l.split(/\s+/)[1]).sort(), files.filter((f) => f.startsWith('signet-') || f.endsWith('.tgz')).sort());
  assert.equal((await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: assets })).code, 0);
  const blob = await cosign(['verify-blob', '--key', join(assets, 'release.pub'), '--insecure-ignore-tlog=true', '--bundle', join(assets, 'SHA256SUMS.sigstore.json'), join(assets, 'SHA256SUMS')], { HOME: dir });
  assert.equal(blob.code, 0, blob.stderr);
  await writeFile(join(dir, 'tampered-sums'), sums.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0')));
  const tampered = await cosign(['verify-blob', '--key', join(assets, 'release.pub'), '--insecure-ignore-tlog=true', '--bundle', join(assets, 'SHA256SUMS.sigstore.json'), join(dir, 'tampered-sums')], { HOME: dir });
  assert.notEqual(tampered.code, 0);
  const image = await cosign(['verify', '--key', join(assets, 'release.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', releasedRef], { HOME: dir });
  assert.equal(image.code, 0, image.stderr);
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

/**
 * One `sh` step of the Jenkins library inside `docker.image(image).inside(args) { }`, as
 * docker-workflow runs it: a container started from the image with its entrypoint replaced by
 * `cat`, as the agent's uid (not the image's user), the workspace and its @tmp sibling (where
 * Secret file credentials live) mounted at the same paths, `-w` the workspace; then the script,
 * which starts with #!/bin/sh, executed with `docker exec`, the variables withCredentials bound
 * and the agent's environment passed with --env.
 */
async function insideImage(captured: { script: string; bindings: Record<string, string>; image: string | null }, refs: string[], secrets: Record<string, string>,
  files: Record<string, string> = {}) {
  const [image, ...dockerArgs] = (captured.image ?? '').split(' ');
  assert.equal(image, 'ghcr.io/signet-dev/signet:1', 'the Maven test ran the step with image:');
  const ws = await mkdtemp(join(dir, 'jenkins-ws-'));
  const wsTmp = `${ws}@tmp`;
  const imagesFile = /--images-file '([^']+)'/.exec(captured.script)?.[1];
  assert.ok(imagesFile, captured.script);
  await mkdir(join(ws, imagesFile, '..'), { recursive: true });
  await writeFile(join(ws, imagesFile), `${refs.join('\n')}\n`);
  for (const [name, from] of Object.entries(files)) await cp(from, join(ws, name));
  await mkdir(join(wsTmp, 'durable'), { recursive: true });
  await writeFile(join(wsTmp, 'durable', 'script.sh'), captured.script, { mode: 0o755 });
  const env: string[] = ['-e', `SIGNET_INSECURE_REGISTRIES=${registry.host}`];
  for (const [variable, id] of Object.entries(captured.bindings)) {
    const value = secrets[id];
    assert.ok(value !== undefined, `no value for credential ${id}`);
    let bound = value;
    if (value.startsWith('/')) { // a Secret file credential: copied into @tmp/secretFiles, as the plugin does
      bound = join(wsTmp, 'secretFiles', id, value.split('/').pop()!);
      await mkdir(join(bound, '..'), { recursive: true });
      await cp(value, bound);
    }
    env.push('-e', `${variable}=${bound}`);
  }
  await run('chmod', ['-R', 'a+rwX', ws, wsTmp]);
  const started = await podman(['run', '-d', '-t', '-u', '1000:1000', ...dockerArgs, '-w', ws, '-v', `${ws}:${ws}`, '-v', `${wsTmp}:${wsTmp}`, '--entrypoint', 'cat', tag]);
  assert.equal(started.code, 0, started.stderr);
  const container = started.stdout.trim();
  try {
    return { ...(await podman(['exec', ...env, '-w', ws, container, join(wsTmp, 'durable', 'script.sh')])), ws };
  } finally {
    await podman(['rm', '--force', '--time', '0', container]);
  }
}

test('the Jenkins steps with image: run inside the image as docker.image().inside runs them; cosign judges', { timeout: 10 * 60_000 }, async () => {
  // JenkinsPipelineUnit captures the scripts (jenkins/test, PipelineTestBase) in a copy of the
  // library, so this Maven run shares no target/ with jenkins.test.ts's.
  const lib = join(dir, 'jenkins-lib');
  await cp(join(ROOT, 'jenkins'), lib, { recursive: true, filter: (src) => !src.startsWith(join(ROOT, 'jenkins', 'target')) });
  const tests = ['SignetSignTest#runsInsideTheGivenImageWithCredentialsBoundInTheContainer', 'SignetVerifyTest#verifiesInsideTheGivenImage'];
  const mvn = await run('mvn', ['-q', '-B', '-f', join(lib, 'pom.xml'), 'test', `-Dtest=${tests.join(',')}`], { cwd: lib });
  assert.equal(mvn.code, 0, `mvn: ${mvn.stdout}\n${mvn.stderr}`);
  const captured = async (name: string) => {
    const calls = JSON.parse(await readFile(join(lib, 'target', 'commands', `${name}.json`), 'utf8')) as { script: string; bindings: Record<string, string>; image: string | null }[];
    assert.equal(calls.length, 1);
    return calls[0]!;
  };
  const img = await pushRandomImage(registry.host, 'jenkins/in-image', 'v1');
  const sign = await captured('SignetSignTest.runsInsideTheGivenImageWithCredentialsBoundInTheContainer');
  assert.deepEqual(sign.bindings, { SIGNET_KEY_FILE: 'cosign-key', COSIGN_PASSWORD: 'cosign-password' });
  const signed = await insideImage(sign, [img.ref], { 'cosign-key': join(dir, 'cosign.key'), 'cosign-password': PASSWORD });
  assert.equal(signed.code, 0, signed.stderr + signed.stdout);
  // The step reads back what was signed from the --report file (Cli.signResults).
  const report = (script: string) => /--report '([^']+)'/.exec(script)?.[1];
  assert.ok(report(sign.script), sign.script);
  const signReport = JSON.parse(await readFile(join(signed.ws, report(sign.script)!), 'utf8')) as { signed: { image: string; digest: string }[] };
  assert.deepEqual(signReport.signed.map((s) => s.digest), [img.digest]);
  assert.ok(!signed.stdout.includes(PASSWORD) && !signed.stderr.includes(PASSWORD));
  const judged = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], { HOME: dir });
  assert.equal(judged.code, 0, judged.stderr);

  const verify = await captured('SignetVerifyTest.verifiesInsideTheGivenImage');
  assert.deepEqual(verify.bindings, { SIGNET_KEY_FILE: 'cosign-pub' });
  const verified = await insideImage(verify, [img.ref], { 'cosign-pub': join(dir, 'cosign.pub') });
  assert.equal(verified.code, 0, verified.stderr + verified.stdout);
  const verifyReport = JSON.parse(await readFile(join(verified.ws, report(verify.script)!), 'utf8')) as {
    verified: { ok: boolean; payloads: { critical: { image: { 'docker-manifest-digest': string } } }[] }[];
  };
  assert.deepEqual(verifyReport.verified.map((v) => [v.ok, v.payloads[0]?.critical.image['docker-manifest-digest']]), [[true, img.digest]]);
  const unsigned = await pushRandomImage(registry.host, 'jenkins/in-image-unsigned', 'v1');
  const refused = await insideImage(verify, [unsigned.ref], { 'cosign-pub': join(dir, 'cosign.pub') });
  assert.equal(refused.code, 1, refused.stderr + refused.stdout);
});
