/**
 * Docker Content Trust (Notary v1) against Debian's notary 0.7: notary-server with TLS from a
 * throwaway openssl CA, memory storage, its local trust service and notary-signer; the notary
 * client with trust pinning (fresh trust dir, TOFU off) and the docker CLI judge what signet
 * publishes, and what the notary client writes is verified by signet.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signet, run, type RunResult } from '../support/cli.ts';
import { pushRandomImage } from '../support/image.ts';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { cosign } from '../support/peers.ts';
import { startDockerd } from '../support/dockerd.ts';
import { runAction } from '../support/action-runner.ts';
import { httpsGet, listed, notaryClient, pinnedList, servedManifest, startNotaryServer, startTrustProxy, type RunningNotary } from '../support/notary.ts';
import { fetchToken, startTokenServer } from '../support/token-auth.ts';
import { loadSigner, type Signer } from '@signet/core';
import { bareKey, envelopeBytes, fileMeta, formatExpiry, keyId, signSigned } from '@signet/core/notary';

const exec = promisify(execFile);
const DOCKER = process.env.SIGNET_DOCKER ?? 'docker';

let notary: RunningNotary;
let registry: RunningRegistry;
let work: string;
let env: NodeJS.ProcessEnv;
const keys: Record<'root' | 'targets' | 'ci' | 'other', { key: string; pub: string }> = {} as never;

const show = (r: RunResult) => `exit ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
const notaryFlags = (url = notary.url) => ['--notary', url, '--notary-ca', notary.ca.caCert];

const manifestOf = (repo: string, tag: string) => servedManifest(registry.host, repo, tag);

async function serverRole(gun: string, role: string, server: RunningNotary = notary): Promise<{ version: number; targets?: Record<string, { length: number }> }> {
  // Behind token auth: an anonymous pull token from the server's token service.
  const headers: Record<string, string> = server.tokens ? { authorization: `Bearer ${await fetchToken(server.tokens, '', '', `repository:${gun}:pull`)}` } : {};
  const res = await httpsGet(`${server.url}/v2/${gun}/_trust/tuf/${role}.json`, server.caPem, headers);
  assert.equal(res.status, 200, `${role}.json of ${gun}`);
  return JSON.parse(res.body.toString()).signed;
}


async function freshTrustDir(name: string): Promise<string> {
  const dir = join(work, `trust-${name}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(dir);
  return dir;
}

async function initWithSignet(gun: string): Promise<{ rootKeyId: string; rootCert: string }> {
  const rootCert = join(work, `${gun.replace(/\W/g, '_')}-root.crt`);
  const r = await signet(['notary', 'init', gun, ...notaryFlags(), '--root-key', keys.root.key, '--key', keys.targets.key, '--root-cert-out', rootCert], { env });
  assert.equal(r.code, 0, show(r));
  return { rootKeyId: JSON.parse(r.stdout).root.keyId, rootCert };
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'signet-notary-test-'));
  env = { COSIGN_PASSWORD: 'signet-pw', SIGNET_NOTARY_CACHE: join(work, 'signet-cache') };
  [notary, registry] = await Promise.all([startNotaryServer(), startRegistry()]);
  // The root key is a cosign key file (encrypted, COSIGN_PASSWORD); the others are plain PEM
  // P-256 keys from openssl, so the many signing runs do not each pay cosign's scrypt.
  const rootDir = join(work, 'keys-root');
  await mkdir(rootDir);
  const generated = await signet(['generate-key-pair'], { env, cwd: rootDir });
  assert.equal(generated.code, 0, show(generated));
  keys.root = { key: join(rootDir, 'cosign.key'), pub: join(rootDir, 'cosign.pub') };
  await Promise.all(
    (['targets', 'ci', 'other'] as const).map(async (name) => {
      const key = join(work, `${name}.key`);
      const pub = join(work, `${name}.pub`);
      await exec('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
      await exec('openssl', ['pkey', '-in', key, '-pubout', '-out', pub]);
      keys[name] = { key, pub };
    }),
  );
});

after(async () => {
  await Promise.all([notary?.stop(), registry?.stop()]);
  if (work) await rm(work, { recursive: true, force: true });
});

test('signet init and one publish of three tags: the pinned notary client lists the registry\'s digests and sizes; docker trust inspect agrees', async () => {
  const repo = 'dct/app';
  const gun = `${registry.host}/${repo}`;
  for (const tag of ['v1', 'v2', 'v3']) await pushRandomImage(registry.host, repo, tag);
  const { rootKeyId, rootCert } = await initWithSignet(gun);
  const signed = await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`, `${gun}:v2`, `${gun}:v3`], { env });
  assert.equal(signed.code, 0, show(signed));
  assert.equal((await serverRole(gun, 'targets')).version, 2, 'init wrote targets v1; three tags are one publish (v2)');

  const list = await notaryClient({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('list'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
  assert.equal(list.code, 0, show(list));
  const rows = listed(list.stdout);
  for (const tag of ['v1', 'v2', 'v3']) {
    const m = await manifestOf(repo, tag);
    assert.deepEqual(rows.get(tag), [m.digest, m.size, 'targets'], `notary list shows ${tag}\n${list.stdout}`);
  }
  const wrongPin = await notaryClient({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('wrong'), ['list', gun], { pin: { [gun]: ['0'.repeat(64)] } });
  assert.notEqual(wrongPin.code, 0, 'the notary client refuses a root that does not match its pin');

  const verified = await signet(['verify', ...notaryFlags(), '--notary-root', rootCert, '--allow-http-registry', '-o', 'junit', `${gun}:v1`, `${gun}:v2`, `${gun}:v3`], { env });
  assert.equal(verified.code, 0, show(verified));
  assert.match(verified.stdout, /tests="3" failures="0" errors="0"/);
  const byId = await signet(['verify', ...notaryFlags(), '--notary-root', rootKeyId, '--allow-http-registry', '-o', 'json', `${gun}:v2`], { env });
  assert.equal(byId.code, 0, show(byId));

  // docker trust inspect: the docker CLI's own Notary client, fresh DOCKER_CONFIG trusting the test CA.
  const dockerConfig = join(work, 'docker-config');
  await mkdir(join(dockerConfig, 'tls', new URL(notary.url).host), { recursive: true });
  await writeFile(join(dockerConfig, 'tls', new URL(notary.url).host, 'ca.crt'), notary.caPem);
  const inspect = await run(DOCKER, ['trust', 'inspect', `${gun}:v1`, `${gun}:v3`], { env: { DOCKER_CONFIG: dockerConfig, DOCKER_CONTENT_TRUST_SERVER: notary.url } });
  assert.equal(inspect.code, 0, show(inspect));
  const shown = JSON.parse(inspect.stdout) as { SignedTags: { SignedTag: string; Digest: string }[]; AdministrativeKeys: { Name: string; Keys: { ID: string }[] }[] }[];
  assert.equal(shown[0]!.SignedTags[0]!.Digest, (await manifestOf(repo, 'v1')).digest);
  assert.equal(shown[1]!.SignedTags[0]!.Digest, (await manifestOf(repo, 'v3')).digest);
  assert.deepEqual(shown[0]!.AdministrativeKeys.find((k) => k.Name === 'Root')!.Keys, [{ ID: rootKeyId }]);
  const ours = await signet(['notary', 'inspect', gun, 'v1', ...notaryFlags(), '--notary-root', rootCert], { env });
  assert.equal(ours.code, 0, show(ours));
  const oursShown = JSON.parse(ours.stdout)[0];
  assert.deepEqual(oursShown.SignedTags, shown[0]!.SignedTags, 'signet notary inspect shows what docker trust inspect shows');
  assert.deepEqual(oursShown.AdministrativeKeys, shown[0]!.AdministrativeKeys);

  // The GitHub Actions publish and verify through the same flags (bundled actions, in a runner-like env).
  await pushRandomImage(registry.host, repo, 'v4');
  const notaryInputs = { notary: notary.url, 'notary-root': rootCert, 'notary-ca': notary.ca.caCert, 'allow-http-registry': 'true' };
  const actionSign = await runAction('sign', { images: `${gun}:v4`, key: keys.targets.key, ...notaryInputs }, env);
  assert.equal(actionSign.code, 0, show(actionSign));
  const published = JSON.parse(actionSign.outputs.signatures ?? '[]') as { identity: string; format: string; added: boolean }[];
  assert.deepEqual(published.map((p) => [p.identity, p.format, p.added]), [[`${gun}:v4`, 'notary', true]]);
  const actionVerify = await runAction('verify', { images: `${gun}:v4`, ...notaryInputs }, env);
  assert.equal(actionVerify.code, 0, show(actionVerify));
  assert.equal(actionVerify.outputs.verified, 'true');
  const judged = await notaryClient({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('action'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
  assert.equal(listed(judged.stdout).get('v4')?.[0], (await manifestOf(repo, 'v4')).digest, 'the notary client lists what the Action published');
});

test('a CI delegation: signet publishes into targets/releases; the releases rule refuses a tag only in targets', async () => {
  const repo = 'dct/delegated';
  const gun = `${registry.host}/${repo}`;
  for (const tag of ['v1', 'v2']) await pushRandomImage(registry.host, repo, tag);
  const { rootKeyId, rootCert } = await initWithSignet(gun);
  assert.equal((await signet(['sign', ...notaryFlags(), '--key', keys.targets.key, '--notary-root', rootCert, '--allow-http-registry', `${gun}:v1`], { env })).code, 0);
  const delegated = await signet(['notary', 'delegate', gun, ...notaryFlags(), '--notary-root', rootCert, '--role', 'targets/releases', '--pub', keys.ci.pub, '--key', keys.targets.key], { env });
  assert.equal(delegated.code, 0, show(delegated));
  const ci = await signet(['sign', ...notaryFlags(), '--key', keys.ci.key, '--notary-root', rootCert, '--allow-http-registry', `${gun}:v2`], { env });
  assert.equal(ci.code, 0, show(ci));
  assert.match(ci.stderr, /published to targets\/releases v1/);

  const list = await notaryClient({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('deleg'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
  assert.equal(list.code, 0, show(list));
  assert.equal(listed(list.stdout).get('v2')?.[2], 'targets/releases', list.stdout);
  assert.equal(listed(list.stdout).get('v1')?.[2], 'targets', list.stdout);

  const releases = ['verify', ...notaryFlags(), '--notary-root', rootCert, '--notary-role', 'releases', '--allow-http-registry', '-o', 'json'];
  const ok = await signet([...releases, `${gun}:v2`], { env });
  assert.equal(ok.code, 0, show(ok));
  const onlyTargets = await signet([...releases, `${gun}:v1`], { env });
  assert.equal(onlyTargets.code, 1, show(onlyTargets));
  assert.match(onlyTargets.stderr, /v1: not signed in targets\/releases/);

  const json = JSON.parse(ok.stdout) as { gun: string; tag: string; digest: string; roles: string[] }[];
  assert.deepEqual(json, [{ gun, tag: 'v2', digest: `sha256:${(await manifestOf(repo, 'v2')).digest}`, length: (await manifestOf(repo, 'v2')).size, roles: ['targets/releases'] }]);

  // The same rule as a trust policy signer of kind notary: the gate and the Connaisseur values.
  const policyFile = join(work, 'dct-policy.yaml');
  await writeFile(policyFile, `apiVersion: signet.dev/v1alpha1
kind: TrustPolicy
metadata: { name: dct }
spec:
  rules:
    - name: apps
      images: ["${registry.host}/dct/**"]
      signers:
        - { name: dct, notary: "${notary.url}", root: ${rootCert}, ca: ${notary.ca.caCert}, delegations: [releases] }
`);
  const gate = await signet(['verify', '--policy', policyFile, '--allow-http-registry', '-o', 'junit', `${gun}:v2`, `${gun}:v1`], { env });
  assert.equal(gate.code, 1, show(gate));
  assert.match(gate.stdout, /tests="2" failures="1"/);
  assert.match(gate.stdout, /dct: .*v1: not signed in targets\/releases/);
  const values = await signet(['policy', 'connaisseur', '--policy', policyFile], { env });
  assert.equal(values.code, 0, show(values));
  assert.match(values.stdout, /type: notaryv1/);
  assert.match(values.stdout, new RegExp(`host: ${new URL(notary.url).host.replace(/\./g, '\\.')}`));
  assert.match(values.stdout, /delegations:\n\s+- releases/);

  const wrongKey = await signet(['sign', ...notaryFlags(), '--key', keys.other.key, '--allow-http-registry', `${gun}:v2`], { env });
  assert.equal(wrongKey.code, 2, show(wrongKey));
  assert.match(wrongKey.stderr, /is not a key of .*targets\/releases role/);
});

test('what the notary client wrote (init, addhash, publish, delegation add with a certificate) verifies with signet, and signet publishes into it', async () => {
  const repo = 'dct/from-notary';
  const gun = `${registry.host}/${repo}`;
  for (const tag of ['v1', 'v2', 'v3']) await pushRandomImage(registry.host, repo, tag);
  const server = { url: notary.url, caCert: notary.ca.caCert };
  const trust = await freshTrustDir('writer');
  const step = async (args: string[]) => {
    const r = await notaryClient(server, trust, args);
    assert.equal(r.code, 0, `notary ${args.join(' ')}\n${show(r)}`);
    return r;
  };
  await step(['init', gun, '-p']);
  const v1 = await manifestOf(repo, 'v1');
  await step(['addhash', gun, 'v1', String(v1.size), '--sha256', v1.digest, '-p']);
  // A delegation key as `notary delegation add` takes it: an x509 certificate (openssl).
  const delegKey = join(work, 'releases.key');
  const delegCert = join(work, 'releases.crt');
  await exec('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', delegKey, '-out', delegCert, '-subj', '/CN=releases', '-days', '30']);
  await step(['delegation', 'add', gun, 'targets/releases', delegCert, '--all-paths', '-p']);
  await step(['key', 'import', delegKey, '--role', 'targets/releases']);
  const v2 = await manifestOf(repo, 'v2');
  await step(['addhash', gun, 'v2', String(v2.size), '--sha256', v2.digest, '--roles', 'targets/releases', '-p']);
  const rootId = /^root\s+(\S+)/m.exec((await step(['key', 'list'])).stdout)?.[1];
  assert.ok(rootId, 'notary key list prints the root key (canonical) ID');

  const verify = (extra: string[], ...images: string[]) => signet(['verify', ...notaryFlags(), '--notary-root', rootId!, '--allow-http-registry', ...extra, ...images], { env });
  const both = await verify([], `${gun}:v1`, `${gun}:v2`);
  assert.equal(both.code, 0, show(both));
  const strict = await verify(['--notary-role', 'releases'], `${gun}:v1`);
  assert.equal(strict.code, 1, show(strict));

  // signet publishes into the notary-made delegation with the delegation's key (a plain PEM).
  // `notary init` keeps the snapshot key on the client: the server refuses an update without a
  // snapshot, and signet signs one with the notary client's own (encrypted) key file.
  const publish = (extra: string[], password?: string) =>
    signet(['sign', ...notaryFlags(), '--notary-root', rootId!, '--key', delegKey, ...extra, '--allow-http-registry', `${gun}:v3`], { env: password ? { ...env, COSIGN_PASSWORD: password } : env });
  const refused = await publish([]);
  assert.equal(refused.code, 2, show(refused));
  assert.match(refused.stderr, /server does not hold current snapshot key/);
  const snapshotId = /^snapshot\s+\S+\s+([0-9a-f]{64})/m.exec((await step(['key', 'list'])).stdout)?.[1];
  assert.ok(snapshotId, 'notary key list shows the client-held snapshot key');
  const published = await publish(['--notary-snapshot-key', join(trust, 'private', `${snapshotId}.key`)], 'snapshot-pw');
  assert.equal(published.code, 0, show(published));
  assert.match(published.stderr, /snapshot signed by signet/);
  const wrappedRootId = JSON.parse((await signet(['notary', 'inspect', gun, ...notaryFlags(), '--notary-root', rootId!], { env })).stdout)[0].AdministrativeKeys[0].Keys[0].ID as string;
  const list = await notaryClient(server, await freshTrustDir('reader'), ['list', gun], { pin: { [gun]: [wrappedRootId] } });
  assert.equal(list.code, 0, show(list));
  const v3 = await manifestOf(repo, 'v3');
  assert.deepEqual(listed(list.stdout).get('v3'), [v3.digest, v3.size, 'targets/releases'], list.stdout);
  assert.deepEqual(listed(list.stdout).get('v2'), [v2.digest, v2.size, 'targets/releases'], 'the notary client\'s own target is kept');
});

test('refused by signet (and by the notary client where it can see it): wrong pinned root, a digest the registry does not serve, tampered targets, rolled-back trust data', async () => {
  const repo = 'dct/attacked';
  const gun = `${registry.host}/${repo}`;
  for (const tag of ['v1', 'v2']) await pushRandomImage(registry.host, repo, tag);
  const { rootKeyId, rootCert } = await initWithSignet(gun);
  assert.equal((await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`, `${gun}:v2`], { env })).code, 0);

  // Wrong pinned root: the other key (a valid ECDSA key, just not this repository's root).
  const wrong = await signet(['verify', ...notaryFlags(), '--notary-root', keys.other.pub, '--allow-http-registry', `${gun}:v1`], { env });
  assert.equal(wrong.code, 1, show(wrong));
  assert.match(wrong.stderr, /not signed with the pinned root key/);

  // The tag moved in the registry after signing: the signed digest is not what is served.
  await pushRandomImage(registry.host, repo, 'v2');
  const moved = await signet(['verify', ...notaryFlags(), '--notary-root', rootCert, '--allow-http-registry', `${gun}:v2`], { env });
  assert.equal(moved.code, 1, show(moved));
  assert.match(moved.stderr, /the registry serves sha256:[0-9a-f]{64} but targets signed sha256:/);

  // Tampered targets between client and server.
  const proxy = await startTrustProxy(notary);
  try {
    proxy.rewrite = (file, body) => (file.startsWith('targets') ? Buffer.from(body.toString().replace(/"length":(\d+)/, (_m, n: string) => `"length":${Number(n) + 1}`)) : body);
    const tampered = await signet(['verify', '--notary', proxy.url, '--notary-root', rootCert, '--notary-cache', join(work, 'cache-tamper'), '--allow-http-registry', `${gun}:v1`], { env });
    assert.equal(tampered.code, 1, show(tampered));
    assert.match(tampered.stderr, /targets metadata (does not match its sha256|is \d+ bytes)/);
    const judged = await notaryClient({ url: proxy.url, caCert: notary.ca.caCert }, await freshTrustDir('tamper'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
    assert.notEqual(judged.code, 0, `the notary client refuses the tampered targets too\n${show(judged)}`);
    proxy.rewrite = undefined;

    // Rollback: keep today's timestamp, publish again, then serve the old timestamp to a client that saw the new one.
    const oldTimestamp = (await httpsGet(`${notary.url}/v2/${gun}/_trust/tuf/timestamp.json`, notary.caPem)).body;
    await pushRandomImage(registry.host, repo, 'v3');
    assert.equal((await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v3`], { env })).code, 0);
    const cache = join(work, 'cache-rollback');
    const fresh = await signet(['verify', '--notary', proxy.url, '--notary-root', rootCert, '--notary-cache', cache, '--allow-http-registry', `${gun}:v3`], { env });
    assert.equal(fresh.code, 0, show(fresh));
    const clientTrust = await freshTrustDir('rollback');
    const pinned = { pin: { [gun]: [rootKeyId] } };
    const seen = await notaryClient({ url: proxy.url, caCert: notary.ca.caCert }, clientTrust, ['list', gun], pinned);
    assert.equal(seen.code, 0, show(seen));
    proxy.override.set('timestamp.json', oldTimestamp);
    const clientRolled = await notaryClient({ url: proxy.url, caCert: notary.ca.caCert }, clientTrust, ['list', gun], pinned);
    assert.notEqual(clientRolled.code, 0, `the notary client refuses the rolled-back timestamp too\n${show(clientRolled)}`);
    assert.match(clientRolled.stdout + clientRolled.stderr, /lower than current version/);
    const rolled = await signet(['verify', '--notary', proxy.url, '--notary-root', rootCert, '--notary-cache', cache, '--allow-http-registry', `${gun}:v1`], { env });
    assert.equal(rolled.code, 1, show(rolled));
    assert.match(rolled.stderr, /timestamp metadata is version \d+, older than version \d+ seen before/);
  } finally {
    await proxy.close();
  }
});

test('concurrent publishers of one repository keep each other\'s targets (the server refuses stale versions; signet re-reads and retries)', async () => {
  const repo = 'dct/concurrent';
  const gun = `${registry.host}/${repo}`;
  const tags = ['c1', 'c2', 'c3', 'c4'];
  for (const tag of tags) await pushRandomImage(registry.host, repo, tag);
  const { rootKeyId, rootCert } = await initWithSignet(gun);
  const runs = await Promise.all(tags.map((tag) => signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:${tag}`], { env: { ...env, SIGNET_DEBUG: '1' } })));
  for (const r of runs) assert.equal(r.code, 0, show(r));
  const list = await notaryClient({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('concurrent'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
  for (const tag of tags) assert.ok(listed(list.stdout).has(tag), `${tag} survived the race\n${list.stdout}\n${runs.map((r) => r.stderr).join('\n')}`);
  assert.equal((await serverRole(gun, 'targets')).version, 1 + tags.length, 'one version per publisher, none lost');
});

test('behind notary-signer (ECDSA server keys, as Docker Hub ran): signet init and publish, the pinned notary client lists it', async () => {
  const remote = await startNotaryServer({ signer: true });
  try {
    const repo = 'dct/signer';
    const gun = `${registry.host}/${repo}`;
    await pushRandomImage(registry.host, repo, 'v1');
    const flags = ['--notary', remote.url, '--notary-ca', remote.ca.caCert];
    const init = await signet(['notary', 'init', gun, ...flags, '--root-key', keys.root.key, '--key', keys.targets.key], { env });
    assert.equal(init.code, 0, show(init));
    const rootKeyId = JSON.parse(init.stdout).root.keyId as string;
    const root = JSON.parse((await httpsGet(`${remote.url}/v2/${gun}/_trust/tuf/root.json`, remote.caPem)).body.toString()).signed;
    assert.equal(root.keys[root.roles.timestamp.keyids[0]].keytype, 'ecdsa', 'notary-signer holds an ECDSA timestamp key');
    const signed = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`], { env });
    assert.equal(signed.code, 0, show(signed));
    const list = await notaryClient({ url: remote.url, caCert: remote.ca.caCert }, await freshTrustDir('signer'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
    assert.equal(list.code, 0, show(list));
    assert.equal(listed(list.stdout).get('v1')?.[0], (await manifestOf(repo, 'v1')).digest);
    const verified = await signet(['verify', ...flags, '--notary-root', rootKeyId, '--allow-http-registry', `${gun}:v1`], { env });
    assert.equal(verified.code, 0, show(verified));
  } finally {
    await remote.stop();
  }
});


test('migrate notary: every verified tag re-signed in cosign format (judged by cosign), a tag that fails verification never; dry run changes nothing; reruns skip', async () => {
  const repo = 'dct/migrate';
  const gun = `${registry.host}/${repo}`;
  for (const tag of ['v1', 'v2', 'moved']) await pushRandomImage(registry.host, repo, tag);
  const { rootCert } = await initWithSignet(gun);
  assert.equal((await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`, `${gun}:v2`, `${gun}:moved`], { env })).code, 0);
  await pushRandomImage(registry.host, repo, 'moved'); // the registry no longer serves what was signed
  const digest = async (tag: string) => `sha256:${(await manifestOf(repo, tag)).digest}`;
  const cosignVerify = async (tag: string) => cosign(['verify', '--key', keys.ci.pub, '--insecure-ignore-tlog=true', '--allow-http-registry=true', `${gun}@${await digest(tag)}`]);
  const migrate = (extra: string[]) => signet(['migrate', 'notary', ...notaryFlags(), '--notary-root', rootCert, '--allow-http-registry', '-o', 'json', ...extra, gun], { env });
  const status = (r: RunResult) => Object.fromEntries(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tag: string; status: string }).map((e) => [e.tag, e.status]));

  const dry = await migrate(['--key', keys.ci.key, '--dry-run', '--output-dir', join(work, 'dry-out')]);
  assert.equal(dry.code, 1, show(dry));
  assert.deepEqual(status(dry), { moved: 'refused', v1: 'would migrate', v2: 'would migrate' });
  assert.notEqual((await cosignVerify('v1')).code, 0, 'the dry run signed nothing');
  await assert.rejects(readFile(join(work, 'dry-out', 'trust-policy.yaml')), 'and wrote nothing');

  const out = join(work, 'migrated');
  const real = await migrate(['--key', keys.ci.key, '--output-dir', out]);
  assert.equal(real.code, 1, `the refused tag fails the run\n${show(real)}`);
  assert.deepEqual(status(real), { moved: 'refused', v1: 'migrated', v2: 'migrated' });
  assert.match(real.stdout, /"tag":"moved".*"reason":".*the registry serves sha256:/);
  for (const tag of ['v1', 'v2']) {
    const judged = await cosignVerify(tag);
    assert.equal(judged.code, 0, `cosign verifies the migrated ${tag}\n${show(judged)}`);
  }
  assert.notEqual((await cosignVerify('moved')).code, 0, 'the tag that failed verification was not signed');
  const gate = await signet(['verify', '--policy', join(out, 'trust-policy.yaml'), '--allow-http-registry', `${gun}@${await digest('v1')}`], { env });
  assert.equal(gate.code, 0, `the written trust policy admits the migrated digest\n${show(gate)}`);
  assert.match(await readFile(join(out, 'kyverno.yaml'), 'utf8'), /kind: ClusterPolicy/);
  assert.match(await readFile(join(out, 'connaisseur-values.yaml'), 'utf8'), /type: cosign/);

  const again = await migrate(['--key', keys.ci.key]);
  assert.deepEqual(status(again), { moved: 'refused', v1: 'already signed', v2: 'already signed' });
});

test('DOCKER_CONTENT_TRUST=1 docker pull through a private dockerd pulls the digest signet signed and refuses an unsigned tag; what the docker CLI signs (signer add, trust sign, DCT push) verifies with signet and migrates', async () => {
  const repo = 'dct/pull';
  const gun = `${registry.host}/${repo}`;
  await pushRandomImage(registry.host, repo, 'signed');
  await pushRandomImage(registry.host, repo, 'unsigned');
  const { rootCert } = await initWithSignet(gun);
  assert.equal((await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:signed`], { env })).code, 0);
  const dockerd = await startDockerd(DOCKER);
  try {
    const dockerConfig = join(work, 'docker-config-pull');
    await mkdir(join(dockerConfig, 'tls', new URL(notary.url).host), { recursive: true });
    await writeFile(join(dockerConfig, 'tls', new URL(notary.url).host, 'ca.crt'), notary.caPem);
    const dct = { DOCKER_HOST: dockerd.host, DOCKER_CONFIG: dockerConfig, DOCKER_CONTENT_TRUST: '1', DOCKER_CONTENT_TRUST_SERVER: notary.url };
    const pulled = await run(DOCKER, ['pull', `${gun}:signed`], { env: dct });
    assert.equal(pulled.code, 0, show(pulled));
    const digest = (await manifestOf(repo, 'signed')).digest;
    assert.match(pulled.stdout + pulled.stderr, new RegExp(`sha256:${digest}`), 'docker resolved the tag through the trust data to the signed digest');
    const refused = await run(DOCKER, ['pull', `${gun}:unsigned`], { env: dct });
    assert.notEqual(refused.code, 0, show(refused));
    assert.match(refused.stderr, /No valid trust data for unsigned|does not have trust data/);

    // The other direction, through the same daemon: trust data the docker CLI writes
    // (`docker trust signer add`, `docker trust sign`, `DOCKER_CONTENT_TRUST=1 docker push`)
    // verifies with signet, pinned to the root docker made, and migrates to cosign signatures.
    const byDockerRepo = 'dct/by-docker';
    const byDocker = `${registry.host}/${byDockerRepo}`;
    const trustEnv = { ...dct, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'docker-root-pw', DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'docker-repo-pw' };
    const docker = async (args: string[]) => {
      const r = await run(DOCKER, args, { env: trustEnv });
      assert.equal(r.code, 0, `docker ${args.join(' ')}\n${show(r)}`);
      return r;
    };
    for (const tag of ['v1', 'v2', 'unsigned']) await docker(['tag', `${gun}:signed`, `${byDocker}:${tag}`]);
    const keyDir = join(work, 'docker-keys');
    await mkdir(keyDir);
    await docker(['trust', 'key', 'generate', 'ci', '--dir', keyDir]);
    await docker(['trust', 'signer', 'add', '--key', join(keyDir, 'ci.pub'), 'ci', byDocker]);
    await docker(['trust', 'sign', `${byDocker}:v1`]);
    await docker(['push', `${byDocker}:v2`]);
    await docker(['push', `${byDocker}:unsigned`, '--disable-content-trust']);
    const inspected = JSON.parse((await docker(['trust', 'inspect', byDocker])).stdout) as { SignedTags: { SignedTag: string; Signers: string[] }[]; AdministrativeKeys: { Name: string; Keys: { ID: string }[] }[] }[];
    const dockerRoot = inspected[0]!.AdministrativeKeys.find((k) => k.Name === 'Root')!.Keys[0]!.ID;
    assert.deepEqual(inspected[0]!.SignedTags.map((t) => [t.SignedTag, t.Signers]), [['v1', ['ci']], ['v2', ['ci']]], 'docker signed v1 and v2 as the ci signer (targets/releases and targets/ci)');

    const releases = ['verify', ...notaryFlags(), '--notary-root', dockerRoot, '--notary-role', 'releases', '--allow-http-registry', '-o', 'json'];
    const verified = await signet([...releases, `${byDocker}:v1`, `${byDocker}:v2`], { env });
    assert.equal(verified.code, 0, show(verified));
    const rows = verified.stdout.trim().split('\n').flatMap((l) => JSON.parse(l) as { tag: string; digest: string; roles: string[] }[]);
    for (const tag of ['v1', 'v2']) {
      const row = rows.find((r) => r.tag === tag);
      assert.ok(row, `signet verified ${tag}\n${verified.stdout}`);
      assert.equal(row!.digest, `sha256:${(await manifestOf(byDockerRepo, tag)).digest}`, `docker signed the digest the registry serves for ${tag}`);
      assert.deepEqual(row!.roles, ['targets/releases']);
    }
    const unsignedByDocker = await signet([...releases, `${byDocker}:unsigned`], { env });
    assert.equal(unsignedByDocker.code, 1, show(unsignedByDocker));
    const wrongRoot = await signet(['verify', ...notaryFlags(), '--notary-root', rootCert, '--allow-http-registry', `${byDocker}:v1`], { env });
    assert.equal(wrongRoot.code, 1, `another repository's root does not verify docker's trust data\n${show(wrongRoot)}`);

    const migrated = await signet(['migrate', 'notary', ...notaryFlags(), '--notary-root', dockerRoot, '--notary-role', 'releases', '--allow-http-registry', '-o', 'json', '--key', keys.ci.key, byDocker], { env });
    assert.equal(migrated.code, 0, show(migrated));
    const statuses = Object.fromEntries(migrated.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tag: string; status: string }).map((e) => [e.tag, e.status]));
    assert.deepEqual(statuses, { v1: 'migrated', v2: 'migrated' });
    for (const tag of ['v1', 'v2']) {
      const judged = await cosign(['verify', '--key', keys.ci.pub, '--insecure-ignore-tlog=true', '--allow-http-registry=true', `${byDocker}@sha256:${(await manifestOf(byDockerRepo, tag)).digest}`]);
      assert.equal(judged.code, 0, `cosign verifies the migrated docker-signed ${tag}\n${show(judged)}`);
    }
  } finally {
    await dockerd.stop();
  }
});

test('token auth (notary-server `auth: token`): the token-service fake is judged by the notary client and the server; signet publishes and verifies with the registry\'s credentials and says when they were sent and refused', async () => {
  const users = { ci: { password: 'ci-pw', actions: ['pull', 'push', '*'] }, reader: { password: 'reader-pw', actions: ['pull'] } };
  // Anonymous pull, as Docker Hub's public repositories: the notary client reads anonymously.
  const remote = await startNotaryServer({ tokenAuth: { users, alg: 'ES256', anonymous: ['pull'] } });
  const forger = await startTokenServer(await mkdtemp(join(work, 'forger-')), users, { service: 'signet-test-notary' });
  try {
    const server = { url: remote.url, caCert: remote.ca.caCert };
    const tokens = remote.tokens!;
    const notaryAuth = (user: string, password: string) => ({ env: { NOTARY_AUTH: Buffer.from(`${user}:${password}`).toString('base64') } });
    // The fake, judged by the real client and server: publish with its tokens, refused without them.
    const byClient = `${registry.host}/dct/token-client`;
    const trust = await freshTrustDir('token-writer');
    const init = await notaryClient(server, trust, ['init', byClient, '-p'], notaryAuth('ci', 'ci-pw'));
    assert.equal(init.code, 0, show(init));
    const added = await notaryClient(server, trust, ['addhash', byClient, 'v1', '3', '--sha256', 'a'.repeat(64), '-p'], notaryAuth('ci', 'ci-pw'));
    assert.equal(added.code, 0, show(added));
    assert.ok(tokens.requests.some((r) => r.user === 'ci' && r.scope === `repository:${byClient}:push,pull`), `the notary client asked the fake for a push token\n${JSON.stringify(tokens.requests)}`);
    const clientList = await notaryClient(server, await freshTrustDir('token-list'), ['list', byClient]);
    assert.equal(clientList.code, 0, show(clientList));
    assert.deepEqual(listed(clientList.stdout).get('v1'), ['a'.repeat(64), 3, 'targets']);
    const wrongPassword = await notaryClient(server, trust, ['addhash', byClient, 'v2', '3', '--sha256', 'b'.repeat(64), '-p'], notaryAuth('ci', 'nope'));
    assert.notEqual(wrongPassword.code, 0, show(wrongPassword));
    assert.match(wrongPassword.stdout + wrongPassword.stderr, /unauthorized/);
    const readerPublish = await notaryClient(server, trust, ['publish', byClient], notaryAuth('reader', 'reader-pw'));
    assert.notEqual(readerPublish.code, 0, `a pull-only token cannot publish\n${show(readerPublish)}`);
    // notary-server checks the signature: a well-formed token from another key is refused.
    const forged = await fetchToken(forger, 'ci', 'ci-pw', `repository:${byClient}:pull`);
    const forgedGet = await httpsGet(`${remote.url}/v2/${byClient}/_trust/tuf/root.json`, remote.caPem, { authorization: `Bearer ${forged}` });
    assert.equal(forgedGet.status, 401, 'notary-server refuses a token its rootcertbundle did not sign');
    const genuine = await httpsGet(`${remote.url}/v2/${byClient}/_trust/tuf/root.json`, remote.caPem, { authorization: `Bearer ${await fetchToken(tokens, 'ci', 'ci-pw', `repository:${byClient}:pull`)}` });
    assert.equal(genuine.status, 200, 'and accepts the same request with a token of the fake it trusts');

    // signet, with the registry's credentials from docker's config.json (docker sends its Notary server the same).
    const repo = 'dct/token';
    const gun = `${registry.host}/${repo}`;
    for (const tag of ['v1', 'v2']) await pushRandomImage(registry.host, repo, tag);
    const dockerConfig = async (name: string, user: string, password: string) => {
      const dir = join(work, `docker-config-${name}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${user}:${password}`).toString('base64') } } }));
      return { ...env, DOCKER_CONFIG: dir };
    };
    const ci = await dockerConfig('token-ci', 'ci', 'ci-pw');
    const flags = ['--notary', remote.url, '--notary-ca', remote.ca.caCert];
    const seen = tokens.requests.length;
    const signetInit = await signet(['notary', 'init', gun, ...flags, '--root-key', keys.root.key, '--key', keys.targets.key], { env: ci });
    assert.equal(signetInit.code, 0, show(signetInit));
    const rootKeyId = JSON.parse(signetInit.stdout).root.keyId as string;
    const signed = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`], { env: ci });
    assert.equal(signed.code, 0, show(signed));
    const asked = tokens.requests.slice(seen);
    assert.ok(asked.length > 0 && asked.every((r) => r.user === 'ci'), `signet fetched its tokens as ci: ${JSON.stringify(asked)}`);
    assert.ok(asked.some((r) => r.scope === `repository:${gun}:pull,push`), `and a push token for the GUN: ${JSON.stringify(asked)}`);
    const list = await notaryClient(server, await freshTrustDir('token-signet'), ['list', gun], { pin: { [gun]: [rootKeyId] } });
    assert.equal(list.code, 0, show(list));
    assert.equal(listed(list.stdout).get('v1')?.[0], (await manifestOf(repo, 'v1')).digest, 'the pinned notary client lists what signet published through token auth');
    const verified = await signet(['verify', ...flags, '--notary-root', rootKeyId, '--allow-http-registry', `${gun}:v1`], { env: ci });
    assert.equal(verified.code, 0, show(verified));

    // Wrong password: sent, refused by the token service, said so; nothing published.
    const before = (await serverRole(gun, 'targets', remote)).version;
    const wrong = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v2`], { env: await dockerConfig('token-wrong', 'ci', 'wrong-pw') });
    assert.equal(wrong.code, 3, show(wrong));
    assert.match(wrong.stderr, /credentials from \S+docker-config-token-wrong\/config\.json \(auths\) were sent to the Notary server 127\.0\.0\.1:\d+'s token service and refused \(HTTP 401/);
    assert.match(wrong.stderr, /check the username and password there/);
    assert.ok(!wrong.stderr.includes('wrong-pw'), 'the password is not shown');
    const wrongVerify = await signet(['verify', ...flags, '--notary-root', rootKeyId, '--allow-http-registry', `${gun}:v1`], { env: await dockerConfig('token-wrong', 'ci', 'wrong-pw') });
    assert.notEqual(wrongVerify.code, 0, show(wrongVerify));
    assert.match(wrongVerify.stderr + wrongVerify.stdout, /credentials from \S+config\.json \(auths\) were sent .* and refused/);
    // A pull-only account: accepted, but not for publishing.
    const reader = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v2`], { env: await dockerConfig('token-reader', 'reader', 'reader-pw') });
    assert.equal(reader.code, 3, show(reader));
    assert.match(reader.stderr, /accepted the credentials sent \(from \S+config\.json \(auths\)\) but denied push access/);
    // No credentials at all: the anonymous token cannot publish, and signet says none were found.
    const anonymous = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v2`], { env: { ...env, DOCKER_CONFIG: join(work, 'no-docker-config') } });
    assert.equal(anonymous.code, 3, show(anonymous));
    assert.match(anonymous.stderr, /requires authentication .* no credentials were found .*`docker login/);
    assert.equal((await serverRole(gun, 'targets', remote)).version, before, 'the refused publishes changed nothing');
    // SIGNET_REGISTRY_USERNAME/PASSWORD (the registry's explicit credentials) work the same.
    const explicit = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v2`], { env: { ...env, DOCKER_CONFIG: join(work, 'no-docker-config'), SIGNET_REGISTRY_USERNAME: 'ci', SIGNET_REGISTRY_PASSWORD: 'ci-pw' } });
    assert.equal(explicit.code, 0, show(explicit));
    const explicitWrong = await signet(['sign', ...flags, '--notary-root', rootKeyId, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v2`], { env: { ...env, DOCKER_CONFIG: join(work, 'no-docker-config'), SIGNET_REGISTRY_USERNAME: 'ci', SIGNET_REGISTRY_PASSWORD: 'not-it' } });
    assert.equal(explicitWrong.code, 3, show(explicitWrong));
    assert.match(explicitWrong.stderr, /credentials from SIGNET_REGISTRY_USERNAME\/SIGNET_REGISTRY_PASSWORD were sent .* and refused/);
  } finally {
    await Promise.all([remote.stop(), forger.stop()]);
  }
});

test('an expired timestamp is refused by signet and by the pinned notary client; the same trust data unexpired is accepted by both', async () => {
  // The server signs a 14-day timestamp and has no setting to shorten it, so the test holds the
  // keys: a root v2 signed by the repository's (pinned) root key names timestamp and snapshot keys
  // of the test, and the proxy serves that root with a snapshot and a timestamp signed by them.
  const repo = 'dct/expired';
  const gun = `${registry.host}/${repo}`;
  await pushRandomImage(registry.host, repo, 'v1');
  const { rootKeyId, rootCert } = await initWithSignet(gun);
  assert.equal((await signet(['sign', ...notaryFlags(), '--notary-root', rootCert, '--key', keys.targets.key, '--allow-http-registry', `${gun}:v1`], { env })).code, 0);
  const served = async (file: string) => (await httpsGet(`${notary.url}/v2/${gun}/_trust/tuf/${file}`, notary.caPem)).body;
  const root = JSON.parse((await served('root.json')).toString()) as { signed: Record<string, any>; signatures: { keyid: string }[] };
  const snapshot = JSON.parse((await served('snapshot.json')).toString()).signed as Record<string, any>;
  const timestamp = JSON.parse((await served('timestamp.json')).toString()).signed as Record<string, any>;
  const [rootSigner, timestampSigner, snapshotSigner] = await Promise.all([loadSigner(keys.root.key, { password: async () => 'signet-pw' }), loadSigner(keys.other.key), loadSigner(keys.ci.key)]);
  const timestampKey = bareKey(await timestampSigner.publicKey());
  const snapshotKey = bareKey(await snapshotSigner.publicKey());
  const root2 = structuredClone(root.signed);
  for (const role of ['timestamp', 'snapshot']) for (const id of root2.roles[role].keyids) delete root2.keys[id];
  root2.keys[keyId(timestampKey)] = timestampKey;
  root2.keys[keyId(snapshotKey)] = snapshotKey;
  root2.roles.timestamp = { keyids: [keyId(timestampKey)], threshold: 1 };
  root2.roles.snapshot = { keyids: [keyId(snapshotKey)], threshold: 1 };
  root2.version = 2;
  const sign = async (signed: unknown, signer: Signer, keyid: string) => envelopeBytes({ signed, signatures: [await signSigned(signed, signer, keyid)] });
  const rootBytes = await sign(root2, rootSigner, root.signatures[0]!.keyid);
  const snapshotBytes = await sign({ ...snapshot, meta: { ...snapshot.meta, root: fileMeta(rootBytes) }, version: snapshot.version + 1 }, snapshotSigner, keyId(snapshotKey));
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const proxy = await startTrustProxy(notary);
  try {
    const serve = async (expires: Date) => {
      const timestampBytes = await sign({ ...timestamp, expires: formatExpiry(expires), meta: { snapshot: fileMeta(snapshotBytes) }, version: timestamp.version + 1 }, timestampSigner, keyId(timestampKey));
      for (const [names, bytes] of [[['root.json', '2.root.json', `root.${sha256(rootBytes)}.json`], rootBytes], [['snapshot.json', `snapshot.${sha256(snapshotBytes)}.json`], snapshotBytes], [['timestamp.json'], timestampBytes]] as const) {
        for (const name of names) proxy.override.set(name, bytes);
      }
    };
    const judge = async (name: string) => ({
      signet: await signet(['verify', '--notary', proxy.url, '--notary-root', rootCert, '--notary-cache', join(work, `cache-${name}`), '--allow-http-registry', `${gun}:v1`], { env }),
      client: await notaryClient({ url: proxy.url, caCert: notary.ca.caCert }, await freshTrustDir(name), ['list', gun], { pin: { [gun]: [rootKeyId] } }),
    });
    await serve(new Date(Date.now() + 3600_000));
    const fresh = await judge('ts-fresh');
    assert.equal(fresh.signet.code, 0, `signet accepts the re-keyed, unexpired trust data\n${show(fresh.signet)}`);
    assert.equal(fresh.client.code, 0, `and so does the notary client\n${show(fresh.client)}`);
    assert.equal(listed(fresh.client.stdout).get('v1')?.[0], (await manifestOf(repo, 'v1')).digest);

    await serve(new Date(Date.now() - 60_000));
    const expired = await judge('ts-expired');
    assert.equal(expired.signet.code, 1, show(expired.signet));
    assert.match(expired.signet.stderr, /timestamp metadata expired at /);
    assert.notEqual(expired.client.code, 0, `the notary client refuses the expired timestamp\n${show(expired.client)}`);
    assert.match(expired.client.stdout + expired.client.stderr, /timestamp expired/);
  } finally {
    await proxy.close();
  }
});

test('keys from env:// (PEM or cosign key text in environment variables): notary init and publish; the pinned notary client lists it; signet verifies pinned to env://', async () => {
  const repo = 'dct/env-keys';
  const gun = `${registry.host}/${repo}`;
  await pushRandomImage(registry.host, repo, 'v1');
  const keyEnv = {
    ...env,
    DCT_ROOT_KEY: await readFile(keys.root.key, 'utf8'), // cosign-encrypted: COSIGN_PASSWORD
    DCT_ROOT_PUB: await readFile(keys.root.pub, 'utf8'),
    DCT_TARGETS_KEY: await readFile(keys.ci.key, 'utf8'), // plain PEM P-256
  };
  const init = await signet(['notary', 'init', gun, ...notaryFlags(), '--root-key', 'env://DCT_ROOT_KEY', '--key', 'env://DCT_TARGETS_KEY'], { env: keyEnv });
  assert.equal(init.code, 0, show(init));
  const rootKeyId = JSON.parse(init.stdout).root.keyId as string;
  const signed = await signet(['sign', ...notaryFlags(), '--notary-root', 'env://DCT_ROOT_PUB', '--key', 'env://DCT_TARGETS_KEY', '--allow-http-registry', `${gun}:v1`], { env: keyEnv });
  assert.equal(signed.code, 0, show(signed));
  const m = await manifestOf(repo, 'v1');
  assert.deepEqual((await pinnedList({ url: notary.url, caCert: notary.ca.caCert }, await freshTrustDir('env'), gun, rootKeyId)).get('v1'), [m.digest, m.size, 'targets']);
  const verified = await signet(['verify', ...notaryFlags(), '--notary-root', 'env://DCT_ROOT_PUB', '--allow-http-registry', `${gun}:v1`], { env: keyEnv });
  assert.equal(verified.code, 0, show(verified));
  const otherRoot = await signet(['verify', ...notaryFlags(), '--notary-root', 'env://DCT_OTHER', '--allow-http-registry', `${gun}:v1`], { env: { ...keyEnv, DCT_OTHER: await readFile(keys.other.pub, 'utf8') } });
  assert.equal(otherRoot.code, 1, show(otherRoot));
  for (const r of [init, signed, verified]) assert.ok(!(r.stdout + r.stderr).includes('PRIVATE KEY'), 'no key material in output');
});
