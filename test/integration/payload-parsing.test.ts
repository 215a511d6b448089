/**
 * A signature must mean the same to every verifier (issue 16, "Parsing disagreements"). Payloads
 * that two peers would read differently, or that one peer refuses, are signed for real and
 * judged by the peers and by signet: signet must refuse whatever either peer refuses.
 *  - cosign payloads (key signatures in `.sig` layers): cosign v2.6.5 (Go encoding/json: struct
 *    fields match case-insensitively, last wins) and skopeo 1.18 `sigstoreSigned`
 *    (containers/image's paranoid parser: exact keys, no duplicates);
 *  - containers/image GPG payloads in a lookaside: skopeo 1.9 `signedBy` (gpgme), and gpg itself
 *    for a since-expired key.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

const SKOPEO_SIGSTORE = process.env.SIGNET_SKOPEO_SIGSTORE ?? join(homedir(), '.cache', 'signet-peers', 'skopeo-trixie', 'skopeo');

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-parsing-'));
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
});

after(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

describe('cosign payloads: cosign v2.6.5 and skopeo 1.18 (sigstoreSigned) judge', () => {
  let keyPath: string;
  let pubPath: string;
  let policyDir: string;

  before(async () => {
    assert.ok(existsSync(SKOPEO_SIGSTORE), `skopeo 1.18 is not at ${SKOPEO_SIGSTORE}: source scripts/lib/peers.sh (it fetches it)`);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    keyPath = join(dir, 'cosign-priv.pem');
    pubPath = join(dir, 'cosign.pub');
    await writeFile(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await writeFile(pubPath, publicKey.export({ type: 'spki', format: 'pem' }));
    policyDir = join(dir, 'sigstore-policy');
    await mkdir(join(policyDir, 'registries.d'), { recursive: true });
    await writeFile(
      join(policyDir, 'policy.json'),
      JSON.stringify({
        default: [{ type: 'reject' }],
        transports: { docker: { [`${registry.host}/parse`]: [{ type: 'sigstoreSigned', keyPath: pubPath, signedIdentity: { type: 'matchRepository' } }] } },
      }),
    );
    await writeFile(join(policyDir, 'registries.d', 'default.yaml'), `docker:\n  ${registry.host}:\n    use-sigstore-attachments: true\n`);
  });

  /** Stores `payload`, signed by the test key, as a `.sig` layer of `img` (no checks: a hostile signer). */
  async function storeSigned(img: PushedImage, payload: Uint8Array): Promise<void> {
    const core = await import('@signet/core');
    const client = new core.RegistryClient({ insecureRegistries: [registry.host] });
    const repo = client.repository(registry.host, img.repository.split('/').slice(1).join('/'));
    const signature = core.signBytes(createPrivateKey(await readFile(keyPath, 'utf8')), payload);
    await new core.CosignSignatureStore(repo).append(img.digest, payload, { 'dev.cosignproject.cosign/signature': Buffer.from(signature).toString('base64') }, () => false, { settleMs: 0 });
    await client.close();
  }

  const cosignVerify = (img: PushedImage) => cosign(['verify', '--key', pubPath, '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], env);
  const signetVerify = (img: PushedImage) => signet(['verify', '--key', pubPath, img.ref], { env });
  const skopeoCopy = async (img: PushedImage): Promise<RunResult> =>
    run(SKOPEO_SIGSTORE, ['--policy', join(policyDir, 'policy.json'), '--registries.d', join(policyDir, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${img.ref}`, `dir:${await mkdtemp(join(dir, 'copy-'))}`]);
  const payloadFor = (img: PushedImage, image: string) =>
    `{"critical":{"identity":{"docker-reference":"${registry.host}/parse"},"image":${image},"type":"cosign container image signature"},"optional":null}`;

  test('a well-formed payload is accepted by all three (the setup is right)', async () => {
    const img = await pushRandomImage(registry.host, 'parse', 'good');
    await storeSigned(img, Buffer.from(payloadFor(img, `{"docker-manifest-digest":"${img.digest}"}`)));
    const c = await cosignVerify(img);
    assert.equal(c.code, 0, c.stderr);
    const s = await signetVerify(img);
    assert.equal(s.code, 0, s.stderr);
    const k = await skopeoCopy(img);
    assert.equal(k.code, 0, k.stderr);
  });

  test('docker-manifest-digest X and Docker-Manifest-Digest Y: cosign reads Y, skopeo refuses both, signet refuses both', async () => {
    const x = await pushRandomImage(registry.host, 'parse', 'x');
    const y = await pushRandomImage(registry.host, 'parse', 'y');
    const payload = Buffer.from(payloadFor(x, `{"docker-manifest-digest":"${x.digest}","Docker-Manifest-Digest":"${y.digest}"}`));
    await storeSigned(x, payload);
    await storeSigned(y, payload);
    // cosign: the later, case-folded key wins.
    assert.notEqual((await cosignVerify(x)).code, 0, 'cosign refuses X: it reads the payload as signing Y');
    const cy = await cosignVerify(y);
    assert.equal(cy.code, 0, `cosign accepts Y: ${cy.stderr}`);
    assert.notEqual((await skopeoCopy(x)).code, 0, 'skopeo refuses the payload for X');
    assert.notEqual((await skopeoCopy(y)).code, 0, 'skopeo refuses the payload for Y');
    for (const img of [x, y]) {
      const s = await signetVerify(img);
      assert.equal(s.code, 1, s.stderr);
      assert.match(s.stderr, /repeats the key "critical\.image\.Docker-Manifest-Digest"/);
    }
  });

  test('a BOM-prefixed payload: cosign refuses it, signet refuses it', async () => {
    const img = await pushRandomImage(registry.host, 'parse', 'bom');
    await storeSigned(img, bom(payloadFor(img, `{"docker-manifest-digest":"${img.digest}"}`)));
    assert.notEqual((await cosignVerify(img)).code, 0, 'cosign refuses the BOM');
    assert.notEqual((await skopeoCopy(img)).code, 0, 'skopeo refuses the BOM');
    const s = await signetVerify(img);
    assert.equal(s.code, 1, s.stderr);
    assert.match(s.stderr, /byte-order mark/);
  });
});

describe('GPG payloads: skopeo 1.9 (signedBy, gpgme) judges', () => {
  let key: GpgKey;
  let store: string;
  let policyDir: string;

  before(async () => {
    key = await generateGpgKey('Signet Parsing', 'parsing@example.com');
    store = join(dir, 'lookaside');
    await mkdir(store, { recursive: true });
    policyDir = join(dir, 'gpg-policy');
    const p = await signet(['policy', 'containers', '--keyring', key.publicPath, '--lookaside', `file://${store}`, `${registry.host}/gpg/**`, '--out', policyDir], { env });
    assert.equal(p.code, 0, p.stderr);
  });

  after(async () => key?.cleanup());

  /** gpg signs exactly these bytes (a hostile or careless signer: no payload checks). */
  const gpgSign = (payload: Uint8Array, home = key.home, user = key.fingerprint, extra: string[] = []) =>
    execFileSync('gpg', ['--batch', '--no-tty', '--homedir', home, ...extra, '--sign', '--local-user', user, '--output', '-'], { input: payload, env: { PATH: process.env.PATH, GNUPGHOME: home } });

  async function lay(img: PushedImage, signature: Uint8Array): Promise<void> {
    const path = join(store, `${img.repository.split('/').slice(1).join('/')}@sha256=${img.digest.slice(7)}`, 'signature-1');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, signature);
  }

  const atomic = (img: PushedImage, digestMember: string) =>
    `{"critical":{"identity":{"docker-reference":"${img.repository}:${img.tag}"},"image":{${digestMember}},"type":"atomic container signature"},"optional":{"creator":"test"}}`;
  const skopeoCopy = async (img: PushedImage, extraEnv: NodeJS.ProcessEnv = {}) =>
    run('skopeo', ['--policy', join(policyDir, 'policy.json'), '--registries.d', join(policyDir, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${img.repository}:${img.tag}`, `dir:${await mkdtemp(join(dir, 'copy-'))}`], { env: extraEnv });
  const signetVerify = (img: PushedImage, keyring = key.publicPath) => signet(['verify', '--keyring', keyring, '--lookaside', `file://${store}`, `${img.repository}:${img.tag}`], { env });

  test('a well-formed payload: skopeo and signet accept', async () => {
    const img = await pushRandomImage(registry.host, 'gpg/good', 'v1');
    await lay(img, gpgSign(Buffer.from(atomic(img, `"docker-manifest-digest":"${img.digest}"`))));
    const k = await skopeoCopy(img);
    assert.equal(k.code, 0, k.stderr);
    const s = await signetVerify(img);
    assert.equal(s.code, 0, s.stderr);
  });

  test('a duplicated docker-manifest-digest (another digest first): skopeo refuses, signet refuses', async () => {
    const img = await pushRandomImage(registry.host, 'gpg/dup', 'v1');
    const other = `sha256:${'0'.repeat(64)}`;
    await lay(img, gpgSign(Buffer.from(atomic(img, `"docker-manifest-digest":"${other}","docker-manifest-digest":"${img.digest}"`))));
    const k = await skopeoCopy(img);
    assert.notEqual(k.code, 0, 'skopeo refuses duplicate keys');
    const s = await signetVerify(img);
    assert.equal(s.code, 1, s.stderr);
    assert.match(s.stderr, /repeats the key "critical\.image\.docker-manifest-digest"/);
  });

  test('a BOM-prefixed payload: skopeo refuses, signet refuses', async () => {
    const img = await pushRandomImage(registry.host, 'gpg/bom', 'v1');
    await lay(img, gpgSign(bom(atomic(img, `"docker-manifest-digest":"${img.digest}"`))));
    assert.notEqual((await skopeoCopy(img)).code, 0, 'skopeo refuses the BOM');
    const s = await signetVerify(img);
    assert.equal(s.code, 1, s.stderr);
    assert.match(s.stderr, /byte-order mark/);
  });

  test('a signature made while the key was valid, by a key that has expired since: gpg and skopeo refuse, signet refuses', async () => {
    // A key valid for one day in 2020, signing that day (gpg's --faked-system-time).
    const home = await mkdtemp(join(dir, 'gnupg-expired-'));
    const gpgEnv = { PATH: process.env.PATH, GNUPGHOME: home };
    const gpg = (args: string[], input?: Uint8Array) => execFileSync('gpg', ['--batch', '--no-tty', '--homedir', home, ...args], { env: gpgEnv, ...(input ? { input } : {}), stdio: ['pipe', 'pipe', 'pipe'] });
    gpg(['--faked-system-time', '20200101T000000!', '--passphrase', '', '--pinentry-mode', 'loopback', '--quick-gen-key', 'Expired <expired@example.com>', 'rsa2048', 'sign', '1d']);
    const fpr = gpg(['--with-colons', '--list-keys']).toString().split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9];
    assert.ok(fpr);
    const keyring = join(dir, 'expired.asc');
    await writeFile(keyring, gpg(['--armor', '--export', fpr]));
    const img = await pushRandomImage(registry.host, 'gpg/expired', 'v1');
    const signature = gpgSign(Buffer.from(atomic(img, `"docker-manifest-digest":"${img.digest}"`)), home, fpr, ['--faked-system-time', '20200101T120000!']);
    await lay(img, signature);
    // gpg itself, today: the signature is good but the key has expired.
    const sigFile = join(dir, 'expired.sig');
    await writeFile(sigFile, signature);
    const check = await run('gpg', ['--batch', '--homedir', home, '--status-fd', '1', '--verify', sigFile], { env: gpgEnv });
    assert.match(check.stdout, /EXPKEYSIG/);
    // skopeo with a policy trusting that key.
    const expiredPolicy = join(dir, 'expired-policy');
    const p = await signet(['policy', 'containers', '--keyring', keyring, '--lookaside', `file://${store}`, `${registry.host}/gpg/**`, '--out', expiredPolicy], { env });
    assert.equal(p.code, 0, p.stderr);
    const k = await run('skopeo', ['--policy', join(expiredPolicy, 'policy.json'), '--registries.d', join(expiredPolicy, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${img.repository}:${img.tag}`, `dir:${await mkdtemp(join(dir, 'copy-'))}`]);
    assert.notEqual(k.code, 0, 'skopeo refuses a signature by an expired key');
    const s = await signetVerify(img, keyring);
    assert.equal(s.code, 1, s.stderr);
    assert.match(s.stderr, /not valid now/);
    try {
      execFileSync('gpgconf', ['--kill', 'all'], { env: gpgEnv, stdio: 'ignore' });
    } catch {
      // no agent
    }
  });
});
