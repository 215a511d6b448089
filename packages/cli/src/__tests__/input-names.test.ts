import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inInputNames, useInputNames } from '../input-names.ts';

test('words are replaced whole: --digest, not --digest-file; COSIGN_PASSWORD, not COSIGN_PASSWORD_FILE', () => {
  useInputNames({ '--digest': 'input digest', COSIGN_PASSWORD: 'input password' });
  assert.equal(inInputNames('--digest is empty; set COSIGN_PASSWORD'), 'input digest is empty; set input password');
  assert.equal(inInputNames('--digest-file and COSIGN_PASSWORD_FILE stay'), '--digest-file and COSIGN_PASSWORD_FILE stay');
  useInputNames(undefined, {});
});

test('SIGNET_INPUT_NAMES names the words for a child process; bad JSON leaves the message as it is', () => {
  useInputNames(undefined, { SIGNET_INPUT_NAMES: '{"--digest":"param IMAGE_DIGEST"}' });
  assert.equal(inInputNames('--digest is empty'), 'param IMAGE_DIGEST is empty');
  useInputNames(undefined, { SIGNET_INPUT_NAMES: '{not json' });
  assert.equal(inInputNames('--digest is empty'), '--digest is empty');
  useInputNames(undefined, {});
});
