/**
 * The CLI words the hints of engine errors (core knows no flags): every code core raises has
 * wording here, and the wording is what users saw before the codes existed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codedError, SignetError } from '@signet/core';
import { hintFor, WORDED_CODES } from '../hints.ts';
import { errorLine } from '../exit-code.ts';

const CORE = fileURLToPath(new URL('../../../core/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === '__tests__' ? [] : sources(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('every error code core raises has CLI wording', () => {
  const raised = new Set<string>();
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/codedError\(\s*'\w+',\s*'([a-z0-9]+\.[a-z0-9-]+)'/g)) raised.add(m[1]!);
    for (const m of text.matchAll(/\bcode: '([a-z0-9]+\.[a-z0-9-]+)'/g)) raised.add(m[1]!);
    for (const m of text.matchAll(/'((?:keyless|tlog)\.signing-failed)'/g)) raised.add(m[1]!);
  }
  assert.ok(raised.size >= 20, `found only ${raised.size} codes: the scan is broken`);
  const unworded = [...raised].filter((c) => !WORDED_CODES.includes(c));
  assert.deepEqual(unworded, []);
});

test('hints read as before: flags and variables named by the CLI, facts from the error', () => {
  assert.equal(errorLine(codedError('usage', 'key.file-missing', 'key file k.pem does not exist', { path: 'k.pem' })), 'key file k.pem does not exist: check the --key path, or create one with `signet generate-key-pair`');
  assert.equal(hintFor(codedError('usage', 'key.password-wrong', 'wrong password', { format: 'cosign' })), 'set COSIGN_PASSWORD to the password the key was created with');
  assert.equal(hintFor(codedError('usage', 'key.password-wrong', 'wrong password', { format: 'pkcs8' })), "set COSIGN_PASSWORD to the key's passphrase");
  assert.equal(hintFor(codedError('usage', 'tuf.unknown-root', 'no root', { mirror: 'http://m' })), 'run signet initialize --mirror http://m --root root.json, or set TUF_ROOT_JSON');
  assert.equal(hintFor(codedError('remote', 'tuf.unreachable', 'x', { isDefault: true })), 'offline? pass --trusted-root or signet initialize --mirror URL --root root.json');
  assert.equal(hintFor(codedError('usage', 'k8s.secret-exists', 'exists', { namespace: 'ns', name: 'k' })), 'pass --force to replace it');
  assert.equal(hintFor(codedError('usage', 'vault.key-exists', 'exists')), 'pass --force to rotate it to a new version');
  // An error core words itself keeps its hint; one with neither has none.
  assert.equal(hintFor(new SignetError('usage', 'x', { hint: 'do y' })), 'do y');
  assert.equal(errorLine(new SignetError('usage', 'plain')), 'plain');
});
