/**
 * `http(s)://` lookaside: anonymous GETs for reading, as CRI-O and podman read it, and PUT for
 * writing (nginx WebDAV, Nexus/Artifactory raw repositories). Slots are found by probing
 * signature-1, -2, … and written with `If-None-Match: *`, so a server that honours it refuses
 * to replace a signature another signer stored between our probe and our PUT (412), and we
 * move on to the next slot.
 */
import { SignetError } from '../errors.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { Reference } from '../reference/index.ts';
import { LookasideHttp, statusError, type HttpOptions } from './http.ts';
import { MAX_SIGNATURES, signaturePath } from './layout.ts';
import { lookasideCredential, type BasicCredential } from './netrc.ts';
import type { LookasideStore, StoredLookasideSignature } from './store.ts';

export interface HttpStoreOptions extends HttpOptions {
  env?: NodeJS.ProcessEnv;
}

export function joinUrl(base: URL, path: string): string {
  return `${base.href.replace(/\/+$/, '')}/${path}`;
}

export class HttpLookasideStore implements LookasideStore {
  readonly url: string;
  readonly #base: URL;
  readonly #http: LookasideHttp;
  readonly #credential: BasicCredential | undefined;
  readonly #logger: Logger;

  constructor(base: URL, options: HttpStoreOptions = {}) {
    this.#base = base;
    this.#logger = options.logger ?? silentLogger;
    this.url = base.href.replace(/\/+$/, '');
    this.#http = new LookasideHttp(options);
    this.#credential = lookasideCredential(base, options.env);
  }

  /** Anonymous first; credentials only when the server asks and we have them. */
  async #get(method: 'GET' | 'HEAD', url: string, what: string) {
    const anonymous = await this.#http.send(method, url, { what });
    if (anonymous.status !== 401 || !this.#credential) return anonymous;
    return this.#http.send(method, url, { what, credential: this.#credential });
  }

  async list(ref: Pick<Reference, 'repository'>, digest: string): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    for (let n = 1; n <= MAX_SIGNATURES; n++) {
      const url = joinUrl(this.#base, signaturePath(ref, digest, n));
      const what = `reading ${url}`;
      const res = await this.#get('GET', url, what);
      if (res.status === 404) break;
      if (res.status !== 200) throw statusError(what, res.status, 'read');
      out.push(res.body);
    }
    return out;
  }

  async add(ref: Pick<Reference, 'repository'>, digest: string, signature: Uint8Array): Promise<StoredLookasideSignature> {
    for (let n = 1; n <= MAX_SIGNATURES; n++) {
      const url = joinUrl(this.#base, signaturePath(ref, digest, n));
      const probe = await this.#get('HEAD', url, `checking ${url}`);
      if (probe.status === 200) continue;
      if (probe.status !== 404) throw statusError(`checking ${url}`, probe.status, 'read');
      const what = `uploading ${url}`;
      const put = await this.#http.send('PUT', url, {
        what,
        credential: this.#credential,
        headers: { 'content-type': 'application/octet-stream', 'if-none-match': '*' },
        body: signature,
      });
      if (put.status === 200 || put.status === 201 || put.status === 204) return { index: n, location: url };
      // Someone else took this slot after our probe: theirs stays, ours goes to the next one.
      if (put.status === 412) {
        this.#logger.debug(`${url} was taken after our probe (HTTP 412); trying signature-${n + 1}`);
        continue;
      }
      throw statusError(what, put.status, 'write');
    }
    throw new SignetError('remote', `${this.url} already holds ${MAX_SIGNATURES} signatures for ${digest}`, { hint: 'remove stale signatures' });
  }

  close(): Promise<void> {
    return this.#http.close();
  }
}
