/**
 * The transport session's rules on a scripted server (no peer: these are signet's own rules,
 * the CLI-level cases with TLS and the real registry are in test/integration/hostile-registry.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { SignetError } from '../../errors.ts';
import { RegistryClient } from '../client.ts';
import { staticCredentials } from '../credentials.ts';

const sha = (b: string | Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ host: string; server: Server; seen: { path: string; auth: string | undefined }[] }> {
  const seen: { path: string; auth: string | undefined }[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', auth: req.headers.authorization });
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  return { host: `127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, server, seen };
}

async function stop(s: { server: Server }): Promise<void> {
  s.server.closeAllConnections();
  await new Promise((r) => s.server.close(r));
}

test('credentials go to the registry origin only: a redirect to another host:port gets none', async () => {
  const payload = Buffer.from('payload');
  const storage = await listen((_req, res) => res.writeHead(200).end(payload));
  const registry = await listen((req, res) => {
    if (!req.headers.authorization) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
    res.writeHead(307, { location: `http://${storage.host}/blob` }).end();
  });
  // Both hosts may be plain HTTP; only the registry is the credentials' home.
  const client = new RegistryClient({
    insecureRegistries: [registry.host, storage.host],
    credentials: staticCredentials({ [registry.host]: { username: 'u', password: 'p' } }),
  });
  try {
    assert.deepEqual(await client.repository(registry.host, 'app').getBlob(sha(payload), payload.byteLength), payload);
    assert.ok(registry.seen.some((q) => q.auth?.startsWith('Basic ')));
    assert.deepEqual(storage.seen, [{ path: '/blob', auth: undefined }]);
  } finally {
    await client.close();
    await stop(registry);
    await stop(storage);
  }
});

test('a digest reference answered for another digest is refused; errors carry code, data and temporary', async () => {
  const asked = sha('asked');
  const s = await listen((req, res) => {
    if (req.url?.endsWith(asked)) return void res.writeHead(200, { 'docker-content-digest': sha('other'), 'content-type': 'x' }).end();
    if (req.url?.includes('/denied/')) return void res.writeHead(403, { 'content-type': 'application/json' }).end('{"errors":[{"code":"DENIED","message":"no"}]}');
    res.writeHead(503).end();
  });
  const client = new RegistryClient({ insecureRegistries: [s.host], retry: { maxAttempts: 2, baseDelayMs: 1 } });
  try {
    await assert.rejects(client.repository(s.host, 'app').resolve(asked), (e: SignetError) => e.code === 'registry.digest-mismatch' && !e.temporary);
    await assert.rejects(
      client.repository(s.host, 'denied').getManifest('v1'),
      (e: SignetError) => e.code === 'registry.denied' && e.serverCode === 'DENIED' && e.data.access === 'pull' && e.data.repository === 'denied' && e.hint === undefined && !e.temporary,
    );
    await assert.rejects(client.repository(s.host, 'app').getManifest('v1'), (e: SignetError) => e.code === 'registry.status' && e.status === 503 && e.temporary);
    const before = client.stats;
    await client.repository(s.host, 'app').getManifest('v2').catch(() => undefined);
    assert.equal(client.stats.requests, before.requests + 2, 'stats is a snapshot; the counters move underneath');
  } finally {
    await client.close();
    await stop(s);
  }
});

test('a tag or digest that is not one is never put in a URL', async () => {
  const s = await listen((_req, res) => res.writeHead(404).end());
  const client = new RegistryClient({ insecureRegistries: [s.host] });
  try {
    const repo = client.repository(s.host, 'app');
    await assert.rejects(repo.getManifest('../../other/manifests/latest'), (e: SignetError) => e.code === 'registry.invalid-digest');
    await assert.rejects(repo.getBlob('sha256:../../x'), (e: SignetError) => e.code === 'registry.invalid-digest');
    await assert.rejects(repo.hasBlob(`sha512:${'a'.repeat(128)}`), (e: SignetError) => e.code === 'registry.invalid-digest');
    assert.deepEqual(s.seen, []);
  } finally {
    await client.close();
    await stop(s);
  }
});

test('limits come from the options: a manifest over maxManifestBytes, a blob of another size than declared', async () => {
  const big = Buffer.alloc(2048, 0x20);
  const s = await listen((req, res) => {
    if (req.url?.includes('/manifests/')) return void res.writeHead(200, { 'content-type': 'x' }).end(big);
    res.writeHead(200).end(big);
  });
  const client = new RegistryClient({ insecureRegistries: [s.host], limits: { maxManifestBytes: 1024 } });
  try {
    await assert.rejects(client.repository(s.host, 'app').getManifest('v1'), (e: SignetError) => e.code === 'limit.body-size' && e.data.limit === 1024);
    await assert.rejects(client.repository(s.host, 'app').getBlob(sha(big), 100), (e: SignetError) => e.code === 'registry.size-mismatch');
    await assert.rejects(client.repository(s.host, 'app').getBlob(sha(big), 2 ** 30), (e: SignetError) => e.code === 'limit.blob-size');
    assert.equal(s.seen.length, 2, 'the over-limit declared size sent no request');
  } finally {
    await client.close();
    await stop(s);
  }
});
