/** Images to work on: arguments, `--images-file FILE` (one per line, # comments), `-` for stdin. */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { usageError } from '@signet/core';
import { pinnedImage, type ImageDigestFlags } from './image-digest-options.ts';

function lines(content: string): string[] {
  return content
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export async function collectImages(args: readonly string[], imagesFile?: string, pin: ImageDigestFlags = {}): Promise<string[]> {
  return collectImageList(args, imagesFile, pinnedImage(pin));
}

/** The lists, then `pinned` (what --image/--digest name, as the caller's mode spells it). */
export async function collectImageList(args: readonly string[], imagesFile: string | undefined, pinned: string | undefined): Promise<string[]> {
  const images: string[] = [];
  for (const arg of args) {
    if (arg === '-') images.push(...lines(await text(process.stdin)));
    else images.push(arg);
  }
  if (imagesFile) {
    try {
      images.push(...lines(imagesFile === '-' ? await text(process.stdin) : await readFile(imagesFile, 'utf8')));
    } catch (e) {
      throw usageError(`cannot read --images-file ${imagesFile}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  // After the lists, as the wrappers always ordered them (results name the first image).
  if (pinned !== undefined) images.push(pinned);
  if (images.length === 0) throw usageError('no images given', 'pass IMAGE@DIGEST arguments, --image NAME --digest DIGEST, --images-file FILE, or - to read them from stdin');
  return [...new Set(images)];
}

export function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw usageError(`--concurrency must be an integer from 1 to 256, got "${value}"`);
  return n;
}
