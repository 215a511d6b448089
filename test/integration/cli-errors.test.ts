/**
 * Bad input gets a one-line error saying what to do, the documented exit code, nothing
 * half-written, and no secret in the output. Registry failures come from a real registry
 * (htpasswd auth) or a local server answering the status under test.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { signet, type RunResult } from '../support/cli.ts';

const exec = promisify(execFile);
const PASSWORD = 'correct-horse-battery';
const REGISTRY_PASSWORD = 's3cret-registry-pw';
let registry: RunningRegistry;
let authRegistry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;

function oneLineError(r: RunResult): string {
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('error:'));
  assert.equal(lines.length, 1, `expected exactly one error line, got:\n${r.stderr}`);
  return lines[0] ?? '';
}

function noSecrets(r: RunResult): void {
  for (const secret of [PASSWORD, REGISTRY_PASSWORD]) {
    assert.ok(!r.stderr.includes(secret) && !r.stdout.includes(secret), 'a secret leaked into the output');
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-errors-'));
  registry = await startRegistry();
  const { stdout } = await exec('htpasswd', ['-Bbn', 'ci', REGISTRY_PASSWORD]);
  await writeFile(join(dir, 'htpasswd'), stdout);
  authRegistry = await startRegistry({ extraConfig: `auth:\n  htpasswd:\n    realm: signet-test\n    path: ${join(dir, 'htpasswd')}\n` });
  env = { COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: `${registry.host},${authRegistry.host}`, HOME: dir, DOCKER_CONFIG: join(dir, 'docker') };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(gen.code, 0, gen.stderr);
});

after(async () => {
  await registry.stop();
  await authRegistry.stop();
  await rm(dir, { recursive: true, force: true });
});

test('generated private key is 0600 and the command refuses to overwrite it', async () => {
  const { stat } = await import('node:fs/promises');
  assert.equal((await stat(join(dir, 'cosign.key'))).mode & 0o777, 0o600);
  const again = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(again.code, 2);
  assert.match(oneLineError(again), /already exist; nothing was written: pass --force/);
});

test('malformed and uppercase references are usage errors (exit 2)', async () => {
  for (const [ref, want] of [
    ['Registry.example.com/App@sha256:abc', /must be lowercase|64 lowercase hex/],
    [`${registry.host}/UPPER/app:v1`, /repository name must be lowercase/],
    [`${registry.host}/app@sha256:xyz`, /64 lowercase hex/],
    ['', /empty/],
  ] as const) {
    const r = await signet(['sign', '--key', join(dir, 'cosign.key'), ref], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(oneLineError(r), want);
  }
});

test('a tag is resolved to its digest with a warning, and the digest is what gets signed', async () => {
  const img = await pushRandomImage(registry.host, 'errors/tagged', 'v1');
  const r = await signet(['sign', '--key', join(dir, 'cosign.key'), `${registry.host}/errors/tagged:v1`], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`warning: .*resolved tag "v1" to ${img.digest}`));
  const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env });
  assert.equal(v.code, 0, v.stderr);
});

test('a missing image is reported and nothing is written', async () => {
  const missing = `${registry.host}/errors/none@sha256:${'e'.repeat(64)}`;
  const r = await signet(['sign', '--key', join(dir, 'cosign.key'), missing], { env });
  assert.equal(r.code, 2);
  assert.match(oneLineError(r), /not found: push the image first/);
  const tags = await fetch(`http://${registry.host}/v2/errors/none/tags/list`);
  assert.equal(tags.status, 404);
});

test('wrong password, broken PEM, public key given as private, unsupported key: exit 2, nothing written', async () => {
  const img = await pushRandomImage(registry.host, 'errors/keys');
  const wrong = await signet(['sign', '--key', join(dir, 'cosign.key'), img.ref], { env: { ...env, COSIGN_PASSWORD: 'nope' } });
  assert.equal(wrong.code, 2);
  assert.match(oneLineError(wrong), /wrong password .* set COSIGN_PASSWORD/);
  noSecrets(wrong);

  const broken = join(dir, 'broken.key');
  await writeFile(broken, (await readFile(join(dir, 'cosign.key'), 'utf8')).slice(0, 200));
  const b = await signet(['sign', '--key', broken, img.ref], { env });
  assert.equal(b.code, 2);
  assert.match(oneLineError(b), /not a PEM private key/);

  const pub = await signet(['sign', '--key', join(dir, 'cosign.pub'), img.ref], { env });
  assert.equal(pub.code, 2);
  assert.match(oneLineError(pub), /holds PUBLIC KEY, not a private key/);

  const dsa = join(dir, 'dsa.key');
  await exec('openssl', ['genpkey', '-algorithm', 'ed448', '-out', dsa]);
  const u = await signet(['sign', '--key', dsa, img.ref], { env });
  assert.equal(u.code, 2);
  assert.match(oneLineError(u), /unsupported key type ed448/);

  const nokey = await signet(['sign', '--key', join(dir, 'nope.key'), img.ref], { env });
  assert.equal(nokey.code, 2);
  assert.match(oneLineError(nokey), /does not exist/);

  const res = await fetch(`http://${registry.host}/v2/errors/keys/manifests/${img.digest.replace(':', '-')}.sig`);
  assert.equal(res.status, 404);

  // The key loads while images are opened: a bad key is still the one error, and it does not
  // wait for (or mention) a registry that is down.
  const down = `127.0.0.1:1/errors/down@sha256:${'0'.repeat(64)}`;
  const both = await signet(['sign', '--key', join(dir, 'cosign.key'), down], { env: { ...env, COSIGN_PASSWORD: 'nope', SIGNET_INSECURE_REGISTRIES: '127.0.0.1:1' } });
  assert.equal(both.code, 2, both.stderr);
  assert.match(oneLineError(both), /wrong password/);
  assert.doesNotMatch(both.stderr, /cannot reach|FAILED/);
});

/** What the registry holds for one repository: blob links, manifests, uploads in progress. */
async function repositoryFiles(repo: string): Promise<string[]> {
  const root = join(registry.dir, 'data', 'docker', 'registry', 'v2', 'repositories', repo);
  return (await readdir(root, { recursive: true })).map(String).sort();
}

