/**
 * The Jenkins shared library (jenkins/): its JenkinsPipelineUnit tests run by Maven, then the
 * shell scripts those tests captured from signetSign/signetVerify run for real with bash, as a
 * Jenkins agent would run them, against a real registry; cosign judges the signatures.
 *
 * The Maven tests prove what the library hands to `sh` (exact scripts, credential bindings,
 * no secret in the text); this proves those very scripts work: the quoting, the images file,
 * the env variables withCredentials would bind, and the output the library parses.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { CLI_ENTRY, run, signet, type RunResult } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { pinnedList, startNotaryServer } from '../support/notary.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JENKINS = join(ROOT, 'jenkins');
const COMMANDS = join(JENKINS, 'target', 'commands');
const PASSWORD = 'jenkins-secret-pw-5d1e';

/** The same line formats jenkins/src/dev/signet/Cli.groovy (signedImages) parses. */
const SIGNED_LINE = /^(?:\[\d+\/\d+\] )?Signed (\S+) -> (\S+)$/;

let registry: RunningRegistry;
let dir: string;
let images: PushedImage[];
let unsigned: PushedImage;
let baseEnv: NodeJS.ProcessEnv;

/** Fails with an actionable message instead of a spawn ENOENT deep in a stack trace. */
async function requireTool(name: string, versionArgs: string[]): Promise<void> {
  const r = await run(name, versionArgs).catch((e: NodeJS.ErrnoException) => ({ code: -1, stdout: '', stderr: e.code === 'ENOENT' ? 'not found on PATH' : String(e) }));
  assert.equal(r.code, 0, `${name} is required for the Jenkins library tests (Maven + JDK 17, e.g. apt-get install maven openjdk-17-jdk-headless): ${r.stderr}${r.stdout}`);
}

interface Captured {
  script: string;
  /** environment variable -> Jenkins credentials id, as withCredentials bound them. */
  bindings: Record<string, string>;
  image: string | null;
}

async function captured(test: string): Promise<Captured> {
  const dump = await readFile(join(COMMANDS, `${test}.json`), 'utf8').catch((e: Error) => {
    throw new Error(`no script captured by the Maven test ${test} (did the Maven tests run and pass?): ${e.message}`);
  });
  const calls = JSON.parse(dump) as Captured[];
  assert.equal(calls.length, 1, `${test} ran sh once`);
  const script = await readFile(join(COMMANDS, `${test}.sh`), 'utf8');
  assert.equal(script, calls[0]!.script, 'the .sh dump is the script sh got');
  return calls[0]!;
}

/**
 * Runs a captured script with bash in a fresh workspace, as the sh step would: the images list
 * written where the script's --images-file points (the step's writeFile), `signet` on PATH, and
 * exactly the credential variables the script was captured with, valued from `secrets`.
 */
async function replay(c: Captured, refs: string[], secrets: Record<string, string>, files: Record<string, string> = {}): Promise<RunResult & { workspace: string }> {
  const workspace = await mkdtemp(join(dir, 'workspace-'));
  const imagesFile = /--images-file '([^']+)'/.exec(c.script)?.[1];
  assert.ok(imagesFile, `no --images-file in\n${c.script}`);
  await mkdir(join(workspace, dirname(imagesFile)), { recursive: true });
  await writeFile(join(workspace, imagesFile), refs.join('\n') + '\n');
  for (const [name, from] of Object.entries(files)) await copyFile(from, join(workspace, name));
  const env: NodeJS.ProcessEnv = { ...baseEnv };
  for (const [variable, credentialsId] of Object.entries(c.bindings)) {
    const value = secrets[credentialsId];
    assert.ok(value !== undefined, `the script was captured with credential ${credentialsId} bound to ${variable}; the replay has no value for it`);
    env[variable] = value;
  }
  await writeFile(join(workspace, 'script.sh'), c.script);
  return { ...(await run('bash', ['script.sh'], { env, cwd: workspace })), workspace };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-jenkins-'));
  // `signet` as an agent would have it on PATH: the CLI from this checkout.
  const bin = join(dir, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'signet'), `#!/bin/sh\nexec '${process.execPath}' '${CLI_ENTRY}' "$@"\n`);
  await chmod(join(bin, 'signet'), 0o755);
  // An agent's environment: nothing from this machine's docker config or key passwords.
  baseEnv = { PATH: `${bin}:${process.env.PATH}`, HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), COSIGN_PASSWORD: undefined, SIGNET_KEY_FILE: undefined };
  registry = await startRegistry();
  images = await Promise.all([pushRandomImage(registry.host, 'jenkins/app', 'v1'), pushRandomImage(registry.host, 'jenkins/worker', 'v1')]);
  unsigned = await pushRandomImage(registry.host, 'jenkins/unsigned', 'v1');
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env: { COSIGN_PASSWORD: PASSWORD } });
  assert.equal(gen.code, 0, gen.stderr);
});

