import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeySigner } from '../../signers/key-signer.ts';
import {
  canonicalKeyId,
  derToP1363,
  envelopeBytes,
  fileTrustCache,
  findSignedTarget,
  inspectRepository,
  keyCertificate,
  keyId,
  loadRootPin,
  loadTrustedRepository,
  NotaryServer,
  parseEnvelope,
  pinKeyIds,
  selfSignedRootCertificate,
  signSigned,
  verifySignature,
  canonicalBytes,
  x509Key,
  type RootSigned,
  type TufKey,
} from '../index.ts';
import { serveCaptured, sharedNotaryDir } from './shared-data.ts';

const shared = sharedNotaryDir();
const skip = shared ? false : 'needs ../shared/notary-v1 (real Notary metadata), read in place';
/** A day the captured timestamps (+14 d from 2026-12-01) are valid on, and one after. */
const VALID = new Date('2026-12-02T00:00:00Z');
const AFTER_TIMESTAMP = new Date('2026-12-16T00:00:00Z');

async function metadataFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.endsWith('.key.json') && !/^\d{3}-/.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

function gunOfRoot(root: RootSigned): string {
  const id = root.roles.root.keyids[0]!;
  return /CN=([^\n]*)/.exec(keyCertificate(root.keys[id]!).subject)![1]!;
}

test('every captured file re-serialises byte for byte, and every key ID is the canonical hash', { skip }, async () => {
  const files = await metadataFiles(shared!);
  assert.ok(files.length >= 30, `found ${files.length} metadata files`);
  for (const file of files) {
    const bytes = await readFile(file);
    const name = file.slice(file.lastIndexOf('/') + 1);
    const role = /root/.test(name) ? 'root' : /timestamp/.test(name) ? 'timestamp' : /snapshot/.test(name) ? 'snapshot' : 'targets';
    const parsed = parseEnvelope<{ keys?: Record<string, TufKey> }>(bytes, 'test', role);
    assert.ok(envelopeBytes(parsed.envelope).equals(bytes), `${file} re-serialises to its bytes`);
    for (const [id, key] of Object.entries(parsed.envelope.signed.keys ?? {})) assert.equal(keyId(key), id, `${file}: key ${id}`);
  }
});

test('every signature in the captured data verifies with notary\'s encodings (ecdsa r||s, eddsa, rsapss)', { skip }, async () => {
  const methods = new Set<string>();
  for (const dir of ['local-trust-service/server', 'remote-signer', 'rsa-root', 'from-scratch-python', 'docker-cli-127.0.0.1_5055_demo_img']) {
    const root = parseEnvelope<RootSigned>(await readFile(join(shared!, dir, 'root.json')), 'test', 'root').envelope;
    for (const role of ['root', 'timestamp', 'snapshot', 'targets'] as const) {
      const env = parseEnvelope<unknown>(await readFile(join(shared!, dir, `${role}.json`)), 'test', role).envelope;
      for (const sig of env.signatures) {
        methods.add(sig.method);
        assert.ok(verifySignature(canonicalBytes(env.signed), sig, root.signed.keys[sig.keyid]!), `${dir}/${role}: ${sig.method} signature by ${sig.keyid}`);
        const tampered = { ...sig, sig: Buffer.from(Buffer.from(sig.sig, 'base64').map((b, i) => (i === 5 ? b ^ 1 : b))).toString('base64') };
        assert.equal(verifySignature(canonicalBytes(env.signed), tampered, root.signed.keys[sig.keyid]!), false, `${dir}/${role}: a flipped bit fails`);
      }
    }
  }
  assert.deepEqual([...methods].sort(), ['ecdsa', 'eddsa', 'rsapss']);
});

test('wrapped and canonical IDs of an x509 root key are the ones notary prints', { skip }, async () => {
  const root = parseEnvelope<RootSigned>(await readFile(join(shared!, 'local-trust-service/server/root.json')), 'test', 'root').envelope.signed;
  const id = root.roles.root.keyids[0]!;
  const key = root.keys[id]!;
  assert.equal(key.keytype, 'ecdsa-x509');
  const cert = new X509Certificate(await readFile(join(shared!, 'local-trust-service/root-cert.pem')));
  assert.equal(keyId(x509Key(cert.toString())), id, 'wrapping the decoded certificate again gives the same ID');
  assert.notEqual(canonicalKeyId(key), id);
  assert.ok((await loadRootPin(join(shared!, 'local-trust-service/root-cert.pem'))).matches(key));
  assert.ok(pinKeyIds([canonicalKeyId(key)]).matches(key), 'the canonical ID pins too');
});

async function walk(dir: string, options: { now?: Date; pin?: string; cacheDir?: string; tamper?: (s: Awaited<ReturnType<typeof serveCaptured>>) => Promise<void> } = {}) {
  const root = parseEnvelope<RootSigned>(await readFile(join(shared!, dir, 'root.json')), 'test', 'root').envelope.signed;
  const gun = gunOfRoot(root);
  const served = await serveCaptured(join(shared!, dir), gun);
  await options.tamper?.(served);
  const server = new NotaryServer(served.url);
  try {
    const pin = await loadRootPin(options.pin ?? root.roles.root.keyids[0]!);
    return { gun, repo: await loadTrustedRepository(server, gun, { pin, now: options.now ?? VALID, cache: options.cacheDir ? fileTrustCache(options.cacheDir) : undefined }) };
  } finally {
    await server.close();
    await served.close();
  }
}

