/**
 * Hostile or broken registries (issue 16), through the CLI as users run it:
 * - endless, dripping and hugely declared bodies end with a bounded read and a clear error;
 * - 5,000 layers are refused whole (cosign's 1,000-layer limit), configurable;
 * - path-shaped digests (a tag's Docker-Content-Digest, a layer's digest) send no request
 *   outside the repository;
 * - credentials never travel over plain HTTP: not to a downgrade redirect on the same
 *   host:port, not to an http:// token realm of an HTTPS registry;
 * - a layer whose blob 404s does not fail a verify another layer passes, with the real
 *   docker-registry and cosign as the judge (cosign exits 0 there too).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signet, type RunResult } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import {
  drip,
  endless,
  newSigningKey,
  selfSignedTls,
  sha256,
  signatureLayer,
  signatureManifest,
  sigTag,
  startHostileRegistry,
  type HostileRegistry,
  type SignatureLayer,
  type TlsFiles,
} from '../support/hostile-registry.ts';

const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const IMAGE = sha256('the image manifest the hostile registry claims to hold');
const key = newSigningKey();
let dir: string;
let pub: string;
let tls: TlsFiles;
let plain: HostileRegistry;
let secure: HostileRegistry;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-hostile-'));
  pub = join(dir, 'key.pub');
  await writeFile(pub, key.publicKeyPem);
  tls = await selfSignedTls(dir);
  plain = await startHostileRegistry();
  secure = await startHostileRegistry({ tls });
});

after(async () => {
  await plain?.stop();
  await secure?.stop();
  await rm(dir, { recursive: true, force: true });
});

const errorOf = (r: RunResult): string => r.stderr.split('\n').find((l) => l.startsWith('error: ')) ?? r.stderr;

/** The answers every verify needs besides the `.sig` manifest: no referrers, the image exists. */
function common(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '';
  if (path.startsWith('/v2/app/referrers/') || path === `/v2/app/manifests/${IMAGE.replace(':', '-')}`) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    return;
  }
  if (path === `/v2/app/manifests/${IMAGE}`) {
    res.writeHead(200, { 'content-type': MANIFEST, 'docker-content-digest': IMAGE, 'content-length': '2' }).end(req.method === 'HEAD' ? undefined : '{}');
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}');
}

function serveSignatures(layers: readonly SignatureLayer['descriptor'][], blobs: Record<string, (res: ServerResponse) => void>): (req: IncomingMessage, res: ServerResponse) => void {
  const manifest = signatureManifest(layers);
  return (req, res) => {
    const path = req.url ?? '';
    if (path === `/v2/app/manifests/${sigTag(IMAGE)}`) {
      res.writeHead(200, { 'content-type': MANIFEST, 'content-length': String(manifest.byteLength) }).end(manifest);
      return;
    }
    const blob = /^\/v2\/app\/blobs\/(.+)$/.exec(path)?.[1];
    const serve = blob ? blobs[blob] : undefined;
    if (serve) return serve(res);
    common(req, res);
  };
}

const verifyPlain = (extra: string[] = [], ref = `${plain.host}/app@${IMAGE}`) =>
  signet(['verify', '--key', pub, ...extra, ref], { env: { SIGNET_INSECURE_REGISTRIES: plain.host, HOME: dir } });

