/**
 * Signing and verifying N pushed digests, timed in one run against one local registry, behind
 * a counting proxy:
 *   floor       minimal raw-HTTP client (bench/floor-client.ts), keep-alive, concurrency 8
 *   batch       `signet sign --images-file` (one process, --concurrency 8)
 *   process     one `signet` process per image (the bundled CLI, as installed), sequential;
 *               again with --single-writer (no confirmation read: cosign's guarantees)
 *   cosign      one `cosign sign --key` per image (no transparency log), sequential
 * and the same for verify. Machines here are shared and noisy, so figures are reported as
 * ratios against the floor and cosign measured in the same run, never as absolute goals.
 *
 *   node bench/sign-verify.ts [--n 100] [--process-n 20] [--json FILE]
 *
 * `--process-n` limits the one-process-per-image runs (they take seconds per image); per-image
 * figures stay comparable.
 */
import { parseArgs } from 'node:util';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../test/support/registry.ts';
import { pushRandomImage, type PushedImage } from '../test/support/image.ts';
import { run } from '../test/support/cli.ts';
import { cosignBinary } from '../test/support/peers.ts';
import { startFaultProxy, type RunningProxy } from '../test/support/fault-proxy.ts';
import { FloorClient } from './floor-client.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100' },
    'process-n': { type: 'string', default: '20' },
    json: { type: 'string' },
  },
});
const N = Number(values.n);
const PROCESS_N = Math.min(N, Number(values['process-n']));
const CONCURRENCY = 8;
const BUNDLE = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm bundle\` first`);

interface Row {
  op: 'sign' | 'verify';
  method: string;
  images: number;
  msPerImage: number;
  requestsPerImage: number;
}

const rows: Row[] = [];
const dir = await mkdtemp(join(tmpdir(), 'signet-bench-'));
const registry = await startRegistry();
const proxy: RunningProxy = await startFaultProxy(registry.host);
const env = { COSIGN_PASSWORD: 'bench', COSIGN_YES: 'true', SIGNET_INSECURE_REGISTRIES: proxy.host, HOME: dir };