test('the notary CLI\'s repository verifies from the pinned root: delegation, rotated snapshot key, targets by role', { skip }, async () => {
  const { gun, repo } = await walk('local-trust-service/server', { pin: join(shared!, 'local-trust-service/root-cert.pem') });
  assert.deepEqual([...repo.roles.keys()], ['targets', 'targets/releases']);
  const v3 = findSignedTarget(repo, 'v3');
  assert.deepEqual(v3.roles, ['targets/releases']);
  assert.equal(v3.digest, `sha256:${'bb'.repeat(32)}`);
  assert.equal(v3.length, 5678);
  assert.deepEqual(findSignedTarget(repo, 'v1').roles, ['targets'], 'docker\'s rule: releases first, then targets');
  assert.throws(() => findSignedTarget(repo, 'v1', ['releases']), /not signed in targets\/releases/, 'a tag only in top-level targets fails when the policy names releases');
  assert.equal(findSignedTarget(repo, 'v3', ['releases']).digest, v3.digest);
  const shown = inspectRepository(repo, gun);
  assert.deepEqual(shown.SignedTags.map((t) => [t.SignedTag, t.Signers.join()]), [['v1', 'Repo Admin'], ['v2', 'Repo Admin'], ['v3', 'Repo Admin']]);
});

test('docker-written repositories (alice, bob, releases) and DCT pushes verify', { skip }, async () => {
  const { repo } = await walk('docker-cli-127.0.0.1_5000_demo_docker');
  assert.deepEqual([...repo.roles.keys()].sort(), ['targets', 'targets/alice', 'targets/bob', 'targets/releases']);
  const pushed = await walk('docker-cli-127.0.0.1_5055_demo_img');
  const v1 = findSignedTarget(pushed.repo, 'v1');
  assert.equal(v1.length, 523);
  for (const dir of ['remote-signer', 'rsa-root', 'from-scratch-python']) await walk(dir);
});

test('refused: expired timestamp, wrong pinned root, tampered targets, rolled-back version', { skip }, async () => {
  await assert.rejects(walk('local-trust-service/server', { now: AFTER_TIMESTAMP }), /timestamp metadata expired at 2026-12-15/);
  const other = parseEnvelope<RootSigned>(await readFile(join(shared!, 'remote-signer/root.json')), 'test', 'root').envelope.signed;
  await assert.rejects(walk('local-trust-service/server', { pin: other.roles.root.keyids[0]! }), /is not signed with the pinned root key ID/);
  await assert.rejects(
    walk('local-trust-service/server', {
      tamper: async (s) => {
        const bytes = await readFile(join(shared!, 'local-trust-service/server/targets.json'));
        s.override.set('targets.json', Buffer.from(bytes.toString().replace('"length":1234', '"length":1235')));
      },
    }),
    /targets metadata does not match its sha256 in the snapshot|targets metadata is \d+ bytes/,
  );
  // Rollback: the client cache remembers root v2; a server that serves root v1 again is refused.
  const cacheDir = await mkdtemp(join(tmpdir(), 'notary-cache-'));
  await walk('local-trust-service/server', { cacheDir });
  await assert.rejects(
    walk('local-trust-service/server', { cacheDir, tamper: async (s) => void s.override.set('root.json', await readFile(join(shared!, 'local-trust-service/server/1.root.json'))) }),
    /root metadata is version 1, older than version 2 seen before/,
  );
});

test('a signet signature is r||s over canonical JSON, and a signet root certificate has notary\'s shape', async () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = new KeySigner(privateKey, 'test');
  const signed = { _type: 'Targets', targets: { 'a\nb': { hashes: { sha256: 'x' }, length: 1 } }, version: 1 };
  const publicB64 = (await signer.publicKey()).export({ format: 'der', type: 'spki' }).toString('base64');
  const key: TufKey = { keytype: 'ecdsa', keyval: { private: null, public: publicB64 } };
  const sig = await signSigned(signed, signer, keyId(key));
  assert.equal(Buffer.from(sig.sig, 'base64').byteLength, 64);
  assert.ok(verifySignature(canonicalBytes(signed), sig, key));
  assert.equal(derToP1363(Buffer.from('3006020100020101', 'hex')).toString('hex'), `${'00'.repeat(32)}${'00'.repeat(31)}01`);
  const now = new Date();
  const pem = await selfSignedRootCertificate(signer, 'registry.example:5000/team/app', now, new Date(now.getTime() + 3650 * 86400_000));
  const cert = new X509Certificate(pem);
  assert.equal(cert.subject, 'CN=registry.example:5000/team/app');
  assert.equal(cert.issuer, cert.subject);
  assert.ok(cert.verify(await signer.publicKey()), 'self-signed by the root key');
  assert.deepEqual(cert.keyUsage, ['1.3.6.1.5.5.7.3.3']);
  assert.equal(cert.ca, false);
  assert.ok(pem.endsWith('-----END CERTIFICATE-----\n'));
  assert.equal(createHash('sha256').update(canonicalBytes(x509Key(pem))).digest('hex'), keyId(x509Key(pem)));
});
