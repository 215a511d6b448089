import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCosignKeyPair, isSignetError, parseKeyRef, verifyBytes, type SignetError } from '../../index.ts';
import { K8sKeySource, type SecretsApi } from '../k8s.ts';
import { k8sError } from '../k8s-errors.ts';
import { keyPairSecret, signingMaterial } from '../k8s-secret.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function apiError(code: number, reason: string): Error & { code: number; body: string } {
  return Object.assign(new Error(`HTTP-Code: ${code}`), { code, body: JSON.stringify({ kind: 'Status', reason, message: `secrets "x" ${reason}`, code }) });
}

function memorySecrets(): SecretsApi & { store: Map<string, ReturnType<typeof keyPairSecret>> } {
  const store = new Map<string, ReturnType<typeof keyPairSecret>>();
  return {
    store,
    async read(ns, name) {
      const s = store.get(`${ns}/${name}`);
      if (!s) throw apiError(404, 'NotFound');
      return s;
    },
    async create(ns, secret) {
      const name = secret.metadata?.name ?? '';
      if (store.has(`${ns}/${name}`)) throw apiError(409, 'AlreadyExists');
      store.set(`${ns}/${name}`, secret as ReturnType<typeof keyPairSecret>);
    },
    async delete(ns, name) {
      if (!store.delete(`${ns}/${name}`)) throw apiError(404, 'NotFound');
    },
  };
}

function expectError(fn: () => unknown, exitCode: number, pattern: RegExp): void {
  try {
    fn();
  } catch (e) {
    assert.ok(isSignetError(e), String(e));
    assert.equal((e as SignetError).exitCode, exitCode);
    assert.match((e as SignetError).oneLine(), pattern);
    return;
  }
  assert.fail('expected an error');
}

test('k8s errors: 404 and 409 are bad input, 401/403/network are remote and name the RBAC rule', () => {
  expectError(() => { throw k8sError(apiError(404, 'NotFound'), 'get', 'ns', 'k'); }, 2, /secret k not found in namespace ns/);
  expectError(() => { throw k8sError(apiError(409, 'AlreadyExists'), 'create', 'ns', 'k'); }, 2, /secret k already exists in namespace ns/);
  // What to do names a CLI flag: the CLI words it from the code (cli/src/__tests__/hints.test.ts).
  const exists = k8sError(apiError(409, 'AlreadyExists'), 'create', 'ns', 'k');
  assert.equal(exists.code, 'k8s.secret-exists');
  assert.deepEqual(exists.data, { namespace: 'ns', name: 'k' });
  expectError(() => { throw k8sError(apiError(401, 'Unauthorized'), 'get', 'ns', 'k'); }, 3, /401 Unauthorized/);
  expectError(() => { throw k8sError(apiError(403, 'Forbidden'), 'create', 'ns', 'k'); }, 3, /RBAC must allow "create secrets" in namespace ns/);
  const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
  expectError(() => { throw k8sError(refused, 'get', 'ns', 'k'); }, 3, /cannot reach the Kubernetes API server \(ECONNREFUSED\)/);
});

test('secret layouts: missing entries are named, TLS chains are split leaf-first', () => {
  expectError(() => signingMaterial({ data: { 'cosign.pub': b64('x') } }, 'k8s://a/b'), 2, /no "cosign.key" entry \(it has cosign.pub\)/);
  expectError(() => signingMaterial({ type: 'kubernetes.io/tls', data: { 'tls.crt': b64('x') } }, 'k8s://a/b'), 2, /no "tls.key"/);
  const m = signingMaterial({ data: { 'cosign.key': b64('KEY'), 'cosign.password': '' } }, 'k8s://a/b');
  assert.deepEqual(m, { kind: 'cosign', privateKeyPem: 'KEY', password: '' });
});

test('generate, sign and read back through the Secret layout; --force replaces an immutable secret', async () => {
  const api = memorySecrets();
  const source = new K8sKeySource(api);
  const ref = parseKeyRef('k8s://ns/signing');
  const pair = await generateCosignKeyPair('s3cret');
  await source.storeKeyPair(ref, { ...pair, password: 's3cret' }, false);
  const stored = api.store.get('ns/signing');
  assert.equal(stored?.immutable, true);
  assert.deepEqual(Object.keys(stored?.data ?? {}).sort(), ['cosign.key', 'cosign.password', 'cosign.pub']);

  await assert.rejects(source.storeKeyPair(ref, { ...pair, password: 's3cret' }, false), (e: SignetError) => e.exitCode === 2);
  const again = await generateCosignKeyPair('other');
  await source.storeKeyPair(ref, { ...again, password: 'other' }, true);

  // The Secret's own password wins over COSIGN_PASSWORD, as in cosign.
  const signer = await source.signer(ref, { password: async () => 'wrong' });
  const sig = await signer.sign(Buffer.from('payload'));
  const pub = await source.publicKey(ref);
  assert.ok(verifyBytes(pub, Buffer.from('payload'), sig));
  assert.equal(signer.description.includes('other'), false);
  await assert.rejects(source.signer(parseKeyRef('k8s://ns/missing'), {}), (e: SignetError) => e.exitCode === 2 && /not found/.test(e.message));
});
