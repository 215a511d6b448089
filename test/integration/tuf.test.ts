/**
 * The default trusted root through TUF (issue 10): a real TUF repository served on 127.0.0.1
 * (test/support/tuf-repo.ts, metadata signed with generated ed25519 keys) publishes the local
 * sigstore services' trusted_root.json. `signet initialize --mirror --root`, then keyless
 * verify without --trusted-root; cosign v3.1.3's own `initialize` + `verify` (go-tuf) judges
 * the same repository and image, and each tool reads the configuration the other wrote
 * (TUF_ROOT, remote.json). Failures: wrong root, tampered target, expired timestamp, missing
 * target, unreachable mirror (with and without a valid cache).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosignV3 } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';
import { startTufRepo, type TufRepo } from '../support/tuf-repo.ts';
import { runAction } from '../support/action-runner.ts';

const ISSUER = 'https://token.actions.example';
const IDENTITY = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
let registry: RunningRegistry;
let sigstore: LocalSigstore;
let repo: TufRepo;
let dir: string;
let env: NodeJS.ProcessEnv;
let token: string;
let trustedRootBytes: Uint8Array;
let image: string;
const repos: TufRepo[] = [];
let cacheCount = 0;

before(async () => {
  registry = await startRegistry();
  sigstore = await startLocalSigstore();
  dir = await mkdtemp(join(tmpdir(), 'signet-tuf-'));
  trustedRootBytes = Buffer.from(JSON.stringify(sigstore.trustedRoot));
  repo = await startTufRepo({ 'trusted_root.json': trustedRootBytes });
  repos.push(repo);
  token = identityToken({ iss: ISSUER, sub: IDENTITY });
  // HOME and TUF_ROOT in the test directory: nothing read from or written to the machine's ~/.sigstore.
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, TUF_ROOT: join(dir, 'unused-tuf'), TUF_MIRROR: '', TUF_ROOT_JSON: '', SIGSTORE_ID_TOKEN: '' };
  const img = await pushRandomImage(registry.host, 'tuf/app');
  const trusted = join(dir, 'trusted_root.json');
  await sigstore.writeTrustedRoot(trusted);
  const s = await signet(['sign', '--keyless', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--identity-token', token, '--trusted-root', trusted, img.ref], { env });
  assert.equal(s.code, 0, s.stderr);
  image = img.ref;
});

after(async () => {
  await registry.stop();
  await sigstore.stop();
  for (const r of repos) await r.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

/** A fresh TUF cache directory (TUF_ROOT) per scenario. */
const newCache = (): string => join(dir, `tuf-${cacheCount++}`);
const withCache = (tufRoot: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...env, TUF_ROOT: tufRoot, ...extra });
const initialize = (tufRoot: string, mirror: string, root: string) => signet(['initialize', '--mirror', mirror, '--root', root], { env: withCache(tufRoot) });
const verify = (tufRoot: string, identity = IDENTITY, extra: NodeJS.ProcessEnv = {}) =>
  signet(['verify', '--certificate-identity', identity, '--certificate-oidc-issuer', ISSUER, '--output', 'json', image], { env: withCache(tufRoot, extra) });
const cosignInitialize = (tufRoot: string, mirror: string, root: string) => cosignV3(['initialize', '--mirror', mirror, '--root', root], withCache(tufRoot));
const cosignVerify = (tufRoot: string, identity = IDENTITY) =>
  cosignV3(['verify', '--certificate-identity', identity, '--certificate-oidc-issuer', ISSUER, '--allow-http-registry', image], withCache(tufRoot));
const errorOf = (r: { stderr: string }): string => r.stderr.trim().split('\n').filter((l) => l.startsWith('error:')).join('\n');

