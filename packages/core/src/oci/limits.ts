/**
 * What signet reads from a registry or an OCI layout is bounded: a hostile or broken server
 * must not grow the process without limit (an endless body), make it fetch without limit
 * (thousands of layers), or hold it forever (a body dripping a byte at a time). The defaults
 * are the peers' own: cosign's attachment size and layer count, containers/image's manifest
 * and token body sizes. docs/security.md ("Limits enforced") lists them.
 */
import { SignetError } from '../errors.ts';

export interface ReadLimits {
  /** Largest manifest or index body (containers/image `iolimits.MaxManifestBodySize`). */
  maxManifestBytes: number;
  /** Largest signature attachment (a `.sig` layer or bundle blob): cosign's COSIGN_MAX_ATTACHMENT_SIZE. */
  maxBlobBytes: number;
  /** Most layers in a signature manifest, or entries in a referrers list (cosign's `maxLayers`). */
  maxLayers: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxManifestBytes: 4 * MiB,
  maxBlobBytes: 128 * MiB,
  maxLayers: 1000,
};

/** Bodies that are neither manifests nor blobs: token responses, error documents (containers/image: 1 MiB). */
export const MAX_SMALL_BODY_BYTES = 1 * MiB;

export function readLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/** A set or list with more entries than `maxLayers`: refused whole, as cosign refuses it. */
export function tooManyLayers(where: string, count: number, limits: ReadLimits): SignetError {
  return new SignetError('remote', `${where} lists ${count} entries, more than the limit of ${limits.maxLayers}`, {
    code: 'limit.layers',
    data: { where, count, limit: limits.maxLayers },
  });
}

/** A descriptor whose declared size is over the attachment limit is not fetched at all (cosign's CheckSize). */
export function checkDeclaredSize(what: string, size: unknown, limit: number): number | undefined {
  if (size === undefined) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new SignetError('remote', `${what}: the descriptor declares an invalid size ${JSON.stringify(size)}`, { code: 'registry.invalid-descriptor', data: { size } });
  }
  if (size > limit) {
    throw new SignetError('remote', `${what}: declared size ${size} bytes is over the limit of ${limit} bytes`, {
      code: 'limit.blob-size',
      data: { size, limit },
    });
  }
  return size;
}
