/**
 * Notary v1's byte formats. Canonical JSON is docker/go's `MarshalCanonical` (keys sorted
 * bytewise, no whitespace, only `\` and `"` escaped, integers only), which
 * @tufjs/canonical-json reproduces byte for byte on every file in ../shared/notary-v1. A
 * metadata file is `{"signed":` canonical(signed) `,"signatures":` canonical(signatures) `}`:
 * Go's struct order, so `signed` first and not the canonical form of the whole envelope.
 * Snapshot and timestamp hash those exact bytes.
 */
import { canonicalize } from '@tufjs/canonical-json';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}

export interface Signature {
  keyid: string;
  method: string;
  sig: string;
}

export interface Envelope<T> {
  signed: T;
  signatures: Signature[];
}

/** The file bytes notary writes (and hashes) for an envelope. */
export function envelopeBytes(envelope: Envelope<unknown>): Buffer {
  return Buffer.concat([
    Buffer.from('{"signed":'),
    canonicalBytes(envelope.signed),
    Buffer.from(',"signatures":'),
    canonicalBytes(envelope.signatures),
    Buffer.from('}'),
  ]);
}
