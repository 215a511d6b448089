/**
 * k8s:// and hashivault:// keys against contract fakes (no kube-apiserver or Vault can run here;
 * see docs/keysources.md), with the real cosign as the judge of both the fakes and signet:
 * cosign's client-go and Vault client create keys and sign through the same fakes, and each tool
 * verifies what the other signed. Every failure mode's exit code and one-line message is
 * asserted, and no token or password may appear in any output.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';
import { cosignBinary } from '../support/peers.ts';
import { makePki, type Pki } from '../support/pki.ts';
import { startK8sFake, type K8sFake } from '../support/k8s-fake.ts';
import { startVaultFake, type VaultFake } from '../support/vault-fake.ts';

const K8S_TOKEN = 'k8s-token-7f3a9c1e';
const K8S_READONLY = 'k8s-readonly-2b8d';
const K8S_NOTHING = 'k8s-nothing-51aa';
const VAULT_TOKEN = 'hvs.vault-token-0c9e2d';
const VAULT_NOSIGN = 'hvs.read-only-93ab';
const PASSWORD = 'key-password-4e1f';
const SECRETS = [K8S_TOKEN, K8S_READONLY, K8S_NOTHING, VAULT_TOKEN, VAULT_NOSIGN, PASSWORD];

let registry: RunningRegistry;
let k8s: K8sFake;
let vault: VaultFake;
let dir: string;
let pki: Pki;
let base: NodeJS.ProcessEnv;
const outputs: RunResult[] = [];
/** Fault injection for the vault fake: rotate this key when its sign call arrives; answer this path with this. */
let rotateOnNextSign: string | undefined;
let injected: { path: string; status: number; body: string; contentType?: string } | undefined;

before(async () => {
  [registry, k8s, vault] = await Promise.all([
    startRegistry(),
    startK8sFake({ [K8S_TOKEN]: ['get', 'list', 'create', 'update', 'delete'], [K8S_READONLY]: ['get'], [K8S_NOTHING]: [] }),
    startVaultFake({ [VAULT_TOKEN]: ['read', 'create', 'sign', 'verify'], [VAULT_NOSIGN]: ['read'] }, {
      fault: ({ method, path }) => {
        if (rotateOnNextSign && method !== 'GET' && path.startsWith(`/v1/transit/sign/${rotateOnNextSign}/`)) {
          vault.rotate(rotateOnNextSign);
          rotateOnNextSign = undefined;
        }
        return injected && injected.path === path ? injected : undefined;
      },
    }),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'signet-keysources-'));
  pki = await makePki(dir);
  await k8s.kubeconfig(join(dir, 'kubeconfig'), K8S_TOKEN);
  await k8s.kubeconfig(join(dir, 'kubeconfig-readonly'), K8S_READONLY);
  await k8s.kubeconfig(join(dir, 'kubeconfig-nothing'), K8S_NOTHING);
  await k8s.kubeconfig(join(dir, 'kubeconfig-wrong'), 'not-a-token');
  base = {
    HOME: dir,
    COSIGN_PASSWORD: PASSWORD,
    SIGNET_INSECURE_REGISTRIES: registry.host,
    KUBECONFIG: join(dir, 'kubeconfig'),
    VAULT_ADDR: vault.url,
    VAULT_TOKEN,
    COSIGN_YES: 'true',
  };
});

