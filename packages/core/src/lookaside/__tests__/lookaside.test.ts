import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReference } from '../../reference/index.ts';
import { FileLookasideStore } from '../file-store.ts';
import { HttpLookasideStore } from '../http-store.ts';
import { parseStoreUrl, signaturePath } from '../layout.ts';
import { lookasideCredential, parseNetrc } from '../netrc.ts';
import { createLookasideServer } from '../serve.ts';
import { SigServerLookasideStore } from '../sigserver-store.ts';

const digest = `sha256:${'ab'.repeat(32)}`;
const hex = 'ab'.repeat(32);
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-lookaside-unit-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

const close = (server: Server) => new Promise((r) => server.close(r));
const env = { NETRC: '/nonexistent/netrc' };

test('layout is containers/image\'s: repository path without the host, sha256=<hex>, slots from 1', () => {
  assert.equal(signaturePath(parseReference(`localhost:5000/team/app@${digest}`), digest, 1), `team/app@sha256=${hex}/signature-1`);
  assert.equal(signaturePath(parseReference('busybox:1'), digest, 3), `library/busybox@sha256=${hex}/signature-3`);
  assert.throws(() => signaturePath(parseReference('r.io/a:1'), digest, 0), RangeError);
  assert.throws(() => signaturePath(parseReference('r.io/a:1'), 'md5:x', 1), { kind: 'usage' });
});

test('store URLs: schemes, credentials refused, file URLs need three slashes', () => {
  assert.deepEqual(parseStoreUrl('file:///var/lib/sigs/'), { kind: 'file', dir: '/var/lib/sigs', url: 'file:///var/lib/sigs' });
  assert.equal(parseStoreUrl('https://sigs.example.com/base/').kind, 'http');
  const sig = parseStoreUrl('sigserver+https://sigs.example.com/api');
  assert.equal(sig.kind, 'sigserver');
  assert.equal(sig.kind === 'sigserver' ? sig.base.href : '', 'https://sigs.example.com/api');
  assert.throws(() => parseStoreUrl('https://u:p@sigs.example.com'), { kind: 'usage', message: /must not contain credentials/ });
  assert.throws(() => parseStoreUrl('file://host/dir'), { kind: 'usage', message: /names a host/ });
  assert.throws(() => parseStoreUrl('ftp://x/y'), { kind: 'usage', message: /unsupported lookaside URL scheme/ });
  assert.throws(() => parseStoreUrl('sigs'), { kind: 'usage' });
});

