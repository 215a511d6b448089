/**
 * JSON encoded the way Go's encoding/json does it, because cosign's payloads are produced by
 * json.Marshal and verifiers hash the exact bytes: map keys sorted, `<`, `>`, `&`, U+2028 and
 * U+2029 escaped, no whitespace. Struct fields keep the order the caller gives.
 */
export type GoJsonValue = string | number | boolean | null | GoJsonValue[] | { [key: string]: GoJsonValue };

export function goJson(value: GoJsonValue, options: { sortKeys?: boolean } = {}): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (options.sortKeys && v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  }).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Sorts the keys of one map (Go marshals map[string]T sorted, structs in field order). */
export function sortedMap<T>(map: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(map).sort()) out[k] = map[k] as T;
  return out;
}
