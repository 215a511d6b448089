import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinToDigest } from '../pin-digest.ts';

const D = `sha256:${'a'.repeat(64)}`;

test('the tag is dropped, the digest pinned; a registry port is not a tag', () => {
  assert.equal(pinToDigest('registry.example.com:5000/team/app:v1', D), `registry.example.com:5000/team/app@${D}`);
  assert.equal(pinToDigest('registry.example.com/app', D), `registry.example.com/app@${D}`);
  assert.equal(pinToDigest(`registry.example.com/app@${D}`, D), `registry.example.com/app@${D}`);
});

test('an empty digest is an error unless the tag is allowed, then the name stays as given', () => {
  assert.throws(() => pinToDigest('registry.example.com/app:v1', ''), /--digest is empty/);
  assert.throws(() => pinToDigest('registry.example.com/app', '  '), /--digest is empty/);
  assert.equal(pinToDigest('registry.example.com/app:v1', '', { allowTag: true }), 'registry.example.com/app:v1');
});

test('no name, a malformed digest, or a name with another digest are refused', () => {
  assert.throws(() => pinToDigest('', D), /--digest needs --image/);
  assert.throws(() => pinToDigest('registry.example.com/app', 'sha256:abc'), /is not a digest/);
  assert.throws(() => pinToDigest(`registry.example.com/app@sha256:${'b'.repeat(64)}`, D), /names digest .*, not --digest/);
});

test('layouts keep their directory', () => {
  assert.equal(pinToDigest('oci:build/out:v1', D), `oci:build/out@${D}`);
});
