/**
 * Which trust rule each admission system applies to which image, compared with the gate's
 * answer (the first rule whose patterns match) before a policy is written. Each target's own
 * matching is modelled from its source:
 *
 * - Kyverno (`pkg/utils/wildcard`): `*` matches any string, `/` included, against the whole image
 *   (`registry/path:tag` or `registry/path@digest`); every verifyImages entry whose
 *   imageReferences match and whose skipImageReferences do not applies, and all must pass.
 * - policy-controller (`pkg/apis/glob`): `*` is `[^/]*`, `**` is `.*`, against `ref.Name()`;
 *   every matching ClusterImagePolicy must pass.
 * - Connaisseur (`internal/config.MatchingRule`): gobwas glob without separators, padded with
 *   `*` on both sides; of the matching rules the one with the most path components wins, ties
 *   broken by common-prefix and component lengths (which depend on the image, so a tie between
 *   rules of different trust rules is refused).
 *
 * A translation is written only when, for every well-formed image the gate covers, the target
 * applies exactly the rule the gate applies (or rules with identical requirements). Otherwise
 * the target refuses with an example image. Images no rule covers are outside the comparison:
 * the gate rejects them, cluster admission leaves them to its other policies (see
 * docs/trust-policy.md).
 */
import { usageError } from '../../errors.ts';
import type { ImagePattern } from '../image-pattern.ts';
import type { TrustPolicy, TrustRule } from '../trust-policy.ts';
import {
  Alphabet,
  anyChars,
  complement,
  difference,
  EMPTY,
  intersection,
  isEmpty,
  lit,
  nonSlashChars,
  oneOf,
  pattern,
  TooComplex,
  union,
  wellFormed,
  witness,
  type Language,
  type Token,
} from '../languages.ts';

/** What a rule requires, without names: two rules with equal keys decide alike. */
function requirementKey(rule: TrustRule): string {
  const annotations = Object.keys(rule.annotations).sort().map((k) => [k, rule.annotations[k]]);
  const signers = rule.signers.map(({ name: _name, ...rest }) => JSON.stringify(rest)).sort();
  return JSON.stringify([rule.require, annotations, rule.signatureRepository ?? null, signers]);
}

/** The gate's side of the comparison, over image strings (repository plus `:tag` or `@digest`). */
class GateModel {
  readonly alphabet: Alphabet;
  readonly images: Language;
  readonly covered: Language;
  /** Per rule: the images the gate decides with it (covered by it and by no earlier rule). */
  readonly decided: Language[];
  /** Per rule: the images decided by it or by a rule with the same requirements. */
  readonly sameDecision: Language[];
  readonly #policy: TrustPolicy;

  constructor(policy: TrustPolicy, extraTexts: readonly string[]) {
    this.#policy = policy;
    const patterns = policy.rules.flatMap((r) => r.images);
    this.alphabet = new Alphabet([...patterns.map((p) => p.text), ...extraTexts]);
    this.images = wellFormed([...new Set(patterns.map((p) => p.host))], true);
    const perRule = policy.rules.map((r) => union(...r.images.map((p) => this.gate(p))));
    this.covered = union(...perRule);
    this.decided = perRule.map((l, i) => (i === 0 ? l : difference(l, union(...perRule.slice(0, i)))));
    const keys = policy.rules.map(requirementKey);
    this.sameDecision = keys.map((k) => union(...this.decided.filter((_, j) => keys[j] === k)));
  }

  /** Images whose repository the gate pattern matches. */
  gate(p: ImagePattern): Language {
    const tokens: Token[] = [...p.prefix].map((c) => (c === '*' ? nonSlashChars : lit(c)));
    if (p.recursive) tokens.push(lit('/'), { test: () => true, many: false }, anyChars);
    tokens.push(oneOf(':@'), nonSlashChars);
    return intersection(this.images, pattern(tokens));
  }

  /** A target pattern over the well-formed images. */
  target(tokens: Token[]): Language {
    return intersection(this.images, pattern(tokens));
  }

  find(language: Language): string | undefined {
    try {
      return witness(language, this.alphabet);
    } catch (e) {
      if (e instanceof TooComplex) throw usageError(`trust policy "${this.#policy.name}": the image patterns are too complex to compare with the target's matching`, 'use fewer or simpler patterns');
      throw e;
    }
  }

  empty(language: Language): boolean {
    return this.find(language) === undefined;
  }

  /** The rule the gate applies to an example image (repository part only). */
  ruleOf(image: string): TrustRule | undefined {
    const cut = Math.max(image.lastIndexOf(':'), image.lastIndexOf('@'));
    const repository = cut > image.lastIndexOf('/') ? image.slice(0, cut) : image;
    return this.#policy.rules.find((r) => r.images.some((p) => p.matches(repository)));
  }

