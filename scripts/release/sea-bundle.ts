/**
 * The JavaScript of the single executable (scripts/release/binary.sh runs this, then Node's SEA
 * tooling): one CommonJS main script (bundle/sea.ts) and, as SEA assets, one CommonJS chunk per
 * heavy package that only some runs use (CHUNKED). Node reads the whole main script and its code
 * cache on every start, so its size is start-up time: with the Kubernetes client alone in it
 * (3 MB minified) a one-image `verify` was slower than cosign's. In the main script every import
 * of a chunked package becomes a call to bundle/sea-chunks.ts, which compiles the chunk on first
 * use with the V8 code cache written here.
 *   node scripts/release/sea-bundle.ts <outDir>   (with scripts/lib/release-tools.sh sourced)
 * Writes outDir/signet.cjs, outDir/chunk/*, outDir/sea-config.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { CHUNK_ASSET_PREFIX, wrapChunk } from '../../bundle/sea-chunks.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Packages carried as chunks: each is reached only through a dynamic import or from a module that
 * is itself loaded lazily (k8s://, hashivault://, GPG, certificate chains, keyless signing, TUF),
 * and none shares objects with the main script's copies of its dependencies (they exchange bytes
 * and plain JSON), so a second copy of a dependency inside a chunk is harmless.
 */
export const CHUNKED: readonly string[] = [
  '@kubernetes/client-node',
  'node-vault',
  'openpgp',
  'pkijs',
  '@sigstore/sign',
  '@sigstore/sign/dist/signer/fulcio/ca.js',
  '@sigstore/sign/dist/util/oidc.js',
  '@sigstore/tuf',
];

