import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bundle } from '@sigstore/bundle';
import { legacyEvidenceAnnotations, legacyToBundle, TIMESTAMP_ANNOTATION } from '../cosign-tlog.ts';
import { Annotations } from '../signature-manifest.ts';

const body = Buffer.from(JSON.stringify({ apiVersion: '0.0.1', kind: 'hashedrekord', spec: {} }));
const logId = Buffer.from('ab'.repeat(32), 'hex');
const bundle = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: {
    content: { $case: 'publicKey', publicKey: { hint: '' } },
    tlogEntries: [
      {
        logIndex: '42',
        logId: { keyId: logId },
        kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
        integratedTime: '1700000000',
        inclusionPromise: { signedEntryTimestamp: Buffer.from('set-bytes') },
        inclusionProof: undefined,
        canonicalizedBody: body,
      },
    ],
    timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: Buffer.from('tsa-bytes') }] },
  },
  content: { $case: 'messageSignature', messageSignature: { messageDigest: { algorithm: 1, digest: Buffer.alloc(32) }, signature: Buffer.from('sig') } },
} as unknown as Bundle;

test('the Rekor entry becomes cosign\'s RekorBundle JSON, fields in Go struct order', () => {
  const a = legacyEvidenceAnnotations(bundle);
  assert.equal(
    a[Annotations.bundle],
    `{"SignedEntryTimestamp":"${Buffer.from('set-bytes').toString('base64')}","Payload":{"body":"${body.toString('base64')}","integratedTime":1700000000,"logIndex":42,"logID":"${'ab'.repeat(32)}"}}`,
  );
  assert.equal(a[TIMESTAMP_ANNOTATION], `{"SignedRFC3161Timestamp":"${Buffer.from('tsa-bytes').toString('base64')}"}`);
});

test('annotations read back into the same tlog entry and timestamp', () => {
  const back = legacyToBundle({ payload: Buffer.from('payload'), signature: Buffer.from('sig'), annotations: legacyEvidenceAnnotations(bundle) });
  assert.notEqual(typeof back, 'string');
  const entry = (back as Bundle).verificationMaterial.tlogEntries[0]!;
  const original = bundle.verificationMaterial.tlogEntries[0]!;
  assert.equal(entry.logIndex, original.logIndex);
  assert.equal(entry.integratedTime, original.integratedTime);
  assert.deepEqual(Buffer.from(entry.logId.keyId), logId);
  assert.deepEqual(Buffer.from(entry.canonicalizedBody), body);
  assert.deepEqual(Buffer.from(entry.inclusionPromise!.signedEntryTimestamp), Buffer.from('set-bytes'));
  assert.deepEqual(entry.kindVersion, { kind: 'hashedrekord', version: '0.0.1' });
  assert.deepEqual(Buffer.from((back as Bundle).verificationMaterial.timestampVerificationData!.rfc3161Timestamps[0]!.signedTimestamp), Buffer.from('tsa-bytes'));
});

test('malformed annotations are one-line reasons, not exceptions', () => {
  const read = (annotations: Record<string, string>) => legacyToBundle({ payload: Buffer.from('p'), signature: Buffer.from('s'), annotations });
  assert.match(String(read({ [Annotations.bundle]: 'not json' })), /not JSON/);
  assert.match(String(read({ [Annotations.bundle]: '{"SignedEntryTimestamp":"x","Payload":{"body":"e30="}}' })), /lacks SignedEntryTimestamp or Payload/);
  assert.match(String(read({ [TIMESTAMP_ANNOTATION]: '{}' })), /rfc3161timestamp annotation unreadable/);
  // No bundle annotation: a bundle without entries, for the caller's threshold to judge.
  const bare = read({});
  assert.equal(typeof bare === 'string' ? -1 : bare.verificationMaterial.tlogEntries.length, 0);
});
