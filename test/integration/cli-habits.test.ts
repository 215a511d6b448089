/**
 * What cosign users and CI logs meet at the edges: cosign's spellings, "not supported: use X",
 * -d/-t/-q, --image/--digest, help that survives `| head` and points at URLs, honest check
 * lists (--check-claims=false, one block per batch, tags not "signed" by verify), JUnit with an
 * inline keyring. cosign judges the signature made through the alias spellings.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { CLI_ENTRY, run, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;
let images: PushedImage[];
let gpgKey: GpgKey;

const key = () => join(dir, 'cosign.key');
const pub = () => join(dir, 'cosign.pub');

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-habits-'));
  env = { COSIGN_PASSWORD: 'habits', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(gen.code, 0, gen.stderr);
  images = await Promise.all([1, 2, 3].map((i) => pushRandomImage(registry.host, `habits/app${i}`, 'v1')));
  const signed = await signet(['sign', '--key', key(), ...images.map((i) => i.ref)], { env });
  assert.equal(signed.code, 0, signed.stderr);
  gpgKey = await generateGpgKey();
});

after(async () => {
  await registry.stop();
  await gpgKey?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe("cosign's spellings", () => {
  test('--certificate/--certificate-chain on sign, --certificate-chain/--max-workers on verify are aliases', async () => {
    // The alias must reach the flag it names: --certificate without a key that matches it fails the
    // certificate check, which proves it was read (an ignored flag would sign happily).
    const bogus = join(dir, 'not-a-cert.pem');
    await (await import('node:fs/promises')).writeFile(bogus, 'not a certificate');
    const r = await signet(['sign', '--key', key(), '--certificate', bogus, images[0]!.ref], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /not-a-cert\.pem/);
    const chainOnly = await signet(['sign', '--key', key(), '--certificate-chain', bogus, images[0]!.ref], { env });
    assert.equal(chainOnly.code, 2);
    assert.match(chainOnly.stderr, /--cert-chain needs --cert/);
    const v = await signet(['verify', '--key', pub(), '--max-workers', '2', '-o', 'json', ...images.map((i) => i.ref)], { env });
    assert.equal(v.code, 0, v.stderr);
    const badWorkers = await signet(['verify', '--key', pub(), '--max-workers', '0', images[0]!.ref], { env });
    assert.equal(badWorkers.code, 2, 'the alias goes through the same check as --concurrency');
    const bundle = await signet(['verify', '--key', pub(), '--new-bundle-format', '-o', 'json', images[0]!.ref], { env });
    assert.equal(bundle.code, 0, bundle.stderr);
  });

  test('a cosign flag signet lacks answers "not supported: use X", exit 2', async () => {
    for (const [args, instead] of [
      [['verify', '--rekor-url', 'https://rekor.example', '--key', pub(), images[0]!.ref], /--trusted-root/],
      [['sign', '--oidc-issuer', 'https://issuer.example', '--keyless', images[0]!.ref], /--identity-token/],
      [['verify', '--certificate-github-workflow-repository', 'org/app', images[0]!.ref], /--certificate-identity/],
    ] as const) {
      const r = await signet(args, { env });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^error: --[a-z-]+ \(cosign\) is not supported by signet (sign|verify): /m);
      assert.match(r.stderr, instead);
      assert.doesNotMatch(r.stderr, /unknown option/);
    }
  });

  test('-d/--verbose prints debug lines (before or after the command), as SIGNET_DEBUG=1 does', async () => {
    for (const args of [['-d', 'verify'], ['verify', '--verbose']]) {
      const r = await signet([...args, '--key', pub(), '-o', 'json', images[0]!.ref], { env });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^debug: \d\d:\d\d:\d\d\.\d{3} /m);
    }
    const quiet = await signet(['verify', '--key', pub(), '-o', 'json', images[0]!.ref], { env });
    assert.doesNotMatch(quiet.stderr, /^debug:/m);
  });

  test('-t/--timeout bounds the whole command: a registry that never answers ends it with exit 3', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent: Server = createServer((s) => sockets.add(s)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const r = await signet(['-t', '1s', 'verify', '--key', pub(), '--allow-http-registry', `${host}/hang/app@${images[0]!.digest}`], { env });
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, /error: the command did not finish within 1 s \(-t\/--timeout\)/);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('image + digest inputs', () => {
  test('--image NAME:TAG --digest D signs D (the tag is dropped); cosign verifies', async () => {
    const img = await pushRandomImage(registry.host, 'habits/pinned', 'v1');
    const r = await signet(['sign', '--key', key(), '--image', `${img.repository}:v1`, '--digest', img.digest], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /resolved tag/);
    const v = await cosign(['verify', '--key', pub(), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], { HOME: dir });
    assert.equal(v.code, 0, v.stderr);
  });

  test('an empty --digest is an error unless --allow-tag; a different digest on --image is refused', async () => {
    const img = images[1]!;
    const empty = await signet(['sign', '--key', key(), '--image', img.repository, '--digest', ''], { env });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /error: --digest is empty, so nothing says which .* to use/);
    const other = `sha256:${'0'.repeat(64)}`;
    const mismatch = await signet(['verify', '--key', pub(), '--image', img.ref, '--digest', other], { env });
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /names digest .*, not --digest/);
    const allowed = await signet(['verify', '--key', pub(), '-o', 'json', '--image', `${img.repository}:v1`, '--digest', '', '--allow-tag'], { env });
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stderr, /resolved tag "v1" to .*; verifying the digest/);
    assert.doesNotMatch(allowed.stderr, /signing the digest/);
  });
});

describe('help', () => {
  test('`signet --help | true` (a reader that stops early) exits 0 without an EPIPE trace', async () => {
    const r = await run('bash', ['-c', `"${process.execPath}" "${CLI_ENTRY}" sign --help | true; echo "status=\${PIPESTATUS[0]}" >&2`]);
    assert.match(r.stderr, /status=0/);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  test('help points at documentation URLs, not paths in a checkout', async () => {
    for (const command of ['sign', 'verify', 'policy']) {
      const r = await signet([command, '--help']);
      assert.equal(r.code, 0);
      assert.doesNotMatch(r.stdout, /see docs\//, command);
    }
    const sign = await signet(['sign', '--help']);
    assert.match(sign.stdout, /https:\/\/github\.com\/signet-dev\/signet\/blob\/main\/docs\/concurrency\.md/);
  });
});

describe('what verify says it checked', () => {
  test('--check-claims=false does not claim the identity was validated', async () => {
    const on = await signet(['verify', '--key', pub(), '-o', 'json', images[0]!.ref], { env });
    assert.match(on.stderr, /The cosign claims were validated/);
    const off = await signet(['verify', '--key', pub(), '--check-claims=false', '-o', 'json', images[0]!.ref], { env });
    assert.equal(off.code, 0, off.stderr);
    assert.doesNotMatch(off.stderr, /claims were validated/);
    assert.match(off.stderr, /the identity claim was NOT checked \(--check-claims=false\)/);
  });

  test('a batch prints one check block and one summary; --quiet only the results', async () => {
    const refs = images.map((i) => i.ref);
    const r = await signet(['verify', '--key', pub(), '-o', 'json', ...refs], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/Verification for/g)?.length, 1, r.stderr);
    assert.match(r.stderr, /Verification for 3 images --/);
    assert.match(r.stderr, /Summary: 3\/3 image\(s\) verified/);
    assert.equal(r.stdout.trim().split('\n').length, 3);
    const quiet = await signet(['verify', '-q', '--key', pub(), '-o', 'json', ...refs], { env });
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    assert.equal(quiet.stdout, r.stdout);
  });

  test('verify and triangulate on a tag do not say "signing"', async () => {
    const tagged = `${images[2]!.repository}:v1`;
    const v = await signet(['verify', '--key', pub(), '-o', 'json', tagged], { env });
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stderr, /verifying the digest/);
    const t = await signet(['triangulate', tagged], { env });
    assert.equal(t.code, 0, t.stderr);
    for (const out of [v.stderr, t.stderr]) assert.doesNotMatch(out, /signing the digest/);
  });

  test('--output junit with an inline --keyring and --lookaside: one failing testcase per unsigned image', async () => {
    const lookaside = join(dir, 'lookaside');
    await mkdir(lookaside, { recursive: true });
    const signedGpg = await pushRandomImage(registry.host, 'habits/gpg', 'v1');
    const s = await signet(['sign', '--sign-by', gpgKey.secretPath, '--lookaside', `file://${lookaside}`, signedGpg.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const r = await signet(['verify', '--keyring', gpgKey.publicPath, '--lookaside', `file://${lookaside}`, '--output', 'junit', signedGpg.ref, images[0]!.ref], { env });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(r.stdout, /<testsuites name="signet verify" tests="2" failures="1" errors="0"/);
    assert.match(r.stdout, new RegExp(`<testcase name="${signedGpg.ref.replace(/[.]/g, '\\.')}" [^>]*/>`));
    assert.match(r.stdout, /<failure message="[^"]+" type="not-verified">/);
  });
});
