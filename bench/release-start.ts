/**
 * Per-process cost of each way users get signet, which is how CI steps call it: `--version`
 * start-up and a one-image `verify --key` against a local registry, for the single binary
 * (scripts/release/binary.sh), the npm install of the packed @signet-dev/cli (global prefix,
 * Node 24), against `node -e 0` and cosign's own binary. Runs alternate in one process (the
 * machines are shared: only the ratios mean something). Build first: `pnpm bundle`.
 *   node bench/release-start.ts [--runs 15]
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { startRegistry } from '../test/support/registry.ts';
import { pushRandomImage } from '../test/support/image.ts';
import { cosignBinary } from '../test/support/peers.ts';
import { startFaultProxy } from '../test/support/fault-proxy.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'signet-bench-release-'));
const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

const binary = sh('bash', [join(root, 'scripts/release/binary.sh'), join(dir, 'out')]).split('\n').pop()!;
const [cliTgz] = sh(process.execPath, [join(root, 'scripts/release/npm-packages.ts'), join(dir, 'out')]).split('\n');
sh('npm', ['install', '-g', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', join(dir, 'prefix'), cliTgz!]);
const npmSignet = join(dir, 'prefix', 'bin', 'signet');
const cosign = cosignBinary();

const registry = await startRegistry();
// The same registry 20 ms away (each request 20 ms slower, split between the way in and out),
// as a registry in another region or behind a CDN is: where the number of sequential
// exchanges, not start-up, decides.
const far = await startFaultProxy(registry.host, { rates: {}, delay: { minMs: 20, maxMs: 20 } });
const env = { PATH: `${join(dir, 'prefix', 'bin')}:${process.env.PATH}`, HOME: dir, COSIGN_PASSWORD: 'bench', SIGNET_INSECURE_REGISTRIES: `${registry.host},${far.host}`, NODE_COMPILE_CACHE: join(dir, 'compile-cache') };
sh(binary, ['generate-key-pair', '--output-key-prefix', join(dir, 'k')], env);
const img = await pushRandomImage(registry.host, 'bench/release');
sh(binary, ['sign', '--key', join(dir, 'k.key'), img.ref], env);
const pub = join(dir, 'k.pub');

// Signed as seen through the proxy too: the signature names the repository it was made for.
const farRef = img.ref.replace(registry.host, far.host);
// (asynchronously: the proxy runs in this process)
await promisify(execFile)(binary, ['sign', '--key', join(dir, 'k.key'), farRef], { env: { ...process.env, ...env } });
const subjects: Record<string, [string, string[]]> = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'binary --version': [binary, ['--version']],
  'npm signet --version': [npmSignet, ['--version']],
  'cosign version': [cosign, ['version']],
  'binary verify': [binary, ['verify', '--key', pub, img.ref]],
  'npm signet verify': [npmSignet, ['verify', '--key', pub, img.ref]],
  'cosign verify': [cosign, ['verify', '--key', pub, '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]],
  'binary verify, 20 ms': [binary, ['verify', '--key', pub, farRef]],
  'cosign verify, 20 ms': [cosign, ['verify', '--key', pub, '--insecure-ignore-tlog=true', '--allow-http-registry', farRef]],
};
// Spawned asynchronously: the registry's log pipe and the proxy live in this process's event
// loop, and a synchronous spawn loop stalls them (the registry blocked on a full stderr pipe
// after ~55 verifies, and every later run hung).
const time = ([cmd, args]: [string, string[]]): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...env }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e6) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (const s of Object.values(subjects)) await time(s); // page cache, compile cache
for (let i = 0; i < runs; i++) for (const [name, s] of Object.entries(subjects)) samples[name]!.push(await time(s));
await far.stop();
await registry.stop();
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const m = (k: string) => median(samples[k]!);
console.log(`per process, median of ${runs} alternating runs (node ${process.version}, ${process.platform}/${process.arch})`);
for (const name of Object.keys(subjects)) console.log(`${name.padEnd(22)} ${m(name).toFixed(1).padStart(8)} ms`);
console.log(`binary --version / node -e 0:      ${(m('binary --version') / m('node -e 0')).toFixed(2)}x (goal < 1.5x)`);
console.log(`npm signet --version / node -e 0:  ${(m('npm signet --version') / m('node -e 0')).toFixed(2)}x`);
console.log(`cosign verify / binary verify:     ${(m('cosign verify') / m('binary verify')).toFixed(2)}x (goal >= 1: the binary at least as fast)`);
console.log(`cosign verify / npm signet verify: ${(m('cosign verify') / m('npm signet verify')).toFixed(2)}x`);
console.log(`cosign / binary, registry 20 ms away: ${(m('cosign verify, 20 ms') / m('binary verify, 20 ms')).toFixed(2)}x`);
