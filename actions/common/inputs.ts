/**
 * Action inputs shared by the sign and verify steps. Names mirror the CLI flags so a workflow
 * reads like the command line it replaces.
 */
import * as core from '@actions/core';
import { formatReference, parseReference, usageError } from '@signet/core';

/** A multi-line input: one entry per line, blank lines and `#` comments ignored. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export function boolInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw usageError(`input ${name} must be true or false, got "${raw}"`);
}

/**
 * The images to work on: the `images` list, and/or `image` + `digest` as
 * docker/build-push-action outputs them (a tag on `image` is dropped: the digest is signed).
 */
export function imagesInput(): string[] {
  const images = listInput('images');
  const image = core.getInput('image').trim();
  const digest = core.getInput('digest').trim();
  if (digest && !image) throw usageError('input digest needs image', 'pass image: REGISTRY/REPO with digest: ${{ steps.build.outputs.digest }}');
  if (image && digest) {
    const ref = parseReference(image);
    if (ref.digest && ref.digest !== digest) throw usageError(`input image ${image} names another digest than input digest ${digest}`);
    images.push(formatReference({ registry: ref.registry, repository: ref.repository, digest }));
  } else if (image) {
    images.push(image);
  }
  if (images.length === 0) throw usageError('no images given', 'set images (one ref@digest per line) or image + digest');
  return [...new Set(images)];
}

/** `key=value` lines (annotations). */
export function keyValueInput(name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of listInput(name)) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw usageError(`input ${name}: "${line}" is not key=value`);
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}
