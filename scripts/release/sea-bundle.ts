/**
 * The JavaScript of the single executable (scripts/release/binary.sh runs this, then Node's SEA
 * tooling), stamped as the `binary` artifact:
 * - signet.cjs, the SEA main script (bundle/sea-main.ts): a few kilobytes, because Node reads the
 *   whole main script and its code cache on every start (with the Kubernetes client alone in it,
 *   3 MB minified, a one-image `verify` was slower than cosign's);
 * - the `app` asset, the program (bundle/sea.ts), with a V8 code cache taken after build-time
 *   runs of demo-image, generate-key-pair, sign and verify (WARM_UP), so the functions those
 *   commands execute are not compiled again on every run;
 * - one `chunk/<package>` asset per heavy package only some runs use (CHUNKED): every import of
 *   one in the program becomes a call to bundle/sea-assets.ts, which compiles it on first use.
 *   node scripts/release/sea-bundle.ts <outDir>   (with scripts/lib/release-tools.sh sourced)
 * Writes outDir/signet.cjs, outDir/app.*, outDir/chunk/*, outDir/sea-config.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { APP_ASSET, CHUNK_ASSET_PREFIX, wrapCommonJs, type CommonJsFunction } from '../../bundle/sea-assets.ts';
import { stampFiles, stampFor } from './stamp.ts';

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
      contents: `module.exports = require(${JSON.stringify(join(ROOT, 'bundle/sea-assets.ts'))}).loadChunk(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

/**
 * Built-ins the program imports at the top of a module but uses only in some runs: commander
 * requires child_process (for executable subcommands, which signet has none of), and with it
 * Node loads dgram and three internal modules, on every run. Each import of one becomes an object
 * that loads the module on first use (bundle/lazy-builtin.ts).
 */
export const LAZY_BUILTINS: readonly string[] = ['child_process'];
const LAZY_FILTER = new RegExp(`^(node:)?(${LAZY_BUILTINS.map(escape).join('|')})$`);

const lazyBuiltins = {
  name: 'sea-lazy-builtins',
  setup(build: PluginBuild) {
    build.onResolve({ filter: LAZY_FILTER }, (args) => (args.namespace === 'sea-lazy' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'sea-lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'sea-lazy' }, (args) => {
      const id = `node:${args.path}`;
      const keys = Object.keys(createRequire(import.meta.url)(id) as object);
      return {
        contents: `module.exports = require(${JSON.stringify(join(ROOT, 'bundle/lazy-builtin.ts'))}).lazyBuiltin(${JSON.stringify(keys)}, () => require(${JSON.stringify(id)}));`,
        loader: 'js',
        resolveDir: ROOT,
      };
    });
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

/** The text of the program asset, which must be ASCII: the binary reads it as latin1 (bundle/sea-assets.ts). */
function asciiSource(file: string): string {
  const source = readFileSync(file, 'utf8');
  const at = source.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`${file} is not ASCII at offset ${at} (${JSON.stringify(source.slice(Math.max(0, at - 40), at + 10))}): escape the character in the source (\\uXXXX)`);
  return source;
}

/** The code cache of each chunk, made by this Node (the one the binary is made of) after evaluating it. */
function writeCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  const script = new Script(wrapCommonJs(source), { filename: file });
  const module = { exports: {} };
  (script.runInThisContext() as CommonJsFunction).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
}

/**
 * The program's code cache, taken after running the commands CI runs most, in this process, so
 * that it holds every function they executed: sign and verify of an OCI layout image with a key
 * (the engine, key handling, formats, output), and a verify against a local HTTP server that has
 * no image (the registry client and HTTP code, the refusal path). Each run is a fresh evaluation
 * of the program; their output is discarded. A run that fails where it should succeed fails the
 * build: the cache would silently stop covering it.
 */
