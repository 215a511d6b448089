/**
 * Private registries with their own CA and with mutual TLS (cosign's --registry-cacert,
 * --registry-client-cert/--registry-client-key, --allow-insecure-registry), against Debian's
 * docker-registry serving HTTPS, and judged by cosign v2 reading the same registry with the same
 * flags. The images are pushed through a plain-HTTP instance over the same storage, so the
 * fixtures do not depend on signet's TLS code.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { makeCa, makeLeaf } from '../support/pki.ts';
import { signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';

let dir: string;
let plain: RunningRegistry;
let https: RunningRegistry;
let mtls: RunningRegistry;
let ca: { key: string; cert: string };
let client: { key: string; cert: string };
let otherClient: { key: string; cert: string };
let env: NodeJS.ProcessEnv;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-tls-'));
  ca = await makeCa(dir, 'registry-ca');
  const server = await makeLeaf(dir, { name: 'registry', eku: 'serverAuth', extra: 'subjectAltName=IP:127.0.0.1\n', issuerKey: ca.key, issuerCert: ca.cert });
  client = await makeLeaf(dir, { name: 'ci-client', eku: 'clientAuth', issuerKey: ca.key, issuerCert: ca.cert });
  const otherCa = await makeCa(dir, 'other-ca');
  otherClient = await makeLeaf(dir, { name: 'other-client', eku: 'clientAuth', issuerKey: otherCa.key, issuerCert: otherCa.cert });
  plain = await startRegistry();
  https = await startRegistry({ storageOf: plain.dir, tls: { certificate: server.cert, key: server.key } });
  mtls = await startRegistry({ storageOf: plain.dir, tls: { certificate: server.cert, key: server.key, clientCas: [ca.cert] } });
  env = { COSIGN_PASSWORD: 'pw', HOME: dir, SIGNET_INSECURE_REGISTRIES: '' };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(gen.code, 0, gen.stderr);
  const other = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'other')], { env });
  assert.equal(other.code, 0, other.stderr);
});

after(async () => {
  await mtls?.stop();
  await https?.stop();
  await plain?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The same image as the TLS instance `via` names it. */
async function image(repo: string, via: RunningRegistry): Promise<string> {
  const pushed = await pushRandomImage(plain.host, repo);
  return `${via.host}/${repo}@${pushed.digest}`;
}

describe('a registry whose certificate a private CA issued', () => {
  test('without the CA: refused before anything is sent, saying which check failed and what to pass', async () => {
    const ref = await image('tls/untrusted', https);
    const r = await signet(['sign', '--key', join(dir, 'cosign.key'), ref], { env });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /TLS certificate is not trusted/);
    assert.match(r.stderr, /--registry-cacert/);
  });

  test('--registry-cacert: signet signs and verifies; cosign with the same CA accepts it, and refuses the wrong key', async () => {
    const ref = await image('tls/app', https);
    const tls = ['--registry-cacert', ca.cert];
    const s = await signet(['sign', '--key', join(dir, 'cosign.key'), ...tls, ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), ...tls, '-o', 'json', ref], { env });
    assert.equal(v.code, 0, v.stderr);
    const judged = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog', ...tls, ref], env);
    assert.equal(judged.code, 0, judged.stderr);
    const wrong = await cosign(['verify', '--key', join(dir, 'other.pub'), '--insecure-ignore-tlog', ...tls, ref], env);
    assert.notEqual(wrong.code, 0, 'cosign must refuse a signature made with another key');
    const wrongSignet = await signet(['verify', '--key', join(dir, 'other.pub'), ...tls, ref], { env });
    assert.equal(wrongSignet.code, 1, wrongSignet.stderr);
  });

  test('--allow-insecure-registry: works without the CA and warns that nothing is verified', async () => {
    const ref = await image('tls/insecure', https);
    const s = await signet(['sign', '--key', join(dir, 'cosign.key'), '--allow-insecure-registry', ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stderr, /--allow-insecure-registry: the TLS certificates of 127\.0\.0\.1:\d+ are not verified/);
    // Only for the run that passes it: without the flag the same registry is verified again.
    const checked = await signet(['verify', '--key', join(dir, 'cosign.pub'), ref], { env });
    assert.equal(checked.code, 3, checked.stderr);
    assert.match(checked.stderr, /TLS certificate is not trusted/);
    const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-cacert', ca.cert, ref], { env });
    assert.equal(v.code, 0, v.stderr);
  });

  test('a file that is not a PEM certificate is a usage error naming the flag', async () => {
    const bad = join(dir, 'not-a-cert.pem');
    await writeFile(bad, 'hello\n');
    const r = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-cacert', bad, `${https.host}/tls/app@sha256:${'0'.repeat(64)}`], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--registry-cacert .*not-a-cert\.pem holds no PEM certificate/);
    const broken = join(dir, 'broken.pem');
    await writeFile(broken, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    const r2 = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-cacert', broken, `${https.host}/tls/app@sha256:${'0'.repeat(64)}`], { env });
    assert.equal(r2.code, 2, r2.stderr);
    assert.match(r2.stderr, /does not parse/);
  });
});

