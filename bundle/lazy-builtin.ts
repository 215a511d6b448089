// A built-in module that loads on first use of one of its properties (scripts/release/sea-bundle.ts
// routes imports of LAZY_BUILTINS here). `keys` are the module's export names, read at build time
// from the Node the binary is made of, so that bundler interop code copying them does not load it.
export function lazyBuiltin(keys: readonly string[], load: () => object): object {
  let real: object | undefined;
  const get = (): object => (real ??= load());
  const names = new Set(keys);
  return new Proxy({}, {
    // Interop asks whether a CommonJS module is transpiled ESM; a built-in never is.
    get: (_t, k) => (k === '__esModule' ? undefined : Reflect.get(get(), k)),
    has: (_t, k) => (typeof k === 'string' && names.has(k)) || Reflect.has(get(), k),
    ownKeys: () => [...names],
    getOwnPropertyDescriptor: (_t, k) => (typeof k === 'string' && names.has(k) ? { configurable: true, enumerable: true, writable: true, value: undefined } : undefined),
    set: (_t, k, v) => Reflect.set(get(), k, v),
  });
}
