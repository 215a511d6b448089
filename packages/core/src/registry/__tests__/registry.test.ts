import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { chmod, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWwwAuthenticate } from '../challenge.ts';
import { backoffDelay, parseRetryAfter } from '../../http/retry.ts';
import { dockerConfigCredentials, parseAuthEntry, runCredentialHelper } from '../credentials.ts';
import { RegistryClient } from '../client.ts';
import { apiHost } from '../hosts.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-registry-unit-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('WWW-Authenticate headers as real registries send them', () => {
  assert.deepEqual(parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"'), {
    scheme: 'bearer',
    params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/alpine:pull' },
  });
  // GHCR and Harbor put several actions in one quoted scope, with commas inside quotes.
  assert.equal(parseWwwAuthenticate('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull,push"')?.params.scope, 'repository:o/r:pull,push');
  assert.deepEqual(parseWwwAuthenticate('Basic realm="Registry Realm"'), { scheme: 'basic', params: { realm: 'Registry Realm' } });
  assert.deepEqual(parseWwwAuthenticate('basic realm=quay'), { scheme: 'basic', params: { realm: 'quay' } });
  assert.equal(parseWwwAuthenticate('Bearer realm="a\\"b"')?.params.realm, 'a"b');
  assert.equal(parseWwwAuthenticate(''), undefined);
});

test('Retry-After in seconds or as an HTTP date; jittered backoff within bounds', () => {
  assert.equal(parseRetryAfter('3'), 3000);
  assert.equal(parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now()) !== undefined, true);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(undefined), undefined);
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
  for (let attempt = 1; attempt < 8; attempt++) {
    const d = backoffDelay(attempt, policy);
    const ceiling = Math.min(1000, 100 * 2 ** (attempt - 1));
    assert.ok(d >= ceiling / 2 && d <= ceiling, `attempt ${attempt}: ${d}`);
  }
  assert.equal(backoffDelay(1, policy, 60_000), 1000, 'Retry-After is capped');
});

test('docker config.json entry shapes and Docker Hub aliases', async () => {
  assert.deepEqual(parseAuthEntry({ auth: Buffer.from('u:p:with:colons').toString('base64') }), { username: 'u', password: 'p:with:colons' });
  assert.deepEqual(parseAuthEntry({ username: 'u', password: 'p' }), { username: 'u', password: 'p' });
  assert.deepEqual(parseAuthEntry({ identitytoken: 'tok' }), { identityToken: 'tok' });
  assert.equal(parseAuthEntry({}), undefined);
  const configDir = join(dir, 'docker');
  await mkdir(configDir, { recursive: true });
  await writeFile(
    join(configDir, 'config.json'),
    JSON.stringify({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:hubpw').toString('base64') },
        'https://registry.example.com': { username: 'ex', password: 'expw' },
      },
    }),
  );
  const creds = dockerConfigCredentials({ configDir, env: {} });
  assert.deepEqual(await creds.get('docker.io'), { username: 'hub', password: 'hubpw' });
  assert.deepEqual(await creds.get('registry.example.com'), { username: 'ex', password: 'expw' });
  assert.equal(await creds.get('other.example.com'), undefined);
  assert.equal(apiHost('docker.io'), 'registry-1.docker.io');
});