// CommonJS has no import.meta: modules that build a require from import.meta.url (openpgp) get
// the script's own file URL instead of an empty object.
const IMPORT_META = {
  banner: { js: "var __signet_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__signet_import_meta_url' },
};

interface BuildOptions { [option: string]: unknown }
interface Esbuild { build(options: BuildOptions): Promise<{ errors: unknown[] }> }
interface PluginBuild {
  onResolve(o: { filter: RegExp }, f: (a: { path: string; namespace: string }) => { path: string; namespace: string } | undefined): void;
  onLoad(o: { filter: RegExp; namespace: string }, f: (a: { path: string }) => { contents: string; loader: string; resolveDir: string }): void;
}

async function esbuild(): Promise<Esbuild> {
  const bin = process.env.SIGNET_ESBUILD;
  if (!bin) throw new Error('SIGNET_ESBUILD is not set: source scripts/lib/release-tools.sh first');
  // <tools>/node_modules/.bin/esbuild -> <tools>/node_modules/esbuild
  const req = createRequire(join(dirname(dirname(resolve(bin))), 'noop.js'));
  return (await import(pathToFileURL(req.resolve('esbuild')).href)) as Esbuild;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const CHUNK_FILTER = new RegExp(`^(${CHUNKED.map(escape).join('|')})$`);
export const chunkFile = (name: string) => `${CHUNK_ASSET_PREFIX}${name.replace(/[/@]/g, '+')}`;

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node24', minify: true, legalComments: 'eof', logLevel: 'error', ...IMPORT_META };

/** Named value exports re-exported by a module (`export { a, b as c } from './x.ts'`, `export * from`), by the module that defines each. */
async function definingModules(file: string): Promise<Map<string, string>> {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const found = new Map<string, string>();
  for (const m of text.matchAll(/export\s*(type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (m[1]) continue;
    const from = resolve(dirname(file), m[3]!);
    const inner = await definingModules(from);
    for (const entry of m[2]!.split(',').map((e) => e.trim()).filter((e) => e && !e.startsWith('type '))) {
      const [name, alias] = entry.split(/\s+as\s+/);
      if (alias && alias !== name) throw new Error(`${file}: renamed re-export ${entry} is not supported by the SEA core facade`);
      found.set(name!, inner.get(name!) ?? from);
    }
  }
  for (const m of text.matchAll(/export\s*\*\s*from\s*'([^']+)'/g)) {
    const from = resolve(dirname(file), m[1]!);
    const inner = await definingModules(from);
    for (const name of Object.keys((await import(pathToFileURL(from).href)) as object)) found.set(name, inner.get(name) ?? from);
  }
  return found;
}

/**
 * `@signet/core` for the main script: a CommonJS module whose every export is a getter that
 * loads the defining module on first use. In one CommonJS bundle, importing the ES module index
 * evaluates every module it re-exports (esbuild calls each one's init), so a `verify` would start
 * up the signing, policy-generation, layout and keyless code too; through the facade a run
 * evaluates only what it touches. The build fails unless the facade has exactly the index's
 * exports, each the very same value.
 */
async function coreFacade(): Promise<string> {
  const index = join(ROOT, 'packages/core/src/index.ts');
  const modules = await definingModules(index);
  const real = (await import(pathToFileURL(index).href)) as Record<string, unknown>;
  const missing = Object.keys(real).filter((k) => !modules.has(k));
  if (missing.length > 0 || modules.size !== Object.keys(real).length) throw new Error(`SEA core facade: cannot place ${missing.join(', ') || 'some exports'} of ${index}`);
  const lines = ['"use strict";'];
  for (const [name, file] of modules) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (mod[name] !== real[name]) throw new Error(`SEA core facade: ${name} from ${file} is not the index's ${name}`);
    lines.push(`Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => require(${JSON.stringify(file)})[${JSON.stringify(name)}] });`);
  }
  return `${lines.join('\n')}\n`;
}

const coreFacadePlugin = (contents: string) => ({
  name: 'sea-core-facade',
  setup(build: PluginBuild) {
    build.onResolve({ filter: /^@signet\/core$/ }, () => ({ path: 'index', namespace: 'signet-core-facade' }));
    build.onLoad({ filter: /.*/, namespace: 'signet-core-facade' }, () => ({ contents, loader: 'js', resolveDir: ROOT }));
  },
});

/** Every import of a chunked package, from any module of the main script, loads the chunk. */
const chunkLoader = {
  name: 'sea-chunks',
  setup(build: PluginBuild) {
    build.onResolve({ filter: CHUNK_FILTER }, (args) => (args.namespace === 'sea-chunk' ? undefined : { path: args.path, namespace: 'sea-chunk' }));
    build.onLoad({ filter: /.*/, namespace: 'sea-chunk' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(join(ROOT, 'bundle/sea-chunks.ts'))}).loadChunk(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

async function buildChunk(eb: Esbuild, out: string, name: string): Promise<void> {
  const outfile = join(out, `${chunkFile(name)}.cjs`);
  // The package's namespace as the main script would import it ("import" condition), default
  // export included where it has one (CommonJS packages: module.exports).
  const entry = (withDefault: boolean) => ({
    ...common,
    outfile,
    stdin: { contents: `export * from ${JSON.stringify(name)};${withDefault ? ` export { default } from ${JSON.stringify(name)};` : ''}`, resolveDir: join(ROOT, 'packages/core'), loader: 'js' },
  });
  try {
    await eb.build({ ...entry(true), logLevel: 'silent' });
  } catch {
    await eb.build(entry(false));
  }
}

/** The code cache of each chunk, made by this Node (the one the binary is made of) after evaluating it. */
function writeCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  const script = new Script(wrapChunk(source), { filename: file });
  const module = { exports: {} };
  (script.runInThisContext() as (...a: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
}

async function main(out: string): Promise<void> {
  const eb = await esbuild();
  mkdirSync(join(out, CHUNK_ASSET_PREFIX), { recursive: true });
  await eb.build({ ...common, entryPoints: [join(ROOT, 'bundle/sea.ts')], outfile: join(out, 'signet.cjs'), plugins: [chunkLoader, coreFacadePlugin(await coreFacade())] });
  const assets: Record<string, string> = {};
  for (const name of CHUNKED) {
    await buildChunk(eb, out, name);
    const file = join(out, `${chunkFile(name)}.cjs`);
    // In a separate process: evaluating a package must not touch this one.
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--code-cache', file], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`code cache of ${name} failed`);
    assets[`${CHUNK_ASSET_PREFIX}${name}.cjs`] = file;
    assets[`${CHUNK_ASSET_PREFIX}${name}.cache`] = file.replace(/\.cjs$/, '.cache');
  }
  writeFileSync(join(out, 'sea-config.json'), `${JSON.stringify({ main: 'signet.cjs', output: 'sea.blob', disableExperimentalSEAWarning: true, useCodeCache: true, assets }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [a, b] = process.argv.slice(2);
  if (a === '--code-cache') writeCodeCache(b!);
  else if (a) await main(resolve(a));
  else throw new Error('usage: node scripts/release/sea-bundle.ts <outDir>');
}
