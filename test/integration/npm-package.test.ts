/**
 * The npm packages as users get them: scripts/release/npm-packages.ts builds and packs
 * @signet-dev/cli and @signet-dev/core from the workspace; the packed tarballs (not the
 * workspace) are installed with only Node 24 on PATH. The installed `signet` signs and verifies
 * against a real registry, and cosign accepts its signature; `npx -p <tarball> signet --help`
 * works; the core tarball installs as a library whose runtime exports and TypeScript
 * declarations match the workspace's sources.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../support/cli.ts';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { cosign } from '../support/peers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let cliTarball: string;
let coreTarball: string;
let registry: RunningRegistry;
/** A PATH holding nothing but Node 24 (a symlink to this test's node) and the system's sh (npm exec runs bins through it). */
let nodeOnly: string;
/** npm's own CLI, run by Node 24 (a machine with Node 24 has the npm it ships). */
const NPM_CLI = realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
const VERSION = (JSON.parse(await readFile(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

const npm = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  run(process.execPath, [NPM_CLI, '--no-audit', '--no-fund', '--loglevel=error', ...args], {
    cwd: options.cwd,
    env: { PATH: nodeOnly, HOME: dir, npm_config_update_notifier: 'false', npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? dir, '.npm'), ...options.env },
  });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-npm-'));
  nodeOnly = join(dir, 'node-only');
  await mkdir(nodeOnly);
  await symlink(process.execPath, join(nodeOnly, 'node'));
  await symlink('/bin/sh', join(nodeOnly, 'sh'));
  const built = await run(process.execPath, [join(ROOT, 'scripts/release/npm-packages.ts'), join(dir, 'out')]);
  assert.equal(built.code, 0, built.stderr);
  [cliTarball, coreTarball] = built.stdout.trim().split('\n') as [string, string];
  assert.match(cliTarball, /signet-dev-cli-.*\.tgz$/);
  assert.match(coreTarball, /signet-dev-core-.*\.tgz$/);
  registry = await startRegistry();
});

after(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

test('@signet-dev/cli tarball: a bin, the bundle, the licence, no dependencies', async () => {
  const files = execFileSync('tar', ['tzf', cliTarball], { encoding: 'utf8' }).split('\n');
  for (const f of ['package/bin/signet.js', 'package/dist/index.js', 'package/LICENSE', 'package/README.md', 'package/package.json']) assert.ok(files.includes(f), f);
  assert.ok(!files.some((f) => f.endsWith('.ts') || f.includes('__tests__')), 'no sources or tests');
  const manifest = JSON.parse(execFileSync('tar', ['xzOf', cliTarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
  assert.equal(manifest.name, '@signet-dev/cli');
  assert.equal(manifest.version, VERSION);
  assert.equal(manifest.license, 'Apache-2.0');
  assert.deepEqual(manifest.bin, { signet: 'bin/signet.js' });
  assert.equal(manifest.dependencies, undefined);
  assert.equal(manifest.private, undefined);
});

test('npm install -g <tarball> into an empty prefix with only Node 24: signet signs and verifies, cosign agrees', async () => {
  const prefix = join(dir, 'prefix');
  const inst = await npm(['install', '-g', '--prefix', prefix, cliTarball]);
  assert.equal(inst.code, 0, inst.stderr);
  const env = { PATH: `${join(prefix, 'bin')}:${nodeOnly}`, HOME: dir, COSIGN_PASSWORD: 'npm-pw', SIGNET_INSECURE_REGISTRIES: registry.host };
  const signet = (args: string[]) => run('signet', args, { env, cwd: dir });

  const version = await signet(['--version']);
  assert.equal(version.code, 0, version.stderr);
  assert.equal(version.stdout, `${VERSION}\n`);
  const info = JSON.parse((await signet(['version', '--json'])).stdout) as Record<string, string>;
  assert.equal(info.artifact, 'npm');
  assert.equal(info.commit?.replace(/-dirty$/, ''), execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim());
  assert.match(info.date ?? "", /^\d{4}-\d\d-\d\dT/);
  assert.equal(info.node, process.versions.node);

  assert.equal((await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'npm')])).code, 0);
  const img = await pushRandomImage(registry.host, 'npm/installed');
  const signed = await signet(['sign', '--key', join(dir, 'npm.key'), img.ref]);
  assert.equal(signed.code, 0, signed.stderr);
  const verified = await signet(['verify', '--key', join(dir, 'npm.pub'), img.ref]);
  assert.equal(verified.code, 0, verified.stderr);
  const judged = await cosign(['verify', '--key', join(dir, 'npm.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]);
  assert.equal(judged.code, 0, judged.stderr);
  // The wrong key is refused by the installed signet too.
  assert.equal((await signet(['generate-key-pair', '--output-key-prefix', join(dir, 'other')])).code, 0);
  assert.equal((await signet(['verify', '--key', join(dir, 'other.pub'), img.ref])).code, 1);
});

test('npx -p <tarball> signet --help', async () => {
  const res = await npm(['exec', '--yes', '--package', cliTarball, '--', 'signet', '--help'], { cwd: dir, env: { npm_config_cache: join(dir, 'npx-cache') } });
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /^Usage: signet \[options\] \[command\]/);
  assert.match(res.stdout, /\n {2}verify /);
});

test('@signet-dev/core tarball installs as a library: the workspace API at run time and in its declarations', async () => {
  const project = join(dir, 'consumer');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const inst = await npm(['install', coreTarball], { cwd: project });
  assert.equal(inst.code, 0, inst.stderr);
  const printKeys = 'const m = await import(process.argv[1]); console.log(JSON.stringify(Object.keys(m).sort()));';
  const installed = await run(process.execPath, ['--input-type=module', '-e', printKeys, '@signet-dev/core'], { cwd: project, env: { PATH: nodeOnly } });
  assert.equal(installed.code, 0, installed.stderr);
  const workspace = await run(process.execPath, ['--input-type=module', '-e', printKeys, join(ROOT, 'packages/core/src/index.ts')]);
  assert.equal(workspace.code, 0, workspace.stderr);
  assert.deepEqual(JSON.parse(installed.stdout), JSON.parse(workspace.stdout));
  assert.ok((JSON.parse(installed.stdout) as string[]).length > 0);
  // TypeScript resolves the declarations under strict settings (no implicit any module).
  await writeFile(join(project, 'use.ts'), "import * as core from '@signet-dev/core';\nexport const api: readonly string[] = Object.keys(core);\n");
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', strict: true, noEmit: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')], skipLibCheck: true, lib: ['ES2023'] }, files: ['use.ts'] }));
  const tsc = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project });
  assert.equal(tsc.code, 0, tsc.stdout + tsc.stderr);
});
