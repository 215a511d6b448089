/**
 * Kyverno substitutes `{{ JMESPath }}` variables and `$(path)` references in every string of a
 * rule, keys included (pkg/engine/variables), before it verifies anything: an annotation value
 * `{{request.object.metadata.labels.env}}` written as it is would be read from the Pod being
 * admitted. Kyverno leaves `\{{...}}` and `\$(...)` alone and then drops the backslash, so
 * values are written escaped; each escaped value is run through the same rules to prove it
 * reads back unchanged, and one that would not is refused.
 */
import { usageError } from '../../errors.ts';

// Kyverno's own expressions (Go RE2 syntax, the same in JavaScript for these).
const VARIABLES = /(^|[^\\])(\{\{(?:\{[^{}]*\}|[^{}])*\}\})/;
const ESCAPED_VARIABLES = /\\\{\{(\{[^{}]*\}|[^{}])*\}\}/g;
const REFERENCES = /^\$\(.[^ ]*\)|[^\\]\$\(.[^ ]*\)/;
const ESCAPED_REFERENCES = /\\\$\(.[^ ]*\)/g;

/** Each match's text loses its first character everywhere, as strings.Replace(v, v[1:], -1). */
function unescapeAll(value: string, escaped: RegExp): string {
  let out = value;
  for (const v of value.match(escaped) ?? []) out = out.split(v).join(v.slice(1));
  return out;
}

/** What Kyverno makes of a string in a policy, or undefined when it would substitute something. */
export function kyvernoReads(value: string): string | undefined {
  if (REFERENCES.test(value)) return undefined;
  const afterReferences = unescapeAll(value, ESCAPED_REFERENCES);
  if (VARIABLES.test(afterReferences)) return undefined;
  return unescapeAll(afterReferences, ESCAPED_VARIABLES);
}

/** The string to write so that Kyverno reads `value`; throws when there is none. */
export function kyvernoLiteral(value: string, where: string): string {
  if (!value.includes('{{') && !value.includes('$(')) return value;
  const candidates = [
    value.replace(/\$\(/g, '\\$(').replace(/\{\{/g, '\\{{'),
    value.replace(/\$\(/g, '\\$(').replace(/\{(?=\{)/g, '\\{'),
  ];
  const found = candidates.find((c) => kyvernoReads(c) === value);
  if (found === undefined) {
    throw usageError(`${where}: "${value}" cannot be written into a Kyverno policy literally (Kyverno would substitute a variable in it)`, 'avoid `{{` and `$(` in values the kyverno target must match');
  }
  return found;
}

/** Every string and key of a generated document, written so that Kyverno reads it unchanged. */
export function kyvernoLiterals<T>(doc: T, where: string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return kyvernoLiteral(v, where);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      // defineProperty: a key named `__proto__` stays a key.
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) Object.defineProperty(out, kyvernoLiteral(k, where), { value: walk(x), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  return walk(doc) as T;
}
