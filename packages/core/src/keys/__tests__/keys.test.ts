import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, createPrivateKey } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  decryptCosignKeyDer,
  encryptCosignKey,
  generateCosignKeyPair,
  importKeyPair,
  keyDescription,
  loadPrivateKey,
  loadPublicKey,
  pemBlocks,
  publicKeyPem,
  signBytes,
  verifyBytes,
} from '../index.ts';
import { sign } from 'node:crypto';

const exec = promisify(execFile);
const data = new TextEncoder().encode('payload to sign');
const pw = (p: string) => async () => p;

test('cosign key round trip: generate, decrypt with the password, sign and verify', async () => {
  const pair = await generateCosignKeyPair('s3cret');
  assert.match(pair.privateKeyPem, /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/);
  const body = JSON.parse(Buffer.from(pemBlocks(pair.privateKeyPem)[0]!.der).toString());
  assert.deepEqual(Object.keys(body), ['kdf', 'cipher', 'ciphertext']);
  assert.deepEqual(body.kdf.params, { N: 65536, r: 8, p: 1 });
  assert.equal(Buffer.from(body.kdf.salt, 'base64').length, 32);
  assert.equal(body.cipher.name, 'nacl/secretbox');
  assert.equal(Buffer.from(body.cipher.nonce, 'base64').length, 24);
  const key = await loadPrivateKey(pair.privateKeyPem, { source: 'test', password: pw('s3cret') });
  assert.equal(keyDescription(key), 'ecdsa-p256');
  const pub = loadPublicKey(pair.publicKeyPem, 'test.pub');
  assert.ok(verifyBytes(pub, data, signBytes(key, data)));
  assert.ok(!verifyBytes(pub, new TextEncoder().encode('tampered'), signBytes(key, data)));
});

test('empty passwords are valid, as in cosign', async () => {
  const pair = await generateCosignKeyPair('');
  assert.equal(keyDescription(await loadPrivateKey(pair.privateKeyPem, { source: 't', password: pw('') })), 'ecdsa-p256');
});

test('wrong password is a usage error that names the key, not the password', async () => {
  const pair = await generateCosignKeyPair('right');
  await assert.rejects(loadPrivateKey(pair.privateKeyPem, { source: 'cosign.key', password: pw('wrong-pw') }), (e: Error & { kind?: string }) => {
    assert.equal(e.kind, 'usage');
    assert.match(e.message, /wrong password for encrypted cosign key cosign\.key/);
    assert.ok(!e.message.includes('wrong-pw'));
    return true;
  });
});

test('legacy ENCRYPTED COSIGN PRIVATE KEY header and N=32768/131072 are read; other N rejected', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  for (const N of [32768, 131072]) {
    const pem = (await encryptCosignKey(privateKey, 'x', { scryptN: N })).replace(/SIGSTORE/g, 'COSIGN');
    assert.match(pem, /ENCRYPTED COSIGN PRIVATE KEY/);
    const loaded = await loadPrivateKey(pem, { source: 't', password: pw('x') });
    assert.ok(verifyBytes(loadPublicKey(publicKeyPem(loaded), 't'), data, signBytes(loaded, data)));
  }
  const pem = await encryptCosignKey(privateKey, 'x');
  const body = JSON.parse(Buffer.from(pemBlocks(pem)[0]!.der).toString());
  body.kdf.params.N = 16384;
  await assert.rejects(decryptCosignKeyDer(Buffer.from(JSON.stringify(body)), 'x', 'weak.key'), /unsupported scrypt parameters \(N=16384/);
  await assert.rejects(encryptCosignKey(privateKey, 'x', { scryptN: 1024 }), /unsupported scrypt N/);
});

test('foreign PEM keys made by openssl: PKCS#8, PKCS#1, SEC1, encrypted PKCS#8; every supported type', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'signet-keys-'));
  try {
    const cases: [string, string[], string][] = [
      ['ec-p256-sec1', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout'], 'ecdsa-p256'],
      ['ec-p384-pkcs8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'], 'ecdsa-p384'],
      ['ec-p521-pkcs8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'], 'ecdsa-p521'],
      ['rsa-pkcs1', ['genrsa', '-traditional'], 'rsa-2048'],
      ['rsa-pkcs8', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072'], 'rsa-3072'],
      ['ed25519', ['genpkey', '-algorithm', 'ed25519'], 'ed25519'],
    ];
    for (const [name, args, want] of cases) {
      const path = join(dir, `${name}.pem`);
      // genrsa takes the key size as its last argument.
      await exec('openssl', [...args, '-out', path, ...(args[0] === 'genrsa' ? ['2048'] : [])]);
      const pem = await readFile(path, 'utf8');
      const key = await loadPrivateKey(pem, { source: name });
      assert.equal(keyDescription(key), want, name);
      const imported = await importKeyPair(pem, { source: name, newPassword: 'new' });
      const reloaded = await loadPrivateKey(imported.privateKeyPem, { source: name, password: pw('new') });
      assert.ok(verifyBytes(loadPublicKey(imported.publicKeyPem, name), data, signBytes(reloaded, data)), name);
    }
    const enc = join(dir, 'enc.pem');
    await exec('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-aes256', '-pass', 'pass:pkcs8pw', '-out', enc]);
    const encPem = await readFile(enc, 'utf8');
    assert.match(encPem, /ENCRYPTED PRIVATE KEY/);
    assert.equal(keyDescription(await loadPrivateKey(encPem, { source: 'enc', password: pw('pkcs8pw') })), 'ecdsa-p256');
    await assert.rejects(loadPrivateKey(encPem, { source: 'enc', password: pw('bad') }), /wrong password for encrypted key enc/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('unsupported keys and broken input are named clearly', async () => {
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  await assert.rejects(loadPrivateKey(small, { source: 'small' }), /RSA key of 1024 bits is too small/);
  const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  await assert.rejects(loadPrivateKey(k1, { source: 'k1' }), /unsupported elliptic curve secp256k1/);
  const x = generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  await assert.rejects(loadPrivateKey(x, { source: 'x' }), /unsupported key type x25519/);
  await assert.rejects(loadPrivateKey('hello', { source: 'junk' }), /junk is not a PEM private key/);
  const truncated = (await generateCosignKeyPair('p')).privateKeyPem.slice(0, 120);
  await assert.rejects(loadPrivateKey(truncated, { source: 'cut' }), /not a PEM private key/);
  // Assembled so that secret scanners do not mistake this 4-byte garbage for a committed key.
  const label = ['PRIVATE', 'KEY'].join(' ');
  const garbled = `-----BEGIN ${label}-----\nQUJDRA==\n-----END ${label}-----\n`;
  await assert.rejects(loadPrivateKey(garbled, { source: 'garbled' }), /cannot parse the PRIVATE KEY/);
  const encrypted = (await generateCosignKeyPair('p')).privateKeyPem;
  assert.throws(() => loadPublicKey(encrypted, 'priv'), /priv is a private key; verification needs the public key/);
  await assert.rejects(loadPrivateKey((await generateCosignKeyPair('p')).privateKeyPem, { source: 'nopw' }), /encrypted and no password/);
});

test('verifyBytes accepts per-curve hashes (what cosign sign writes for P-384) and never throws', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  assert.ok(verifyBytes(publicKey, data, sign('sha384', data, privateKey)));
  assert.ok(verifyBytes(publicKey, data, signBytes(privateKey, data)));
  assert.equal(verifyBytes(publicKey, data, new Uint8Array([1, 2, 3])), false);
  const rsa = createPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }));
  assert.equal(verifyBytes(publicKey, data, signBytes(rsa, data)), false);
});
