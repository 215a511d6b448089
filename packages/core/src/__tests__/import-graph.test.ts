/**
 * The layering issue 20 asked for, kept by a test: no import loop among core's modules or the
 * CLI's (value imports; `import type` is erased), and core never imports the CLI or commander.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!['__tests__', 'node_modules', 'dist'].includes(entry)) out.push(...sources(path));
    } else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Relative value imports and re-exports of each file (dynamic import() is lazy loading, not a loop at load time). */
function graph(root: string): Map<string, string[]> {
  const files = new Set(sources(root));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map((m) => resolve(dirname(file), m[1]!));
    edges.set(file, targets.filter((t) => files.has(t)));
  }
  return edges;
}

function cycles(edges: Map<string, string[]>, root: string): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(root, f)).join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

for (const name of ['core', 'cli']) {
  test(`no import loop in packages/${name}/src`, () => {
    const root = join(packages, name, 'src');
    const edges = graph(root);
    assert.ok(edges.size > 20, `read the sources of ${root}`);
    assert.deepEqual(cycles(edges, root), []);
  });
}

test('the loop check finds a loop when there is one', () => {
  const a = '/x/a.ts';
  const b = '/x/b.ts';
  assert.deepEqual(cycles(new Map([[a, [b]], [b, [a]]]), '/x'), ['a.ts -> b.ts -> a.ts']);
});

test('core imports neither the CLI nor commander', () => {
  const offenders = sources(join(packages, 'core', 'src')).filter((file) => /from\s+'(commander|@signet\/cli[^']*|(\.\.\/)+cli\/[^']*)'/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders.map((f) => relative(packages, f)), []);
});
