/**
 * Finds JSON object keys that two verifiers would read differently. JSON.parse keeps the last
 * of two equal keys; Go's encoding/json (cosign) also matches struct fields case-insensitively
 * (with Unicode simple folding: "ſ" is "s", the Kelvin sign "K" is "k") and keeps the last match,
 * so `{"docker-manifest-digest": X, "Docker-Manifest-Digest": Y}` means X to one reader and Y
 * to the other; containers/image's paranoid parser refuses duplicates outright. A signed payload
 * must mean one thing to every verifier, so callers refuse any payload this reports.
 *
 * A scanner rather than a parser: the document has already been (or will be) parsed by
 * JSON.parse, which rejects malformed input; this only walks the keys, per object.
 */

export interface DuplicateKeyOptions {
  /**
   * Compare keys as Go matches struct fields (case-insensitively), except inside objects whose
   * key path passes through one of these members (Go maps there: keys are exact).
   */
  foldCaseExceptUnder?: readonly string[];
}

/** Go's field matching folds ASCII case and these two non-ASCII letters (unicode.SimpleFold). */
function fold(key: string): string {
  return key.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();
}

interface Frame {
  kind: 'object' | 'array';
  seen: Set<string>;
  /** Fold keys in this object (a Go struct) or compare them exactly (a map). */
  folding: boolean;
  /** Key path from the root, for messages and the folding rule. */
  path: string[];
  /** The key read last in this object, naming the value that follows it. */
  pendingKey: string | undefined;
}

/** The first duplicated key as `path.key`, or undefined when every object's keys are distinct. */
export function findDuplicateKey(text: string, options: DuplicateKeyOptions = {}): string | undefined {
  const exempt = new Set(options.foldCaseExceptUnder ?? []);
  const stack: Frame[] = [];
  let i = 0;
  const open = (kind: Frame['kind']): void => {
    const parent = stack[stack.length - 1];
    const path = parent ? [...parent.path, ...(parent.kind === 'object' && parent.pendingKey !== undefined ? [parent.pendingKey] : [])] : [];
    const folding = options.foldCaseExceptUnder !== undefined && !path.some((segment) => exempt.has(fold(segment)));
    stack.push({ kind, seen: new Set(), folding, path, pendingKey: undefined });
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // A string token: find its end, honouring escapes, and decode it as JSON does.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const raw = text.slice(i, j + 1);
      i = j + 1;
      const top = stack[stack.length - 1];
      // A key is a string followed (after whitespace) by a colon.
      let k = i;
      while (k < text.length && /\s/.test(text[k]!)) k++;
      if (top?.kind === 'object' && text[k] === ':') {
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          return undefined; // malformed: JSON.parse refuses the document anyway
        }
        const compared = top.folding ? fold(key) : key;
        if (top.seen.has(compared)) return [...top.path, key].join('.');
        top.seen.add(compared);
        top.pendingKey = key;
      }
      continue;
    }
    if (c === '{') open('object');
    else if (c === '[') open('array');
    else if (c === '}' || c === ']') stack.pop();
    i++;
  }
  return undefined;
}
