/**
 * The one rule for "an image name plus the digest a build step produced" (docker/build-push-action's
 * `digest` output, a Tekton build Task's IMAGE_URL/IMAGE_DIGEST results). Every front end passes
 * both values here as given, so an empty digest (a mistyped step id, a result that never arrived)
 * is an error instead of silently meaning "whatever the tag points to now".
 */
import { usageError } from '../errors.ts';
import { formatReference, parseTarget } from './reference.ts';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

export interface PinOptions {
  /** The user's explicit opt-in: with no digest, sign (or verify) what the tag points to now. */
  allowTag?: boolean | undefined;
}

/**
 * `name` with `digest`: the tag on `name` is dropped (the digest is what counts), a digest on
 * `name` must be the same one. An empty digest fails unless `allowTag`, then `name` is returned
 * as given (resolved later, with a warning).
 */
export function pinToDigest(name: string, digest: string, options: PinOptions = {}): string {
  const image = name.trim();
  const pinned = digest.trim();
  if (!image) throw usageError('--digest needs --image', 'pass --image REGISTRY/REPO with --digest sha256:<hex>');
  if (!pinned) {
    if (options.allowTag) return image;
    throw usageError(
      `--digest is empty, so nothing says which ${image} to use`,
      'pass the digest the build step output (an empty value is usually a mistyped step id or result name); --allow-tag uses what the tag points to now',
    );
  }
  if (!DIGEST.test(pinned)) throw usageError(`--digest "${pinned}" is not a digest`, 'write it as sha256:<64 lowercase hex>, as the build step outputs it');
  const target = parseTarget(image);
  if (target.kind === 'layout') {
    if (target.digest && target.digest !== pinned) throw usageError(`--image ${image} names digest ${target.digest}, not --digest ${pinned}`);
    return `oci:${target.path}@${pinned}`;
  }
  const ref = target.reference;
  if (ref.digest && ref.digest !== pinned) throw usageError(`--image ${image} names digest ${ref.digest}, not --digest ${pinned}`);
  return formatReference({ registry: ref.registry, repository: ref.repository, digest: pinned });
}
