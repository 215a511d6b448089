/**
 * Batches, races and faults, judged by reading the registry directly and by cosign:
 * - a batch signed through a proxy that throttles, fails, resets and stalls still lands every
 *   signature exactly once, with no corrupt manifest, and cosign verifies all of them;
 * - 8 concurrent `signet sign` processes with different keys on one digest all end present,
 *   round after round (also through the faulty proxy);
 * - one failing image does not stop the others; the summary and exit code say which failed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, CLI_ENTRY, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { startFaultProxy, type FaultPlan, type RunningProxy } from '../support/fault-proxy.ts';

let registry: RunningRegistry;
let proxy: RunningProxy;
let dir: string;
let env: NodeJS.ProcessEnv;
const SIGNERS = 8;
/** Rounds of the plain race; `SIGNET_RACE_ROUNDS=100` repeats it for a soak (docs/concurrency.md). */
const RACE_ROUNDS = Number(process.env.SIGNET_RACE_ROUNDS ?? 6);

const FLAKY: FaultPlan = {
  rates: { throttle: 0.06, unavailable: 0.06, resetBefore: 0.04, resetAfter: 0.05, slow: 0.08, hang: 0.02 },
  slowMs: 250,
  retryAfterSeconds: 0,
};

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the proxy to hold the write');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sigTag = (digest: string) => `${digest.replace(':', '-')}.sig`;
/** The same image as seen through the proxy. */
const viaProxy = (img: PushedImage) => img.ref.replace(registry.host, proxy.host);

interface SigManifest {
  config: { digest: string };
  layers: { digest: string; annotations: Record<string, string> }[];
}

/** Reads the .sig manifest straight from the registry and checks it is whole: every blob it names exists. */
async function storedSignatures(repo: string, digest: string): Promise<SigManifest> {
  const res = await fetch(`http://${registry.host}/v2/${repo}/manifests/${sigTag(digest)}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  assert.equal(res.status, 200, `no signature manifest for ${repo}@${digest}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, res.headers.get('docker-content-digest'));
  const manifest = JSON.parse(bytes.toString()) as SigManifest;
  for (const blob of [manifest.config, ...manifest.layers]) {
    const head = await fetch(`http://${registry.host}/v2/${repo}/blobs/${blob.digest}`, { method: 'HEAD' });
    assert.equal(head.status, 200, `blob ${blob.digest} of ${repo}'s signature manifest is missing`);
  }
  return manifest;
}

