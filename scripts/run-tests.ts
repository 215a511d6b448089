/**
 * Runs the unit and integration test files with node:test, as `node --test` would, but in a
 * given order: the slowest files first. `node --test` sorts its files by name, so at three
 * files in parallel the longest one, scale-and-faults.test.ts (~280 s under load), started
 * last, 750 s into the run, and ran on alone while the other slots sat idle. The order is only a scheduling
 * hint: every file runs, and one missing from SLOW_FIRST just runs after them.
 *   node scripts/run-tests.ts [--concurrency N] [files...]   (default: every test file)
 */
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PATTERNS = ['packages/*/src/**/*.test.ts', 'test/integration/**/*.test.ts'];

/** Longest first by the sum of their tests' durations, measured warm on the 2-core machine (2026-12-02); the rest follow by name. */
const SLOW_FIRST = [
  'test/integration/scale-and-faults.test.ts',
  'test/integration/image.test.ts',
  'test/integration/notary.test.ts',
  'test/integration/tuf.test.ts',
  'test/integration/keysources-vault.test.ts',
  'test/integration/keyless-policies.test.ts',
  'test/integration/policy-equivalence.test.ts',
  'test/integration/gpg-lookaside.test.ts',
  'test/integration/keyless.test.ts',
  'test/integration/npm-package.test.ts',
  'test/integration/cosign-interop.test.ts',
  'test/integration/jenkins.test.ts',
  'test/integration/referrers-api.test.ts',
  'test/integration/cosign-bundles.test.ts',
  'test/integration/policy-gate.test.ts',
  'test/integration/keysources-k8s.test.ts',
  'test/integration/cli-errors.test.ts',
  'test/integration/key-tlog.test.ts',
  'test/integration/kyverno.test.ts',
  'test/integration/cert-bundles.test.ts',
  'test/integration/hostile-registry.test.ts',
  'test/integration/keyless-legacy.test.ts',
  'test/integration/k8s-dry-run.test.ts',
  'test/integration/sigserver.test.ts',
  'test/integration/cert-paths.test.ts',
  'test/integration/registry-token-auth.test.ts',
  'test/integration/policy-controller.test.ts',
  'test/integration/binary.test.ts',
];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { concurrency: { type: 'string', default: '3' } } });
const all: string[] = [];
if (positionals.length > 0) all.push(...positionals.map((f) => relative(ROOT, join(process.cwd(), f))));
else for await (const f of glob(PATTERNS, { cwd: ROOT })) all.push(f);
const rank = (f: string) => { const i = SLOW_FIRST.indexOf(f); return i < 0 ? SLOW_FIRST.length : i; };
const files = [...all].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

const stream = run({ files: files.map((f) => join(ROOT, f)), concurrency: Number(values.concurrency), cwd: ROOT });
stream.on('test:fail', (event) => {
  // A failing hook or test inside a file; node --test exits 1 the same way.
  if (!event.todo && !event.skip) process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