describe('a registry that requires client certificates (mutual TLS)', () => {
  test('without a client certificate: refused, and the hint names the client certificate flags', async () => {
    const ref = await image('mtls/none', mtls);
    const r = await signet(['sign', '--key', join(dir, 'cosign.key'), '--registry-cacert', ca.cert, ref], { env });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /--registry-client-cert/);
  });

  test('with one its CA issued: signet signs; cosign with the same client certificate verifies', async () => {
    const ref = await image('mtls/app', mtls);
    const tls = ['--registry-cacert', ca.cert, '--registry-client-cert', client.cert, '--registry-client-key', client.key];
    const s = await signet(['sign', '--key', join(dir, 'cosign.key'), ...tls, ref], { env });
    assert.equal(s.code, 0, s.stderr);
    const judged = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog', ...tls, ref], env);
    assert.equal(judged.code, 0, judged.stderr);
    const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), ...tls, ref], { env });
    assert.equal(v.code, 0, v.stderr);
  });

  test('a client certificate of another CA is refused by the server, and said so', async () => {
    const ref = await image('mtls/other', mtls);
    const r = await signet(['sign', '--key', join(dir, 'cosign.key'), '--registry-cacert', ca.cert, '--registry-client-cert', otherClient.cert, '--registry-client-key', otherClient.key, ref], { env });
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /client certificate/);
  });

  test('half a pair, a key of another certificate, an encrypted key: usage errors that never print the key', async () => {
    const ref = `${mtls.host}/mtls/app@sha256:${'0'.repeat(64)}`;
    const half = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-client-cert', client.cert, ref], { env });
    assert.equal(half.code, 2, half.stderr);
    assert.match(half.stderr, /--registry-client-cert and --registry-client-key go together/);
    const mismatch = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-client-cert', client.cert, '--registry-client-key', otherClient.key, ref], { env });
    assert.equal(mismatch.code, 2, mismatch.stderr);
    assert.match(mismatch.stderr, /is not the key of --registry-client-cert/);
    const keyText = await readFile(otherClient.key, 'utf8');
    const body = keyText.split('\n')[1] ?? '';
    assert.ok(body.length > 20 && !mismatch.stderr.includes(body), 'the key must not appear in the error');
    const encrypted = join(dir, 'encrypted.key');
    const { execFile } = await import('node:child_process');
    await new Promise<void>((resolve, reject) =>
      execFile('openssl', ['pkey', '-in', client.key, '-aes256', '-passout', 'pass:secret', '-out', encrypted], (e) => (e ? reject(e) : resolve())),
    );
    const enc = await signet(['verify', '--key', join(dir, 'cosign.pub'), '--registry-client-cert', client.cert, '--registry-client-key', encrypted, ref], { env });
    assert.equal(enc.code, 2, enc.stderr);
    assert.match(enc.stderr, /is not an unencrypted private key/);
  });
});
