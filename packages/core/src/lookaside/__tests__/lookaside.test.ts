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

test('signature server: POST /upload with base64 repoName, layerId and signatureData', async () => {
  const uploads: Record<string, string>[] = [];
  const { server, url } = await listen((req, res, body) => {
    if (req.method === 'POST' && req.url === '/api/upload') {
      assert.equal(req.headers['content-type'], 'application/json');
      uploads.push(JSON.parse(body.toString()) as Record<string, string>);
      return res.writeHead(201, { location: `/api/team/app@sha256=${hex}/signature-4` }).end();
    }
    res.writeHead(404).end();
  });
  try {
    const store = new SigServerLookasideStore(new URL(`${url}/api`), { env });
    const result = await store.add(parseReference('r.io/team/app:v1'), digest, Buffer.from([0, 1, 2, 255]));
    assert.equal(result.index, 4);
    assert.equal(result.location, `${url}/api/team/app@sha256=${hex}/signature-4`);
    assert.deepEqual(uploads, [{ repoName: Buffer.from('team/app').toString('base64'), layerId: Buffer.from(digest).toString('base64'), signatureData: 'AAEC/w==' }]);
    await store.close();
  } finally {
    await close(server);
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