  describe(image: string): string {
    const r = this.ruleOf(image);
    return `${image} (the gate applies rule "${r?.name ?? 'none'}")`;
  }
}

// ---------------------------------------------------------------------------------- Kyverno

/** Kyverno wildcard: `*` any string, `?` one character. */
function kyvernoTokens(glob: string): Token[] {
  return [...glob].map((c) => (c === '*' ? anyChars : c === '?' ? { test: () => true, many: false } : lit(c)));
}

const suffixed = (repo: string): string[] => [`${repo}:*`, `${repo}@*`];

/** imageReferences for one pattern: the repositories, `*` crossing `/` in Kyverno. */
function kyvernoRefs(p: ImagePattern): string[] {
  return p.recursive ? [`${p.prefix}/*`] : suffixed(p.prefix);
}

/**
 * Images where one of the pattern's one-component `*` would have to span a `/`: for a pattern
 * without `**` exactly what Kyverno's wider `*` adds (an image of the pattern has as many `/`
 * as the pattern; each of these has more).
 */
function kyvernoExclusions(p: ImagePattern): string[] {
  const out: string[] = [];
  for (let i = 0; i < p.prefix.length; i++) {
    if (p.prefix[i] !== '*') continue;
    const wider = `${p.prefix.slice(0, i)}*/*${p.prefix.slice(i + 1)}`;
    out.push(...(p.recursive ? [`${wider}/*`] : suffixed(wider)));
  }
  return out;
}

export interface KyvernoEntry {
  imageReferences: string[];
  skipImageReferences: string[];
}

export interface KyvernoMatching {
  /** Per trust rule, the verifyImages entries (empty: every image is decided by earlier rules). */
  entries: KyvernoEntry[][];
  notes: string[];
}

/**
 * verifyImages entries per rule such that Kyverno applies exactly the gate's rule to every
 * covered image: each pattern is one entry (its imageReferences, minus what Kyverno's wider `*`
 * adds, minus earlier rules' patterns that overlap it); where skipping an earlier pattern would
 * also skip images it does not take, those are given back as an entry of their own. The result
 * is checked against the gate and refused when it differs.
 */
export function kyvernoMatching(policy: TrustPolicy): KyvernoMatching {
  const texts = policy.rules.flatMap((r) => r.images.flatMap((p) => [...kyvernoRefs(p), ...kyvernoExclusions(p)]));
  const gate = new GateModel(policy, texts);
  const lang = (globs: readonly string[]) => (globs.length === 0 ? EMPTY : union(...globs.map((g) => gate.target(kyvernoTokens(g)))));
  const entryLang = (e: KyvernoEntry) => difference(lang(e.imageReferences), lang(e.skipImageReferences));
  const notes: string[] = [];
  const entries = policy.rules.map((rule, i) => {
    const earlier = policy.rules.slice(0, i).flatMap((r) => r.images);
    const earlierCover = earlier.length ? union(...earlier.map((q) => gate.gate(q))) : EMPTY;
    const perPattern = rule.images.map((p) => {
      const want = difference(gate.gate(p), earlierCover);
      const variants: KyvernoEntry[][] = [];
      const exclusions = kyvernoExclusions(p);
      for (const skips of exclusions.length ? [exclusions, []] : [[]]) {
        let list: KyvernoEntry[] = [{ imageReferences: kyvernoRefs(p), skipImageReferences: skips }];
        for (const q of earlier) {
          const taken = gate.gate(q);
          const next: KyvernoEntry[] = [];
          for (const e of list) {
            if (gate.empty(intersection(entryLang(e), taken))) {
              next.push(e);
              continue;
            }
            next.push({ ...e, skipImageReferences: [...e.skipImageReferences, ...kyvernoRefs(q)] });
            // Skipping q's wider imageReferences also skips what q's exclusions give back.
            const back = kyvernoExclusions(q);
            if (back.length && gate.empty(difference(lang(back), lang(e.imageReferences)))) {
              next.push({ imageReferences: back, skipImageReferences: e.skipImageReferences });
            }
          }
          list = next.filter((e) => !gate.empty(entryLang(e)));
        }
        variants.push(list);
      }
      const check = (list: KyvernoEntry[]) => gate.find(symmetric(intersection(union(EMPTY, ...list.map(entryLang)), gate.covered), want));
      const found = variants.find((list) => check(list) === undefined);
      if (found) return found;
      const example = check(variants[0] ?? []) ?? '';
      throw usageError(
        `Kyverno cannot enforce the order of the trust rules for pattern "${p.text}" of rule "${rule.name}": it would apply other requirements than the gate to ${gate.describe(example)}`,
        'Kyverno\'s `*` also matches `/`; make the rules\' patterns disjoint or use `**`, or reorder the rules',
      );
    });
    const list = perPattern.flat();
    if (list.length === 0) notes.push(`rule "${rule.name}": earlier rules cover all its images; no Kyverno rule is generated for it.`);
    return mergeEntries(list);
  });
  return { entries, notes };
}

