import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as openpgp from 'openpgp';
import { buildAtomicPayload, parseAtomicPayload } from '../../formats/simple-signing.ts';
import { parseReference } from '../../reference/index.ts';
import { parsePublicKeyring, parseSecretKey } from '../keys.ts';
import { loadGpgSigner, parseSignBy } from '../signer.ts';
import { claimMismatch, matchRepoDigestOrExact, openAtomicSignature } from '../verify.ts';

const digest = `sha256:${'ab'.repeat(32)}`;
const otherDigest = `sha256:${'cd'.repeat(32)}`;
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const noPassphrase = async (): Promise<string> => {
  throw new Error('passphrase must not be asked for an unprotected key');
};

async function keyPair(passphrase?: string) {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Unit', email: 'unit@example.com' }],
    format: 'armored',
    ...(passphrase ? { passphrase } : {}),
  });
  return { privateKey, publicKey, keyring: await parsePublicKeyring(Buffer.from(publicKey), 'test') };
}

test('atomic payload bytes are what containers/image marshals: sorted keys, integer timestamp', () => {
  const bytes = buildAtomicPayload({ dockerReference: 'localhost:5000/team/app:v1', digest, creator: 'signet 0.1.0', timestamp: 1700000000.9 });
  assert.equal(
    text(bytes),
    `{"critical":{"identity":{"docker-reference":"localhost:5000/team/app:v1"},"image":{"docker-manifest-digest":"${digest}"},"type":"atomic container signature"},"optional":{"creator":"signet 0.1.0","timestamp":1700000000}}`,
  );
  assert.deepEqual(parseAtomicPayload(bytes), { dockerReference: 'localhost:5000/team/app:v1', digest, creator: 'signet 0.1.0', timestamp: 1700000000 });
});

test('parseAtomicPayload is strict like containers/image: unknown critical keys, cosign type, missing optional', () => {
  const good = JSON.parse(text(buildAtomicPayload({ dockerReference: 'r.io/x:1', digest }))) as Record<string, Record<string, unknown>>;
  const bytes = (doc: unknown) => Buffer.from(JSON.stringify(doc));
  assert.doesNotThrow(() => parseAtomicPayload(bytes(good)));
  assert.throws(() => parseAtomicPayload(bytes({ ...good, critical: { ...good.critical, extra: 1 } })), /exactly identity, image and type/);
  assert.throws(() => parseAtomicPayload(bytes({ ...good, critical: { ...good.critical, type: 'cosign container image signature' } })), /type is "cosign container image signature"/);
  assert.throws(() => parseAtomicPayload(bytes({ critical: good.critical })), /exactly "critical" and "optional"/);
  assert.throws(() => parseAtomicPayload(bytes({ ...good, optional: { timestamp: 1.5 } })), /timestamp must be an integer/);
  assert.throws(() => parseAtomicPayload(bytes({ ...good, critical: { ...good.critical, image: { 'docker-manifest-digest': 'sha256:zz' } } })), /invalid digest/);
  assert.throws(() => parseAtomicPayload(Buffer.from('{')), /not valid JSON/);
});

test('openpgp.js signature round trip: signed message carries the payload, signer fingerprint reported', async () => {
  const { privateKey, keyring } = await keyPair();
  const signer = await loadGpgSigner({ kind: 'env', variable: 'K' }, { passphrase: noPassphrase, env: { K: privateKey } });
  const payload = buildAtomicPayload({ dockerReference: 'r.io/team/app:v1', digest, timestamp: 1 });
  const signature = await signer.sign(payload);
  // A signed message, not a detached signature: the literal data packet holds the payload.
  const message = await openpgp.readMessage({ binaryMessage: signature });
  assert.equal(message.getLiteralData() !== null, true);
  const opened = await openAtomicSignature(signature, keyring);
  assert.ok(opened.ok, opened.ok ? '' : opened.reason);
  assert.equal(opened.value.signedBy, keyring[0]!.getFingerprint().toUpperCase());
  assert.equal(opened.value.payload.dockerReference, 'r.io/team/app:v1');
});

test('a signature from a key outside the keyring, a tampered message and garbage are rejected with reasons', async () => {
  const a = await keyPair();
  const b = await keyPair();
  const signer = await loadGpgSigner({ kind: 'env', variable: 'K' }, { passphrase: noPassphrase, env: { K: a.privateKey } });
  const signature = await signer.sign(buildAtomicPayload({ dockerReference: 'r.io/x:1', digest }));
  const wrong = await openAtomicSignature(signature, b.keyring);
  assert.equal(wrong.ok, false);
  assert.match(wrong.ok ? '' : wrong.reason, /not in the keyring/);
  assert.equal(wrong.ok ? '' : wrong.code, 'untrusted');

  // Flip a byte inside the literal data: the hash no longer matches.
  const tampered = Buffer.from(signature);
  const at = tampered.indexOf(Buffer.from('r.io/x:1'));
  assert.ok(at > 0);
  tampered[at] = 's'.charCodeAt(0);
  const bad = await openAtomicSignature(tampered, a.keyring);
  assert.equal(bad.ok, false);
  assert.match(bad.ok ? '' : bad.reason, /does not verify/);
  assert.equal(bad.ok ? '' : bad.code, 'untrusted');

  const junk = await openAtomicSignature(Buffer.from('not a pgp message'), a.keyring);
  assert.equal(junk.ok, false);
  assert.equal(junk.ok ? '' : junk.code, 'malformed');
});