describe('a private TUF repository: signet and cosign v3 read it alike', () => {
  test('signet initialize, then verify without --trusted-root; cosign v3 verifies with the same configuration', async () => {
    const tuf = newCache();
    const init = await initialize(tuf, repo.url, repo.rootFile);
    assert.equal(init.code, 0, init.stderr);
    assert.deepEqual(JSON.parse(await readFile(join(tuf, 'remote.json'), 'utf8')), { mirror: repo.url }, 'cosign\'s remote.json');
    assert.ok(repo.requests.some((p) => /^targets\/[0-9a-f]{64}\.trusted_root\.json$/.test(p)), 'the hash-prefixed target was fetched');

    const ok = await verify(tuf);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout.trim())[0].critical.image['docker-manifest-digest'], image.split('@')[1]);
    const wrong = await verify(tuf, 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main');
    assert.equal(wrong.code, 1, wrong.stderr);

    const byCosign = await cosignVerify(tuf);
    assert.equal(byCosign.code, 0, `cosign v3 reads signet initialize's configuration: ${byCosign.stderr}`);
  });

  test('cosign v3 initialize + verify (go-tuf) accepts the repository and image; signet reads cosign\'s configuration', async () => {
    const tuf = newCache();
    const init = await cosignInitialize(tuf, repo.url, repo.rootFile);
    assert.equal(init.code, 0, init.stderr);
    const ok = await cosignVerify(tuf);
    assert.equal(ok.code, 0, ok.stderr);
    const wrong = await cosignVerify(tuf, 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main');
    assert.notEqual(wrong.code, 0, 'cosign rejects another identity');

    const bySignet = await verify(tuf);
    assert.equal(bySignet.code, 0, `signet reads cosign initialize's configuration: ${bySignet.stderr}`);
  });

  test('the bundled verify Action (TUF client in a lazy chunk) verifies by identity with the initialized mirror', async () => {
    const tuf = newCache();
    assert.equal((await initialize(tuf, repo.url, repo.rootFile)).code, 0);
    const gate = (identity: string) =>
      runAction('verify', { images: image, 'certificate-identity': identity, 'certificate-oidc-issuer': ISSUER, 'allow-http-registry': 'true' }, withCache(tuf));
    const ok = await gate(IDENTITY);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.equal(ok.outputs.verified, 'true');
    const other = await gate('https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main');
    assert.equal(other.code, 1, other.stdout);
  });

  test('keyless sign without --trusted-root checks the new bundle against the TUF root of the initialized mirror', async () => {
    const tuf = newCache();
    assert.equal((await initialize(tuf, repo.url, repo.rootFile)).code, 0);
    const img = await pushRandomImage(registry.host, 'tuf/signed');
    const s = await signet(['sign', '--keyless', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--identity-token', token, img.ref], { env: withCache(tuf) });
    assert.equal(s.code, 0, s.stderr);
    // Another Fulcio/Rekor whose CA the mirror's trusted root does not list: refused before publishing.
    const rogue = await startLocalSigstore();
    try {
      const other = await pushRandomImage(registry.host, 'tuf/rogue');
      const r = await signet(['sign', '--keyless', '--fulcio-url', rogue.fulcioURL, '--rekor-url', rogue.rekorURL, '--identity-token', token, other.ref], { env: withCache(tuf) });
      assert.equal(r.code, 1, r.stderr);
      assert.match(errorOf(r), /does not verify against the trusted root from TUF http:\/\/127\.0\.0\.1:\d+/);
    } finally {
      await rogue.stop();
    }
  });
});

describe('TUF failures: one line each, exit 2 for bad trust configuration, 3 when unreachable', () => {
  test('a root.json that does not sign the repository: initialize refuses and keeps the previous configuration; TUF_ROOT_JSON likewise', async () => {
    const other = await startTufRepo({ 'trusted_root.json': trustedRootBytes });
    repos.push(other);
    const tuf = newCache();
    assert.equal((await initialize(tuf, repo.url, repo.rootFile)).code, 0);
    const bad = await initialize(tuf, repo.url, other.rootFile);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(errorOf(bad), /metadata is not signed by the trusted TUF root .*is not this repository's/);
    assert.equal(errorOf(bad).split('\n').length, 1);
    assert.equal((await verify(tuf)).code, 0, 'the working configuration was kept');

    const pinned = await verify(newCache(), IDENTITY, { TUF_MIRROR: repo.url, TUF_ROOT_JSON: other.rootFile });
    assert.equal(pinned.code, 2, pinned.stderr);
    assert.match(errorOf(pinned), /not signed by the trusted TUF root/);
    // cosign v3 refuses the same pairing.
    const c = await cosignInitialize(newCache(), repo.url, other.rootFile);
    assert.notEqual(c.code, 0, 'cosign initialize with the wrong root fails too');
  });

  test('a tampered trusted_root.json: the verified cache keeps working, a fresh fetch is refused; cosign refuses it too', async () => {
    const r = await startTufRepo({ 'trusted_root.json': trustedRootBytes });
    repos.push(r);
    const tuf = newCache();
    assert.equal((await initialize(tuf, r.url, r.rootFile)).code, 0);
    // Another CA's root, cut or padded to the signed length (a longer file is caught by length
    // alone, see the unit test): only the hash can tell.
    const rogue = await startLocalSigstore();
    const swapped = Buffer.alloc(trustedRootBytes.byteLength, ' ');
    Buffer.from(JSON.stringify(rogue.trustedRoot)).copy(swapped);
    await rogue.stop();
    await r.tamper(r.targetPath('trusted_root.json'), swapped);
    assert.equal((await verify(tuf)).code, 0, 'the cached copy matches the signed hash and is used');

    const fresh = await verify(newCache(), IDENTITY, { TUF_MIRROR: r.url, TUF_ROOT_JSON: r.rootFile });
    assert.equal(fresh.code, 2, fresh.stderr);
    assert.match(errorOf(fresh), /trusted_root\.json does not match its signed TUF targets metadata \(Expected hash [0-9a-f]{64} but got [0-9a-f]{64}\)/);
    const cosignTuf = newCache();
    await cosignInitialize(cosignTuf, r.url, r.rootFile);
    assert.notEqual((await cosignVerify(cosignTuf)).code, 0, 'cosign v3 rejects the tampered target');
  });

  test('expired timestamp metadata is refused by signet and cosign', async () => {
    const r = await startTufRepo({ 'trusted_root.json': trustedRootBytes });
    repos.push(r);
    const tuf = newCache();
    const cosignTuf = newCache();
    assert.equal((await initialize(tuf, r.url, r.rootFile)).code, 0);
    assert.equal((await cosignInitialize(cosignTuf, r.url, r.rootFile)).code, 0);
    await r.publish({ 'trusted_root.json': trustedRootBytes }, { timestampExpires: new Date(Date.now() - 3600_000) });
    const expired = await verify(tuf);
    assert.equal(expired.code, 2, expired.stderr);
    assert.match(errorOf(expired), /timestamp\.json is expired \(expired metadata\)/);
    assert.notEqual((await cosignVerify(cosignTuf)).code, 0, 'cosign v3 refuses expired metadata');
  });

  test('a repository without trusted_root.json; a URL that is no TUF repository', async () => {
    const r = await startTufRepo({ 'signing_config.v0.2.json': Buffer.from('{}') });
    repos.push(r);
    const res = await initialize(newCache(), r.url, r.rootFile);
    assert.equal(res.code, 2, res.stderr);
    assert.match(errorOf(res), /has no trusted_root\.json target/);
    const notRepo = await initialize(newCache(), `${repo.url}/not-here`, repo.rootFile);
    assert.equal(notRepo.code, 2, notRepo.stderr);
    assert.match(errorOf(notRepo), /is not a TUF repository \(HTTP 404 for its metadata\)/);
  });

  test('an unreachable mirror: the valid cache is used with a warning; without one, exit 3', async () => {
    const r = await startTufRepo({ 'trusted_root.json': trustedRootBytes });
    const tuf = newCache();
    assert.equal((await initialize(tuf, r.url, r.rootFile)).code, 0);
    await r.stop();
    const cached = await verify(tuf);
    assert.equal(cached.code, 0, cached.stderr);
    assert.match(cached.stderr, /warning: TUF mirror http:\/\/127\.0\.0\.1:\d+ unreachable \(ECONNREFUSED\); using the cached trusted root/);

    const none = await verify(newCache(), IDENTITY, { TUF_MIRROR: r.url, TUF_ROOT_JSON: repo.rootFile });
    assert.equal(none.code, 3, none.stderr);
    assert.match(errorOf(none), /cannot reach the TUF repository http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    const unknown = await signet(['initialize', '--mirror', r.url], { env: withCache(newCache()) });
    assert.equal(unknown.code, 2);
    assert.match(errorOf(unknown), /needs --root/);
  });

  test('the public-good CDN unreachable and nothing cached: exit 3 naming --trusted-root and signet initialize (CLI and bundled Action)', async () => {
    // A dead proxy makes "unreachable" certain even on a machine with internet access.
    const deadProxy = { NODE_USE_ENV_PROXY: '1', HTTPS_PROXY: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', NO_PROXY: '' };
    const res = await verify(newCache(), IDENTITY, deadProxy);
    assert.equal(res.code, 3, res.stderr);
    assert.match(errorOf(res), /cannot reach the TUF repository https:\/\/tuf-repo-cdn\.sigstore\.dev .*pass --trusted-root or signet initialize --mirror/);
    // The bundled Action seeds the cache from the root.json @sigstore/tuf embeds, then meets the same outage.
    const action = await runAction('verify', { images: image, 'certificate-identity': IDENTITY, 'certificate-oidc-issuer': ISSUER, 'allow-http-registry': 'true' }, withCache(newCache(), deadProxy));
    assert.equal(action.code, 3, action.stdout + action.stderr);
    assert.match(action.stdout + action.stderr, /cannot reach the TUF repository https:\/\/tuf-repo-cdn\.sigstore\.dev/);
  });
});

test('key-based verify does not load the TUF client; keyless verify does', async () => {
  const program = fileURLToPath(new URL('../../packages/cli/src/program.ts', import.meta.url));
  const script = (args: string[]) =>
    `import { main } from ${JSON.stringify(program)}; import { createRequire } from 'node:module';` +
    `await main(${JSON.stringify(args)});` +
    `const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => /[\\\\/](@sigstore[\\\\/]tuf|tuf-js)[\\\\/]/.test(k));` +
    `process.stdout.write('\\nTUF-MODULES ' + loaded.length + '\\n');`;
  const count = (stdout: string) => Number(/TUF-MODULES (\d+)/.exec(stdout)?.[1]);
  const keyDir = await mkdtemp(join(dir, 'keys-'));
  const gen = await signet(['generate-key-pair'], { env: { ...env, COSIGN_PASSWORD: 'pw' }, cwd: keyDir });
  assert.equal(gen.code, 0, gen.stderr);
  const keyRun = await run(process.execPath, ['--input-type=module', '-e', script(['verify', '--key', join(keyDir, 'cosign.pub'), image])], { env });
  assert.equal(count(keyRun.stdout), 0, `key verify loaded no TUF module: ${keyRun.stdout}${keyRun.stderr}`);
  const tuf = newCache();
  assert.equal((await initialize(tuf, repo.url, repo.rootFile)).code, 0);
  const keylessRun = await run(process.execPath, ['--input-type=module', '-e', script(['verify', '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', ISSUER, image])], { env: withCache(tuf) });
  assert.ok(count(keylessRun.stdout) > 0, `keyless verify loaded the TUF client: ${keylessRun.stdout}${keylessRun.stderr}`);
});
