/**
 * The publishable npm packages, built from the workspace's sources, then packed:
 *   @signet-dev/cli   the `signet` command: the ncc bundle of the CLI (dist/cli, what the container
 *                     image runs), stamped as the npm artifact; no dependencies to install.
 *   @signet-dev/core  the engine as a library: packages/core compiled by tsc (JavaScript and
 *                     declarations), the same exports and dependencies as the workspace package.
 * The workspace packages stay private under @signet/*; only these generated manifests are public.
 *   node scripts/release/npm-packages.ts [outDir]     (default dist/release; needs `pnpm bundle`)
 * Prints the tarball paths.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, stampFiles, stampFor } from './stamp.ts';

export const SCOPE = '@signet-dev';

interface Manifest {
  name: string;
  version: string;
  description?: string;
  exports?: Record<string, string>;
  sideEffects?: string[];
  dependencies?: Record<string, string>;
}

const read = (path: string): Manifest => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Manifest;
const common = (version: string) => ({
  version,
  license: 'Apache-2.0',
  repository: { type: 'git', url: 'git+https://github.com/signet-dev/signet.git' },
  homepage: 'https://github.com/signet-dev/signet#readme',
  bugs: 'https://github.com/signet-dev/signet/issues',
  keywords: ['cosign', 'sigstore', 'container', 'signing', 'supply-chain', 'oci'],
  type: 'module',
  engines: { node: '>=24' },
});

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function buildCli(out: string): void {
  const bundle = join(ROOT, 'dist/cli');
  if (!existsSync(join(bundle, 'index.js'))) throw new Error('dist/cli/index.js is missing: run `pnpm bundle` first');
  const cli = read('packages/cli/package.json');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'bin'), { recursive: true });
  cpSync(bundle, join(out, 'dist'), { recursive: true });
  stampFiles(join(out, 'dist'), stampFor('npm'));
  // ncc copies the workspace manifest beside the bundle; the bundle only needs it to be ESM.
  writeJson(join(out, 'dist/package.json'), { type: 'module' });
  // A bin file of its own: npm links it, and it carries the shebang the bundle does not.
  writeFileSync(join(out, 'bin/signet.js'), "#!/usr/bin/env node\nimport '../dist/index.js';\n");
  chmodSync(join(out, 'bin/signet.js'), 0o755);
  writeJson(join(out, 'package.json'), {
    name: `${SCOPE}/cli`,
    description: 'signet: sign and verify container image digests in cosign\'s format, and generate the admission policies that enforce them',
    ...common(cli.version),
    bin: { signet: 'bin/signet.js' },
    files: ['bin', 'dist'],
  });
  cpSync(join(ROOT, 'LICENSE'), join(out, 'LICENSE'));
  cpSync(join(ROOT, 'README.md'), join(out, 'README.md'));
}

function buildCore(out: string): void {
  const core = read('packages/core/package.json');
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'packages/core/tsconfig.publish.json'), '--outDir', join(out, 'dist')], { stdio: 'inherit' });
  const js = (p: string): string => p.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js');
  const exports = Object.fromEntries(
    Object.entries(core.exports ?? {}).map(([key, target]) => [key, { types: js(target).replace(/\.js$/, '.d.ts'), default: js(target) }]),
  );
  writeJson(join(out, 'package.json'), {
    name: `${SCOPE}/core`,
    description: core.description,
    ...common(core.version),
    exports,
    types: './dist/index.d.ts',
    sideEffects: (core.sideEffects ?? []).map(js),
    files: ['dist'],
    dependencies: core.dependencies,
  });
  cpSync(join(ROOT, 'LICENSE'), join(out, 'LICENSE'));
  writeFileSync(join(out, 'README.md'), `# ${SCOPE}/core\n\nThe engine behind the \`signet\` command (${SCOPE}/cli): sign and verify container image digests in cosign's formats, keys, keyless, GPG simple signing, trust policies and admission policy generation, as a library for Node.js 24. No CLI knowledge lives here. Its public API is what \`${SCOPE}/core\` exports, with TypeScript declarations.\n\nSee https://github.com/signet-dev/signet for documentation.\n`);
}

/** `npm pack` of a built package directory into `dest`; returns the tarball's path. */
function pack(dir: string, dest: string): string {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(out) as { filename: string }[];
  return join(dest, info!.filename);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dest = resolve(process.argv[2] ?? join(ROOT, 'dist/release'));
  mkdirSync(dest, { recursive: true });
  // Private staging: CI packs in more than one test at a time.
  const staging = mkdtempSync(join(tmpdir(), 'signet-npm-'));
  try {
    const cliDir = join(staging, 'cli');
    const coreDir = join(staging, 'core');
    buildCli(cliDir);
    buildCore(coreDir);
    process.stdout.write(`${pack(cliDir, dest)}\n${pack(coreDir, dest)}\n`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