describe('bounded reads', () => {
  test('an endless .sig manifest body stops at the 4 MiB manifest limit (exit 3)', { timeout: 60_000 }, async () => {
    plain.handle((req, res) => {
      if (req.url === `/v2/app/manifests/${sigTag(IMAGE)}`) {
        res.writeHead(200, { 'content-type': MANIFEST });
        return endless(res);
      }
      common(req, res);
    });
    const r = await verifyPlain();
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /read manifest .*\.sig: the body grew past the limit of 4194304 bytes: if the content is expected, raise --max-manifest-size/);
    assert.ok(plain.bytesSent() < 64 * 1024 * 1024, `the server got to send ${plain.bytesSent()} bytes`);
  });

  test('a manifest declaring 10 GiB is refused before its body is read', { timeout: 60_000 }, async () => {
    plain.handle((req, res) => {
      if (req.url === `/v2/app/manifests/${sigTag(IMAGE)}`) {
        res.writeHead(200, { 'content-type': MANIFEST, 'content-length': String(10 * 1024 ** 3) });
        return endless(res);
      }
      common(req, res);
    });
    const r = await verifyPlain();
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /the server declared 10737418240 bytes, over the limit of 4194304/);
  });

  test('a body dripping a byte every 200 ms cannot extend --request-timeout 1s', { timeout: 60_000 }, async () => {
    plain.handle((req, res) => {
      if (req.url === `/v2/app/manifests/${sigTag(IMAGE)}`) {
        res.writeHead(200, { 'content-type': MANIFEST });
        return drip(res, 200);
      }
      common(req, res);
    });
    const r = await verifyPlain(['--request-timeout', '1s']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /cannot reach .* \(ETIMEDOUT\): the registry did not answer in time: .*raise --request-timeout/);
    const attempts = plain.requests.filter((q) => q.path === `/v2/app/manifests/${sigTag(IMAGE)}`).length;
    assert.equal(attempts, 5, 'each attempt ended at its deadline, then the retries were spent');
  });

  test('blob layers: a huge declared size is never fetched, an endless body stops at the declared size, a valid layer still verifies', { timeout: 60_000 }, async () => {
    const good = signatureLayer(key, `${plain.host}/app`, IMAGE);
    const huge = signatureLayer(key, `${plain.host}/app`, IMAGE, 'huge');
    const flood = signatureLayer(key, `${plain.host}/app`, IMAGE, 'flood');
    const layers = [{ ...huge.descriptor, size: 2 ** 40 }, flood.descriptor, good.descriptor];
    const blobs = {
      [good.descriptor.digest]: (res: ServerResponse) => res.writeHead(200, { 'content-length': String(good.payload.byteLength) }).end(good.payload),
      [huge.descriptor.digest]: (res: ServerResponse) => {
        res.writeHead(200);
        endless(res);
      },
      [flood.descriptor.digest]: (res: ServerResponse) => {
        res.writeHead(200);
        endless(res);
      },
    };
    plain.handle(serveSignatures(layers, blobs));
    const ok = await verifyPlain();
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(plain.requests.some((q) => q.path.endsWith(huge.descriptor.digest)), false, 'the 1 TiB layer was not requested');
    assert.ok(plain.bytesSent() < 16 * 1024 * 1024, `the flood got to send ${plain.bytesSent()} bytes`);

    // Without the valid layer: both are rejected, each for its reason.
    plain.handle(serveSignatures(layers.slice(0, 2), blobs));
    const bad = await verifyPlain();
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stderr, /declared size 1099511627776 bytes is over the limit of 134217728 bytes/);
    assert.match(bad.stderr, /the server sent more than the descriptor's \d+ bytes/);
    const smaller = await verifyPlain(['--max-attachment-size', '1K']);
    assert.match(smaller.stderr, /over the limit of 1000 bytes/, '--max-attachment-size is read');
  });

  test('5,000 layers are refused whole before any blob is fetched; --max-signature-layers raises the limit', { timeout: 60_000 }, async () => {
    const layers = Array.from({ length: 5000 }, (_, i) => signatureLayer(key, `${plain.host}/app`, IMAGE, String(i)).descriptor);
    plain.handle(serveSignatures(layers, {}));
    const r = await verifyPlain();
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /lists 5000 entries, more than the limit of 1000: if the set is expected, raise --max-signature-layers/);
    assert.equal(plain.requests.filter((q) => q.path.includes('/blobs/')).length, 0);
    const raised = await verifyPlain(['--max-signature-layers', '5000']);
    assert.equal(raised.code, 1, 'every layer read and rejected (their blobs are missing)');
    assert.equal(plain.requests.filter((q) => q.path.includes('/blobs/')).length, 5000);
  });
});

describe('digests from the registry', () => {
  test("a path-shaped Docker-Content-Digest on a tag is refused and nothing leaves the repository", { timeout: 60_000 }, async () => {
    const hostile = `sha256:${'0'.repeat(64)}/../../../../other/manifests/latest`;
    plain.handle((req, res) => {
      if (req.url === '/v2/app/manifests/latest') {
        res.writeHead(200, { 'content-type': MANIFEST, 'docker-content-digest': hostile, 'content-length': '2' }).end(req.method === 'HEAD' ? undefined : '{}');
        return;
      }
      common(req, res);
    });
    const r = await verifyPlain([], `${plain.host}/app:latest`);
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /resolve .*app:latest: the registry sent Docker-Content-Digest ".*", not a sha256 digest/);
    assert.deepEqual(plain.requests.filter((q) => !q.path.startsWith('/v2/app/')), []);
  });

  test('a path-shaped layer digest in a .sig manifest is one rejected layer, never requested', { timeout: 60_000 }, async () => {
    const good = signatureLayer(key, `${plain.host}/app`, IMAGE);
    const path = { ...good.descriptor, digest: `sha256:${'1'.repeat(64)}/../../../../other/blobs/sha256:${'2'.repeat(64)}` };
    plain.handle(
      serveSignatures([path, good.descriptor], {
        [good.descriptor.digest]: (res) => res.writeHead(200, { 'content-length': String(good.payload.byteLength) }).end(good.payload),
      }),
    );
    const r = await verifyPlain();
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(plain.requests.filter((q) => !q.path.startsWith('/v2/app/')), []);
  });
});