after(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Jenkins shared library', () => {
  test('JenkinsPipelineUnit tests pass (mvn -f jenkins/pom.xml test)', { timeout: 15 * 60_000 }, async () => {
    await requireTool('java', ['-version']);
    await requireTool('mvn', ['-v']);
    // Stale dumps from an earlier run must not stand in for this run's.
    await rm(COMMANDS, { recursive: true, force: true });
    const started = Date.now();
    const r = await run('mvn', ['-q', '-B', '-f', join(JENKINS, 'pom.xml'), 'test'], { cwd: ROOT });
    assert.equal(r.code, 0, `Maven tests failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
    console.log(`# mvn test: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  });

  test('the captured signetSign script signs for real with the bound key file and password; cosign verifies', async () => {
    const c = await captured('SignetSignTest.signsWithKeyFileCredentialAndPassword');
    assert.deepEqual(c.bindings, { SIGNET_KEY_FILE: 'cosign-key', COSIGN_PASSWORD: 'cosign-password' });
    assert.equal(c.image, null);
    const refs = images.map((i) => i.ref);
    const secrets = { 'cosign-key': join(dir, 'cosign.key'), 'cosign-password': PASSWORD };

    const r = await replay(c, refs, secrets);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    // What the step reads back to return the signed digests: one line per image, in the form
    // Cli.signedImages parses, and the same lines in the build log (the script cats the file).
    const logFile = /2>'([^']+)'/.exec(c.script)?.[1];
    assert.ok(logFile);
    const log = await readFile(join(r.workspace, logFile), 'utf8');
    const signed = log.split('\n').map((l) => SIGNED_LINE.exec(l)?.[1]).filter((x): x is string => Boolean(x));
    assert.deepEqual(signed.sort(), [...refs].sort(), log);
    assert.ok(r.stderr.includes(log.trim()), 'the log reaches the build log');
    assert.ok(!r.stdout.includes(PASSWORD) && !r.stderr.includes(PASSWORD));

    for (const ref of refs) {
      const v = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', '-a', 'env=prod', ref], { HOME: dir });
      assert.equal(v.code, 0, `cosign verify ${ref}: ${v.stderr}`);
    }
  });

  test('the same script with a wrong password credential exits 2 (the step fails the build) without printing it', async () => {
    const c = await captured('SignetSignTest.signsWithKeyFileCredentialAndPassword');
    const wrong = 'wrong-jenkins-pw-77c0';
    const r = await replay(c, [images[0]!.ref], { 'cosign-key': join(dir, 'cosign.key'), 'cosign-password': wrong });
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, /password/i);
    assert.ok(!r.stdout.includes(wrong) && !r.stderr.includes(wrong));
  });

  test('the captured signetVerify script passes for signed images and prints what the step parses', async () => {
    const c = await captured('SignetVerifyTest.verifiedImagesPassAndReturnTheirPayloads');
    assert.deepEqual(c.bindings, {});
    const refs = images.map((i) => i.ref);
    // The test verified with key: 'cosign.pub', a path relative to the workspace.
    const r = await replay(c, refs, {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const resultFile = />'([^']+)'/.exec(c.script)?.[1];
    assert.ok(resultFile);
    // One JSON array of cosign payloads per image, in input order (Cli.verifyResults).
    const lines = (await readFile(join(r.workspace, resultFile), 'utf8')).trim().split('\n');
    assert.equal(lines.length, refs.length);
    lines.forEach((line, i) => {
      const payloads = JSON.parse(line) as { critical: { identity: { 'docker-reference': string }; image: { 'docker-manifest-digest': string } }; optional: Record<string, string> }[];
      assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], images[i]!.digest);
      assert.equal(payloads[0]?.critical.identity['docker-reference'], images[i]!.repository);
      assert.equal(payloads[0]?.optional.env, 'prod');
    });
  });

  test('the captured signetVerify script exits 1 for an unsigned image and prints only the signed one', async () => {
    const c = await captured('SignetVerifyTest.verifiedImagesPassAndReturnTheirPayloads');
    // Unsigned first: the step must match output lines to images by digest, not by position.
    const refs = [unsigned.ref, images[0]!.ref];
    const r = await replay(c, refs, {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(r.code, 1, r.stderr + r.stdout);
    assert.ok(r.stderr.includes(unsigned.ref), r.stderr);
    const resultFile = />'([^']+)'/.exec(c.script)?.[1];
    const lines = (await readFile(join(r.workspace, resultFile!), 'utf8')).trim().split('\n');
    assert.equal(lines.length, 1);
    const [payload] = JSON.parse(lines[0]!) as { critical: { identity: { 'docker-reference': string }; image: { 'docker-manifest-digest': string } } }[];
    assert.equal(payload?.critical.image['docker-manifest-digest'], images[0]!.digest);
    assert.equal(payload?.critical.identity['docker-reference'], images[0]!.repository);
  });
  test('Docker Content Trust: the captured signetSign and signetVerify scripts publish into and verify against a real notary-server; the pinned notary client lists what was published', async () => {
    const notary = await startNotaryServer();
    try {
      const app = await pushRandomImage(registry.host, 'jenkins/dct', 'v1');
      const gun = app.repository;
      const targetsKey = join(dir, 'dct-targets.key');
      await run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', targetsKey]);
      const rootCert = join(dir, 'dct-root.crt');
      const init = await signet(['notary', 'init', gun, '--notary', notary.url, '--notary-ca', notary.ca.caCert, '--root-key', join(dir, 'cosign.key'), '--key', targetsKey, '--root-cert-out', rootCert], { env: { ...baseEnv, COSIGN_PASSWORD: PASSWORD } });
      assert.equal(init.code, 0, init.stderr);
      const rootKeyId = JSON.parse(init.stdout).root.keyId as string;
      // The Maven tests named the server https://notary.example.com:4443; the replay points it here.
      const here = (c: Captured) => ({ ...c, script: c.script.replaceAll('https://notary.example.com:4443', notary.url) });
      const files = { 'notary-root.crt': rootCert, 'notary-ca.crt': notary.ca.caCert };

      const sign = await captured('SignetSignTest.publishesTagsIntoNotaryWithTheRoleKey');
      assert.deepEqual(sign.bindings, { SIGNET_KEY_FILE: 'cosign-key' });
      const signed = await replay(here(sign), [`${gun}:v1`], { 'cosign-key': targetsKey }, files);
      assert.equal(signed.code, 0, signed.stderr + signed.stdout);
      const log = await readFile(join(signed.workspace, /2>'([^']+)'/.exec(sign.script)![1]!), 'utf8');
      // The line Cli.signedImages reads: the digest published, as which tag, where.
      assert.ok(log.split('\n').some((l) => l.startsWith(`Signed ${app.ref} as ${gun}:v1 -> ${notary.url}#`) && l.endsWith('#targets')), log);
      const rows = await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await mkdtemp(join(dir, 'notary-trust-')), gun, rootKeyId);
      assert.equal(rows.get('v1')?.[0], app.digest.slice('sha256:'.length), 'the pinned notary client lists the digest the step published');

      const verify = await captured('SignetVerifyTest.verifiesTagsAgainstNotaryTrustData');
      const ok = await replay(here(verify), [`${gun}:v1`], {}, files);
      assert.equal(ok.code, 0, ok.stderr + ok.stdout);
      const resultFile = />'([^']+)'/.exec(verify.script)![1]!;
      const [target] = JSON.parse((await readFile(join(ok.workspace, resultFile), 'utf8')).trim()) as { gun: string; tag: string; digest: string }[];
      assert.deepEqual([target?.gun, target?.tag, target?.digest], [gun, 'v1', app.digest], 'the line Cli.verifyResults matches to the input');
      const unsignedTag = await pushRandomImage(registry.host, 'jenkins/dct', 'unsigned');
      const refused = await replay(here(verify), [`${gun}:unsigned`, `${gun}:v1`], {}, files);
      assert.equal(refused.code, 1, refused.stderr + refused.stdout);
      assert.equal((await readFile(join(refused.workspace, resultFile), 'utf8')).trim().split('\n').length, 1, `only v1 is printed (${unsignedTag.digest} is not signed)`);
    } finally {
      await notary.stop();
    }
  });
});
