import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReference, parseReference, parseTarget, repositoryName } from '../reference.ts';

const D = `sha256:${'0123456789abcdef'.repeat(4)}`;

test('normalizes like the container tools', () => {
  const cases: [string, string][] = [
    ['alpine', 'docker.io/library/alpine'],
    ['alpine:3.20', 'docker.io/library/alpine:3.20'],
    ['library/alpine', 'docker.io/library/alpine'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7'],
    ['docker.io/alpine', 'docker.io/library/alpine'],
    ['index.docker.io/library/alpine', 'docker.io/library/alpine'],
    ['localhost/app', 'localhost/app'],
    ['localhost:5000/team/app:v1', 'localhost:5000/team/app:v1'],
    ['127.0.0.1:5000/a/b/c@' + D, `127.0.0.1:5000/a/b/c@${D}`],
    ['ghcr.io/org/app:v1.2.3@' + D, `ghcr.io/org/app:v1.2.3@${D}`],
    ['[::1]:5000/app', '[::1]:5000/app'],
    ['Registry.Example.com/app', 'Registry.Example.com/app'],
    ['reg.example.com/a_b/c__d/e--f.g', 'reg.example.com/a_b/c__d/e--f.g'],
  ];
  for (const [input, want] of cases) assert.equal(formatReference(parseReference(input)), want, input);
});

test('keeps tag and digest apart', () => {
  assert.deepEqual(parseReference(`localhost:5000/app:v1@${D}`), { registry: 'localhost:5000', repository: 'app', tag: 'v1', digest: D });
  assert.deepEqual(parseReference('localhost:5000/app'), { registry: 'localhost:5000', repository: 'app' });
});

test('rejects invalid references with the reason', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    [' alpine', /whitespace/],
    ['Alpine', /must be lowercase/],
    ['docker.io/Library/alpine', /must be lowercase/],
    ['alpine@', /followed by a digest/],
    ['alpine@sha256:abc', /64 lowercase hex/],
    [`alpine@sha512:${'a'.repeat(128)}`, /only sha256/],
    ['alpine@latest', /is not a digest/],
    ['alpine:', /tag after ":" is empty/],
    ['alpine:-bad', /not a valid tag/],
    ['reg.example.com//app', /empty component/],
    ['reg.example.com/app/', /empty component/],
    ['reg.example.com/-app', /not a valid repository path component/],
    ['reg_bad.example.com:x/app', /not a valid registry host|not a valid tag/],
    [`reg.example.com/${'a'.repeat(260)}`, /longer than 255/],
    [':tag', /repository name is missing/],
  ];
  for (const [input, want] of cases) {
    assert.throws(() => parseReference(input), (e: Error & { kind?: string }) => want.test(e.message) && e.kind === 'usage', input);
  }
});

test('repository names in both tool dialects', () => {
  assert.equal(repositoryName(parseReference('alpine')), 'docker.io/library/alpine');
  assert.equal(repositoryName(parseReference('alpine'), 'cosign'), 'index.docker.io/library/alpine');
  assert.equal(repositoryName(parseReference('localhost:5000/app:v1'), 'cosign'), 'localhost:5000/app');
});

test('OCI layout targets', () => {
  assert.deepEqual(parseTarget('oci:/tmp/layout:v1'), { kind: 'layout', path: '/tmp/layout', tag: 'v1' });
  assert.deepEqual(parseTarget('oci:./out'), { kind: 'layout', path: './out' });
  assert.deepEqual(parseTarget(`oci:/tmp/l@${D}`), { kind: 'layout', path: '/tmp/l', digest: D });
  assert.equal(parseTarget('alpine').kind, 'registry');
  assert.throws(() => parseTarget('oci:'), /directory is missing/);
});