describe('credentials stay on the registry origin over TLS', () => {
  const env = () => ({ NODE_EXTRA_CA_CERTS: tls.cert, SIGNET_REGISTRY_USERNAME: 'alice', SIGNET_REGISTRY_PASSWORD: 's3cret-never-in-clear', HOME: dir });
  const basicChallenge = (req: IncomingMessage, res: ServerResponse, isTls: boolean): boolean => {
    if (isTls && !req.headers.authorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="hostile"', 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return true;
    }
    return false;
  };

  test('an HTTPS registry redirecting a blob to http:// on the same host:port gets no credentials there', { timeout: 60_000 }, async () => {
    const good = signatureLayer(key, `${secure.host}/app`, IMAGE);
    const manifest = signatureManifest([good.descriptor]);
    secure.handle((req, res, isTls) => {
      if (basicChallenge(req, res, isTls)) return;
      const path = req.url ?? '';
      if (path === `/v2/app/manifests/${sigTag(IMAGE)}`) return void res.writeHead(200, { 'content-type': MANIFEST }).end(manifest);
      if (path === `/v2/app/blobs/${good.descriptor.digest}` && isTls) return void res.writeHead(307, { location: `http://${secure.host}/storage/${good.descriptor.digest}` }).end();
      if (path === `/storage/${good.descriptor.digest}` && !isTls) return void res.writeHead(200).end(good.payload);
      common(req, res);
    });
    const r = await signet(['verify', '--key', pub, `${secure.host}/app@${IMAGE}`], { env: env() });
    const clear = secure.requests.filter((q) => !q.tls);
    assert.ok(clear.length > 0, 'the redirect was followed');
    assert.deepEqual(clear.map((q) => q.authorization), clear.map(() => undefined), 'no Authorization header in clear text');
    assert.equal(r.code, 0, `${r.stderr}: the blob is digest-checked, so the anonymous fetch verifies`);
    assert.ok(secure.requests.some((q) => q.tls && q.authorization?.startsWith('Basic ')), 'the registry itself got the credentials over TLS');
  });

  test('an HTTPS registry naming an http:// token realm gets no credentials sent to it', { timeout: 60_000 }, async () => {
    secure.handle((req, res, isTls) => {
      if (!isTls) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t"}');
      if (req.headers.authorization !== 'Bearer t') {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${secure.host}/token",service="hostile"` }).end();
        return;
      }
      common(req, res);
    });
    const r = await signet(['verify', '--key', pub, `${secure.host}/app@${IMAGE}`], { env: env() });
    assert.equal(r.code, 3, r.stderr);
    assert.match(errorOf(r), /asks for credentials at the plain-HTTP token service 127\.0\.0\.1:\d+; not sent: fix the registry's token realm/);
    assert.deepEqual(secure.requests.filter((q) => !q.tls && q.authorization !== undefined), []);
  });
});

describe('a layer whose blob is missing, judged by cosign', () => {
  let registry: RunningRegistry;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    registry = await startRegistry();
    env = { COSIGN_PASSWORD: 'pw', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
    const g = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env, cwd: dir });
    assert.equal(g.code, 0, g.stderr);
  });
  after(async () => {
    await registry?.stop();
  });

  async function dropFirstPayload(repo: string, digest: string): Promise<void> {
    const res = await fetch(`http://${registry.host}/v2/${repo}/manifests/${sigTag(digest)}`, { headers: { accept: MANIFEST } });
    const manifest = (await res.json()) as { layers: { digest: string }[] };
    const del = await fetch(`http://${registry.host}/v2/${repo}/blobs/${manifest.layers[0]!.digest}`, { method: 'DELETE' });
    await del.arrayBuffer();
    assert.equal(del.status, 202, 'the registry deleted the blob');
  }

  test('one 404 layer and one valid: cosign exits 0 and so does signet; only the 404 layer: both fail', { timeout: 90_000 }, async () => {
    const img = await pushRandomImage(registry.host, 'app');
    for (const note of ['first', 'second']) {
      const s = await signet(['sign', '--key', join(dir, 'cosign.key'), '-a', `note=${note}`, img.ref], { env });
      assert.equal(s.code, 0, s.stderr);
    }
    await dropFirstPayload('app', img.digest);
    const judge = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], env);
    assert.equal(judge.code, 0, `cosign: ${judge.stderr}`);
    const r = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env });
    assert.equal(r.code, 0, r.stderr);

    const lone = await pushRandomImage(registry.host, 'lone');
    const s = await signet(['sign', '--key', join(dir, 'cosign.key'), lone.ref], { env });
    assert.equal(s.code, 0, s.stderr);
    await dropFirstPayload('lone', lone.digest);
    const judgeLone = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', lone.ref], env);
    assert.notEqual(judgeLone.code, 0, 'cosign refuses it');
    const rl = await signet(['verify', '--key', join(dir, 'cosign.pub'), lone.ref], { env });
    assert.equal(rl.code, 1, `a signature that cannot be read does not verify (not a registry failure): ${rl.stderr}`);
    assert.match(rl.stderr, /payload not readable: read blob .* not found \(BLOB_UNKNOWN/);
  });
});
