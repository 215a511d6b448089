/**
 * containers/image's lookaside ("sigstore") layout: `<base>/<repository path>@sha256=<hex>/signature-<n>`,
 * n counting from 1, readers stopping at the first missing n. The repository path is
 * reference.Path(), the name WITHOUT the registry host (docker/registries_d.go
 * lookasideStorageBaseURL); skopeo 1.9 writes `team/app@sha256=…` for `localhost:5000/team/app`.
 */
import { codedError, usageError } from '../errors.ts';
import { isDigest } from '../oci/digest.ts';
import type { Reference } from '../reference/index.ts';

/** Signature slots tried before giving up: far above any real image, low enough to end a runaway loop. */
export const MAX_SIGNATURES = 1000;

export function signatureDirectory(ref: Pick<Reference, 'repository'>, digest: string): string {
  if (!isDigest(digest) || !digest.startsWith('sha256:')) throw usageError(`invalid manifest digest "${digest}"`, 'use sha256:<64 hex>');
  // reference.Path() keeps the Docker Hub `library/` prefix the parser already added.
  return `${ref.repository}@sha256=${digest.slice('sha256:'.length)}`;
}

export function signaturePath(ref: Pick<Reference, 'repository'>, digest: string, index: number): string {
  if (!Number.isInteger(index) || index < 1) throw new RangeError(`signature index ${index} must be >= 1`);
  return `${signatureDirectory(ref, digest)}/signature-${index}`;
}

export type StoreSpec =
  | { kind: 'file'; dir: string; url: string }
  | { kind: 'http'; base: URL; url: string }
  | { kind: 'sigserver'; base: URL; url: string };

/** Base URL without credentials, for messages. */
function redacted(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href.replace(/\/$/, '');
}

/**
 * `file:///dir`, `http(s)://host/path`, or `sigserver+http(s)://host/path` for a signature
 * server's upload API. Credentials in the URL are refused: they would end up in shell
 * history, logs and registries.d files.
 */
export function parseStoreUrl(value: string): StoreSpec {
  const hint = 'use file:///DIR, https://HOST/PATH or sigserver+https://HOST/PATH';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`invalid lookaside URL "${value}"`, hint);
  }
  if (url.username || url.password) {
    throw codedError('usage', 'lookaside.credentials-in-url', 'lookaside URL must not contain credentials');
  }
  if (url.search || url.hash) throw usageError(`lookaside URL "${value}" must not have a query or fragment`, hint);
  switch (url.protocol) {
    case 'file:': {
      if (url.host !== '') throw usageError(`lookaside URL "${value}" names a host`, 'use file:///absolute/dir (three slashes)');
      const dir = decodeURIComponent(url.pathname).replace(/\/+$/, '') || '/';
      return { kind: 'file', dir, url: `file://${dir}` };
    }
    case 'http:':
    case 'https:':
      return { kind: 'http', base: url, url: redacted(url) };
    case 'sigserver+http:':
    case 'sigserver+https:': {
      const base = new URL(value.slice('sigserver+'.length));
      return { kind: 'sigserver', base, url: `sigserver+${redacted(base)}` };
    }
    default:
      throw usageError(`unsupported lookaside URL scheme "${url.protocol}"`, hint);
  }
}

/** The URL nodes read from: the HTTP base for a signature server, the URL itself otherwise. */
export function readUrl(lookaside: string): string {
  const spec = parseStoreUrl(lookaside);
  return spec.kind === 'sigserver' ? spec.url.slice('sigserver+'.length).replace(/\/+$/, '') : spec.url;
}
