/** The Bearer challenge flow against the real registry with token auth. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { fetchToken, startTokenServer, type TokenServer } from '../support/token-auth.ts';

let dir: string;
let tokens: TokenServer;
let registry: RunningRegistry;
let env: NodeJS.ProcessEnv;

async function dockerConfig(name: string, user: string, password: string): Promise<string> {
  const configDir = join(dir, name);
  await mkdir(configDir, { recursive: true });
  await writeFile(join(configDir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }));
  return configDir;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-token-'));
  tokens = await startTokenServer(dir, { ci: { password: 'ci-pw', actions: ['pull', 'push'] }, reader: { password: 'reader-pw', actions: ['pull'] } });
  registry = await startRegistry({ extraConfig: tokens.registryConfig() });
  env = { COSIGN_PASSWORD: 'pw', SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir };
  const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], { env });
  assert.equal(gen.code, 0, gen.stderr);
});

after(async () => {
  await registry.stop();
  await tokens.stop();
  await rm(dir, { recursive: true, force: true });
});

async function push(repo: string) {
  const token = await fetchToken(tokens, 'ci', 'ci-pw', `repository:${repo}:pull,push`);
  return pushRandomImage(registry.host, repo, 'latest', { authorization: `Bearer ${token}` });
}

test('sign and verify through the token flow, one token per scope for the whole command', async () => {
  const img = await push('token/app');
  const config = await dockerConfig('ci', 'ci', 'ci-pw');
  const before = tokens.requests.length;
  const s = await signet(['sign', '--key', join(dir, 'cosign.key'), '-a', 'run=1', img.ref], { env: { ...env, DOCKER_CONFIG: config } });
  assert.equal(s.code, 0, s.stderr);
  const fetched = tokens.requests.slice(before);
  assert.ok(fetched.length <= 2, `expected at most a pull and a pull,push token, got ${JSON.stringify(fetched)}`);
  assert.ok(fetched.every((r) => r.user === 'ci'));
  const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: config } });
  assert.equal(v.code, 0, v.stderr);
  // cosign, with the same docker config, reads what signet wrote through the same auth.
  const c = await cosign(['verify', '--key', join(dir, 'cosign.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref], { ...env, DOCKER_CONFIG: config });
  assert.equal(c.code, 0, c.stderr);
});

test('a pull-only account can verify but signing is refused with a clear message', async () => {
  const img = await push('token/readonly');
  const config = await dockerConfig('reader', 'reader', 'reader-pw');
  const s = await signet(['sign', '--key', join(dir, 'cosign.key'), img.ref], { env: { ...env, DOCKER_CONFIG: config } });
  assert.equal(s.code, 3);
  assert.match(s.stderr, /push access to .*token\/readonly denied/);
  assert.ok(!s.stderr.includes('reader-pw'));
  const v = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: config } });
  assert.equal(v.code, 1, 'readable, just unsigned');
});

test('wrong password at the token service and anonymous access fail with what to do', async () => {
  const img = await push('token/private');
  const bad = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: await dockerConfig('bad', 'ci', 'nope') } });
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /authentication failed for .*check the registry username and password/);
  assert.match(bad.stderr, /credentials from \S*config\.json \(auths\) were sent and refused/);
  const anon = await signet(['verify', '--key', join(dir, 'cosign.pub'), img.ref], { env: { ...env, DOCKER_CONFIG: join(dir, 'none') } });
  assert.equal(anon.code, 3);
  assert.match(anon.stderr, /docker login/);
});