test('a message with two signatures is refused even when one key is trusted', async () => {
  const a = await keyPair();
  const b = await keyPair();
  const keys = [await openpgp.readPrivateKey({ armoredKey: a.privateKey }), await openpgp.readPrivateKey({ armoredKey: b.privateKey })];
  const message = await openpgp.createMessage({ binary: buildAtomicPayload({ dockerReference: 'r.io/x:1', digest }) });
  const signature = await openpgp.sign({ message, signingKeys: keys, format: 'binary' });
  const opened = await openAtomicSignature(signature, a.keyring);
  assert.equal(opened.ok, false);
  assert.match(opened.ok ? '' : opened.reason, /exactly one OpenPGP signature, found 2/);
});

test('protected secret keys: passphrase asked once, wrong one is a usage error', async () => {
  const { privateKey } = await keyPair('s3cret');
  let asked = 0;
  const key = await parseSecretKey(Buffer.from(privateKey), 'k.asc', async () => {
    asked++;
    return 's3cret';
  });
  assert.equal(key.isDecrypted(), true);
  assert.equal(asked, 1);
  await assert.rejects(parseSecretKey(Buffer.from(privateKey), 'k.asc', async () => 'nope'), { kind: 'usage', message: /wrong passphrase for the OpenPGP key in k\.asc/ });
  await assert.rejects(parseSecretKey(Buffer.from('hello'), 'k.asc', noPassphrase), { kind: 'usage', message: /not an OpenPGP secret key/ });
});

test('keyrings: several armored blocks in one file, binary, and a file without keys', async () => {
  const a = await keyPair();
  const b = await keyPair();
  const both = await parsePublicKeyring(Buffer.from(`${a.publicKey}\n${b.publicKey}`), 'both.asc');
  assert.equal(both.length, 2);
  const binary = await parsePublicKeyring(a.keyring[0]!.write(), 'a.gpg');
  assert.equal(binary[0]!.getFingerprint(), a.keyring[0]!.getFingerprint());
  // A secret key handed in as a keyring is reduced to its public part.
  const fromSecret = await parsePublicKeyring(Buffer.from(a.privateKey), 'secret.asc');
  assert.equal(fromSecret[0]!.isPrivate(), false);
  await assert.rejects(parsePublicKeyring(Buffer.from('nothing here'), 'x'), { kind: 'usage' });
});

test('matchRepoDigestOrExact: tags exact, digests by repository, name-only never', () => {
  const byDigest = parseReference(`r.io/team/app@${digest}`);
  const byTag = parseReference('r.io/team/app:v1');
  assert.equal(matchRepoDigestOrExact(byDigest, 'r.io/team/app:v1'), true);
  assert.equal(matchRepoDigestOrExact(byDigest, `r.io/team/app@${otherDigest}`), true);
  assert.equal(matchRepoDigestOrExact(byDigest, 'r.io/team/app'), false);
  assert.equal(matchRepoDigestOrExact(byDigest, 'r.io/team/other:v1'), false);
  assert.equal(matchRepoDigestOrExact(byTag, 'r.io/team/app:v1'), true);
  assert.equal(matchRepoDigestOrExact(byTag, 'r.io/team/app:v2'), false);
  assert.equal(matchRepoDigestOrExact(byTag, `r.io/team/app@${digest}`), false);
  // Docker Hub names are normalized on both sides, as containers/image does.
  assert.equal(matchRepoDigestOrExact(parseReference('busybox:1'), 'docker.io/library/busybox:1'), true);
  assert.equal(matchRepoDigestOrExact(byTag, 'NOT A REFERENCE'), false);
  assert.match(claimMismatch({ dockerReference: 'r.io/team/app:v1', digest: otherDigest, creator: undefined, timestamp: undefined }, { image: byDigest, digest })?.reason ?? '', /signed digest/);
  assert.equal(claimMismatch({ dockerReference: 'r.io/team/app:v1', digest: otherDigest, creator: undefined, timestamp: undefined }, { image: byDigest, digest })?.code, 'digest');
  assert.equal(claimMismatch({ dockerReference: 'r.io/other/app:v1', digest, creator: undefined, timestamp: undefined }, { image: byDigest, digest })?.code, 'identity');
  assert.equal(claimMismatch({ dockerReference: 'r.io/team/app:v1', digest, creator: undefined, timestamp: undefined }, { image: byDigest, digest }), undefined);
});

test('--sign-by: env://, gpg://, file://, bare fingerprints go to gpg unless such a file exists', () => {
  const fpr = 'A'.repeat(40);
  const none = () => false;
  assert.deepEqual(parseSignBy('env://GPG_KEY', none), { kind: 'env', variable: 'GPG_KEY' });
  assert.deepEqual(parseSignBy('gpg://ops@example.com', none), { kind: 'gpg', keyId: 'ops@example.com' });
  assert.deepEqual(parseSignBy(fpr, none), { kind: 'gpg', keyId: fpr });
  assert.deepEqual(parseSignBy('0x1234ABCD1234ABCD', none), { kind: 'gpg', keyId: '1234ABCD1234ABCD' });
  assert.deepEqual(parseSignBy(fpr, () => true), { kind: 'file', path: fpr });
  assert.deepEqual(parseSignBy('keys/signer.asc', none), { kind: 'file', path: 'keys/signer.asc' });
  assert.deepEqual(parseSignBy('file:///k.asc', none), { kind: 'file', path: '/k.asc' });
  assert.throws(() => parseSignBy('env://1BAD', none), { kind: 'usage' });
  assert.throws(() => parseSignBy('', none), { kind: 'usage' });
});
