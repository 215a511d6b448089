/**
 * distribution links a blob into a repository non-atomically: while concurrent uploads of the
 * same blob (signers of one payload, every bundle's empty config) are linking it, a manifest
 * naming it is refused with one of these codes, and accepted moments later.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SignetError } from '../errors.ts';

export const TRANSIENT_BLOB_STATES: ReadonlySet<string> = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);

export function isBlobStillLinking(e: unknown): boolean {
  return e instanceof SignetError && TRANSIENT_BLOB_STATES.has(e.serverCode ?? '');
}

/** A short jittered pause before sending the manifest again. */
export function blobLinkingPause(): Promise<void> {
  return sleep(50 + Math.floor(Math.random() * 150));
}

/** Runs a manifest PUT again while the registry is still linking the blobs it names. */
export async function putWhileBlobsLink<T>(put: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await put();
    } catch (e) {
      if (!isBlobStillLinking(e) || attempt >= attempts) throw e;
      await blobLinkingPause();
    }
  }
}
