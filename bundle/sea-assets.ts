// The JavaScript a single executable carries as SEA assets (scripts/release/sea-bundle.ts), each
// compiled on first use with a V8 code cache written at build time:
// - `app`: the program (bundle/sea.ts). Its code cache is taken after build-time runs of sign and
//   verify, so it holds the functions those commands execute; Node's own SEA code cache
//   (`useCodeCache`) holds only what compiles eagerly, and V8 compiled the rest lazily on every
//   run, which made a one-image verify slower than cosign's.
// - `chunk/<package>`: the heavy packages only some commands use (the Kubernetes and Vault
//   clients, openpgp, pkijs, the sigstore signing and TUF clients). Kept out of the program, they
//   cost nothing at start-up.
import { createRequire } from 'node:module';
import { getAsset } from 'node:sea';
import { Script } from 'node:vm';

export const APP_ASSET = 'app';
/** Chunk asset keys: `chunk/<package>.cjs` the code, `chunk/<package>.cache` its code cache. */
export const CHUNK_ASSET_PREFIX = 'chunk/';

/** Assets are CommonJS, compiled as this function: the same text at build time and at run time. */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

export type CommonJsFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

const requireBuiltin = createRequire(process.execPath);
const loaded = new Map<string, unknown>();

function assetBytes(key: string): Buffer | undefined {
  try {
    return Buffer.from(getAsset(key));
  } catch {
    return undefined;
  }
}

/**
 * The program is ASCII (the build checks it: scripts/release/sea-bundle.ts), so latin1 reads the
 * same text as UTF-8 would, as a copy: decoding its 0.8 MB as UTF-8 cost ~2 ms of every run.
 * Chunks carry their packages' legal notices, some not ASCII, and load only on some runs.
 */
function assetText(key: string): string {
  return key === APP_ASSET ? Buffer.from(getAsset(`${key}.cjs`)).toString('latin1') : getAsset(`${key}.cjs`, 'utf8');
}

/** Evaluates asset `key` (.cjs, with its .cache) as a CommonJS module; returns its module.exports. */
function evaluate(key: string): unknown {
  const filename = `${process.execPath}#${key}.cjs`;
  const cachedData = assetBytes(`${key}.cache`);
  const script = new Script(wrapCommonJs(assetText(key)), { filename, ...(cachedData ? { cachedData } : {}) });
  // A rejected cache (another Node or V8 flags) still runs, only slower: say so when debugging.
  if (script.cachedDataRejected && process.env.SIGNET_DEBUG) process.stderr.write(`debug: the code cache of ${key} was rejected\n`);
  const module = { exports: {} as unknown };
  (script.runInThisContext() as CommonJsFunction).call(module.exports, module.exports, requireBuiltin, module, process.execPath, process.execPath);
  return module.exports;
}

/** Runs the program. */
export function runApp(): void {
  evaluate(APP_ASSET);
}

/** The module.exports of chunk `name` (a package specifier), evaluated once. */
export function loadChunk(name: string): unknown {
  if (!loaded.has(name)) loaded.set(name, evaluate(`${CHUNK_ASSET_PREFIX}${name}`));
  return loaded.get(name);
}
