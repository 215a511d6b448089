/**
 * Signature servers with an upload API (`sigserver+http(s)://BASE`), as the OpenShift
 * signature-verification setup serves it with nginx + Lua: signatures are POSTed to
 * `BASE/upload` as JSON `{repoName, layerId, signatureData}`, each field base64, and the server
 * writes the decoded signature to `<root>/<repoName>/<layerId>/signature-1`, publishing `<root>`
 * under BASE for plain GETs.
 *
 * That server's own client sends repoName = the repository path before the image name and
 * layerId = `<name>@sha256=<hex>`, so the file lands at `<repository>@sha256=<hex>/signature-1`,
 * the lookaside path CRI-O and containers/image read. The server always writes slot 1 and
 * answers 201 without saying where, so an upload onto an existing signature would replace it:
 * the slots are read first and an occupied slot is refused, and after the upload slot 1 is read
 * back to confirm it holds our signature.
 */
import { SignetError } from '../errors.ts';
import type { Reference } from '../reference/index.ts';
import { HttpLookasideStore, joinUrl, type HttpStoreOptions } from './http-store.ts';
import { LookasideHttp, statusError } from './http.ts';
import { signatureDirectory, signaturePath } from './layout.ts';
import { lookasideCredential, type BasicCredential } from './netrc.ts';
import type { LookasideStore, StoredLookasideSignature } from './store.ts';

const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');

/**
 * The upload fields the server's own client sends: `team/app` and sha256:<hex> become
 * repoName `team`, layerId `app@sha256=<hex>` (repoName is empty for a single-component path).
 */
export function uploadFields(ref: Pick<Reference, 'repository'>, digest: string): { repoName: string; layerId: string } {
  const directory = signatureDirectory(ref, digest);
  const slash = directory.lastIndexOf('/');
  return { repoName: slash < 0 ? '' : directory.slice(0, slash), layerId: directory.slice(slash + 1) };
}

export class SigServerLookasideStore implements LookasideStore {
  readonly url: string;
  readonly #base: URL;
  readonly #reader: HttpLookasideStore;
  readonly #http: LookasideHttp;
  readonly #credential: BasicCredential | undefined;

  constructor(base: URL, options: HttpStoreOptions = {}) {
    this.#base = base;
    this.url = `sigserver+${base.href.replace(/\/+$/, '')}`;
    this.#reader = new HttpLookasideStore(base, options);
    this.#http = new LookasideHttp(options);
    this.#credential = lookasideCredential(base, options.env);
  }

  list(ref: Pick<Reference, 'repository'>, digest: string): Promise<Uint8Array[]> {
    return this.#reader.list(ref, digest);
  }

  async add(ref: Pick<Reference, 'repository'>, digest: string, signature: Uint8Array): Promise<StoredLookasideSignature> {
    const slot = joinUrl(this.#base, signaturePath(ref, digest, 1));
    const existing = await this.#reader.list(ref, digest);
    if (existing.length > 0) {
      throw new SignetError('remote', `${slot} already holds a signature, and this signature server's upload API always writes signature-1, so uploading would replace it`, {
        hint: 'keep both by signing into a store that adds slots (--lookaside file:///DIR or a WebDAV https:// store) and publishing that, or remove the old signature on the server first',
      });
    }
    const url = joinUrl(this.#base, 'upload');
    const what = `uploading to ${url}`;
    const { repoName, layerId } = uploadFields(ref, digest);
    const body = Buffer.from(JSON.stringify({ repoName: b64(repoName), layerId: b64(layerId), signatureData: b64(signature) }));
    const res = await this.#http.send('POST', url, { what, credential: this.#credential, headers: { 'content-type': 'application/json' }, body });
    if (res.status < 200 || res.status > 299) throw statusError(what, res.status, 'write');
    // The server does not say where it wrote; read slot 1 back, where CRI-O will look.
    const published = await this.#reader.list(ref, digest);
    if (published.length === 0) {
      throw new SignetError('remote', `${what}: the server accepted the upload but does not publish it at ${slot}`, { hint: 'check that the signature server serves its storage root under the same URL as /upload' });
    }
    if (!Buffer.from(published[0] as Uint8Array).equals(Buffer.from(signature))) {
      throw new SignetError('remote', `${slot} holds a different signature after our upload: another upload replaced ours (this server keeps one signature per image)`, {
        hint: 'sign again once the other signer is done, or use a store that adds slots',
      });
    }
    return { index: 1, location: slot };
  }

  async close(): Promise<void> {
    await Promise.all([this.#reader.close(), this.#http.close()]);
  }
}