try {
  const gen = await run(process.execPath, [BUNDLE, 'generate-key-pair', '--output-key-prefix', join(dir, 'bench')], { env });
  if (gen.code !== 0) throw new Error(gen.stderr);
  const keyFile = join(dir, 'bench.key');
  const pubFile = join(dir, 'bench.pub');
  // The floor signs with the same key, decrypted once up front.
  const pem = await decryptForFloor(keyFile);
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(await readFile(pubFile));

  const push = async (count: number, label: string): Promise<PushedImage[]> => {
    const out: PushedImage[] = [];
    for (let i = 0; i < count; i += 16) {
      const chunk = await Promise.all(
        Array.from({ length: Math.min(16, count - i) }, (_, j) => pushRandomImage(registry.host, `bench/${label}${(i + j) % 10}`, `t${i + j}`)),
      );
      out.push(...chunk);
    }
    return out;
  };
  const viaProxy = (img: PushedImage) => img.ref.replace(registry.host, proxy.host);
  const floorImage = (img: PushedImage) => ({ host: proxy.host, repo: img.repository.slice(registry.host.length + 1), digest: img.digest });

  const measure = async (op: Row['op'], method: string, images: number, work: () => Promise<void>) => {
    proxy.resetStats();
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    rows.push({ op, method, images, msPerImage: ms / images, requestsPerImage: proxy.stats.requests / images });
    process.stderr.write(`  ${op} ${method}: ${images} images in ${(ms / 1000).toFixed(2)} s, requests ${JSON.stringify(proxy.stats.byMethod)}\n`);
  };
  const pool = async <T>(items: T[], n: number, fn: (item: T) => Promise<void>) => {
    let next = 0;
    await Promise.all(Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }));
  };
  const mustPass = (what: string) => (r: { code: number; stderr: string }) => {
    if (r.code !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  };

  process.stderr.write(`pushing ${2 * N + 3 * PROCESS_N} images to ${registry.host}\n`);
  const floorSet = await push(N, 'floor');
  const batchSet = await push(N, 'batch');
  const processSet = await push(PROCESS_N, 'proc');
  const cosignSet = await push(PROCESS_N, 'cosign');
  const singleWriterSet = await push(PROCESS_N, 'single');

  const floor = new FloorClient();
  await measure('sign', 'floor (raw HTTP, c=8)', N, () => pool(floorSet, CONCURRENCY, (img) => floor.sign(floorImage(img), privateKey)));
  const list = join(dir, 'batch.txt');
  await writeFile(list, batchSet.map(viaProxy).join('\n'));
  await measure('sign', `signet batch (c=${CONCURRENCY})`, N, async () =>
    mustPass('signet batch sign')(await run(process.execPath, [BUNDLE, 'sign', '--key', keyFile, '--images-file', list, '--concurrency', String(CONCURRENCY)], { env })),
  );
  await measure('sign', 'signet per process', PROCESS_N, async () => {
    for (const img of processSet) mustPass('signet sign')(await run(process.execPath, [BUNDLE, 'sign', '--key', keyFile, viaProxy(img)], { env }));
  });
  await measure('sign', 'signet p.p. --single-writer', PROCESS_N, async () => {
    for (const img of singleWriterSet) mustPass('signet sign --single-writer')(await run(process.execPath, [BUNDLE, 'sign', '--key', keyFile, '--single-writer', viaProxy(img)], { env }));
  });
  await measure('sign', 'cosign per process', PROCESS_N, async () => {
    for (const img of cosignSet) {
      mustPass('cosign sign')(await run(cosignBinary(), ['sign', '--key', keyFile, '--tlog-upload=false', '--allow-http-registry', viaProxy(img)], { env }));
    }
  });

  await measure('verify', 'floor (raw HTTP, c=8)', N, () =>
    pool(batchSet, CONCURRENCY, async (img) => {
      if (!(await floor.verify(floorImage(img), publicKey))) throw new Error(`floor verify failed for ${img.ref}`);
    }),
  );
  await measure('verify', `signet batch (c=${CONCURRENCY})`, N, async () =>
    mustPass('signet batch verify')(await run(process.execPath, [BUNDLE, 'verify', '--key', pubFile, '--images-file', list, '--concurrency', String(CONCURRENCY)], { env })),
  );
  const verifySubset = batchSet.slice(0, PROCESS_N);
  await measure('verify', 'signet per process', PROCESS_N, async () => {
    for (const img of verifySubset) mustPass('signet verify')(await run(process.execPath, [BUNDLE, 'verify', '--key', pubFile, viaProxy(img)], { env }));
  });
  await measure('verify', 'cosign per process', PROCESS_N, async () => {
    for (const img of verifySubset) {
      mustPass('cosign verify')(await run(cosignBinary(), ['verify', '--key', pubFile, '--insecure-ignore-tlog=true', '--allow-http-registry', viaProxy(img)], { env }));
    }
  });
  await floor.close();
} finally {
  await proxy.stop();
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
}

report(rows);
if (values.json) await writeFile(values.json, JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, n: N, processN: PROCESS_N, rows }, null, 2));

/** The floor needs the raw key; signet's loader does the cosign decryption. */
async function decryptForFloor(keyFile: string): Promise<string> {
  const { loadPrivateKey } = await import('@signet/core');
  const key = await loadPrivateKey(await readFile(keyFile, 'utf8'), { source: keyFile, password: async () => 'bench' });
  return key.export({ format: 'pem', type: 'pkcs8' }).toString();
}

function report(all: Row[]): void {
  for (const op of ['sign', 'verify'] as const) {
    const mine = all.filter((r) => r.op === op);
    const floorRow = mine.find((r) => r.method.startsWith('floor'));
    const cosignRow = mine.find((r) => r.method.startsWith('cosign'));
    console.log(`\n${op}: N=${N} (per-process rows: ${PROCESS_N} images)`);
    console.log('method                      ms/image  requests/image  vs floor  cosign/this');
    for (const r of mine) {
      const vsFloor = floorRow ? (r.msPerImage / floorRow.msPerImage).toFixed(2) + 'x' : '-';
      const vsCosign = cosignRow ? (cosignRow.msPerImage / r.msPerImage).toFixed(2) + 'x' : '-';
      console.log(`${r.method.padEnd(27)} ${r.msPerImage.toFixed(1).padStart(8)}  ${r.requestsPerImage.toFixed(2).padStart(14)}  ${vsFloor.padStart(8)}  ${vsCosign.padStart(11)}`);
    }
  }
}
