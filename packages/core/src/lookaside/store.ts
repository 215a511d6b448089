import type { Reference } from '../reference/index.ts';

export interface StoredLookasideSignature {
  index: number;
  /** Where it landed, for the user: a path or URL (never with credentials). */
  location: string;
}

/** A place holding containers/image signatures for image digests. */
export interface LookasideStore {
  /** The store's base, for messages. */
  readonly url: string;
  /** signature-1, signature-2, … up to the first missing one. */
  list(ref: Pick<Reference, 'repository'>, digest: string): Promise<Uint8Array[]>;
  /** Stores into the first free slot; never overwrites an existing signature. */
  add(ref: Pick<Reference, 'repository'>, digest: string, signature: Uint8Array): Promise<StoredLookasideSignature>;
  close(): Promise<void>;
}
