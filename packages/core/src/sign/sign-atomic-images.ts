/**
 * GPG simple signing (containers/image) for a batch of images, into a lookaside store: the
 * counterpart of `signImages` for `signedBy` policies. The signer is loaded by the caller
 * (a passphrase prompt belongs to the front end); each image is opened once, signed, stored.
 */
import { runBatch, type Outcome } from '../batch/run-batch.ts';
import type { GpgSigner } from '../gpg/signer.ts';
import { lookasideReference, signAtomic, type AtomicSignResult } from '../lookaside/atomic.ts';
import type { LookasideStore } from '../lookaside/store.ts';
import { openImage, type TargetContext } from '../targets/open-image.ts';

export interface AtomicSignRequest {
  /** Registry references (a lookaside is keyed by repository, so no `oci:` layouts). */
  images: readonly string[];
  context: TargetContext;
  signer: GpgSigner;
  /** Omitted: sign only, store nothing. */
  store?: LookasideStore | undefined;
  /** Overrides the signed docker-reference (must carry a tag or digest). */
  identity?: string | undefined;
  /** Images signed in parallel; default 8. */
  concurrency?: number | undefined;
  onImage?: ((outcome: Outcome<string, AtomicSignResult>, done: number, total: number) => void) | undefined;
}

export interface AtomicSignBatch {
  /** In input order. */
  images: Outcome<string, AtomicSignResult>[];
  signed: AtomicSignResult[];
  failed: { input: string; error: unknown }[];
}

/** Checks every reference first (a usage error before any request), then signs each image. */
export async function signAtomicImages(request: AtomicSignRequest): Promise<AtomicSignBatch> {
  for (const input of request.images) lookasideReference(input);
  const images = await runBatch(
    request.images,
    request.concurrency ?? 8,
    async (input) => {
      const image = await openImage(input, request.context);
      return signAtomic(image.reference ?? lookasideReference(input), image.digest, { signer: request.signer, store: request.store, identity: request.identity });
    },
    request.onImage,
  );
  return {
    images,
    signed: images.flatMap((o) => (o.ok ? [o.value] : [])),
    failed: images.flatMap((o) => (o.ok ? [] : [{ input: o.item, error: o.error }])),
  };
}