test('credential helpers speak the docker-credential-helpers protocol', async () => {
  const bin = join(dir, 'bin');
  await mkdir(bin, { recursive: true });
  const helper = join(bin, 'docker-credential-signettest');
  await writeFile(
    helper,
    `#!/bin/sh
read server
case "$server" in
  helper.example.com) printf '{"ServerURL":"%s","Username":"robot","Secret":"helper-secret"}' "$server" ;;
  token.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"refresh-token"}' "$server" ;;
  *) echo "credentials not found in native keychain"; exit 1 ;;
esac
`,
  );
  await chmod(helper, 0o755);
  const oldPath = process.env.PATH;
  process.env.PATH = `${bin}:${oldPath}`;
  try {
    assert.deepEqual(await runCredentialHelper('signettest', 'helper.example.com'), { username: 'robot', password: 'helper-secret' });
    assert.deepEqual(await runCredentialHelper('signettest', 'token.example.com'), { identityToken: 'refresh-token' });
    assert.equal(await runCredentialHelper('signettest', 'unknown.example.com'), undefined);
    await assert.rejects(runCredentialHelper('doesnotexist', 'x'), /docker-credential-doesnotexist could not run/);
    const configDir = join(dir, 'helpers');
    await mkdir(configDir, { recursive: true });
    await writeFile(join(configDir, 'config.json'), JSON.stringify({ credHelpers: { 'helper.example.com': 'signettest' }, credsStore: 'signettest' }));
    const creds = dockerConfigCredentials({ configDir, env: {} });
    assert.deepEqual(await creds.get('helper.example.com'), { username: 'robot', password: 'helper-secret' });
    assert.deepEqual(await creds.get('token.example.com'), { identityToken: 'refresh-token' }, 'credsStore is the fallback');
    assert.equal(await creds.get('nothing.example.com'), undefined);
  } finally {
    process.env.PATH = oldPath;
  }
});

