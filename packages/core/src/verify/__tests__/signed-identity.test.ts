import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSignedIdentity, remapName, signedIdentityProblem } from '../signed-identity.ts';

test('default: the signed identity names the image repository (tag or digest on it do not matter)', () => {
  assert.equal(signedIdentityProblem('reg.example.com/prod/app', 'reg.example.com/prod/app', undefined), undefined);
  assert.equal(signedIdentityProblem('reg.example.com/prod/app', 'reg.example.com/prod/app:v1', undefined), undefined);
  assert.equal(signedIdentityProblem('index.docker.io/library/nginx', 'docker.io/library/nginx', undefined), undefined);
  const why = signedIdentityProblem('reg.example.com/prod/app', 'reg.example.com/staging/app', undefined);
  assert.match(why ?? '', /does not name this image's repository \(reg\.example\.com\/prod\/app\).*--signed-repository reg\.example\.com\/staging\/app/);
});

test('exactRepository accepts that repository only', () => {
  const rule = normalizeSignedIdentity({ type: 'exactRepository', dockerRepository: 'reg.example.com/staging/app' });
  assert.equal(signedIdentityProblem('reg.example.com/prod/app', 'reg.example.com/staging/app', rule), undefined);
  assert.match(signedIdentityProblem('reg.example.com/prod/app', 'reg.example.com/prod/app', rule) ?? '', /the signed identity rule wants reg\.example\.com\/staging\/app/);
  assert.throws(() => normalizeSignedIdentity({ type: 'exactRepository', dockerRepository: 'reg.example.com/app:v1' }), /without tag or digest/);
});

test('remapIdentity replaces the prefix at a path boundary, as containers/image does', () => {
  assert.equal(remapName('reg.example.com/prod/app', 'reg.example.com/prod', 'reg.example.com/staging'), 'reg.example.com/staging/app');
  assert.equal(remapName('reg.example.com/production/app', 'reg.example.com/prod', 'reg.example.com/staging'), 'reg.example.com/production/app');
  const rule = normalizeSignedIdentity({ type: 'remapIdentity', prefix: 'reg.example.com/prod', signedPrefix: 'reg.example.com/staging' });
  assert.equal(signedIdentityProblem('reg.example.com/prod/team/app', 'reg.example.com/staging/team/app', rule), undefined);
  assert.ok(signedIdentityProblem('reg.example.com/prod/team/app', 'reg.example.com/staging/other', rule));
  assert.ok(signedIdentityProblem('reg.example.com/production/app', 'reg.example.com/staging/app', rule), 'no boundary, no remap');
});
