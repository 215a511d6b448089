/**
 * k8s:// keys against a real kube-apiserver with etcd (test/support/kube-apiserver.ts), RBAC
 * enforced through real Roles and RoleBindings, with the real cosign v2.6.5 and its client-go as
 * the judge: cosign creates Secrets signet signs with and the other way round, each verifies
 * what the other signed. Every failure's exit code and one-line message is asserted, and no
 * token or password may appear in any output.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pinnedList, servedManifest, startNotaryServer } from '../support/notary.ts';
import { pushRandomImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';
import { cosignBinary } from '../support/peers.ts';
import { makePki, type Pki } from '../support/pki.ts';
import { startKubeApiserver, type KubeApiserver } from '../support/kube-apiserver.ts';

const PASSWORD = 'key-password-4e1f';

let registry: RunningRegistry;
let kube: KubeApiserver;
let dir: string;
let pki: Pki;
let base: NodeJS.ProcessEnv;
let secrets: string[];
const outputs: RunResult[] = [];

type Secret = { type?: string; immutable?: boolean; data?: Record<string, string> };
const getSecret = async (ns: string, name: string) => (await kube.must('GET', `/api/v1/namespaces/${ns}/secrets/${name}`)) as Secret;

before(async () => {
  [registry, kube] = await Promise.all([startRegistry(), startKubeApiserver(['signer', 'reader', 'nobody'])]);
  dir = await mkdtemp(join(tmpdir(), 'signet-k8s-'));
  pki = await makePki(dir);
  await kube.must('POST', '/api/v1/namespaces', { metadata: { name: 'keys' } });
  // Real RBAC: the signer may do everything with Secrets in `keys`, the reader only get them.
  await kube.grant('keys', 'signer', ['secrets'], ['get', 'list', 'create', 'update', 'delete']);
  await kube.grant('keys', 'reader', ['secrets'], ['get']);
  const users = kube.users as Record<'signer' | 'reader' | 'nobody', { token: string }>;
  await kube.kubeconfig(join(dir, 'kubeconfig'), users.signer.token);
  await kube.kubeconfig(join(dir, 'kubeconfig-readonly'), users.reader.token);
  await kube.kubeconfig(join(dir, 'kubeconfig-nothing'), users.nobody.token);
  await kube.kubeconfig(join(dir, 'kubeconfig-wrong'), 'not-a-token');
  secrets = [kube.admin.token, users.signer.token, users.reader.token, users.nobody.token, PASSWORD];
  base = { HOME: dir, COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: registry.host, KUBECONFIG: join(dir, 'kubeconfig'), COSIGN_YES: 'true' };
});

after(async () => {
  for (const o of outputs) for (const s of secrets ?? []) {
    assert.equal(`${o.stdout}${o.stderr}`.includes(s), false, `a secret leaked into output: ${o.stderr}`);
  }
  await Promise.all([registry?.stop(), kube?.stop()]);
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

describe('k8s:// against kube-apiserver', { concurrency: 1 }, () => {
  test('cosign (client-go) creates the Secret, signet signs with it, cosign verifies through k8s://', async () => {
    const created = await cos(['generate-key-pair', 'k8s://keys/from-cosign']);
    assert.equal(created.code, 0, created.stderr);
    assert.equal((await getSecret('keys', 'from-cosign')).immutable, true);
    const img = await pushRandomImage(registry.host, 'k8s/a');
    // The Secret's cosign.password decrypts the key, so a wrong COSIGN_PASSWORD is ignored as in cosign.
    const s = await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { COSIGN_PASSWORD: 'wrong' });
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await cosignVerify('k8s://keys/from-cosign', img.ref)).code, 0);
    assert.equal((await sig(['verify', '--key', 'k8s://keys/from-cosign', img.ref])).code, 0);
    // The read-only user can verify (get is all verify needs).
    assert.equal((await sig(['verify', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'kubeconfig-readonly') })).code, 0);
    const unsigned = await pushRandomImage(registry.host, 'k8s/unsigned');
    assert.equal((await sig(['verify', '--key', 'k8s://keys/from-cosign', unsigned.ref])).code, 1);
  });

  test('signet generate-key-pair creates an immutable Secret in cosign\'s layout; cosign signs with it, signet verifies; --force replaces it', async () => {
    const g = await sig(['generate-key-pair', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'from-signet')]);
    assert.equal(g.code, 0, g.stderr);
    const secret = await getSecret('keys', 'from-signet');
    assert.equal(secret.immutable, true);
    assert.deepEqual(Object.keys(secret.data ?? {}).sort(), ['cosign.key', 'cosign.password', 'cosign.pub']);
    assert.equal(await readFile(join(dir, 'from-signet.pub'), 'utf8'), Buffer.from(secret.data?.['cosign.pub'] ?? '', 'base64').toString());
    // The API server itself enforces immutability.
    const update = await kube.call('PUT', '/api/v1/namespaces/keys/secrets/from-signet', { ...secret, data: { ...secret.data, 'cosign.pub': Buffer.from('x').toString('base64') } });
    assert.equal(update.status, 422);
    assert.match(String(update.body.message), /field is immutable when `immutable` is set/);

    const img = await pushRandomImage(registry.host, 'k8s/b');
    const s = await cosignSign('k8s://keys/from-signet', img.ref);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await sig(['verify', '--key', 'k8s://keys/from-signet', img.ref])).code, 0);
    assert.equal((await cosignVerify(join(dir, 'from-signet.pub'), img.ref)).code, 0);

    expectFailure(await sig(['generate-key-pair', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'again')]), 2, /already exists.*--force/);
    // --force replaces the immutable Secret (delete + create); the old key no longer verifies.
    const forced = await sig(['generate-key-pair', '--force', 'k8s://keys/from-signet', '--output-key-prefix', join(dir, 'again')]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.notEqual((await getSecret('keys', 'from-signet')).data?.['cosign.pub'], secret.data?.['cosign.pub']);
    assert.equal((await sig(['verify', '--key', 'k8s://keys/from-signet', img.ref])).code, 1);
    assert.notEqual((await cosignVerify('k8s://keys/from-signet', img.ref)).code, 0, 'cosign agrees');
  });

  test('a kubernetes.io/tls Secret signs with its certificate chain, accepted by cosign', async () => {
    const b64 = async (p: string) => (await readFile(p)).toString('base64');
    await kube.must('POST', '/api/v1/namespaces/keys/secrets', {
      metadata: { name: 'tls' }, type: 'kubernetes.io/tls',
      data: { 'tls.key': await b64(pki.leafKey), 'tls.crt': await b64(pki.leafCert), 'ca.crt': await b64(pki.chain) },
    });
    const img = await pushRandomImage(registry.host, 'k8s/tls');
    const s = await sig(['sign', '--key', 'k8s://keys/tls', img.ref]);
    assert.equal(s.code, 0, s.stderr);
    const v = await cos(['verify', '--certificate-chain', pki.chain, '--certificate-identity', 'release@example.com',
      '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]);
    assert.equal(v.code, 0, v.stderr);
    const wrong = await cos(['verify', '--certificate-chain', pki.chain, '--certificate-identity', 'someone@example.com',
      '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]);
    assert.notEqual(wrong.code, 0, 'the identity check can fail');
  });

  test('RBAC refusals come from real Roles: each failure is one line with the right exit code', async () => {
    const img = await pushRandomImage(registry.host, 'k8s/errors');
    await kube.must('POST', '/api/v1/namespaces/keys/secrets', { metadata: { name: 'pub-only' }, data: { 'cosign.pub': Buffer.from('x').toString('base64') } });
    expectFailure(await sig(['sign', '--key', 'k8s://keys/absent', img.ref]), 2, /secret absent not found in namespace keys/);
    expectFailure(await sig(['sign', '--key', 'k8s://keys/pub-only', img.ref]), 2, /no "cosign.key" entry \(it has cosign.pub\)/);
    expectFailure(await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'kubeconfig-wrong') }), 3, /401 Unauthorized/);
    expectFailure(await sig(['verify', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'kubeconfig-nothing') }), 3,
      /forbidden to get secrets in namespace keys \(403\): RBAC must allow "get secrets" in namespace keys/);
    expectFailure(await sig(['generate-key-pair', 'k8s://keys/ro', '--output-key-prefix', join(dir, 'ro')], { KUBECONFIG: join(dir, 'kubeconfig-readonly') }), 3,
      /RBAC must allow "create secrets" in namespace keys/);
    // The Role is namespaced: the signer has no rights in another namespace.
    await kube.must('POST', '/api/v1/namespaces', { metadata: { name: 'other' } });
    expectFailure(await sig(['generate-key-pair', 'k8s://other/k', '--output-key-prefix', join(dir, 'other')]), 3, /RBAC must allow "(get|create) secrets" in namespace other/);
    // cosign is refused by the same Roles.
    const cosignRefused = await cos(['generate-key-pair', 'k8s://keys/ro-cosign'], { KUBECONFIG: join(dir, 'kubeconfig-readonly') });
    assert.notEqual(cosignRefused.code, 0);
    assert.match(cosignRefused.stderr, /forbidden/);
    expectFailure(await sig(['sign', '--key', 'k8s://keys-only-one-part', img.ref]), 2, /use k8s:\/\/NAMESPACE\/SECRET_NAME/);
    expectFailure(await sig(['sign', '--key', 'k8s://keys/from-cosign', img.ref], { KUBECONFIG: join(dir, 'missing-kubeconfig') }), 3, /k8s:\/\/keys\/from-cosign/);
  });
  test('Docker Content Trust with k8s:// (Secrets in kube-apiserver) keys: notary init and publish; Debian\'s notary-server accepts them, the pinned notary client lists the registry\'s digest, signet verifies pinned to the key source', async () => {
    const root = 'k8s://keys/notary-root';
    const targets = 'k8s://keys/notary-targets';
    for (const [ref, prefix] of [[root, 'notary-root'], [targets, 'notary-targets']] as const) {
      const g = await sig(['generate-key-pair', ref, '--output-key-prefix', join(dir, prefix)]);
      assert.equal(g.code, 0, g.stderr);
    }
    const notary = await startNotaryServer();
    try {
      const repo = 'k8s/dct';
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
