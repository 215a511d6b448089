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

/** The fields of `--report` that jenkins/src/dev/signet/Cli.groovy reads (signResults, verifyResults, failureDetail). */
interface Report {
  signed: { image: string; digest: string; location: string | null; appended: boolean; format: string; identity: string }[];
  failed: { image: string; error: string }[];
  verified: { input: string; image: string; ok: boolean; reason?: string; error?: string; payloads: { critical: { identity: { 'docker-reference': string }; image: { 'docker-manifest-digest': string } }; optional: Record<string, string> | null }[] }[];
  error?: string;
}

/** The Maven tests' placeholder image (SignetSignTest/SignetVerifyTest), for scripts that name it. */
const PLACEHOLDER_REPO = 'registry.example.com/team/app';
const PLACEHOLDER_DIGEST = `sha256:${'a'.repeat(64)}`;

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
async function replay(c: Captured, refs: string[], secrets: Record<string, string>, files: Record<string, string> = {}): Promise<RunResult & { workspace: string; report: () => Promise<Report> }> {
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
  const reportFile = /--report '([^']+)'/.exec(c.script)?.[1];
  assert.ok(reportFile, `no --report in\n${c.script}`);
  const report = async () => JSON.parse(await readFile(join(workspace, reportFile), 'utf8')) as Report;
  return { ...(await run('bash', ['script.sh'], { env, cwd: workspace })), workspace, report };
}