/** A scripted server: each request takes the next behaviour. */
async function scripted(behaviours: ((req: IncomingMessage, res: ServerResponse) => void)[]): Promise<{ host: string; server: Server; count: () => number }> {
  let n = 0;
  const server = createServer((req, res) => {
    const b = behaviours[Math.min(n, behaviours.length - 1)]!;
    n++;
    b(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  return { host: `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server, count: () => n };
}

const ok = (_: IncomingMessage, res: ServerResponse) =>
  res.writeHead(200, { 'docker-content-digest': `sha256:${'b'.repeat(64)}`, 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end();
const status = (code: number, headers: Record<string, string> = {}) => (_: IncomingMessage, res: ServerResponse) => res.writeHead(code, headers).end();
const reset = (req: IncomingMessage) => req.socket.destroy();

async function resolveWith(behaviours: Parameters<typeof scripted>[0], retry = { baseDelayMs: 10, maxDelayMs: 2000 }) {
  const s = await scripted(behaviours);
  const client = new RegistryClient({ insecureRegistries: [s.host], retry });
  const started = Date.now();
  try {
    const result = await client.repository(s.host, 'app').resolve('latest').then(
      (v) => ({ value: v, error: undefined }),
      (e: Error) => ({ value: undefined, error: e }),
    );
    return { ...result, requests: s.count(), stats: client.stats, ms: Date.now() - started };
  } finally {
    await client.close();
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
}

test('429 with Retry-After is honoured, then succeeds', async () => {
  const r = await resolveWith([status(429, { 'retry-after': '1' }), ok]);
  assert.equal(r.value?.digest, `sha256:${'b'.repeat(64)}`);
  assert.equal(r.requests, 2);
  assert.equal(r.stats.retries, 1);
  assert.ok(r.ms >= 950, `waited ${r.ms} ms for Retry-After: 1`);
});

test('503s and connection resets are retried', async () => {
  const r = await resolveWith([status(503), reset, status(502), ok]);
  assert.ok(r.value);
  assert.equal(r.requests, 4);
  assert.equal(r.stats.retries, 3);
});

test('retries stop after maxAttempts with the last status', async () => {
  const r = await resolveWith([status(503)]);
  assert.match(r.error?.message ?? '', /answered HTTP 503/);
  assert.equal(r.requests, 5);
});

test('other 4xx are not retried', async () => {
  const r = await resolveWith([status(403), ok]);
  assert.match(r.error?.message ?? '', /denied/);
  assert.equal(r.requests, 1);
  const missing = await resolveWith([status(404), ok]);
  assert.equal(missing.value, undefined);
  assert.equal(missing.error, undefined);
  assert.equal(missing.requests, 1);
});

test('a request that never answers times out and is retried', async () => {
  const s = await scripted([() => {}, ok]);
  const client = new RegistryClient({ insecureRegistries: [s.host], retry: { baseDelayMs: 10 }, timeoutMs: 300 });
  try {
    const d = await client.repository(s.host, 'app').resolve('latest');
    assert.ok(d);
    assert.equal(s.count(), 2);
  } finally {
    await client.close();
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
});

test('a registry without the Referrers API is asked once per run; a missing repository does not settle it', async () => {
  const seen: string[] = [];
  const s = await scripted([
    (req, res) => {
      seen.push(req.url ?? '');
      if (req.url?.startsWith('/v2/gone/')) return res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN' }] }));
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
    },
  ]);
  const client = new RegistryClient({ insecureRegistries: [s.host] });
  try {
    const digest = (c: string) => `sha256:${c.repeat(64)}`;
    assert.equal(await client.repository(s.host, 'gone').referrers?.(digest('a')), undefined);
    assert.equal(await client.repository(s.host, 'app').referrers?.(digest('b')), undefined);
    assert.equal(await client.repository(s.host, 'app').referrers?.(digest('c')), undefined);
    assert.equal(await client.repository(s.host, 'other').referrers?.(digest('d')), undefined);
    assert.deepEqual(seen, [`/v2/gone/referrers/${digest('a')}`, `/v2/app/referrers/${digest('b')}`]);
  } finally {
    await client.close();
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
});

test('a referrer PUT counts as indexed only when OCI-Subject names its subject', async () => {
  const subject = `sha256:${'5'.repeat(64)}`;
  const answers = [{ 'oci-subject': subject }, {}, { 'oci-subject': `sha256:${'6'.repeat(64)}` }];
  let n = 0;
  const s = await scripted([
    (req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(201, answers[n++] ?? {}).end());
    },
  ]);
  const client = new RegistryClient({ insecureRegistries: [s.host] });
  try {
    const repo = client.repository(s.host, 'app');
    const bytes = new TextEncoder().encode('{}');
    const put = () => repo.putReferrer?.(`sha256:${'7'.repeat(64)}`, bytes, 'application/vnd.oci.image.manifest.v1+json', subject);
    assert.equal(await put(), true, 'the registry confirmed the subject');
    assert.equal(await put(), false, 'no header: the client keeps the fallback tag');
    assert.equal(await put(), false, 'a header naming another subject confirms nothing');
  } finally {
    await client.close();
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
});

test('requests carry a content length (never chunked) and share one keep-alive connection', async () => {
  const seen: { method: string; length: string | undefined; chunked: boolean; port: number }[] = [];
  const s = await scripted([
    (req, res) => {
      req.resume();
      req.on('end', () => {
        seen.push({ method: req.method ?? '', length: req.headers['content-length'], chunked: req.headers['transfer-encoding'] === 'chunked', port: req.socket.remotePort ?? 0 });
        res.writeHead(201, { 'docker-content-digest': `sha256:${'e'.repeat(64)}`, location: '/v2/app/blobs/uploads/x' }).end();
      });
    },
  ]);
  const client = new RegistryClient({ insecureRegistries: [s.host] });
  try {
    await client.repository(s.host, 'app').putManifest('v1', new TextEncoder().encode('{"schemaVersion":2}'), 'application/vnd.oci.image.manifest.v1+json');
    await client.repository(s.host, 'app').putManifest('v2', new TextEncoder().encode('{}'), 'application/vnd.oci.image.manifest.v1+json');
    assert.deepEqual(seen.map((r) => [r.method, r.length, r.chunked]), [['PUT', '19', false], ['PUT', '2', false]]);
    assert.equal(seen[0]!.port, seen[1]!.port, 'the second request reused the first connection');
  } finally {
    await client.close();
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
});
