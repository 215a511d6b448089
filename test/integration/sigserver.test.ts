/**
 * The OpenShift signature-verification setup's signature server, end to end: signet uploads GPG
 * simple signatures through its `POST BASE/upload` API to real nginx + Lua
 * (test/support/sigserver.ts), and skopeo 1.9 (containers/image with gpgme, the code CRI-O runs)
 * reads them through the lookaside `sigstore:` URL signet's generated registries.d names, and
 * accepts them; tampered and misplaced signatures are rejected. The server keeps one signature
 * per image (it always writes signature-1), so a second signature is refused, not swapped in.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet, type RunResult } from '../support/cli.ts';
import { startSigServer, type RunningSigServer } from '../support/sigserver.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

let registry: RunningRegistry;
let server: RunningSigServer;
let trusted: GpgKey;
let other: GpgKey;
let dir: string;
let env: NodeJS.ProcessEnv;
let policyDir: string;

const hexOf = (digest: string) => digest.slice('sha256:'.length);
/** Where CRI-O looks: <root>/<repository path without host>@sha256=<hex>/. */
const slotDir = (image: PushedImage) => join(server.root, `${image.repository.split('/').slice(1).join('/')}@sha256=${hexOf(image.digest)}`);

async function skopeoCopy(ref: string): Promise<RunResult> {
  const dest = await mkdtemp(join(dir, 'copy-'));
  return run('skopeo', ['--policy', join(policyDir, 'policy.json'), '--registries.d', join(policyDir, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${ref}`, `dir:${dest}`]);
}
const sign = (key: GpgKey, ref: string) => signet(['sign', '--sign-by', key.secretPath, '--lookaside', `sigserver+${server.base}`, ref], { env });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-sigserver-'));
  registry = await startRegistry();
  server = await startSigServer();
  trusted = await generateGpgKey('Signet Trusted', 'trusted@example.com');
  other = await generateGpgKey('Someone Else', 'else@example.com');
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, NETRC: join(dir, 'no-netrc'), DOCKER_CONFIG: join(dir, 'docker'), SIGNET_LOOKASIDE: '' };
  policyDir = join(dir, 'node');
  const policy = await signet(['policy', 'containers', '--keyring', trusted.publicPath, '--lookaside', `sigserver+${server.base}`, `${registry.host}/**`, '--out', policyDir], { env });
  assert.equal(policy.code, 0, policy.stderr);
});

after(async () => {
  await Promise.all([registry?.stop(), server?.stop(), trusted?.cleanup(), other?.cleanup()]);
  await rm(dir, { recursive: true, force: true });
});

describe('signet uploads to the nginx + Lua signature server, skopeo judges', () => {
  test('generated registries.d reads from the server\'s base, not its upload URL', async () => {
    const regd = await readdir(join(policyDir, 'registries.d'));
    const text = (await Promise.all(regd.map((f) => readFile(join(policyDir, 'registries.d', f), 'utf8')))).join('\n');
    assert.match(text, new RegExp(`sigstore: ${server.base.replace(/[.]/g, '\\.')}\\s`));
    assert.doesNotMatch(text, /sigserver\+|\/upload/);
  });

  test('the upload lands at <repo path>@sha256=<hex>/signature-1 and skopeo accepts the image; a second signature is refused and the first stays', async () => {
    const image = await pushRandomImage(registry.host, 'team/sub/app', 'v1');
    const r = await sign(trusted, image.ref);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`-> ${server.base}/team/sub/app@sha256=${hexOf(image.digest)}/signature-1`));
    assert.deepEqual(await readdir(slotDir(image)), ['signature-1']);
    const copy = await skopeoCopy(image.ref);
    assert.equal(copy.code, 0, copy.stderr);

    const before = await readFile(join(slotDir(image), 'signature-1'));
    const again = await sign(other, image.ref);
    assert.equal(again.code, 3, again.stderr);
    assert.match(again.stderr, /signature-1 already holds a signature, and this signature server's upload API always writes signature-1, so uploading would replace it: keep both by signing into a store that adds slots/);
    assert.deepEqual(await readFile(join(slotDir(image), 'signature-1')), before, 'the first signature is untouched');
    assert.equal((await skopeoCopy(image.ref)).code, 0);
  });

  test('a repository with one path component uploads an empty repoName and still lands where CRI-O reads', async () => {
    const image = await pushRandomImage(registry.host, 'solo', 'v1');
    const r = await sign(trusted, image.ref);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readdir(join(server.root, `solo@sha256=${hexOf(image.digest)}`)), ['signature-1']);
    const copy = await skopeoCopy(image.ref);
    assert.equal(copy.code, 0, copy.stderr);
    const verified = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', `sigserver+${server.base}`, image.ref], { env });
    assert.equal(verified.code, 0, verified.stderr);
  });

  test('skopeo rejects a tampered signature, another image\'s signature, and a signature by a key outside the policy', async () => {
    const [tampered, moved, foreign, source] = await Promise.all(['tampered', 'moved', 'foreign', 'source'].map((n) => pushRandomImage(registry.host, `team/${n}`, 'v1')));
    for (const image of [tampered!, source!]) assert.equal((await sign(trusted, image.ref)).code, 0);
    assert.equal((await sign(other, foreign!.ref)).code, 0);

    const sig = await readFile(join(slotDir(tampered!), 'signature-1'));
    const middle = Math.floor(sig.length / 2);
    sig[middle] = (sig[middle] ?? 0) ^ 0x01;
    await writeFile(join(slotDir(tampered!), 'signature-1'), sig);
    // A valid signature by the trusted key, but for another digest, placed where CRI-O reads `moved`.
    await mkdir(slotDir(moved!), { recursive: true });
    await writeFile(join(slotDir(moved!), 'signature-1'), await readFile(join(slotDir(source!), 'signature-1')));

    for (const image of [tampered!, moved!, foreign!]) {
      const copy = await skopeoCopy(image.ref);
      assert.notEqual(copy.code, 0, `${image.ref} must be rejected`);
      assert.doesNotMatch(copy.stderr, /no signature exists/, 'found and rejected, not missed');
      const gate = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', `sigserver+${server.base}`, image.ref], { env });
      assert.equal(gate.code, 1, `signet agrees on ${image.ref}: ${gate.stderr}`);
    }
    assert.match((await skopeoCopy(moved!.ref)).stderr, /digest/i);
    assert.equal((await skopeoCopy(source!.ref)).code, 0, 'the untampered source still passes');
  });

  test('the server answers as the documented one: 201 on upload, 500 on malformed JSON or missing fields, uploads only by POST', async () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const post = (body: string) => fetch(`${server.base}/upload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ok = await post(JSON.stringify({ repoName: b64('probe'), layerId: b64('x@sha256=00'), signatureData: b64('one') }));
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('location'), null);
    // Always slot 1: a second upload replaces the file (which is why signet checks first).
    assert.equal((await post(JSON.stringify({ repoName: b64('probe'), layerId: b64('x@sha256=00'), signatureData: b64('two') }))).status, 201);
    assert.equal(await readFile(join(server.root, 'probe/x@sha256=00/signature-1'), 'utf8'), 'two');
    assert.deepEqual(await readdir(join(server.root, 'probe/x@sha256=00')), ['signature-1']);
    assert.equal((await post('{not json')).status, 500);
    assert.equal((await post(JSON.stringify({ repoName: b64('probe') }))).status, 500);
    assert.equal((await fetch(`${server.base}/upload`)).status, 403);
  });
});
