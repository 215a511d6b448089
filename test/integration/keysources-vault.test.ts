/**
 * hashivault:// keys against a real OpenBao 2.7.2 dev server (Vault's API fork,
 * test/support/openbao.ts), with the real cosign v2.6.5 and its Vault client
 * (hashicorp/vault/api) as the judge: each tool creates keys, signs and verifies what the other
 * signed. Covers rotation, RSA, another transit mount, namespaces, narrow policy tokens and
 * ed25519 transit keys. Every failure's exit code and one-line message is asserted, and no
 * token may appear in any output.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pinnedList, servedManifest, startNotaryServer } from '../support/notary.ts';
import { pushRandomImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';
import { cosignBinary } from '../support/peers.ts';
import { startOpenBao, type OpenBao } from '../support/openbao.ts';

let registry: RunningRegistry;
let bao: OpenBao;
let dir: string;
let base: NodeJS.ProcessEnv;
/** Tokens created for the tests; none may show in any output. */
const secrets: string[] = [];
let readOnly: string;
let narrow: string;
let signOnly: string;
const outputs: RunResult[] = [];

before(async () => {
  [registry, bao] = await Promise.all([startRegistry(), startOpenBao()]);
  dir = await mkdtemp(join(tmpdir(), 'signet-vault-'));
  await bao.enableTransit();
  await bao.enableTransit('elsewhere');
  readOnly = await bao.tokenWithPolicy('read-only', 'path "transit/keys/*" { capabilities = ["read"] }');
  // What a CI signer gets: read and sign one key, nothing else (no create, no rotate, no other key).
  narrow = await bao.tokenWithPolicy('sign-release', 'path "transit/keys/release" { capabilities = ["read"] }\npath "transit/sign/release/*" { capabilities = ["update"] }');
  signOnly = await bao.tokenWithPolicy('sign-only', 'path "transit/sign/release/*" { capabilities = ["update"] }');
  secrets.push(bao.rootToken, readOnly, narrow, signOnly);
  base = { HOME: dir, SIGNET_INSECURE_REGISTRIES: registry.host, VAULT_ADDR: bao.url, VAULT_TOKEN: bao.rootToken, COSIGN_YES: 'true', COSIGN_PASSWORD: '' };
});

