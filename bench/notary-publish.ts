/**
 * Docker Content Trust publishing: N tags of one repository in one `signet sign --notary` run
 * (one publish: one new targets version) against one run per tag (what a CI step per image
 * does: N publishes, each re-reading the trust data). Debian's notary-server 0.7 (TLS, memory
 * storage) and docker-registry on 127.0.0.1.
 *
 *   node bench/notary-publish.ts [--n 100] [--process-n 100] [--json out.json]
 *
 * Per-run rows are measured on `--process-n` tags and reported per tag. Times are noisy on
 * shared machines; the publish counts are exact.
 */
import { parseArgs } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { signet } from '../test/support/cli.ts';
import { pushRandomImage } from '../test/support/image.ts';
import { startRegistry } from '../test/support/registry.ts';
import { httpsGet, startNotaryServer } from '../test/support/notary.ts';

const exec = promisify(execFile);
const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, 'process-n': { type: 'string', default: '100' }, json: { type: 'string' } } });
const n = Number(values.n);
const processN = Math.min(n, Number(values['process-n']));

const work = await mkdtemp(join(tmpdir(), 'signet-bench-notary-'));
const [notary, registry] = await Promise.all([startNotaryServer(), startRegistry()]);
try {
  const rootKey = join(work, 'root.key');
  const targetsKey = join(work, 'targets.key');
  for (const key of [rootKey, targetsKey]) await exec('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
  const flags = ['--notary', notary.url, '--notary-ca', notary.ca.caCert, '--notary-cache', join(work, 'cache'), '--allow-http-registry'];
  const targetsVersion = async (gun: string) => JSON.parse((await httpsGet(`${notary.url}/v2/${gun}/_trust/tuf/targets.json`, notary.caPem)).body.toString()).signed.version as number;
  const prepare = async (repo: string, count: number) => {
    const gun = `${registry.host}/${repo}`;
    for (let i = 0; i < count; i++) await pushRandomImage(registry.host, repo, `t${i}`);
    const init = await signet(['notary', 'init', gun, ...flags, '--root-key', rootKey, '--key', targetsKey]);
    if (init.code !== 0) throw new Error(init.stderr);
    return gun;
  };
  const rows: { method: string; tags: number; msPerTag: number; publishes: number }[] = [];

  const batchGun = await prepare('bench/batch', n);
  let started = performance.now();
  const batch = await signet(['sign', ...flags, '--key', targetsKey, ...Array.from({ length: n }, (_, i) => `${batchGun}:t${i}`)]);
  if (batch.code !== 0) throw new Error(batch.stderr);
  rows.push({ method: 'one run, all tags', tags: n, msPerTag: (performance.now() - started) / n, publishes: (await targetsVersion(batchGun)) - 1 });

  const perGun = await prepare('bench/per-run', processN);
  started = performance.now();
  for (let i = 0; i < processN; i++) {
    const r = await signet(['sign', ...flags, '--key', targetsKey, `${perGun}:t${i}`]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
  rows.push({ method: 'one run per tag', tags: processN, msPerTag: (performance.now() - started) / processN, publishes: (await targetsVersion(perGun)) - 1 });

  const base = rows[0]!.msPerTag;
  console.log(`notary publish: N=${n} (one run per tag measured on ${processN} tags)`);
  console.log(`${'method'.padEnd(20)}${'tags'.padStart(6)}${'ms/tag'.padStart(10)}${'publishes'.padStart(11)}${'vs one run'.padStart(12)}`);
  for (const r of rows) console.log(`${r.method.padEnd(20)}${String(r.tags).padStart(6)}${r.msPerTag.toFixed(1).padStart(10)}${String(r.publishes).padStart(11)}${`${(r.msPerTag / base).toFixed(1)}x`.padStart(12)}`);
  if (values.json) await writeFile(values.json, `${JSON.stringify({ n, processN, rows }, null, 2)}\n`);
} finally {
  await Promise.all([notary.stop(), registry.stop()]);
  await rm(work, { recursive: true, force: true });
}
