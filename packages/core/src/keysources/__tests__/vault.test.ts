import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { parseKeyRef, verifyBytes, type SignetError } from '../../index.ts';
import { decodeVaultSignature, signRequest, vaultSettings, VaultKeySource, type TransitApi, type TransitKeyInfo } from '../vault.ts';
import { vaultError } from '../vault-errors.ts';

const TOKEN = 'hvs.super-secret-token';

/** Transit in memory with real keys, answering like Vault's client errors do. */
function memoryTransit(payloads: Map<string, Buffer>): TransitApi & { keys: Map<string, KeyObject[]> } {
  const keys = new Map<string, KeyObject[]>();
  const notFound = (name: string) => vaultError({ response: { statusCode: 404, body: { errors: [] } } }, 'read', name, `transit/keys/${name}`, 'http://x');
  const info = (name: string): TransitKeyInfo => {
    const versions = keys.get(name);
    if (!versions) throw notFound(name);
    return {
      type: 'ecdsa-p256',
      latest_version: versions.length,
      keys: Object.fromEntries(versions.map((k, i) => [String(i + 1), { name: 'P-256', public_key: createPublicKey(k).export({ type: 'spki', format: 'pem' }).toString() }])),
    };
  };
  const add = (name: string) => keys.set(name, [...(keys.get(name) ?? []), generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey]);
  return {
    keys,
    async readKey(name) {
      return info(name);
    },
    async sign(name, body) {
      const versions = keys.get(name);
      if (!versions) throw notFound(name);
      assert.equal(body.prehashed, true);
      // Node has no prehashed ECDSA, so sign the payload whose SHA-256 digest Vault was sent.
      const payload = payloads.get(String(body.input));
      assert.ok(payload, 'input must be the base64 SHA-256 digest of the payload');
      const sig = sign('sha256', payload, versions.at(-1) as KeyObject);
      return { signature: `vault:v${versions.length}:${sig.toString('base64')}` };
    },
    async createKey(name) {
      add(name);
    },
    async rotateKey(name) {
      add(name);
    },
  };
}

test('settings: VAULT_ADDR and VAULT_TOKEN are required, the mount defaults to transit', () => {
  assert.throws(() => vaultSettings({}), (e: SignetError) => e.exitCode === 2 && /VAULT_ADDR/.test(e.message));
  assert.throws(() => vaultSettings({ VAULT_ADDR: 'http://v' }), (e: SignetError) => e.exitCode === 2 && /VAULT_TOKEN/.test(e.message));
  assert.deepEqual(vaultSettings({ VAULT_ADDR: 'http://v/', VAULT_TOKEN: TOKEN }), { address: 'http://v', token: TOKEN, namespace: undefined, mount: 'transit' });
  assert.equal(vaultSettings({ VAULT_ADDR: 'http://v', VAULT_TOKEN: TOKEN, TRANSIT_SECRET_ENGINE_PATH: '/cosign/' }).mount, 'cosign');
});

test('errors: 403 and unreachable are remote, 404 and 400 key-not-found are bad input; none carry the token', () => {
  const axiosLike = (status: number | undefined, errors: string[], code?: string) => ({
    response: status === undefined ? undefined : { statusCode: status, body: { errors } },
    code,
    config: { headers: { 'X-Vault-Token': TOKEN } },
    message: `failed with token ${TOKEN}`,
  });
  const cases: Array<[unknown, number, RegExp]> = [
    [axiosLike(403, ['1 error occurred:\n\t* permission denied\n\n']), 3, /denied permission to sign with.*"update" on transit\/sign\/k/],
    [axiosLike(404, []), 2, /transit key not found/],
    [axiosLike(400, ['signing key not found']), 2, /transit key not found/],
    [axiosLike(undefined, [], 'ECONNREFUSED'), 3, /cannot reach Vault at http:\/\/127.0.0.1:1 \(ECONNREFUSED\)/],
  ];
  for (const [input, code, pattern] of cases) {
    const e = vaultError(input, 'sign with', 'k', 'transit/sign/k/sha2-256', 'http://127.0.0.1:1');
    assert.equal(e.exitCode, code);
    assert.match(e.oneLine(), pattern);
    assert.equal(e.oneLine().includes(TOKEN), false);
    assert.equal(e.cause, undefined);
    assert.equal(e.oneLine().includes('\n'), false);
  }
});

test('sign request matches sigstore: sha256 digest, prehashed except ed25519, pkcs1v15', () => {
  const payload = Buffer.from('{"critical":{}}');
  const digest = createHash('sha256').update(payload).digest('base64');
  assert.deepEqual(signRequest('ecdsa-p256', payload), { input: digest, prehashed: true, key_version: '0', signature_algorithm: 'pkcs1v15' });
  assert.equal(signRequest('ed25519', payload).prehashed, false);
  assert.deepEqual(decodeVaultSignature('vault:v12:AAEC', 'k'), { version: 12, bytes: Buffer.from([0, 1, 2]) });
  assert.throws(() => decodeVaultSignature('AAEC', 'k'), /unexpected signature format/);
});

test('create, sign with the latest version, refuse to re-create without force, rotate with force', async () => {
  const payload = Buffer.from('payload');
  const transit = memoryTransit(new Map([[createHash('sha256').update(payload).digest('base64'), payload]]));
  const source = new VaultKeySource(() => transit);
  const ref = parseKeyRef('hashivault://release');
  await assert.rejects(source.signer(ref, {}), (e: SignetError) => e.exitCode === 2 && /not found/.test(e.message));
  assert.equal((await source.createKey(ref, false)).version, 1);
  await assert.rejects(source.createKey(ref, false), (e: SignetError) => e.exitCode === 2 && /already exists \(v1\)/.test(e.message));
  assert.equal((await source.createKey(ref, true)).version, 2);
  const signer = await source.signer(ref, {});
  assert.match(signer.description, /v2\)$/);
  const sig = await signer.sign(payload);
  assert.ok(verifyBytes(await source.publicKey(ref, {}), payload, sig));
});
