// Loads the packages the single executable carries as separate assets (scripts/release/sea-bundle.ts):
// the Kubernetes and Vault clients, openpgp, pkijs and the sigstore signing and TUF clients are
// most of the program's code but only some commands touch them. Kept out of the main script, they
// cost nothing at start-up (Node reads and deserializes the whole main script on every run); a
// run that needs one compiles it on first use, with the V8 code cache written at build time when
// this Node accepts it.
import { createRequire } from 'node:module';
import { getAsset } from 'node:sea';
import { Script } from 'node:vm';

/** Asset keys: `chunk/<package>.cjs` the code, `chunk/<package>.cache` its V8 code cache. */
export const CHUNK_ASSET_PREFIX = 'chunk/';
/** A chunk is CommonJS: compiled as this function, the same text at build time and at run time. */
export function wrapChunk(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}
const requireBuiltin = createRequire(process.execPath);
const loaded = new Map<string, unknown>();

function assetBytes(key: string): Buffer | undefined {
  try {
    return Buffer.from(getAsset(key));
  } catch {
    return undefined;
  }
}

/** The module.exports of chunk `name` (a package specifier), evaluated once. */
export function loadChunk(name: string): unknown {
  if (loaded.has(name)) return loaded.get(name);
  const key = `${CHUNK_ASSET_PREFIX}${name}`;
  const source = getAsset(`${key}.cjs`, 'utf8');
  const filename = `${process.execPath}#${name}.cjs`;
  const cachedData = assetBytes(`${key}.cache`);
  const script = new Script(wrapChunk(source), { filename, ...(cachedData ? { cachedData } : {}) });
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as unknown };
  fn.call(module.exports, module.exports, requireBuiltin, module, filename, process.execPath);
  loaded.set(name, module.exports);
  return module.exports;
}
