import { createHash } from 'node:crypto';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}