/** Entries with the same skip list become one (the same attestors check them). */
function mergeEntries(list: KyvernoEntry[]): KyvernoEntry[] {
  const bySkips = new Map<string, KyvernoEntry>();
  for (const e of list) {
    const skips = [...new Set(e.skipImageReferences)];
    const key = JSON.stringify([...skips].sort());
    const found = bySkips.get(key);
    if (found) found.imageReferences = [...new Set([...found.imageReferences, ...e.imageReferences])];
    else bySkips.set(key, { imageReferences: [...new Set(e.imageReferences)], skipImageReferences: skips });
  }
  return [...bySkips.values()];
}

function symmetric(a: Language, b: Language): Language {
  return union(difference(a, b), difference(b, a));
}

// -------------------------------------------------------------------------- policy-controller

/** policy-controller glob: `**` any string, `*` any string without `/`. */
function policyControllerTokens(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**', i)) {
      out.push(anyChars);
      i++;
    } else out.push(glob[i] === '*' ? nonSlashChars : lit(glob[i] ?? ''));
  }
  return out;
}

/**
 * policy-controller requires every ClusterImagePolicy whose globs match: exact only when no
 * covered image is matched by two rules with different requirements. Patterns that earlier
 * rules cover completely are left out (they decide nothing in the gate either).
 */
export function policyControllerMatching(policy: TrustPolicy): { images: ImagePattern[][]; notes: string[] } {
  const gate = new GateModel(policy, policy.rules.flatMap((r) => r.images.flatMap((p) => p.policyControllerGlobs())));
  const notes: string[] = [];
  const kept = policy.rules.map((rule, i) => {
    const earlier = policy.rules.slice(0, i).flatMap((r) => r.images.map((q) => gate.gate(q)));
    const earlierCover = earlier.length ? union(...earlier) : EMPTY;
    const live = rule.images.filter((p) => !gate.empty(difference(gate.gate(p), earlierCover)));
    for (const p of rule.images) if (!live.includes(p)) notes.push(`rule "${rule.name}": pattern ${p.text} is covered by earlier rules; left out of its ClusterImagePolicy.`);
    return live;
  });
  const langs = kept.map((ps) => (ps.length ? union(...ps.flatMap((p) => p.policyControllerGlobs()).map((g) => gate.target(policyControllerTokens(g)))) : EMPTY));
  policy.rules.forEach((rule, i) => {
    const l = langs[i] ?? EMPTY;
    const extra = gate.find(difference(intersection(l, gate.covered), gate.sameDecision[i] ?? EMPTY));
    if (extra !== undefined) {
      throw usageError(
        `policy-controller cannot enforce the order of the trust rules: it applies every matching ClusterImagePolicy, so rule "${rule.name}" would also be required for ${gate.describe(extra)}`,
        'make the rules\' image patterns disjoint (the gate applies only the first matching rule), or use the kyverno target',
      );
    }
    const missing = gate.find(difference(gate.decided[i] ?? EMPTY, l));
    if (missing !== undefined) throw usageError(`policy-controller globs of rule "${rule.name}" do not match ${gate.describe(missing)}`, 'report this as a signet bug');
  });
  if (kept.some((k, i) => k.length === 0 && (policy.rules[i]?.images.length ?? 0) > 0)) {
    notes.push(...policy.rules.filter((_, i) => kept[i]?.length === 0).map((r) => `rule "${r.name}": earlier rules cover all its images; no ClusterImagePolicy is generated for it.`));
  }
  return { images: kept, notes: [...new Set(notes)] };
}

// -------------------------------------------------------------------------------- Connaisseur

/** Connaisseur rule patterns for an image pattern (digest-only images carry no `:tag`). */
export function connaisseurPatterns(p: ImagePattern): string[] {
  return p.recursive ? [`${p.prefix}/*`] : suffixed(p.prefix);
}

function connaisseurTokens(glob: string): Token[] {
  const padded = `${glob.startsWith('*') ? '' : '*'}${glob}${glob.endsWith('*') ? '' : '*'}`;
  return [...padded].map((c) => (c === '*' ? anyChars : c === '?' ? { test: () => true, many: false } : lit(c)));
}

/**
 * Connaisseur applies the most specific matching pattern. Exact when, for every covered image,
 * the patterns with the most components among those matching belong to the gate's rule (or to
 * rules with the same requirements).
 */