/** A captured script with the Maven test's placeholder image replaced by a pushed one (imageName/digest parameters). */
function naming(c: Captured, image: { repository: string; digest?: string }): Captured {
  let script = c.script.replaceAll(PLACEHOLDER_REPO, image.repository);
  if (image.digest) script = script.replaceAll(PLACEHOLDER_DIGEST, image.digest);
  return { ...c, script };
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
    // What the step returns: the report, one entry per image with the fields Cli.signResults reads.
    const report = await r.report();
    assert.deepEqual(report.signed.map((e) => e.image).sort(), [...refs].sort());
    for (const e of report.signed) {
      const pushed = images.find((i) => i.ref === e.image)!;
      assert.deepEqual(e, { image: pushed.ref, digest: pushed.digest, location: `${pushed.repository}:${pushed.digest.replace(':', '-')}.sig`, appended: true, format: 'cosign', identity: pushed.repository });
    }
    assert.deepEqual(report.failed, []);
    // stderr is not redirected: signet's own lines reach the build log as it writes them.
    for (const ref of refs) assert.match(r.stderr, new RegExp(`Signed ${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -> `));
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
    assert.match((await r.report()).error ?? '', /password/i, 'the step fails with the report\'s error');
    assert.ok(!r.stdout.includes(wrong) && !r.stderr.includes(wrong));
    assert.ok(!JSON.stringify(await r.report()).includes(wrong));
  });

  test('the same script with one image that does not exist: the report names it and why, the other is signed', async () => {
    const c = await captured('SignetSignTest.signsWithKeyFileCredentialAndPassword');
    const missing = `${registry.host}/jenkins/missing@sha256:${'0'.repeat(64)}`;
    const r = await replay(c, [images[0]!.ref, missing], { 'cosign-key': join(dir, 'cosign.key'), 'cosign-password': PASSWORD });
    assert.notEqual(r.code, 0, r.stderr);
    const report = await r.report();
    assert.deepEqual(report.signed.map((e) => e.image), [images[0]!.ref]);
    assert.equal(report.failed.length, 1, JSON.stringify(report));
    assert.equal(report.failed[0]!.image, missing);
    assert.match(report.failed[0]!.error, /not found|unknown|404/i);
  });

  test('imageName + digest: the captured script signs that digest (the tag on the name is dropped); cosign verifies', async () => {
    const c = naming(await captured('SignetSignTest.imageNameAndDigestArePassedThroughAsGiven'), images[1]!);
    assert.match(c.script, /--image '[^']+:v1' --digest 'sha256:/);
    const r = await replay(c, [], { 'cosign-password': PASSWORD }, { 'cosign.key': join(dir, 'cosign.key') });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.deepEqual((await r.report()).signed.map((e) => e.image), [images[1]!.ref]);
    const v = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', images[1]!.ref], { HOME: dir });
    assert.equal(v.code, 0, v.stderr);
  });

  test('an unset digest reaches signet as empty: exit 2 naming the step parameter, nothing signed', async () => {
    const c = naming(await captured('SignetSignTest.aMissingDigestIsPassedAsEmptySoTheCliRefusesIt'), unsigned);
    const r = await replay(c, [], { 'cosign-password': PASSWORD }, { 'cosign.key': join(dir, 'cosign.key') });
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, /error: parameter digest is empty, so nothing says which \S+\/jenkins\/unsigned:v1 to use: pass the digest .*; parameter allowTag uses what the tag points to now/);
    const report = await r.report();
    assert.match(report.error ?? '', /^parameter digest is empty, so nothing says which \S+\/jenkins\/unsigned:v1 to use/);
    assert.deepEqual(report.signed, []);
    const still = await signet(['verify', '--key', join(dir, 'cosign.pub'), '-o', 'json', unsigned.ref], { env: { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir } });
    assert.equal(still.code, 1, still.stderr);
  });

  test('the captured signetVerify script passes for signed images; its report is what the step returns', async () => {
    const c = await captured('SignetVerifyTest.verifiedImagesPassAndReturnTheirPayloads');
    assert.deepEqual(c.bindings, {});
    const refs = images.map((i) => i.ref);
    // The test verified with key: 'cosign.pub', a path relative to the workspace.
    const r = await replay(c, refs, {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    // One entry per image, in input order (Cli.verifyResults).
    const { verified } = await r.report();
    assert.deepEqual(verified.map((v) => [v.input, v.image, v.ok]), refs.map((ref) => [ref, ref, true]));
    verified.forEach((v, i) => {
      assert.equal(v.payloads[0]?.critical.image['docker-manifest-digest'], images[i]!.digest);
      assert.equal(v.payloads[0]?.critical.identity['docker-reference'], images[i]!.repository);
      assert.equal(v.payloads[0]?.optional?.env, 'prod');
    });
    // -o text: the table goes to the build log.
    for (const ref of refs) assert.ok(r.stdout.includes(ref), r.stdout);
  });

  test('the captured signetVerify script exits 1 for an unsigned image; the report gives the reason', async () => {
    const c = await captured('SignetVerifyTest.verifiedImagesPassAndReturnTheirPayloads');
    const refs = [unsigned.ref, images[0]!.ref];
    const r = await replay(c, refs, {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(r.code, 1, r.stderr + r.stdout);
    assert.ok(r.stderr.includes(unsigned.ref), r.stderr);
    const { verified } = await r.report();
    assert.deepEqual(verified.map((v) => [v.input, v.ok]), [[unsigned.ref, false], [images[0]!.ref, true]]);
    assert.match(verified[0]!.reason ?? verified[0]!.error ?? '', /no signatures found/);
  });

  test('junit: the captured script writes JUnit XML (one passing case for a signed digest, a failure for an unsigned one)', async () => {
    const c = await captured('SignetVerifyTest.junitWritesTheCliJunitOutputToAWorkspaceFile');
    const junitFile = />'([^']+)'/.exec(c.script)?.[1];
    assert.ok(junitFile);
    const pass = await replay(naming(c, images[0]!), [], {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(pass.code, 0, pass.stderr);
    const ok = await readFile(join(pass.workspace, junitFile), 'utf8');
    assert.match(ok, /<testsuite[^>]* tests="1"[^>]* failures="0"/);
    assert.ok(ok.includes(images[0]!.ref), ok);
    const fail = await replay(naming(c, unsigned), [], {}, { 'cosign.pub': join(dir, 'cosign.pub') });
    assert.equal(fail.code, 1, fail.stderr);
    const bad = await readFile(join(fail.workspace, junitFile), 'utf8');
    assert.match(bad, /<testsuite[^>]* failures="1"/);
    assert.match(bad, /<failure[^>]*>|<failure /);
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
      // What Cli.signResults returns: the digest published, as which tag, where.
      const published = (await signed.report()).signed as unknown as { image: string; digest: string; format: string; identity: string; location: string }[];
      assert.deepEqual(published.map((e) => [e.image, e.format, e.identity]), [[app.ref, 'notary', `${gun}:v1`]]);
      const rows = await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await mkdtemp(join(dir, 'notary-trust-')), gun, rootKeyId);
      assert.equal(rows.get('v1')?.[0], app.digest.slice('sha256:'.length), 'the pinned notary client lists the digest the step published');

      const verify = await captured('SignetVerifyTest.verifiesTagsAgainstNotaryTrustData');
      const ok = await replay(here(verify), [`${gun}:v1`], {}, files);
      assert.equal(ok.code, 0, ok.stderr + ok.stdout);
      const verdicts = (await ok.report()).verified as unknown as { input: string; image: string; ok: boolean }[];
      assert.deepEqual(verdicts.map((v) => [v.input, v.image, v.ok]), [[`${gun}:v1`, app.ref, true]], 'what Cli.verifyResults returns');
      const unsignedTag = await pushRandomImage(registry.host, 'jenkins/dct', 'unsigned');
      const refused = await replay(here(verify), [`${gun}:unsigned`, `${gun}:v1`], {}, files);
      assert.equal(refused.code, 1, refused.stderr + refused.stdout);
      const mixed = (await refused.report()).verified as unknown as { input: string; ok: boolean; reason?: string }[];
      assert.deepEqual(mixed.map((v) => [v.input, v.ok]), [[`${gun}:unsigned`, false], [`${gun}:v1`, true]], `${unsignedTag.digest} is not signed`);
      assert.match(mixed[0]!.reason ?? '', /unsigned/);
    } finally {
      await notary.stop();
    }
  });
});