after(async () => {
  // The secrets check runs over everything every test printed, signet's and cosign's.
  for (const o of outputs) for (const s of SECRETS) {
    assert.equal(`${o.stdout}${o.stderr}`.includes(s), false, `a secret leaked into output: ${o.stderr}`);
  }
  await Promise.all([registry.stop(), k8s.stop(), vault.stop()]);
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

/** The final `error:` line carries the cause on one line (sign adds its per-image FAILED line and summary before it). */
function expectFailure(r: RunResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, r.stderr);
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  assert.match(last, /^error: /, r.stderr);
  assert.match(last, pattern);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack traces');
}

// The two sources share nothing, so their groups run side by side; inside a group tests build
// on each other (keys created first) and run in order.
describe('key sources', { concurrency: 2 }, () => {
  describe('k8s://', { concurrency: 1 }, () => {
    test('k8s: cosign (client-go) creates the Secret, signet signs with it, cosign verifies through k8s://', async () => {
      const created = await cos(['generate-key-pair', 'k8s://keys/from-cosign']);
      assert.equal(created.code, 0, created.stderr);
      assert.equal(k8s.secrets.get('keys/from-cosign')?.immutable, true);
      const img = await pushRandomImage(registry.host, 'k8s/a');
      // The Secret's cosign.password decrypts the key, so a wrong COSIGN_PASSWORD is ignored as in cosign.
      const s = await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { COSIGN_PASSWORD: 'wrong' });
      assert.equal(s.code, 0, s.stderr);
      const v = await cosignVerify('k8s://keys/from-cosign', img.ref);
      assert.equal(v.code, 0, v.stderr);
      const own = await sig(['verify', '--key', 'k8s://keys/from-cosign', img.ref]);
      assert.equal(own.code, 0, own.stderr);
    });

    test('k8s: signet generate-key-pair writes cosign\'s layout; cosign signs with it, signet verifies', async () => {
      const g = await sig(['generate-key-pair', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'from-signet')]);
      assert.equal(g.code, 0, g.stderr);
      const secret = k8s.secrets.get('keys/from-signet');
      assert.equal(secret?.immutable, true);
      assert.deepEqual(Object.keys(secret?.data ?? {}).sort(), ['cosign.key', 'cosign.password', 'cosign.pub']);
      assert.equal(await readFile(join(dir, 'from-signet.pub'), 'utf8'), Buffer.from(secret?.data['cosign.pub'] ?? '', 'base64').toString());
      const img = await pushRandomImage(registry.host, 'k8s/b');
      const s = await cosignSign('k8s://keys/from-signet', img.ref);
      assert.equal(s.code, 0, s.stderr);
      const v = await sig(['verify', '--key', 'k8s://keys/from-signet', img.ref]);
      assert.equal(v.code, 0, v.stderr);
      assert.equal((await cosignVerify(join(dir, 'from-signet.pub'), img.ref)).code, 0);

      expectFailure(await sig(['generate-key-pair', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'again')]), 2, /already exists.*--force/);
      // --force replaces the immutable Secret (delete + create); the old key no longer verifies.
      const forced = await sig(['generate-key-pair', '--force', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'again')]);
      assert.equal(forced.code, 0, forced.stderr);
      assert.equal((await sig(['verify', '--key', 'k8s://keys/from-signet', img.ref])).code, 1);
    });

    test('k8s: a kubernetes.io/tls Secret signs with its certificate chain, accepted by cosign', async () => {
      k8s.putSecret('keys', 'tls', {
        'tls.key': await readFile(pki.leafKey),
        'tls.crt': await readFile(pki.leafCert),
        'ca.crt': await readFile(pki.chain),
      }, 'kubernetes.io/tls');
      const img = await pushRandomImage(registry.host, 'k8s/tls');
      const s = await sig(['sign', '--key', 'k8s://keys/tls', img.ref]);
      assert.equal(s.code, 0, s.stderr);
      const v = await cos(['verify', '--certificate-chain', pki.chain, '--certificate-identity', 'release@example.com',
        '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]);
      assert.equal(v.code, 0, v.stderr);
    });

    test('k8s: every failure is one line with the right exit code', async () => {
      const img = await pushRandomImage(registry.host, 'k8s/errors');
      k8s.putSecret('keys', 'pub-only', { 'cosign.pub': 'x' });
      expectFailure(await sig(['sign', '--key', 'k8s://keys/absent', img.ref]), 2, /secret absent not found in namespace keys/);
      expectFailure(await sig(['sign', '--key', 'k8s://keys/pub-only', img.ref]), 2, /no "cosign.key" entry \(it has cosign.pub\)/);
      expectFailure(await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'kubeconfig-wrong') }), 3, /401 Unauthorized/);
      expectFailure(await sig(['verify', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'kubeconfig-nothing') }), 3,
        /forbidden to get secrets in namespace keys \(403\): RBAC must allow "get secrets" in namespace keys/);
      expectFailure(await sig(['generate-key-pair', 'k8s://keys/ro', '--output-key-prefix', join(dir, 'ro')], { KUBECONFIG: join(dir, 'kubeconfig-readonly') }), 3,
        /RBAC must allow "create secrets" in namespace keys/);
      expectFailure(await sig(['sign', '--key', 'k8s://keys-only-one-part', img.ref]), 2, /use k8s:\/\/NAMESPACE\/SECRET_NAME/);
      expectFailure(await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'missing-kubeconfig') }), 3, /k8s:\/\/keys\/from-cosign/);
    });
  });

  // Every other hashivault:// test runs against a real OpenBao (keysources-vault.test.ts).
  describe('hashivault:// faults no real server produces on demand (vault fake)', { concurrency: 1 }, () => {
    test('vault fake: a key rotated between the read and the sign call is reported, and nothing is stored', async () => {
      vault.createKey('racing');
      rotateOnNextSign = 'racing';
      const img = await pushRandomImage(registry.host, 'vault/race');
      expectFailure(await sig(['sign', '--key', 'hashivault://racing', img.ref]), 3, /hashivault:\/\/racing: the key was rotated while signing \(signed with v2\): run the command again/);
      assert.equal(vault.keyVersions('racing'), 2);
      const v = await sig(['verify', '--key', 'hashivault://racing', img.ref]);
      assert.equal(v.code, 1, 'no signature was stored');
    });

    test('vault fake: a proxy\'s HTML error page and a sign answer without a signature are one-line remote errors', async () => {
      vault.createKey('proxied');
      const img = await pushRandomImage(registry.host, 'vault/proxy');
      injected = { path: '/v1/transit/keys/proxied', status: 502, body: '<html><body><h1>502 Bad Gateway</h1>\n</body></html>', contentType: 'text/html' };
      expectFailure(await sig(['sign', '--key', 'hashivault://proxied', img.ref]), 3, /^error: hashivault:\/\/proxied: Vault answered 502$/);
      injected = { path: '/v1/transit/sign/proxied/sha2-256', status: 200, body: JSON.stringify({ data: { key_version: 1 } }) };
      expectFailure(await sig(['sign', '--key', 'hashivault://proxied', img.ref]), 3, /hashivault:\/\/proxied: Vault's sign response has no signature/);
      injected = undefined;
    });
  });
});