export function checkConnaisseurMatching(policy: TrustPolicy): void {
  const all = policy.rules.flatMap((rule, i) => rule.images.flatMap((p) => connaisseurPatterns(p).map((glob) => ({ glob, rule: i, parts: glob.split('/').length }))));
  const gate = new GateModel(policy, all.map((a) => a.glob));
  const lang = new Map(all.map((a) => [a.glob + '#' + a.rule, gate.target(connaisseurTokens(a.glob))]));
  const of = (a: (typeof all)[number]) => lang.get(a.glob + '#' + a.rule) ?? EMPTY;
  const keys = policy.rules.map(requirementKey);
  const wins = all.map((a) => {
    const higher = all.filter((b) => b.parts > a.parts).map(of);
    return higher.length ? intersection(of(a), complement(union(...higher))) : of(a);
  });
  all.forEach((a, x) => {
    const rule = policy.rules[a.rule];
    if (!rule) return;
    const wrong = gate.find(difference(intersection(wins[x] ?? EMPTY, gate.covered), gate.sameDecision[a.rule] ?? EMPTY));
    if (wrong !== undefined) {
      throw usageError(
        `Connaisseur cannot enforce the order of the trust rules: it applies the most specific pattern, ${a.glob} of rule "${rule.name}", to ${gate.describe(wrong)}`,
        'Connaisseur ignores rule order; make the rules\' image patterns disjoint, or use the kyverno target',
      );
    }
    all.forEach((b, y) => {
      if (y <= x || b.parts !== a.parts || keys[b.rule] === keys[a.rule]) return;
      const tie = gate.find(intersection(wins[x] ?? EMPTY, wins[y] ?? EMPTY, gate.covered));
      if (tie !== undefined) {
        throw usageError(
          `Connaisseur cannot enforce the order of the trust rules: patterns ${a.glob} and ${b.glob} (rules "${rule.name}" and "${policy.rules[b.rule]?.name}") are equally specific for ${gate.describe(tie)}`,
          'make the rules\' image patterns disjoint, or use the kyverno target',
        );
      }
    });
  });
}

// --------------------------------------------------------------------------------- containers

export interface ContainersScope {
  scope: string;
  /** Index of the trust rule whose requirements the scope gets. */
  rule: number;
}

/**
 * containers/image applies the requirements of the longest scope that is the repository or a
 * namespace above it, and a scope covers a repository and everything below it. Each scope
 * (an exact repository or a `**` prefix) is given the rule the gate applies to it and to the
 * repositories below it that no deeper scope claims; when those are two rules with different
 * requirements, policy.json cannot say it and the target refuses.
 */
export function containersScopes(policy: TrustPolicy, refuseWith: (rule: TrustRule, pattern: ImagePattern) => never): { scopes: ContainersScope[]; notes: string[] } {
  const points = new Map<string, ImagePattern>();
  for (const rule of policy.rules) {
    for (const p of rule.images) {
      if (p.prefix.includes('*')) refuseWith(rule, p);
      if (!points.has(p.prefix)) points.set(p.prefix, p);
    }
  }
  const keys = policy.rules.map(requirementKey);
  const under = (a: string, b: string) => a.startsWith(`${b}/`);
  const scopes: ContainersScope[] = [];
  const notes: string[] = [];
  for (const point of points.keys()) {
    // The repository named by the scope itself.
    const itself = policy.rules.findIndex((r) => r.images.some((p) => (p.recursive ? under(point, p.prefix) : p.prefix === point)));
    // A repository directly below it that no deeper scope claims.
    const below = policy.rules.findIndex((r) => r.images.some((p) => p.recursive && (p.prefix === point || under(point, p.prefix))));
    if (itself >= 0 && below >= 0 && keys[itself] !== keys[below]) {
      const a = policy.rules[itself];
      const b = policy.rules[below];
      if (!a || !b) continue;
      throw usageError(
        `containers policy.json cannot give ${point} (rule "${a.name}" in the gate) other requirements than the repositories below it such as ${point}/app (rule "${b.name}")`,
        // Whichever rule comes first can take the whole scope in the gate too.
        below < itself
          ? `a policy.json scope covers a repository and everything below it: add "${point}" to the images of rule "${b.name}" so the gate treats them alike, or use the kyverno target`
          : `a policy.json scope covers a repository and everything below it: add "${point}/**" to the images of rule "${a.name}" so the gate treats them alike, or use the kyverno target`,
      );
    }
    const rule = itself >= 0 ? itself : below;
    if (itself < 0) notes.push(`scope ${point}: nodes apply rule "${policy.rules[rule]?.name}" to the repository ${point} itself, which the gate does not cover.`);
    if (below < 0) notes.push(`scope ${point}: nodes apply rule "${policy.rules[rule]?.name}" to repositories below ${point}, which the gate does not cover.`);
    scopes.push({ scope: point, rule });
  }
  return { scopes, notes };
}