test('a wrong password writes nothing to the registry: no blob upload starts before the key loaded (issue 16)', async () => {
  const repo = 'errors/nowrite';
  const images = [await pushRandomImage(registry.host, repo, 'a'), await pushRandomImage(registry.host, repo, 'b')];
  const before = await repositoryFiles(repo);
  for (const format of ['legacy', 'both']) {
    const r = await signet(['sign', '--key', join(dir, 'cosign.key'), '--format', format, ...images.map((i) => i.ref)], { env: { ...env, COSIGN_PASSWORD: 'nope' } });
    assert.equal(r.code, 2, r.stderr);
    assert.match(oneLineError(r), /wrong password/);
    noSecrets(r);
  }
  // Not the payload, not the constant config, not an upload session: the repository is as pushed.
  assert.deepEqual(await repositoryFiles(repo), before);
  // The same images sign with the right password (the check above is not vacuous).
  const ok = await signet(['sign', '--key', join(dir, 'cosign.key'), ...images.map((i) => i.ref)], { env });
  assert.equal(ok.code, 0, ok.stderr);
  assert.notDeepEqual(await repositoryFiles(repo), before);
});

test('env:// key references, and a clear error when the variable is missing', async () => {
  const img = await pushRandomImage(registry.host, 'errors/envkey');
  const key = await readFile(join(dir, 'cosign.key'), 'utf8');
  const ok = await signet(['sign', '--key', 'env://SIGNING_KEY', img.ref], { env: { ...env, SIGNING_KEY: key } });
  assert.equal(ok.code, 0, ok.stderr);
  const pub = await readFile(join(dir, 'cosign.pub'), 'utf8');
  assert.equal((await signet(['verify', '--key', 'env://VERIFY_KEY', img.ref], { env: { ...env, VERIFY_KEY: pub } })).code, 0);
  const missing = await signet(['sign', '--key', 'env://NOT_SET_ANYWHERE', img.ref], { env });
  assert.equal(missing.code, 2);
  assert.match(oneLineError(missing), /NOT_SET_ANYWHERE is not set/);
});

test('registry auth: 401 without credentials, success with docker config, 401 with a wrong password', async () => {
  const auth = { authorization: `Basic ${Buffer.from(`ci:${REGISTRY_PASSWORD}`).toString('base64')}` };
  const img = await pushRandomImage(authRegistry.host, 'errors/private', 'latest', auth);
  const anon = await signet(['sign', '--key', join(dir, 'cosign.key'), img.ref], { env });
  assert.equal(anon.code, 3);
  assert.match(oneLineError(anon), /authentication required for .*docker login/);

  const dockerDir = join(dir, 'docker');
  await (await import('node:fs/promises')).mkdir(dockerDir, { recursive: true });
  await writeFile(join(dockerDir, 'config.json'), JSON.stringify({ auths: { [authRegistry.host]: { auth: Buffer.from(`ci:${REGISTRY_PASSWORD}`).toString('base64') } } }));
  const ok = await signet(['sign', '--key', join(dir, 'cosign.key'), img.ref], { env });
  assert.equal(ok.code, 0, ok.stderr);
  noSecrets(ok);
  const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env });
  assert.equal(v.code, 0, v.stderr);

  const wrong = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], {
    env: { ...env, DOCKER_CONFIG: join(dir, 'elsewhere'), SIGNET_REGISTRY_USERNAME: 'ci', SIGNET_REGISTRY_PASSWORD: 'wrong-password' },
  });
  assert.equal(wrong.code, 3);
  // Not "authentication required": the user did send credentials, and must learn which ones failed.
  assert.match(oneLineError(wrong), /authentication failed for .*: credentials from SIGNET_REGISTRY_USERNAME\/SIGNET_REGISTRY_PASSWORD were sent and refused/);
  assert.ok(!wrong.stderr.includes('wrong-password'));
  const wrongDocker = join(dir, 'wrong-docker');
  await (await import('node:fs/promises')).mkdir(wrongDocker, { recursive: true });
  await writeFile(join(wrongDocker, 'config.json'), JSON.stringify({ auths: { [authRegistry.host]: { auth: Buffer.from('ci:stale-password').toString('base64') } } }));
  const fromConfig = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: wrongDocker } });
  assert.equal(fromConfig.code, 3);
  assert.match(oneLineError(fromConfig), new RegExp(`credentials from ${join(wrongDocker, 'config.json').replace(/[/.]/g, '\\$&')} \\(auths\\) were sent and refused`));

  // Half a pair and a broken config.json are warned about, not silently replaced by anonymous access.
  const half = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: join(dir, 'elsewhere'), SIGNET_REGISTRY_USERNAME: 'ci' } });
  assert.equal(half.code, 3);
  assert.match(half.stderr, /warning: SIGNET_REGISTRY_USERNAME is set but no password/);
  await writeFile(join(wrongDocker, 'config.json'), '{ "auths": {');
  const broken = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: wrongDocker } });
  assert.equal(broken.code, 3);
  assert.match(broken.stderr, /warning: .*config\.json is not valid JSON .*its credentials are not used/);
  await rm(join(dockerDir, 'config.json'));
});