test('file store: 20 concurrent adds take 20 distinct slots, nothing overwritten, no temp files left', async () => {
  const store = new FileLookasideStore(join(dir, 'file-store'));
  const ref = parseReference('r.io/team/app:v1');
  const payloads = Array.from({ length: 20 }, (_, i) => Buffer.from(`signature ${i}`));
  const stored = await Promise.all(payloads.map((p) => store.add(ref, digest, p)));
  assert.deepEqual(stored.map((s) => s.index).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
  const listed = (await store.list(ref, digest)).map((b) => Buffer.from(b).toString());
  assert.deepEqual(listed.sort(), payloads.map((p) => p.toString()).sort());
  const names = await readdir(join(dir, 'file-store', `team/app@sha256=${hex}`));
  assert.equal(names.length, 20);
  assert.ok(names.every((n) => /^signature-\d+$/.test(n)), names.join(','));
  assert.deepEqual(await store.list(ref, `sha256:${'00'.repeat(32)}`), []);
});

test('file store: a base that is not a directory is an io error naming the path', async () => {
  // A file where the directory should be fails for root too, unlike permission bits.
  const base = join(dir, 'not-a-dir');
  await writeFile(base, '');
  const store = new FileLookasideStore(base);
  await assert.rejects(store.add(parseReference('r.io/a:1'), digest, Buffer.from('x')), { kind: 'io', message: /cannot create .*not-a-dir\/a@sha256=.*: ENOTDIR/ });
  await assert.rejects(store.list(parseReference('r.io/a:1'), digest), { kind: 'io', message: /ENOTDIR/ });
});

test('http store: a slot taken between HEAD and PUT (412) moves the signature to the next slot', async () => {
  const files = new Map<string, Buffer>([[`/sigs/team/app@sha256=${hex}/signature-1`, Buffer.from('first')]]);
  const seen: string[] = [];
  const { server, url } = await listen((req, res, body) => {
    seen.push(`${req.method} ${req.url}`);
    const path = req.url ?? '';
    if (req.method === 'HEAD' || req.method === 'GET') {
      // Lies about signature-2 once, as if another signer stored it right after our probe.
      const exists = files.has(path) && !(req.method === 'HEAD' && path.endsWith('signature-2') && seen.filter((s) => s === `PUT ${path}`).length === 0);
      res.writeHead(exists ? 200 : 404).end(req.method === 'GET' && exists ? files.get(path) : undefined);
      return;
    }
    assert.equal(req.headers['if-none-match'], '*');
    assert.equal(req.headers.authorization, `Basic ${Buffer.from('u:p').toString('base64')}`);
    if (path.endsWith('signature-2')) files.set(path, Buffer.from('theirs'));
    if (files.has(path)) return res.writeHead(412).end();
    files.set(path, body);
    res.writeHead(201).end();
  });
  try {
    const store = new HttpLookasideStore(new URL(`${url}/sigs/`), { env: { ...env, SIGNET_LOOKASIDE_USERNAME: 'u', SIGNET_LOOKASIDE_PASSWORD: 'p' } });
    const result = await store.add(parseReference('r.io/team/app:v1'), digest, Buffer.from('ours'));
    assert.equal(result.index, 3);
    assert.equal(result.location, `${url}/sigs/team/app@sha256=${hex}/signature-3`);
    assert.equal(files.get(`/sigs/team/app@sha256=${hex}/signature-2`)?.toString(), 'theirs');
    assert.deepEqual((await store.list(parseReference('r.io/team/app:v1'), digest)).map((b) => Buffer.from(b).toString()), ['first', 'theirs', 'ours']);
    await store.close();
  } finally {
    await close(server);
  }
});

test('http store: reads are anonymous, retried with credentials only on 401; 5xx are retried', async () => {
  let failures = 1;
  const auths: (string | undefined)[] = [];
  const { server, url } = await listen((req, res) => {
    auths.push(req.headers.authorization);
    if (failures-- > 0) return res.writeHead(503).end();
    if (!req.headers.authorization) return res.writeHead(401).end();
    res.writeHead(req.url?.endsWith('signature-1') ? 200 : 404).end('sig');
  });
  try {
    const store = new HttpLookasideStore(new URL(url), { env: { ...env, SIGNET_LOOKASIDE_USERNAME: 'u', SIGNET_LOOKASIDE_PASSWORD: 'p' }, retry: { baseDelayMs: 1 } });
    const sigs = await store.list(parseReference('r.io/a:1'), digest);
    assert.equal(sigs.length, 1);
    assert.equal(auths[0], undefined);
    assert.equal(auths[1], undefined);
    assert.ok(auths[2]?.startsWith('Basic '));
    await store.close();
    const anonymous = new HttpLookasideStore(new URL(url), { env });
    await assert.rejects(anonymous.list(parseReference('r.io/a:1'), digest), { kind: 'remote', status: 401 });
    await anonymous.close();
  } finally {
    await close(server);
  }
});

test('http store: 405 on PUT says how to enable uploads', async () => {
  const { server, url } = await listen((req, res) => res.writeHead(req.method === 'PUT' ? 405 : 404).end());
  try {
    const store = new HttpLookasideStore(new URL(url), { env });
    await assert.rejects(store.add(parseReference('r.io/a:1'), digest, Buffer.from('x')), { kind: 'remote', message: /does not accept this method \(HTTP 405\)/ });
    await store.close();
  } finally {
    await close(server);
  }
});

/**
 * The OpenShift signature server's upload API as its nginx + Lua handler behaves: 201 with no
 * Location, the file at <root>/<repoName>/<layerId>/signature-1 (always slot 1, replacing what is
 * there), 500 for a body that is not JSON with all three fields; <root> served back under /api.
 */
async function startSigServerFake(publish = true) {
  const files = new Map<string, Buffer>();
  const uploads: Record<string, string>[] = [];
  const { server, url } = await listen((req, res, body) => {
    if (req.method === 'POST' && req.url === '/api/upload') {
      let fields: Record<string, unknown>;
      try {
        fields = JSON.parse(body.toString()) as Record<string, unknown>;
      } catch {
        return res.writeHead(500).end();
      }
      const { repoName, layerId, signatureData } = fields;
      if (typeof repoName !== 'string' || typeof layerId !== 'string' || typeof signatureData !== 'string') return res.writeHead(500).end();
      uploads.push(fields as Record<string, string>);
      const decode = (v: string) => Buffer.from(v, 'base64').toString();
      files.set(`/${decode(repoName)}/${decode(layerId)}/signature-1`.replace(/\/+/g, '/'), Buffer.from(signatureData, 'base64'));
      return res.writeHead(201).end();
    }
    const file = req.method === 'GET' && publish && req.url?.startsWith('/api/') ? files.get(decodeURIComponent(req.url.slice('/api'.length))) : undefined;
    if (file) return res.writeHead(200).end(file);
    res.writeHead(404).end();
  });
  return { server, url, files, uploads };
}

test('signature server: uploads land where CRI-O reads them (repoName = path before the name, layerId = name@sha256=hex)', async () => {
  const fake = await startSigServerFake();
  try {
    const store = new SigServerLookasideStore(new URL(`${fake.url}/api`), { env });
    const result = await store.add(parseReference('r.io/team/sub/app:v1'), digest, Buffer.from([0, 1, 2, 255]));
    assert.deepEqual(result, { index: 1, location: `${fake.url}/api/team/sub/app@sha256=${hex}/signature-1` });
    assert.deepEqual(fake.uploads, [{ repoName: Buffer.from('team/sub').toString('base64'), layerId: Buffer.from(`app@sha256=${hex}`).toString('base64'), signatureData: 'AAEC/w==' }]);
    // The path is the lookaside layout's own, so signet (like CRI-O) reads the signature back.
    assert.equal(signaturePath(parseReference('r.io/team/sub/app:v1'), digest, 1), `team/sub/app@sha256=${hex}/signature-1`);
    assert.deepEqual((await store.list(parseReference('r.io/team/sub/app:v1'), digest)).map((b) => Buffer.from(b).toString('base64')), ['AAEC/w==']);
    // A one-component repository has an empty repoName: the file is <root>/app@sha256=hex/signature-1.
    await store.add(parseReference('r.io/app:v1'), digest, Buffer.from('x'));
    assert.equal(fake.uploads[1]?.repoName, '');
    assert.equal(fake.files.get(`/app@sha256=${hex}/signature-1`)?.toString(), 'x');
    await store.close();
  } finally {
    await close(fake.server);
  }
});

test('signature server: an occupied signature-1 is refused before uploading, and the first signature stays', async () => {
  const fake = await startSigServerFake();
  try {
    const store = new SigServerLookasideStore(new URL(`${fake.url}/api`), { env });
    const ref = parseReference('r.io/team/app:v1');
    await store.add(ref, digest, Buffer.from('first'));
    await assert.rejects(store.add(ref, digest, Buffer.from('second')), {
      kind: 'remote',
      message: /signature-1 already holds a signature, and this signature server's upload API always writes signature-1, so uploading would replace it/,
    });
    assert.equal(fake.uploads.length, 1, 'the second upload was never sent');
    assert.equal(fake.files.get(`/team/app@sha256=${hex}/signature-1`)?.toString(), 'first');
    await store.close();
  } finally {
    await close(fake.server);
  }
});

test('signature server: an upload the server does not publish is not reported as stored', async () => {
  const fake = await startSigServerFake(false);
  try {
    const store = new SigServerLookasideStore(new URL(`${fake.url}/api`), { env });
    await assert.rejects(store.add(parseReference('r.io/team/app:v1'), digest, Buffer.from('s')), {
      kind: 'remote',
      message: new RegExp(`accepted the upload but does not publish it at .*/api/team/app@sha256=${hex}/signature-1`),
    });
    await store.close();
  } finally {
    await close(fake.server);
  }
});

test('netrc: machine match by host, default fallback, macdef skipped, env wins', () => {
  const text = 'machine a.example login ua password pa\nmacdef init\nmachine evil login x password y\n\ndefault login ud password pd\n';
  assert.deepEqual(parseNetrc(text, 'a.example'), { username: 'ua', password: 'pa' });
  assert.deepEqual(parseNetrc(text, 'evil'), { username: 'ud', password: 'pd' });
  assert.deepEqual(parseNetrc('machine h\n  login u\n  account z\n  password p\n', 'h'), { username: 'u', password: 'p' });
  assert.equal(parseNetrc('machine h login u', 'h'), undefined);
  assert.deepEqual(lookasideCredential(new URL('https://h'), { SIGNET_LOOKASIDE_USERNAME: 'e', SIGNET_LOOKASIDE_PASSWORD: 'f', NETRC: '/nonexistent' }), { username: 'e', password: 'f' });
  assert.equal(lookasideCredential(new URL('https://h'), { NETRC: '/nonexistent' }), undefined);
});

test('static server: GET/HEAD only, 404 for missing and directories, nothing outside the root', async () => {
  const root = join(dir, 'serve');
  await mkdir(join(root, `team/app@sha256=${hex}`), { recursive: true });
  await writeFile(join(root, `team/app@sha256=${hex}/signature-1`), 'sig');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  await symlink(join(dir, 'secret.txt'), join(root, 'link'));
  const server = createLookasideServer(root);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const ok = await fetch(`${url}/team/app@sha256=${hex}/signature-1`);
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), 'sig');
    assert.equal((await fetch(`${url}/team/app@sha256=${hex}/signature-1`, { method: 'HEAD' })).status, 200);
    assert.equal((await fetch(`${url}/team/app@sha256=${hex}/signature-2`)).status, 404);
    assert.equal((await fetch(`${url}/team`)).status, 404);
    assert.equal((await fetch(`${url}/team/x`, { method: 'PUT', body: 'x' })).status, 405);
    assert.equal((await fetch(`${url}/%2e%2e/secret.txt`)).status, 404);
    assert.equal((await fetch(`${url}/link`)).status, 404);
  } finally {
    await close(server);
  }
  assert.equal(await readFile(join(dir, 'secret.txt'), 'utf8'), 'outside');
});
