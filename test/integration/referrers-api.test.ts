/**
 * Sigstore bundles through the OCI 1.1 Referrers API (issue 10), against a real registry that
 * has it: go-containerregistry's (test/peers/ggcr-registry; released distribution v3 has no
 * Referrers API). Judged by cosign v3.1.3 (bundles) and v2.6.5 (legacy `.sig`).
 *
 * ggcr's registry indexes referrers but never sends the `OCI-Subject` header the distribution
 * spec requires on a PUT it indexed, and without it the spec tells clients to keep the fallback
 * tag as well. So two registries are used: ggcr as it is (signet keeps the fallback tag,
 * cosign v3, which only probes the API, does not), and ggcr behind a proxy that adds the
 * header for the subject the PUT named: a conformant registry, where no fallback tag is written.
 * In both the API, not the proxy, indexes and lists the referrers.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { startFaultProxy, type RunningProxy } from '../support/fault-proxy.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { signet } from '../support/cli.ts';
import { cosign, cosignV3 } from '../support/peers.ts';

const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const PASSWORD = 'referrers-pw';
let registry: RunningRegistry;
/** ggcr's registry plus the OCI-Subject header it omits. */
let conformant: RunningProxy;
/** ggcr's registry as it is, behind a proxy only to count requests. */
let counted: RunningProxy;
let dir: string;
let env: NodeJS.ProcessEnv;
let emptyTrustedRoot: string;

interface IndexEntry {
  digest: string;
  artifactType?: string;
}

/** The registry's own answer, never through a proxy. */
async function apiReferrers(img: PushedImage): Promise<IndexEntry[]> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/referrers/${img.digest}`);
  assert.equal(res.status, 200, 'the registry has the Referrers API');
  const index = (await res.json()) as { mediaType: string; manifests: IndexEntry[] };
  assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  return index.manifests;
}

async function referrerManifest(img: PushedImage, digest: string): Promise<{ artifactType?: string; subject: { digest: string } }> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${digest}`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } });
  assert.equal(res.status, 200);
  return (await res.json()) as { artifactType?: string; subject: { digest: string } };
}

async function fallbackTag(img: PushedImage): Promise<IndexEntry[] | undefined> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  });
  if (res.status === 404) return undefined;
  assert.equal(res.status, 200);
  return ((await res.json()) as { manifests: IndexEntry[] }).manifests;
}

async function hasSigTag(img: PushedImage): Promise<boolean> {
  const res = await fetch(`http://${registry.host}/v2/${repoOf(img)}/manifests/${img.digest.replace(':', '-')}.sig`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200;
}

const repoOf = (img: PushedImage): string => img.repository.slice(img.repository.indexOf('/') + 1);
/** The same image reached through a proxy. */
const via = (proxy: RunningProxy, img: PushedImage): string => `${proxy.host}/${repoOf(img)}@${img.digest}`;

before(async () => {
  registry = await startRegistry({ referrersApi: true });
  conformant = await startFaultProxy(registry.host, undefined, (request, status, headers) => {
    if (request.method !== 'PUT' || !/\/manifests\//.test(request.path) || status !== 201) return headers;
    const subject = (JSON.parse(request.body.toString('utf8')) as { subject?: { digest?: string } }).subject?.digest;
    return subject ? { ...headers, 'oci-subject': subject } : headers;
  });
  counted = await startFaultProxy(registry.host);
  dir = await mkdtemp(join(tmpdir(), 'signet-referrers-api-'));
  env = { COSIGN_PASSWORD: PASSWORD, SIGNET_INSECURE_REGISTRIES: [registry.host, conformant.host, counted.host].join(','), HOME: dir };
  for (const name of ['signet', 'other']) {
    const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, name)], { env });
    assert.equal(gen.code, 0, gen.stderr);
  }
  const cg = await cosignV3(['generate-key-pair', '--output-key-prefix', join(dir, 'cosign3')], env);
  assert.equal(cg.code, 0, cg.stderr);
  // Key-only bundles need no CA, log or TSA; cosign v2.6 needs the file to exist.
  emptyTrustedRoot = join(dir, 'trusted_root.json');
  await writeFile(emptyTrustedRoot, JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' }));
});

