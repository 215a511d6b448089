/**
 * Signature servers with an upload API (`sigserver+http(s)://BASE`): signatures are POSTed to
 * `BASE/upload` as JSON `{repoName, layerId, signatureData}`, each field base64, and the server
 * files them into the lookaside layout it publishes under BASE, which is read with plain GETs.
 * The server picks the slot, so uploads cannot collide.
 */
import { SignetError } from '../errors.ts';
import type { Reference } from '../reference/index.ts';
import { HttpLookasideStore, joinUrl, type HttpStoreOptions } from './http-store.ts';
import { LookasideHttp, statusError } from './http.ts';
import { lookasideCredential, type BasicCredential } from './netrc.ts';
import type { LookasideStore, StoredLookasideSignature } from './store.ts';

const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');

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
    const url = joinUrl(this.#base, 'upload');
    const what = `uploading to ${url}`;
    const body = Buffer.from(JSON.stringify({ repoName: b64(ref.repository), layerId: b64(digest), signatureData: b64(signature) }));
    const res = await this.#http.send('POST', url, { what, credential: this.#credential, headers: { 'content-type': 'application/json' }, body });
    if (res.status < 200 || res.status > 299) throw statusError(what, res.status, 'write');
    // The server may say where it filed the signature; otherwise count what is there now.
    const location = res.headers.location;
    if (location) {
      const m = /signature-(\d+)$/.exec(location);
      return { index: m ? Number(m[1]) : 0, location: new URL(location, url).href };
    }
    const count = (await this.#reader.list(ref, digest)).length;
    if (count === 0) throw new SignetError('remote', `${what}: the server accepted the upload but does not publish it under ${this.#base.href}`, { hint: 'check the signature server\'s read URL' });
    return { index: count, location: url };
  }

  async close(): Promise<void> {
    await Promise.all([this.#reader.close(), this.#http.close()]);
  }
}