after(async () => {
  for (const o of outputs) for (const s of secrets) {
    assert.equal(`${o.stdout}${o.stderr}`.includes(s), false, `a token leaked into output: ${o.stderr}`);
  }
  await Promise.all([registry?.stop(), bao?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

async function sig(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const r = await signet(args, { env: { ...base, ...env }, cwd: dir });
  outputs.push(r);
  return r;
}
async function cos(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const r = await run(cosignBinary(), args, { env: { ...base, ...env }, cwd: dir });
  outputs.push(r);
  return r;
}
const cosignVerify = (key: string, ref: string, env: NodeJS.ProcessEnv = {}) =>
  cos(['verify', '--key', key, '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
const cosignSign = (key: string, ref: string, env: NodeJS.ProcessEnv = {}) =>
  cos(['sign', '--key', key, '--tlog-upload=false', '--allow-http-registry', ref], env);

function expectFailure(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, r.stderr);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  assert.match(last, /^error: /, r.stderr);
  assert.match(last, pattern);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack traces');
}

describe('hashivault:// against OpenBao', { concurrency: 1 }, () => {
  test('signet creates the transit key, cosign signs through its Vault client, signet verifies; and back', async () => {
    const g = await sig(['generate-key-pair', 'hashivault://release', '--output-key-prefix', join(dir, 'release')]);
    assert.equal(g.code, 0, g.stderr);
    assert.equal(await bao.keyVersions('release'), 1);
    const info = await bao.api('GET', 'transit/keys/release');
    assert.equal((info.data as { type: string }).type, 'ecdsa-p256', 'cosign\'s default key type');
    const img = await pushRandomImage(registry.host, 'vault/a');
    const cs = await cosignSign('hashivault://release', img.ref);
    assert.equal(cs.code, 0, cs.stderr);
    const v = await sig(['verify', '--key', 'hashivault://release', img.ref]);
    assert.equal(v.code, 0, v.stderr);

    const img2 = await pushRandomImage(registry.host, 'vault/b');
    const s = await sig(['sign', '--key', 'hashivault://release', img2.ref]);
    assert.equal(s.code, 0, s.stderr);
    // cosign verifies through OpenBao's transit/verify endpoint, and with the exported public key.
    assert.equal((await cosignVerify('hashivault://release', img2.ref)).code, 0);
    assert.equal((await cosignVerify(join(dir, 'release.pub'), img2.ref)).code, 0);
    // And rejects an image nobody signed with this key.
    const unsigned = await pushRandomImage(registry.host, 'vault/unsigned');
    assert.notEqual((await cosignVerify('hashivault://release', unsigned.ref)).code, 0);
    assert.equal((await sig(['verify', '--key', 'hashivault://release', unsigned.ref])).code, 1);
  });

  test('rotation signs with the latest version; --force rotates; RSA keys and TRANSIT_SECRET_ENGINE_PATH work', async () => {
    await bao.createKey('rotating');
    await bao.rotate('rotating');
    const img = await pushRandomImage(registry.host, 'vault/rot');
    const s = await sig(['sign', '--key', 'hashivault://rotating', img.ref]);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await sig(['verify', '--key', 'hashivault://rotating', img.ref])).code, 0);
    // cosign's verifier asks Vault with the "vault:v1:" prefix unless told the version.
    assert.equal((await cosignVerify('hashivault://rotating', img.ref, { VAULT_KEY_PREFIX: 'vault:v2:' })).code, 0);
    assert.notEqual((await cosignVerify('hashivault://rotating', img.ref)).code, 0, 'v1 does not verify a v2 signature');

    const forced = await sig(['generate-key-pair', '--force', 'hashivault://rotating', '--output-key-prefix', join(dir, 'rotated')]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(await bao.keyVersions('rotating'), 3);
    // signet verifies with the latest version's key, as cosign's PublicKey() does: v2's signature no longer passes.
    assert.equal((await sig(['verify', '--key', 'hashivault://rotating', img.ref])).code, 1);
    assert.equal((await cosignVerify(join(dir, 'rotated.pub'), img.ref)).code !== 0, true);

    await bao.createKey('rsa', 'rsa-2048');
    const img2 = await pushRandomImage(registry.host, 'vault/rsa');
    assert.equal((await sig(['sign', '--key', 'hashivault://rsa', img2.ref])).code, 0);
    assert.equal((await sig(['verify', '--key', 'hashivault://rsa', img2.ref])).code, 0);
    const rsaPub = await cos(['public-key', '--key', 'hashivault://rsa', '--outfile', join(dir, 'rsa.pub')]);
    assert.equal(rsaPub.code, 0, rsaPub.stderr);
    assert.equal((await cosignVerify(join(dir, 'rsa.pub'), img2.ref)).code, 0, 'PKCS#1 v1.5, as cosign expects');
    const cosignRsa = await pushRandomImage(registry.host, 'vault/rsa-cosign');
    assert.equal((await cosignSign('hashivault://rsa', cosignRsa.ref)).code, 0);
    assert.equal((await sig(['verify', '--key', 'hashivault://rsa', cosignRsa.ref])).code, 0);
    // Found against the real server (the old fake ignored it): cosign's transit/verify call sends no
    // signature_algorithm, so OpenBao checks RSA signatures as PSS and rejects even cosign's own
    // PKCS#1 v1.5 signatures. RSA transit keys verify with the exported public key only.
    const viaTransit = await cosignVerify('hashivault://rsa', cosignRsa.ref);
    assert.notEqual(viaTransit.code, 0);
    assert.match(viaTransit.stderr, /failed vault verification/);

    await bao.createKey('mounted', 'ecdsa-p256', { mount: 'elsewhere' });
    const img3 = await pushRandomImage(registry.host, 'vault/mount');
    const mounted = await sig(['sign', '--key', 'hashivault://mounted', img3.ref], { TRANSIT_SECRET_ENGINE_PATH: 'elsewhere' });
    assert.equal(mounted.code, 0, mounted.stderr);
    assert.equal((await cosignVerify('hashivault://mounted', img3.ref, { TRANSIT_SECRET_ENGINE_PATH: 'elsewhere' })).code, 0);
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img3.ref], { TRANSIT_SECRET_ENGINE_PATH: 'elsewhere' }), 2, /transit key not found at elsewhere\/keys\/release/);
  });

  test('namespaces: VAULT_NAMESPACE selects the namespace\'s transit mount, for signet and cosign alike', async () => {
    await bao.api('POST', 'sys/namespaces/team-a', {});
    await bao.enableTransit('transit', 'team-a');
    await bao.createKey('ns-key', 'ecdsa-p256', { namespace: 'team-a' });
    const img = await pushRandomImage(registry.host, 'vault/ns');
    const s = await sig(['sign', '--key', 'hashivault://ns-key', img.ref], { VAULT_NAMESPACE: 'team-a' });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await cosignVerify('hashivault://ns-key', img.ref, { VAULT_NAMESPACE: 'team-a' })).code, 0);
    assert.equal((await sig(['verify', '--key', 'hashivault://ns-key', img.ref], { VAULT_NAMESPACE: 'team-a' })).code, 0);
    // The key exists only inside the namespace.
    expectFailure(await sig(['sign', '--key', 'hashivault://ns-key', img.ref]), 2, /hashivault:\/\/ns-key: transit key not found at transit\/keys\/ns-key/);
    // A namespace's own token (its policy written inside the namespace) signs there.
    const nsToken = await bao.tokenWithPolicy('ns-signer', 'path "transit/keys/ns-key" { capabilities = ["read"] }\npath "transit/sign/ns-key/*" { capabilities = ["update"] }', 'team-a');
    secrets.push(nsToken);
    const img2 = await pushRandomImage(registry.host, 'vault/ns2');
    const byNsToken = await sig(['sign', '--key', 'hashivault://ns-key', img2.ref], { VAULT_NAMESPACE: 'team-a', VAULT_TOKEN: nsToken });
    assert.equal(byNsToken.code, 0, byNsToken.stderr);
    assert.equal((await cosignVerify('hashivault://ns-key', img2.ref, { VAULT_NAMESPACE: 'team-a' })).code, 0);
  });

  test('a narrow policy token (read + sign one key) signs; it cannot create, rotate or use other keys; a sign-only token is told what is missing', async () => {
    const img = await pushRandomImage(registry.host, 'vault/narrow');
    const s = await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_TOKEN: narrow });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await cosignVerify('hashivault://release', img.ref)).code, 0);
    assert.equal((await cosignSign('hashivault://release', img.ref, { VAULT_TOKEN: narrow })).code, 0, 'cosign signs with the same token');

    expectFailure(await sig(['sign', '--key', 'hashivault://rsa', img.ref], { VAULT_TOKEN: narrow }), 3,
      /hashivault:\/\/rsa: Vault denied permission to read the transit key \(403\): .*permission denied.*: the token's policy must allow "read" on transit\/keys\/rsa/);
    expectFailure(await sig(['generate-key-pair', 'hashivault://new-key', '--output-key-prefix', join(dir, 'n')], { VAULT_TOKEN: narrow }), 3, /denied permission to read/);
    expectFailure(await sig(['generate-key-pair', '--force', 'hashivault://release', '--output-key-prefix', join(dir, 'n')], { VAULT_TOKEN: narrow }), 3,
      /denied permission to rotate the transit key \(403\).*must allow "update" on transit\/keys\/release\/rotate/);
    assert.equal(await bao.keyVersions('release'), 1, 'nothing was rotated');

    // Sign-only (no read on transit/keys): signet needs the key's type and public key before signing.
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_TOKEN: signOnly }), 3,
      /denied permission to read the transit key \(403\).*must allow "read" on transit\/keys\/release/);
    // cosign's client needs the same read (its signer fetches the public key first).
    const cosignSignOnly = await cosignSign('hashivault://release', img.ref, { VAULT_TOKEN: signOnly });
    assert.notEqual(cosignSignOnly.code, 0);
    assert.match(cosignSignOnly.stderr, /403/);
  });

  test('ed25519 transit keys: signet signs as cosign\'s client does, and cosign verifies through OpenBao; cosign\'s signatures too', async () => {
    await bao.createKey('ed', 'ed25519');
    const img = await pushRandomImage(registry.host, 'vault/ed');
    const s = await sig(['sign', '--key', 'hashivault://ed', img.ref]);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await cosignVerify('hashivault://ed', img.ref)).code, 0, 'cosign accepts through transit/verify');
    // Such signatures are Ed25519 over SHA-256(payload): only OpenBao's verify endpoint checks
    // them, so signet's local verify refuses the key clearly instead of reporting a bad signature.
    expectFailure(await sig(['verify', '--key', 'hashivault://ed', img.ref]), 2,
      /hashivault:\/\/ed is an ed25519 transit key: its signatures are Ed25519 over the payload's SHA-256 digest, which only Vault's transit\/verify endpoint checks: verify with `cosign verify --key hashivault:\/\/ed`/);
    const img2 = await pushRandomImage(registry.host, 'vault/ed2');
    const cs = await cosignSign('hashivault://ed', img2.ref);
    assert.equal(cs.code, 0, cs.stderr);
    assert.equal((await cosignVerify('hashivault://ed', img2.ref)).code, 0);
    // Both tools signed the same way: cosign's verifier accepts signet's signature and vice versa
    // is checked above; a tampered image (another digest) is still rejected.
    assert.notEqual((await cosignVerify('hashivault://ed', (await pushRandomImage(registry.host, 'vault/ed3')).ref)).code, 0);
  });

  test('every failure is one line with the right exit code, and no token shows', async () => {
    const img = await pushRandomImage(registry.host, 'vault/errors');
    expectFailure(await sig(['sign', '--key', 'hashivault://absent', img.ref]), 2, /hashivault:\/\/absent: transit key not found/);
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_TOKEN: readOnly }), 3,
      /Vault denied permission to sign with the transit key \(403\): .*permission denied.*: the token.s policy must allow "update" on transit\/sign\/release/);
    expectFailure(await sig(['verify', '--key', 'hashivault://release', img.ref], { VAULT_TOKEN: 'hvs.not-a-token' }), 3, /denied permission to read/);
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_ADDR: 'http://127.0.0.1:9' }), 3,
      /cannot reach Vault at http:\/\/127.0.0.1:9 \(ECONNREFUSED\)/);
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_ADDR: '' }), 2, /need VAULT_ADDR/);
    expectFailure(await sig(['sign', '--key', 'hashivault://release', img.ref], { VAULT_TOKEN: '' }), 2, /need VAULT_TOKEN/);
    expectFailure(await sig(['generate-key-pair', 'hashivault://release', '--output-key-prefix', join(dir, 'x')]), 2, /already exists \(v1\).*--force/);
    expectFailure(await sig(['sign', '--key', 'hashivault://a/b', img.ref]), 2, /use hashivault:\/\/TRANSIT_KEY_NAME/);
    expectFailure(await sig(['generate-key-pair', 'env://X']), 2, /cannot store keys in env:\/\/X/);
  });
  test('Docker Content Trust with hashivault:// (OpenBao transit, ecdsa-p256) keys: notary init and publish; Debian\'s notary-server accepts them, the pinned notary client lists the registry\'s digest, signet verifies pinned to the key source', async () => {
    const root = 'hashivault://notary-root';
    const targets = 'hashivault://notary-targets';
    for (const [ref, prefix] of [[root, 'notary-root'], [targets, 'notary-targets']] as const) {
      const g = await sig(['generate-key-pair', ref, '--output-key-prefix', join(dir, prefix)]);
      assert.equal(g.code, 0, g.stderr);
    }
    const notary = await startNotaryServer();
    try {
      const repo = 'vault/dct';
      const gun = `${registry.host}/${repo}`;
      await pushRandomImage(registry.host, repo, 'v1');
      const flags = ['--notary', notary.url, '--notary-ca', notary.ca.caCert, '--notary-cache', join(dir, 'notary-cache')];
      const init = await sig(['notary', 'init', gun, ...flags, '--root-key', root, '--key', targets]);
      assert.equal(init.code, 0, init.stderr);
      const rootKeyId = JSON.parse(init.stdout).root.keyId as string;
      const signed = await sig(['sign', ...flags, '--notary-root', root, '--key', targets, `${gun}:v1`]);
      assert.equal(signed.code, 0, signed.stderr);
      const served = await servedManifest(registry.host, repo, 'v1');
      const rows = await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await mkdtemp(join(dir, 'notary-trust-')), gun, rootKeyId);
      assert.deepEqual(rows.get('v1'), [served.digest, served.size, 'targets']);
      const verified = await sig(['verify', ...flags, '--notary-root', root, `${gun}:v1`]);
      assert.equal(verified.code, 0, verified.stderr);
      expectFailure(await sig(['verify', ...flags, '--notary-root', targets, `${gun}:v1`]), 1, /not signed with the pinned/);
    } finally {
      await notary.stop();
    }
  });
});