test('403, 404 and 5xx from a registry: exit 3 with the status and what to do', async () => {
  let server: Server | undefined;
  const statuses: Record<string, number> = { deny: 403, gone: 404, broken: 500 };
  server = createServer((req, res) => {
    const m = /^\/v2\/([a-z]+)\//.exec(req.url ?? '');
    if (req.url === '/v2/') return res.writeHead(200).end('{}');
    const status = statuses[m?.[1] ?? ''] ?? 404;
    if (req.method === 'HEAD' && m?.[1] === 'gone') return res.writeHead(404).end();
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: status === 403 ? 'DENIED' : 'UNKNOWN', message: 'from test server' }] }));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const e = { ...env, SIGNET_INSECURE_REGISTRIES: host };
  try {
  const digest = `sha256:${'a'.repeat(64)}`;
  const deny = await signet(['verify', '--key', join(dir, 'cosign.pub'), `${host}/deny/app@${digest}`], { env: e });
  assert.equal(deny.code, 3);
  // verify reads the signatures first (no HEAD of the image by digest), so the registry's own
  // error detail is quoted.
  assert.match(oneLineError(deny), /read manifest .*deny\/app:sha256-a+\.sig: pull access to .*deny\/app denied \(DENIED: from test server\): grant the account pull permission/);
  const denySign = await signet(['sign', '--key', join(dir, 'cosign.key'), `${host}/deny/app@${digest}`], { env: e });
  assert.equal(denySign.code, 3);
  // sign checks the image exists first: a HEAD, whose error has no body to quote.
  assert.match(oneLineError(denySign), /resolve .*deny\/app@sha256:a+: pull access to .*deny\/app denied: grant the account pull permission/);
  const gone = await signet(['verify', '--key', join(dir, 'cosign.pub'), `${host}/gone/app@${digest}`], { env: e });
  assert.equal(gone.code, 2);
  assert.match(oneLineError(gone), /not found/);
  const broken = await signet(['verify', '--key', join(dir, 'cosign.pub'), `${host}/broken/app@${digest}`], { env: e });
  assert.equal(broken.code, 3);
  assert.match(oneLineError(broken), /answered HTTP 500/);
  } finally {
    await new Promise((r) => server!.close(r));
  }
});

test('an unreachable registry names the host and the plain-HTTP hint', async () => {
  const r = await signet(['verify', '--key', join(dir, 'cosign.pub'), `127.0.0.1:1/app@sha256:${'a'.repeat(64)}`], { env: { ...env, SIGNET_INSECURE_REGISTRIES: '' } });
  assert.equal(r.code, 3);
  assert.match(oneLineError(r), /cannot reach 127\.0\.0\.1:1 .*--allow-http-registry/);
});

test('verify of an unsigned image exits 1 and says where it looked', async () => {
  const img = await pushRandomImage(registry.host, 'errors/unsigned');
  const r = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env });
  assert.equal(r.code, 1);
  assert.match(oneLineError(r), /no signatures found .*looked in .*\.sig/);
  assert.equal(r.stdout, '');
});

test('--help explains commands and flags', async () => {
  const r = await signet(['sign', '--help']);
  assert.equal(r.code, 0);
  for (const flag of ['--key', '--annotations', '--upload', '--output-signature', '--cert-chain', 'COSIGN_REPOSITORY']) {
    assert.ok(r.stdout.includes(flag), `sign --help lacks ${flag}`);
  }
  const unknown = await signet(['sing']);
  assert.equal(unknown.code, 2);
});