async function writeAppCache(file: string): Promise<void> {
  const source = asciiSource(file);
  const script = new Script(wrapCommonJs(source), { filename: file });
  const program = script.runInThisContext() as CommonJsFunction;
  const dir = mkdtempSync(join(tmpdir(), 'signet-sea-warm-'));
  const server = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const registry = `127.0.0.1:${(server.address() as { port: number }).port}`;
  Object.assign(process.env, { COSIGN_PASSWORD: 'warm-up', SIGNET_INSECURE_REGISTRIES: registry, HOME: dir });
  const out = { stdout: '' };
  const write = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };
  const run = async (args: string[], expect: 'ok' | 'fail') => {
    process.argv = [process.execPath, file, ...args];
    process.exitCode = 0;
    out.stdout = '';
    process.stdout.write = ((chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true)) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const module = { exports: {} as { finished?: Promise<void> } };
    try {
      program.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
      await module.exports.finished;
    } finally {
      Object.assign(process.stdout, { write: write.stdout });
      Object.assign(process.stderr, { write: write.stderr });
    }
    const code = Number(process.exitCode ?? 0);
    if ((code === 0) !== (expect === 'ok')) throw new Error(`warm-up run signet ${args.join(' ')} exited ${code}, expected ${expect}`);
    return out.stdout.trim();
  };
  try {
    const ref = await run(['demo-image', `oci:${join(dir, 'layout')}:v1`], 'ok');
    await run(['generate-key-pair', '--output-key-prefix', join(dir, 'k')], 'ok');
    await run(['sign', '--key', join(dir, 'k.key'), ref], 'ok');
    await run(['verify', '--key', join(dir, 'k.pub'), ref], 'ok');
    await run(['verify', '--key', join(dir, 'k.pub'), `${registry}/warm/up@sha256:${'0'.repeat(64)}`], 'fail');
  } finally {
    server.close();
    process.exitCode = 0;
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(file.replace(/\.cjs$/, '.cache'), script.createCachedData());
}

async function main(out: string): Promise<void> {
  const eb = await esbuild();
  mkdirSync(join(out, CHUNK_ASSET_PREFIX), { recursive: true });
  const app = join(out, `${APP_ASSET}.cjs`);
  await eb.build({ ...common, entryPoints: [join(ROOT, 'bundle/sea-main.ts')], outfile: join(out, 'signet.cjs') });
  await eb.build({ ...common, entryPoints: [join(ROOT, 'bundle/sea.ts')], outfile: app, plugins: [lazyBuiltins, chunkLoader, coreFacadePlugin(await coreFacade())] });
  // Stamped before the code cache is taken: the cache belongs to the exact text.
  const stamp = stampFor('binary');
  stampFiles(join(out, 'signet.cjs'), stamp);
  stampFiles(app, stamp);
  const cache = (mode: string, file: string) => {
    // In a separate process: evaluating a package or running the program must not touch this one.
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, file], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`code cache of ${file} failed`);
  };
  cache('--app-cache', app);
  const assets: Record<string, string> = { [`${APP_ASSET}.cjs`]: app, [`${APP_ASSET}.cache`]: app.replace(/\.cjs$/, '.cache') };
  for (const name of CHUNKED) {
    await buildChunk(eb, out, name);
    const file = join(out, `${chunkFile(name)}.cjs`);
    cache('--code-cache', file);
    assets[`${CHUNK_ASSET_PREFIX}${name}.cjs`] = file;
    assets[`${CHUNK_ASSET_PREFIX}${name}.cache`] = file.replace(/\.cjs$/, '.cache');
  }
  writeFileSync(join(out, 'sea-config.json'), `${JSON.stringify({ main: 'signet.cjs', output: 'sea.blob', disableExperimentalSEAWarning: true, useCodeCache: true, assets }, null, 2)}\n`);
  console.log(`stamped ${out}: ${JSON.stringify(stamp)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [a, b] = process.argv.slice(2);
  if (a === '--code-cache') writeCodeCache(b!);
  else if (a === '--app-cache') await writeAppCache(b!);
  else if (a) await main(resolve(a));
  else throw new Error('usage: node scripts/release/sea-bundle.ts <outDir>');
}
