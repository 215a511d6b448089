/**
 * The GitHub Actions, run as the runner runs them (fresh node process, INPUT_* variables,
 * command files), against a real registry; cosign judges what the sign action wrote.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertNoSecret, runAction } from '../support/action-runner.ts';

const PASSWORD = 'action-secret-pw-7f3a';
let registry: RunningRegistry;
let dir: string;
let keyPem: string;
let images: PushedImage[];
let env: NodeJS.ProcessEnv;

const pub = () => join(dir, 'cosign.pub');
const cosignVerify = (ref: string, extra: string[] = []) =>
  cosign(['verify', '--key', pub(), '--insecure-ignore-tlog=true', '--allow-http-registry', ...extra, ref], { HOME: dir });

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-actions-'));
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env: { COSIGN_PASSWORD: PASSWORD } });
  assert.equal(gen.code, 0, gen.stderr);
  keyPem = await readFile(join(dir, 'cosign.key'), 'utf8');
  images = await Promise.all([pushRandomImage(registry.host, 'ci/app', 'v1'), pushRandomImage(registry.host, 'ci/worker', 'v1'), pushRandomImage(registry.host, 'ci/unsigned', 'v1')]);
  // A runner's HOME without docker credentials; nothing else from this machine leaks in.
  env = { HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), COSIGN_PASSWORD: '', SIGNET_PASSWORD: '' };
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('sign action', () => {
  test('key pasted from a secret: outputs, summary, GitHub annotations; cosign verifies; secrets masked and never on disk', async () => {
    const refs = images.slice(0, 2).map((i) => i.ref);
    const r = await runAction(
      'sign',
      {
        images: `${refs[0]}\n# a comment\n${refs[1]}\n`,
        key: keyPem,
        password: PASSWORD,
        annotations: 'env=prod',
        'annotations-from-github': 'true',
        'allow-http-registry': 'true',
      },
      env,
    );
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const leaked = assertNoSecret(r, [PASSWORD, keyPem]);
    assert.equal(leaked, undefined, `secret visible in the log: ${leaked}`);
    assert.ok(r.stdout.includes(`::add-mask::${PASSWORD}`), 'the password is masked');
    assert.deepEqual(r.tempFiles, [], 'nothing left in RUNNER_TEMP');
    assert.deepEqual(await readdir(dir).then((f) => f.filter((n) => !['cosign.key', 'cosign.pub', 'docker'].includes(n) && !n.startsWith('.'))), [], 'no key file written');

    const signatures = JSON.parse(r.outputs.signatures ?? '[]') as { image: string; digest: string; location: string; added: boolean; format: string }[];
    assert.deepEqual(signatures.map((s) => s.image).sort(), [...refs].sort());
    assert.ok(signatures.every((s) => s.added && s.format === 'cosign' && s.location.endsWith('.sig')));
    assert.deepEqual(r.outputs['signed-digests']?.split('\n').sort(), [...refs].sort());
    assert.match(r.summary, /<h3>signet sign<\/h3>/);
    for (const img of images.slice(0, 2)) assert.ok(r.summary.includes(img.digest.slice(0, 19)), `summary names ${img.digest}`);

    for (const ref of refs) {
      const v = await cosignVerify(ref, ['-a', 'env=prod', '-a', 'github.com/repository=example-org/app', '-a', 'github.com/sha=0123456789abcdef0123456789abcdef01234567']);
      assert.equal(v.code, 0, `cosign verify ${ref}: ${v.stderr}`);
      assert.match(v.stdout, /"github.com\/run":"https:\/\/github.com\/example-org\/app\/actions\/runs\/4242"/);
    }
  });

  test('image + digest as build-push-action outputs them (tag dropped), key from a file; a rerun adds nothing', async () => {
    const img = images[0]!;
    const inputs = { image: `${img.repository}:v1`, digest: img.digest, key: join(dir, 'cosign.key'), password: PASSWORD, 'allow-http-registry': 'true' };
    const first = await runAction('sign', inputs, env);
    assert.equal(first.code, 0, first.stderr + first.stdout);
    const [sig] = JSON.parse(first.outputs.signatures ?? '[]') as { image: string; added: boolean }[];
    assert.equal(sig?.image, img.ref);
    assert.equal(sig?.added, true, 'no annotations this time: a new payload');
    const again = await runAction('sign', inputs, env);
    assert.equal(again.code, 0, again.stderr + again.stdout);
    assert.equal((JSON.parse(again.outputs.signatures ?? '[]') as { added: boolean }[])[0]?.added, false);
    assert.match(again.summary, /already there/);
  });

  test('a wrong password fails the step with one error line and exit 2, without showing the password', async () => {
    const wrong = 'not-the-password-91c2';
    const r = await runAction('sign', { images: images[1]!.ref, key: join(dir, 'cosign.key'), password: wrong, 'allow-http-registry': 'true' }, env);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    assert.equal(errors.length, 1, r.stdout);
    assert.match(errors[0]!, /wrong password/i);
    assert.equal(assertNoSecret(r, [wrong]), undefined);
  });

  test('k8s:// keys are refused with what to use instead (the bundle leaves the Kubernetes client out)', async () => {
    const r = await runAction('sign', { images: images[1]!.ref, key: 'k8s://ci/signet-key', 'allow-http-registry': 'true' }, env);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /::error::k8s:\/\/ keys are not available in this build/);
  });

  test('bad inputs are exit 2 with what to do: no images, digest without image', async () => {
    const none = await runAction('sign', { key: join(dir, 'cosign.key') }, env);
    assert.equal(none.code, 2);
    assert.match(none.stdout, /::error::.*no images given/);
    const digestOnly = await runAction('sign', { digest: images[0]!.digest, key: join(dir, 'cosign.key') }, env);
    assert.equal(digestOnly.code, 2);
    assert.match(digestOnly.stdout, /::error::input digest needs input image/);
  });

  test('image with an empty digest (a mistyped step id) fails naming the input and signs nothing; allow-tag opts in with a ::warning::', async () => {
    const img = images[2]!;
    const inputs = { image: `${img.repository}:v1`, digest: '', key: join(dir, 'cosign.key'), password: PASSWORD, 'allow-http-registry': 'true' };
    const r = await runAction('sign', inputs, env);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stdout, /::error::input digest is empty, so nothing says which .*ci\/unsigned:v1 to use.*input allow-tag/);
    assert.equal(r.outputs['signed-digests'] ?? '', '');
    const still = await signet(['verify', '--key', pub(), '-o', 'json', img.ref], { env: { ...env, SIGNET_INSECURE_REGISTRIES: registry.host } });
    assert.equal(still.code, 1, `nothing was signed: ${still.stderr}`);

    const opted = await runAction('sign', { ...inputs, 'allow-tag': 'true', 'signature-repository': `${registry.host}/ci/tag-signatures` }, env);
    assert.equal(opted.code, 0, opted.stdout + opted.stderr);
    assert.match(opted.stdout, new RegExp(`::warning::.*resolved tag "v1" to ${img.digest}`));
    assert.doesNotMatch(opted.stderr, /warning: /, 'the warning is an annotation, not a stderr line');
  });

  test('errors name the inputs the user set, not flags or internal variables', async () => {
    const r = await runAction('sign', { images: images[1]!.ref, key: keyPem, password: 'wrong-pw-3b1d', 'allow-http-registry': 'true' }, env);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    assert.match(error, /wrong password .*\(input key\).*input password/);
    assert.doesNotMatch(error, /SIGNET_ACTION_KEY|COSIGN_PASSWORD/);
  });
});

describe('verify action', () => {
  test('signed images pass: verified=true and cosign-shaped payloads in the result', async () => {
    const refs = images.slice(0, 2).map((i) => i.ref);
    const r = await runAction('verify', { images: refs.join('\n'), key: pub(), annotations: 'env=prod', 'allow-http-registry': 'true' }, env);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.outputs.verified, 'true');
    const result = JSON.parse(r.outputs.result ?? '[]') as { image: string; verified: boolean; signatures: { critical: { image: { 'docker-manifest-digest': string } } }[] }[];
    assert.equal(result.length, 2);
    for (const [i, img] of images.slice(0, 2).entries()) {
      assert.equal(result[i]?.verified, true);
      assert.equal(result[i]?.signatures[0]?.critical.image['docker-manifest-digest'], img.digest);
    }
    assert.match(r.summary, /✅ verified/);
  });

  test('an unsigned image blocks the release (exit 1), or only reports with fail-on-unsigned: false', async () => {
    const refs = [images[0]!.ref, images[2]!.ref];
    const blocked = await runAction('verify', { images: refs.join('\n'), key: pub(), 'allow-http-registry': 'true' }, env);
    assert.equal(blocked.code, 1, blocked.stdout + blocked.stderr);
    assert.equal(blocked.outputs.verified, 'false');
    assert.match(blocked.stdout, /::error::no signatures found for .*ci\/unsigned@sha256:[0-9a-f]{64}/);
    assert.match(blocked.summary, /❌ not verified/);
    const reported = await runAction('verify', { images: refs.join('\n'), key: pub(), 'fail-on-unsigned': 'false', 'allow-http-registry': 'true' }, env);
    assert.equal(reported.code, 0, reported.stdout);
    assert.equal(reported.outputs.verified, 'false');
    assert.match(reported.stdout, /::warning::not verified/);
    const result = JSON.parse(reported.outputs.result ?? '[]') as { verified: boolean }[];
    assert.deepEqual(result.map((x) => x.verified), [true, false]);
  });

  test('an unreachable registry always fails (exit 3), whatever fail-on-unsigned says', async () => {
    const r = await runAction('verify', { images: `127.0.0.1:1/x/y@${images[0]!.digest}`, key: pub(), 'fail-on-unsigned': 'false', 'allow-http-registry': 'true' }, env);
    assert.equal(r.code, 3, r.stdout + r.stderr);
    assert.equal(r.outputs.verified, 'false');
  });
});

describe('keyless in the actions (local Fulcio/Rekor, the runner\'s OIDC token endpoint)', () => {
  const ISSUER = 'https://token.actions.githubusercontent.example';
  const IDENTITY = 'https://github.com/example-org/app/.github/workflows/release.yml@refs/heads/main';
  let sigstore: LocalSigstore;
  let tokenServer: Server;
  let tokenUrl: string;
  const REQUEST_TOKEN = 'runner-request-token-5d1e';
  const audiences: string[] = [];

  before(async () => {
    sigstore = await startLocalSigstore();
    await sigstore.writeTrustedRoot(join(dir, 'trusted_root.json'));
    // What `permissions: id-token: write` gives a job: a URL and a bearer token to ask for a JWT.
    const jwt = identityToken({ iss: ISSUER, sub: IDENTITY });
    tokenServer = createServer((req, res) => {
      if (req.headers.authorization !== `Bearer ${REQUEST_TOKEN}`) return void res.writeHead(401).end();
      audiences.push(new URL(req.url ?? '/', 'http://x').searchParams.get('audience') ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
    });
    await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
    tokenUrl = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token?api-version=2.0`;
  });

  after(async () => {
    await new Promise((resolve) => tokenServer.close(resolve));
    await sigstore.stop();
  });

  test('sign keyless with the job token, verify by identity; cosign v3 agrees', async () => {
    const img = images[1]!;
    const runner = { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN, SIGSTORE_ID_TOKEN: '' };
    const signed = await runAction(
      'sign',
      { images: img.ref, keyless: 'true', 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL, 'trusted-root': join(dir, 'trusted_root.json'), 'allow-http-registry': 'true' },
      runner,
    );
    assert.equal(signed.code, 0, signed.stdout + signed.stderr);
    assert.deepEqual(audiences, ['sigstore']);
    assert.equal(assertNoSecret(signed, [REQUEST_TOKEN]), undefined);
    const [sig] = JSON.parse(signed.outputs.signatures ?? '[]') as { image: string; added: boolean }[];
    assert.equal(sig?.image, img.ref);
    assert.match(signed.summary, /keyless/);

    const verify = (identity: string) =>
      runAction(
        'verify',
        { images: img.ref, 'trusted-root': join(dir, 'trusted_root.json'), 'certificate-identity': identity, 'certificate-oidc-issuer': ISSUER, 'allow-http-registry': 'true' },
        env,
      );
    const ok = await verify(IDENTITY);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.equal(ok.outputs.verified, 'true');
    const other = await verify('https://github.com/example-org/other/.github/workflows/x.yml@refs/heads/main');
    assert.equal(other.code, 1, other.stdout);
    const v3 = await cosignV3(['verify', '--trusted-root', join(dir, 'trusted_root.json'), '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, '--allow-http-registry', img.ref], { HOME: dir });
    assert.equal(v3.code, 0, v3.stderr);
  });

  test('sign with a key and tlog-upload: cosign v2 verifies the Rekor entry (no --insecure-ignore-tlog), the verify action too', async () => {
    const img = await pushRandomImage(registry.host, 'action/tlog');
    const signed = await runAction('sign', { images: img.ref, key: keyPem, password: PASSWORD, 'tlog-upload': 'true', 'rekor-url': sigstore.rekorURL, 'allow-http-registry': 'true' }, env);
    assert.equal(signed.code, 0, signed.stdout + signed.stderr);
    const v2 = await cosign(['verify', '--key', pub(), '--trusted-root', join(dir, 'trusted_root.json'), '--allow-http-registry', img.ref], { HOME: dir });
    assert.equal(v2.code, 0, v2.stderr);
    const gate = await runAction('verify', { images: img.ref, key: pub(), 'trusted-root': join(dir, 'trusted_root.json'), 'allow-http-registry': 'true' }, env);
    assert.equal(gate.code, 0, gate.stdout + gate.stderr);
    assert.equal(gate.outputs.verified, 'true');
  });
});
