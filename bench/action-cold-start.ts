/**
 * Cold start of the bundled actions against bare `node -e 0`, measured alternately in the same
 * run (shared machines are noisy: only the ratio means something). "No work" = no inputs: the
 * action loads, reads its inputs and fails fast: the fixed cost of the bundle itself. "Engine
 * loaded" gives the sign step real inputs whose key file does not exist: the step loads the
 * engine and the sign command and fails on the key, which is the start-up a real step pays.
 *
 *   node bench/action-cold-start.ts [--runs 15]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'signet-bench-action-'));
const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
for (const f of Object.values(files)) writeFileSync(f, '');

let fresh = 0;
/** `cache`: 'cold' = a new compile-cache directory (a step's first run), 'warm' = a reused one. */
const engineInputs = { INPUT_IMAGES: `127.0.0.1:1/bench@sha256:${'0'.repeat(64)}`, INPUT_KEY: join(dir, 'missing.key') };
function time(args: string[], cache: 'cold' | 'warm', inputs: Record<string, string> = {}): number {
  const cacheDir = cache === 'cold' ? join(dir, `cache-${fresh++}`) : join(dir, 'cache-warm');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH, HOME: dir, NODE_COMPILE_CACHE: cacheDir, ...files, ...inputs }, encoding: 'utf8' });
  if (inputs.INPUT_KEY && !/missing\.key/.test(r.stdout + r.stderr)) throw new Error(`the engine run did not fail on the key file: ${r.stdout}${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sign = [join(root, 'actions/sign/dist/index.js')];
const verify = [join(root, 'actions/verify/dist/index.js')];
const subjects: Record<string, [string[], 'cold' | 'warm', Record<string, string>?]> = {
  'node -e 0': [['-e', '0'], 'cold'],
  'sign, cold cache': [sign, 'cold'],
  'sign, warm cache': [sign, 'warm'],
  'verify, cold cache': [verify, 'cold'],
  'sign, engine loaded': [sign, 'cold', engineInputs],
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (const [args, cache, inputs] of Object.values(subjects)) time(args, cache, inputs); // page cache, and the warm compile cache
for (let i = 0; i < runs; i++) for (const [name, [args, cache, inputs]] of Object.entries(subjects)) samples[name]!.push(time(args, cache, inputs));
const base = median(samples['node -e 0']!);
console.log(`cold start, median of ${runs} alternating runs (node ${process.version})`);
for (const [name, xs] of Object.entries(samples)) console.log(`${name.padEnd(20)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / base).toFixed(2)}x`);
