/**
 * `--image NAME --digest DIGEST`: the build step's two outputs, passed through as given by the
 * Action, the Tekton Tasks and the Jenkins steps. The rule for them is core's `pinToDigest`: one
 * place, so no wrapper carries its own tag-dropping code.
 */
import type { Command } from 'commander';
import { pinToDigest, usageError } from '@signet/core';

export interface ImageDigestFlags {
  image?: string;
  digest?: string;
  allowTag?: boolean;
}

export function addImageDigestOptions(command: Command, verb: 'sign' | 'verify'): Command {
  return command
    .option('--image <name>', `with --digest: the image name as the build step outputs it (registry/repo; a tag on it is dropped)`)
    .option('--digest <digest>', `with --image: the digest to ${verb} (sha256:...); an empty value is an error, not "latest"`)
    .option('--allow-tag', `with --image and an empty --digest: ${verb} what the image's tag points to now (resolved with a warning)`);
}

/** The reference --image/--digest name, or undefined when neither was given. */
export function pinnedImage(flags: ImageDigestFlags): string | undefined {
  if (flags.image === undefined && flags.digest === undefined) {
    if (flags.allowTag) throw usageError('--allow-tag needs --image', 'it only says what an empty --digest means');
    return undefined;
  }
  if (flags.image !== undefined && flags.digest === undefined) {
    if (flags.allowTag) return pinToDigest(flags.image, '', { allowTag: true });
    throw usageError('--image needs --digest', 'pass the digest the build step output; or an image argument IMAGE@DIGEST');
  }
  return pinToDigest(flags.image ?? '', flags.digest ?? '', { allowTag: flags.allowTag });
}
