/**
 * Sets of image names as finite automata, so a generated policy can be *proved* to decide every
 * image with the same trust rule as the gate before it is written. Each admission system matches
 * image patterns its own way (Kyverno's `*` crosses `/`, Connaisseur pads patterns with `*` and
 * prefers the most specific one, policy-controller applies every matching policy); whether a
 * translation keeps the gate's first-matching-rule semantics is a question about regular
 * languages (union, intersection, difference, emptiness), answered here exactly.
 *
 * Patterns are sequences of tokens (one character of a class, or any number of them); they run
 * lazily on the fly (subset construction), over an alphabet reduced to the characters the
 * patterns name plus one character standing for every other one.
 */

/** One position of a pattern: a character of a class, once or any number of times. */
export interface Token {
  test(symbol: string): boolean;
  many: boolean;
}

export const lit = (c: string): Token => ({ test: (a) => a === c, many: false });
export const anyChars: Token = { test: () => true, many: true };
export const nonSlashChars: Token = { test: (a) => a !== '/', many: true };
export const oneOf = (chars: string): Token => ({ test: (a) => chars.includes(a), many: false });
export const literal = (text: string): Token[] => [...text].map(lit);

/** A language: a deterministic automaton run lazily; `key` identifies states for the search. */
export interface Language {
  start(): unknown;
  next(state: unknown, symbol: string): unknown;
  accepts(state: unknown): boolean;
  key(state: unknown): string;
}

/** Positions 0..n of the pattern; a set of them is one deterministic state. */
export function pattern(tokens: readonly Token[]): Language {
  const n = tokens.length;
  const close = (positions: Set<number>): number[] => {
    const out = new Set(positions);
    for (const p of [...out].sort((a, b) => a - b)) {
      // Zero repetitions of a `many` token: the next position is reachable too.
      for (let q = p; q < n && tokens[q]?.many; q++) out.add(q + 1);
    }
    return [...out].sort((a, b) => a - b);
  };
  return {
    start: () => close(new Set([0])),
    next(state, symbol) {
      const out = new Set<number>();
      for (const p of state as number[]) {
        const t = tokens[p];
        if (!t || !t.test(symbol)) continue;
        out.add(t.many ? p : p + 1);
      }
      return close(out);
    },
    accepts: (state) => (state as number[]).includes(n),
    key: (state) => (state as number[]).join(','),
  };
}

export function union(...languages: Language[]): Language {
  return combine(languages, (accepted) => accepted.some(Boolean));
}

export function intersection(...languages: Language[]): Language {
  return combine(languages, (accepted) => accepted.every(Boolean));
}

export function complement(language: Language): Language {
  return { ...language, accepts: (s) => !language.accepts(s) };
}

export function difference(a: Language, b: Language): Language {
  return intersection(a, complement(b));
}

export const EMPTY: Language = { start: () => 0, next: () => 0, accepts: () => false, key: () => '' };

function combine(languages: Language[], decide: (accepted: boolean[]) => boolean): Language {
  if (languages.length === 1 && languages[0]) return languages[0];
  return {
    start: () => languages.map((l) => l.start()),
    next: (state, symbol) => languages.map((l, i) => l.next((state as unknown[])[i], symbol)),
    accepts: (state) => decide(languages.map((l, i) => l.accepts((state as unknown[])[i]))),
    key: (state) => languages.map((l, i) => l.key((state as unknown[])[i])).join('|'),
  };
}

/** The reduced alphabet: every character the patterns name, the separators, and one stand-in. */
export class Alphabet {
  readonly symbols: string[];
  /** A lowercase letter or digit no pattern names: it stands for all the others. */
  readonly other: string;

  constructor(texts: readonly string[]) {
    const named = new Set<string>(['/', ':', '@', '.', '-', '_']);
    for (const t of texts) for (const c of t) if (c !== '*') named.add(c);
    this.other = [...'qxzjkvwyupmbgfhcdlnorstiea0123456789'].find((c) => !named.has(c)) ?? 'q';
    // The stand-in first: shortest examples then read like `registry/team/q:q`.
    this.symbols = [this.other, ...named];
  }
}

export class TooComplex extends Error {}

/**
 * A shortest string of the language, or undefined when it is empty. Breadth-first over the
 * reachable states, bounded: patterns are short, so hitting the bound means something is wrong.
 */
export function witness(language: Language, alphabet: Alphabet, maxStates = 100_000): string | undefined {
  const start = language.start();
  if (language.accepts(start)) return '';
  const seen = new Set([language.key(start)]);
  let frontier: [unknown, string][] = [[start, '']];
  while (frontier.length > 0) {
    const next: [unknown, string][] = [];
    for (const [state, text] of frontier) {
      for (const symbol of alphabet.symbols) {
        const s = language.next(state, symbol);
        const k = language.key(s);
        if (seen.has(k)) continue;
        if (language.accepts(s)) return text + symbol;
        seen.add(k);
        if (seen.size > maxStates) throw new TooComplex('image patterns too complex to compare');
        next.push([s, text + symbol]);
      }
    }
    frontier = next;
  }
  return undefined;
}

export const isEmpty = (language: Language, alphabet: Alphabet): boolean => witness(language, alphabet) === undefined;

const COMPONENT_CHAR = /^[a-z0-9._-]$/;
const TAG_CHAR = /^[A-Za-z0-9_.-]$/;
const DIGEST_CHAR = /^[a-z0-9:]$/;

/**
 * Well-formed image names on the given registry hosts: `HOST/comp(/comp)*`, followed by
 * `:tag` or `@digest` when `withSuffix` (what admission systems match against), or by nothing
 * (repositories, what the gate and containers/image scopes match).
 */
export function wellFormed(hosts: readonly string[], withSuffix: boolean): Language {
  const heads = hosts.map((h) => `${h}/`);
  type S = { h: string } | { r: 'comp0' | 'comp' | 'tag0' | 'tag' | 'dig0' | 'dig' | 'dead' };
  const step = (s: S, a: string): S => {
    if ('h' in s) {
      const h = s.h + a;
      if (heads.includes(h)) return { r: 'comp0' };
      return heads.some((x) => x.startsWith(h)) ? { h } : { r: 'dead' };
    }
    switch (s.r) {
      case 'comp0':
        return COMPONENT_CHAR.test(a) ? { r: 'comp' } : { r: 'dead' };
      case 'comp':
        if (COMPONENT_CHAR.test(a)) return s;
        if (a === '/') return { r: 'comp0' };
        if (withSuffix && a === ':') return { r: 'tag0' };
        if (withSuffix && a === '@') return { r: 'dig0' };
        return { r: 'dead' };
      case 'tag0':
      case 'tag':
        return TAG_CHAR.test(a) ? { r: 'tag' } : { r: 'dead' };
      case 'dig0':
      case 'dig':
        return DIGEST_CHAR.test(a) ? { r: 'dig' } : { r: 'dead' };
      default:
        return s;
    }
  };
  return {
    start: (): S => ({ h: '' }),
    next: (s, a) => step(s as S, a),
    accepts: (s) => {
      const st = s as S;
      return 'r' in st && (withSuffix ? st.r === 'tag' || st.r === 'dig' : st.r === 'comp');
    },
    key: (s) => JSON.stringify(s),
  };
}