const key = (i: number) => join(dir, `signer${i}.key`);
const pub = (i: number) => join(dir, `signer${i}.pub`);
const cosignVerify = (publicKey: string, ref: string) =>
  cosign(['verify', '--key', publicKey, '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);

before(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy(registry.host);
  dir = await mkdtemp(join(tmpdir(), 'signet-scale-'));
  env = { COSIGN_PASSWORD: 'scale-pw', SIGNET_INSECURE_REGISTRIES: `${registry.host},${proxy.host}`, HOME: dir };
  await Promise.all(
    Array.from({ length: SIGNERS }, async (_, i) => {
      const gen = await signet(['generate-key-pair', '--output-key-prefix', join(dir, `signer${i}`)], { env });
      assert.equal(gen.code, 0, gen.stderr);
    }),
  );
});

after(async () => {
  await proxy.stop();
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('batch signing through a flaky registry', () => {
  test('every signature lands once, no manifest is corrupt, cosign verifies all; re-running adds nothing', async (t) => {
    const images = await Promise.all(Array.from({ length: 12 }, (_, i) => pushRandomImage(registry.host, `flaky/app${i % 4}`, `v${i}`)));
    const list = join(dir, 'flaky.txt');
    await writeFile(list, `# images to sign\n${images.map(viaProxy).join('\n')}\n`);
    proxy.setPlan(FLAKY);
    proxy.resetStats();
    t.diagnostic(`fault proxy seed ${proxy.seed}`);
    const signed = await signet(['sign', '--key', key(0), '--images-file', list, '--concurrency', '4', '--request-timeout', '1s'], { env });
    const faults = { ...proxy.stats.faults };
    t.diagnostic(`faults injected: ${JSON.stringify(faults)} over ${proxy.stats.requests} requests`);
    assert.equal(signed.code, 0, signed.stderr);
    assert.match(signed.stderr, /Summary: 12 signature\(s\) for 12\/12 image\(s\): 12 added, 0 already present, 0 failed/);
    const injected = Object.values(faults).reduce((a, b) => a + b, 0);
    assert.ok(injected >= 5, `the proxy should have injected faults, got ${JSON.stringify(faults)}`);

    // Through the same faults, a second run finds every signature and adds none.
    const again = await signet(['sign', '--key', key(0), '--images-file', list, '--request-timeout', '1s'], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /0 added, 12 already present, 0 failed/);
    const verified = await signet(['verify', '--key', pub(0), '--images-file', list, '--request-timeout', '1s'], { env });
    assert.equal(verified.code, 0, verified.stderr);
    assert.equal(verified.stdout.trim().split('\n').length, 12);
    proxy.setPlan(undefined);

    for (const img of images) {
      const manifest = await storedSignatures(img.repository.slice(registry.host.length + 1), img.digest);
      assert.equal(manifest.layers.length, 1, `${img.ref} should carry exactly one signature`);
      const ok = await cosignVerify(pub(0), img.ref);
      assert.equal(ok.code, 0, `cosign verify ${img.ref}: ${ok.stderr}`);
    }
  });

  test('a registry that keeps failing ends in exit 3 naming the request, after bounded retries', async () => {
    const img = await pushRandomImage(registry.host, 'flaky/down');
    proxy.setPlan({ rates: { unavailable: 1 }, maxConsecutive: 1000 });
    proxy.resetStats();
    const started = Date.now();
    const res = await signet(['sign', '--key', key(0), viaProxy(img)], { env });
    proxy.setPlan(undefined);
    assert.equal(res.code, 3, res.stderr);
    assert.match(res.stderr, /HTTP 503/);
    assert.ok(proxy.stats.requests >= 5 && proxy.stats.requests <= 10, `attempts: ${proxy.stats.requests}`);
    assert.ok(Date.now() - started < 30_000);
  });
});

describe('concurrent signers on one digest', () => {
  /** Runs the signers; returns their debug logs, which explain a failure. */
  async function round(ref: string): Promise<string> {
    const results = await Promise.all(
      Array.from({ length: SIGNERS }, (_, i) =>
        run(process.execPath, [CLI_ENTRY, 'sign', '--key', key(i), '--request-timeout', '2s', ref], { env: { ...env, SIGNET_DEBUG: '1' } }),
      ),
    );
    results.forEach((r, i) => assert.equal(r.code, 0, `signer ${i}: ${r.stderr}`));
    return results.map((r, i) => r.stderr.replace(/^/gm, `[signer ${i}] `)).join('');
  }

  /**
   * Every signer's signature is in the stored manifest and verifies with its own public key
   * (checked in-process for speed); the CLI tools check it too where `tools` asks.
   * `ref` is how the signers named the image: its registry host is the signed identity.
   */
  async function assertAllPresent(img: PushedImage, ref: string, tools: boolean, logs: string): Promise<void> {
    const repo = img.repository.slice(registry.host.length + 1);
    const manifest = await storedSignatures(repo, img.digest);
    assert.equal(manifest.layers.length, SIGNERS, `${img.ref}: ${manifest.layers.length} of ${SIGNERS} signatures present; signer logs:\n${logs}`);
    const payloads = await Promise.all(
      manifest.layers.map(async (l) => Buffer.from(await (await fetch(`http://${registry.host}/v2/${repo}/blobs/${l.digest}`)).arrayBuffer())),
    );
    for (let i = 0; i < SIGNERS; i++) {
      const publicKey = createPublicKey(await readFile(pub(i)));
      const found = manifest.layers.some((l, n) =>
        verify('sha256', payloads[n]!, publicKey, Buffer.from(l.annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64')),
      );
      assert.ok(found, `signer ${i}'s signature is missing from ${img.ref}`);
      if (!tools) continue;
      const v = await signet(['verify', '--key', pub(i), ref], { env });
      assert.equal(v.code, 0, `signer ${i} on ${ref}: ${v.stderr}`);
      assert.equal((await cosignVerify(pub(i), ref)).code, 0, `cosign, signer ${i}`);
    }
  }

  test(`${SIGNERS} processes with different keys, repeated: all signatures present every time`, async () => {
    for (let r = 0; r < RACE_ROUNDS; r++) {
      const img = await pushRandomImage(registry.host, 'race/app', `r${r}`);
      const logs = await round(img.ref);
      await assertAllPresent(img, img.ref, r === 0, logs);
    }
  });

  test(`${SIGNERS} processes through a slow registry (200-800 ms per request): all signatures present`, async (t) => {
    // Where a short window would break: every read and write is slow, in both directions,
    // so each writer's read is old by the time it is answered and PUTs are applied late.
    const rounds = Math.max(1, Math.ceil(RACE_ROUNDS / 6));
    for (let r = 0; r < rounds; r++) {
      const img = await pushRandomImage(registry.host, 'race/slow', `r${r}`);
      proxy.setPlan({ rates: {}, delay: { minMs: 200, maxMs: 800 } });
      t.diagnostic(`fault proxy seed ${proxy.seed}`);
      let logs: string;
      try {
        logs = await round(viaProxy(img));
      } finally {
        proxy.setPlan(undefined);
      }
      await assertAllPresent(img, viaProxy(img), r === 0, logs);
    }
  });

  test(`${SIGNERS} processes on a loaded machine (a CPU hog per core beside them): all signatures present`, async () => {
    // Stalled writers are what the window is about: a writer descheduled between its read and
    // its PUT must not send the PUT late. The hogs end by themselves after 120 s at most.
    const hogs = cpus().map(() =>
      spawn(process.execPath, ['-e', 'const end = Date.now() + 120000; while (Date.now() < end) {}'], { stdio: 'ignore' }),
    );
    try {
      const rounds = Math.max(2, Math.ceil(RACE_ROUNDS / 3));
      for (let r = 0; r < rounds; r++) {
        const img = await pushRandomImage(registry.host, 'race/loaded', `r${r}`);
        const logs = await round(img.ref);
        await assertAllPresent(img, img.ref, false, logs);
      }
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
  });

  test(`${SIGNERS} processes racing through the flaky proxy: all signatures present`, async (t) => {
    const img = await pushRandomImage(registry.host, 'race/flaky');
    proxy.setPlan({ ...FLAKY, rates: { ...FLAKY.rates, hang: 0 } });
    t.diagnostic(`fault proxy seed ${proxy.seed}`);
    let logs: string;
    try {
      logs = await round(viaProxy(img));
    } finally {
      proxy.setPlan(undefined);
    }
    await assertAllPresent(img, viaProxy(img), true, logs);
  });
});

describe('a write the registry applies long after it was sent', () => {
  test('signatures confirmed before the late write landed are restored by the late writer', async () => {
    const img = await pushRandomImage(registry.host, 'race/late');
    const repo = img.repository.slice(registry.host.length + 1);
    // The late writer reads an empty set and sends its PUT at once; the proxy holds that PUT
    // until the other signers have written, confirmed and exited (however long that takes on
    // a loaded machine), then lets it land.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    proxy.setPlan({ rates: {}, applyLate: { match: /^PUT .*\/manifests\/sha256-[0-9a-f]{64}\.sig$/, until: released, count: 1 } });
    proxy.resetStats();
    try {
      const late = run(process.execPath, [CLI_ENTRY, 'sign', '--key', key(0), '--request-timeout', '120s', viaProxy(img)], {
        env: { ...env, SIGNET_DEBUG: '1' },
      });
      await waitFor(() => proxy.stats.late === 1, 10_000);
      const early = await Promise.all(
        [1, 2, 3].map((i) => run(process.execPath, [CLI_ENTRY, 'sign', '--key', key(i), img.ref], { env })),
      );
      early.forEach((r, i) => assert.equal(r.code, 0, `signer ${i + 1}: ${r.stderr}`));
      assert.equal((await storedSignatures(repo, img.digest)).layers.length, 3, 'the early signers are done before the late write lands');
      release();
      const res = await late;
      assert.equal(res.code, 0, res.stderr);
      assert.match(res.stderr, /restoring 3 signature\(s\) a concurrent writer dropped/);
    } finally {
      release();
      proxy.setPlan(undefined);
    }
    const manifest = await storedSignatures(repo, img.digest);
    assert.equal(manifest.layers.length, 4, 'the three early signatures and the late one');
    for (const i of [1, 2, 3]) assert.equal((await cosignVerify(pub(i), img.ref)).code, 0, `cosign, signer ${i}`);
    assert.equal((await cosignVerify(pub(0), viaProxy(img))).code, 0, 'cosign, the late signer');
  });
});

describe('batch behaviour', () => {
  test('one bad image does not stop the others; summary and exit code name it', async () => {
    const good = await Promise.all([pushRandomImage(registry.host, 'batch/a'), pushRandomImage(registry.host, 'batch/b')]);
    const missing = `${registry.host}/batch/missing@sha256:${'0'.repeat(64)}`;
    const res = await run(process.execPath, [CLI_ENTRY, 'sign', '--key', key(1), '-', missing], { env, input: `${good[0]?.ref}\n${good[1]?.ref}\n` });
    // A missing image is bad input (2), as for a single image.
    assert.equal(res.code, 2, res.stderr);
    assert.match(res.stderr, /Summary: 2 signature\(s\) for 2\/3 image\(s\): 2 added, 0 already present, 1 failed/);
    assert.match(res.stderr, new RegExp(`error: .*batch/missing@sha256:0{64}`));
    for (const img of good) assert.equal((await cosignVerify(pub(1), img.ref)).code, 0);

    const verify = await signet(['verify', '--key', pub(1), good[0]!.ref, missing, good[1]!.ref], { env });
    assert.equal(verify.code, 2, verify.stderr);
    const lines = verify.stdout.trim().split('\n');
    assert.equal(lines.length, 2, 'JSON lines for the two verified images');
    assert.match(verify.stderr, /Summary: 2\/3 image\(s\) verified, 1 failed/);
  });

  test('--single-writer skips only the confirmation read; the default always makes it', async () => {
    const [a, b] = await Promise.all([pushRandomImage(registry.host, 'batch/single'), pushRandomImage(registry.host, 'batch/confirmed')]);
    const debugEnv = { ...env, SIGNET_DEBUG: '1' };
    const single = await signet(['sign', '--key', key(2), '--single-writer', a!.ref], { env: debugEnv });
    assert.equal(single.code, 0, single.stderr);
    assert.match(single.stderr, /wrote 1 signature\(s\)/);
    assert.doesNotMatch(single.stderr, /confirmation read/);
    const confirmed = await signet(['sign', '--key', key(2), b!.ref], { env: debugEnv });
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assert.match(confirmed.stderr, /confirmation read 1 signature\(s\)/);
    for (const img of [a!, b!]) assert.equal((await cosignVerify(pub(2), img.ref)).code, 0);
  });

  test('a malformed reference is bad input (exit 2) but the valid images are still signed', async () => {
    const img = await pushRandomImage(registry.host, 'batch/c');
    const res = await signet(['sign', '--key', key(1), 'Not_A/Valid:Ref!', img.ref], { env });
    assert.equal(res.code, 2, res.stderr);
    assert.equal((await cosignVerify(pub(1), img.ref)).code, 0);
  });

  test('--recursive signs an index and every manifest it lists', async () => {
    const [amd, arm] = await Promise.all([pushRandomImage(registry.host, 'batch/multi', 'amd64'), pushRandomImage(registry.host, 'batch/multi', 'arm64')]);
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [amd, arm].map((m, i) => ({
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: m!.digest,
          size: 0,
          platform: { os: 'linux', architecture: i === 0 ? 'amd64' : 'arm64' },
        })),
      }),
    );
    // Sizes must be real for the registry to accept the index.
    const withSizes = JSON.parse(index.toString()) as { manifests: { digest: string; size: number }[] };
    for (const m of withSizes.manifests) {
      const head = await fetch(`http://${registry.host}/v2/batch/multi/manifests/${m.digest}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      m.size = Number(head.headers.get('content-length'));
    }
    const body = Buffer.from(JSON.stringify(withSizes));
    const put = await fetch(`http://${registry.host}/v2/batch/multi/manifests/latest`, {
      method: 'PUT',
      headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
      body,
    });
    assert.equal(put.status, 201, await put.text());
    const indexDigest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const res = await signet(['sign', '--key', key(2), '--recursive', `${registry.host}/batch/multi@${indexDigest}`], { env });
    assert.equal(res.code, 0, res.stderr);
    for (const digest of [indexDigest, amd!.digest, arm!.digest]) {
      assert.equal((await cosignVerify(pub(2), `${registry.host}/batch/multi@${digest}`)).code, 0, `cosign verify ${digest}`);
    }
  });
});