after(async () => {
  await conformant?.stop();
  await counted?.stop();
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

const signetSign = (key: string, ref: string, extra: string[] = []) => signet(['sign', '--key', key, '--format', 'bundle', ...extra, ref], { env });
const signetVerify = (key: string, ref: string) => signet(['verify', '--key', key, '--output', 'json', ref], { env });
const v3Verify = (key: string, ref: string, extra: string[] = []) =>
  cosignV3(['verify', '--key', key, '--insecure-ignore-tlog=true', '--allow-http-registry', ...extra, ref], env);
const v3Sign = (key: string, ref: string) =>
  cosignV3(['sign', '--key', key, '--use-signing-config=false', '--tlog-upload=false', '--allow-http-registry', ref], env);
const payloadType = (stdout: string): string | undefined => (JSON.parse(stdout) as { critical: { type: string } }[])[0]?.critical.type;

describe('signet writes through the Referrers API', () => {
  test('a registry that confirms with OCI-Subject: referrer listed by the API, no fallback tag, cosign v3 accepts', async () => {
    const img = await pushRandomImage(registry.host, 'api/confirmed');
    const s = await signetSign(join(dir, 'signet.key'), via(conformant, img), ['-a', 'env=prod']);
    assert.equal(s.code, 0, s.stderr);
    const listed = await apiReferrers(img);
    assert.equal(listed.length, 1);
    // ggcr's registry types index entries by config.mediaType, not the manifest's artifactType.
    assert.equal(listed[0]?.artifactType, 'application/vnd.oci.empty.v1+json');
    const manifest = await referrerManifest(img, listed[0]!.digest);
    assert.equal(manifest.artifactType, BUNDLE_TYPE);
    assert.equal(manifest.subject.digest, img.digest);
    assert.equal(await fallbackTag(img), undefined, 'no sha256-<hex> tag');
    assert.equal(await hasSigTag(img), false);

    const ref = via(conformant, img);
    const ok = await v3Verify(join(dir, 'signet.pub'), ref, ['-a', 'env=prod']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(payloadType(ok.stdout), 'https://sigstore.dev/cosign/sign/v1');
    assert.notEqual((await v3Verify(join(dir, 'other.pub'), ref)).code, 0, 'cosign v3 rejects another key');
    assert.notEqual((await v3Verify(join(dir, 'signet.pub'), ref, ['-a', 'env=dev'])).code, 0, 'cosign v3 checks -a');
    const own = await signetVerify(join(dir, 'signet.pub'), ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((await signetVerify(join(dir, 'other.pub'), ref)).code, 1, 'signet rejects another key');
  });

  test('a registry that indexes but sends no OCI-Subject: signet keeps the fallback tag too, as the spec says', async () => {
    const img = await pushRandomImage(registry.host, 'api/unconfirmed');
    const s = await signetSign(join(dir, 'signet.key'), img.ref);
    assert.equal(s.code, 0, s.stderr);
    const listed = await apiReferrers(img);
    assert.equal(listed.length, 1, 'the registry indexed it');
    assert.deepEqual((await fallbackTag(img))?.map((e) => e.digest), [listed[0]?.digest], 'and the fallback tag lists the same referrer');
    assert.equal((await v3Verify(join(dir, 'signet.pub'), img.ref)).code, 0);
    assert.equal((await signetVerify(join(dir, 'signet.pub'), img.ref)).code, 0);
  });

  test('fewer requests when the registry confirms than when the client keeps the tag', async () => {
    const requests = async (proxy: RunningProxy, repo: string): Promise<number> => {
      const img = await pushRandomImage(registry.host, repo);
      proxy.resetStats();
      const s = await signetSign(join(dir, 'signet.key'), via(proxy, img));
      assert.equal(s.code, 0, s.stderr);
      return proxy.stats.requests;
    };
    const confirmed = await requests(conformant, 'api/count-confirmed');
    const kept = await requests(counted, 'api/count-fallback');
    assert.ok(confirmed < kept, `OCI-Subject path ${confirmed} requests, fallback path ${kept}`);
    console.log(`# sign --format bundle: ${confirmed} requests with OCI-Subject, ${kept} keeping the fallback tag`);
  });
});

describe('cosign v3 writes through the Referrers API', () => {
  test('what `cosign sign --key` pushes is found by signet through the API and accepted', async () => {
    const img = await pushRandomImage(registry.host, 'api/from-cosign');
    const s = await v3Sign(join(dir, 'cosign3.key'), img.ref);
    assert.equal(s.code, 0, s.stderr);
    assert.equal((await apiReferrers(img)).length, 1);
    // cosign v3 probes the API after its PUT and, finding it, writes no fallback tag: the only
    // way signet can find this bundle is the Referrers API.
    assert.equal(await fallbackTag(img), undefined);
    const ok = await signetVerify(join(dir, 'cosign3.pub'), img.ref);
    assert.equal(ok.code, 0, ok.stderr);
    const payloads = JSON.parse(ok.stdout.trim()) as { critical: { image: { 'docker-manifest-digest': string } } }[];
    assert.equal(payloads.length, 1);
    assert.equal(payloads[0]?.critical.image['docker-manifest-digest'], img.digest);
    assert.equal((await signetVerify(join(dir, 'signet.pub'), img.ref)).code, 1, 'another key is rejected');
  });
});

describe('concurrency', () => {
  test('6 processes --format bundle on one digest: the API lists all 6, each verifies', async () => {
    const img = await pushRandomImage(registry.host, 'api/race');
    const keys = Array.from({ length: 6 }, (_, i) => join(dir, `race${i}`));
    await Promise.all(keys.map(async (k) => assert.equal((await signet(['generate-key-pair', '--output-key-prefix', k], { env })).code, 0)));
    const results = await Promise.all(keys.map((k) => signetSign(`${k}.key`, via(conformant, img))));
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const listed = await apiReferrers(img);
    assert.equal(new Set(listed.map((e) => e.digest)).size, 6, `the API lists ${listed.length} referrer(s)`);
    assert.equal(await fallbackTag(img), undefined, 'no read-modify-write involved');
    // Verified under the name it was signed with: the signatures name the proxy's host.
    const ref = via(conformant, img);
    const verified = await Promise.all(keys.map((k) => signetVerify(`${k}.pub`, ref)));
    for (const v of verified) assert.equal(v.code, 0, v.stderr);
    for (const k of [keys[0]!, keys[5]!]) assert.equal((await v3Verify(`${k}.pub`, ref)).code, 0);
  });
});

describe('--format both', () => {
  test('legacy .sig plus a bundle through the API: cosign v2.6.5 and v3 judge as documented', async () => {
    const img = await pushRandomImage(registry.host, 'api/both');
    // Signed and verified under the proxy's name: the legacy payload names the repository.
    const ref = via(conformant, img);
    const s = await signet(['sign', '--key', join(dir, 'signet.key'), '--format', 'both', ref], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.equal(await hasSigTag(img), true);
    assert.equal((await apiReferrers(img)).length, 1);
    assert.equal(await fallbackTag(img), undefined);

    // cosign v2.6.5 prefers a bundle referrer when it finds one: it needs a trusted root for it.
    const v2Offline = await cosign(['verify', '--key', join(dir, 'signet.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
    assert.notEqual(v2Offline.code, 0);
    assert.match(v2Offline.stderr, /trusted root is required/);
    const v2 = await cosign(['verify', '--key', join(dir, 'signet.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', '--trusted-root', emptyTrustedRoot, ref], env);
    assert.equal(v2.code, 0, v2.stderr);
    assert.equal(payloadType(v2.stdout), 'https://sigstore.dev/cosign/sign/v1', 'cosign v2.6.5 judged the bundle');

    const v3 = await v3Verify(join(dir, 'signet.pub'), ref);
    assert.equal(v3.code, 0, v3.stderr);
    assert.equal(payloadType(v3.stdout), 'https://sigstore.dev/cosign/sign/v1');
    const v3Legacy = await v3Verify(join(dir, 'signet.pub'), ref, ['--new-bundle-format=false']);
    assert.equal(v3Legacy.code, 0, v3Legacy.stderr);
    assert.equal(payloadType(v3Legacy.stdout), 'cosign container image signature');

    const own = await signetVerify(join(dir, 'signet.pub'), ref);
    assert.equal(own.code, 0, own.stderr);
    assert.equal((JSON.parse(own.stdout.trim()) as unknown[]).length, 2, 'signet counts both');
    assert.notEqual((await v3Verify(join(dir, 'other.pub'), ref)).code, 0);
    assert.notEqual((await v3Verify(join(dir, 'other.pub'), ref, ['--new-bundle-format=false'])).code, 0);
    assert.equal((await signetVerify(join(dir, 'other.pub'), ref)).code, 1);
  });
});
