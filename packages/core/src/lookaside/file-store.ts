/**
 * `file://` lookaside: a directory tree, as containers/image's `sigstore-staging` writes it and
 * as a web server would publish it.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SignetError } from '../errors.ts';
import type { Reference } from '../reference/index.ts';
import { MAX_SIGNATURES, signatureDirectory } from './layout.ts';
import type { LookasideStore, StoredLookasideSignature } from './store.ts';

function ioError(what: string, e: unknown): SignetError {
  const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  const hint = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'check that this user may write there' : 'check the lookaside directory';
  return new SignetError('io', `${what}: ${code}`, { hint, cause: e });
}

export class FileLookasideStore implements LookasideStore {
  readonly url: string;
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
    this.url = `file://${dir}`;
  }

  async list(ref: Pick<Reference, 'repository'>, digest: string): Promise<Uint8Array[]> {
    const dir = join(this.#dir, signatureDirectory(ref, digest));
    const out: Uint8Array[] = [];
    for (let n = 1; n <= MAX_SIGNATURES; n++) {
      try {
        out.push(await readFile(join(dir, `signature-${n}`)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') break;
        throw ioError(`cannot read ${join(dir, `signature-${n}`)}`, e);
      }
    }
    return out;
  }

  /**
   * Writes a complete temporary file, then hard-links it to the first free `signature-<n>`.
   * link() fails with EEXIST instead of replacing, so two concurrent signers each get their
   * own slot, and readers never see a half-written signature (an O_EXCL create would expose
   * the empty file until the write finished).
   */
  async add(ref: Pick<Reference, 'repository'>, digest: string, signature: Uint8Array): Promise<StoredLookasideSignature> {
    const dir = join(this.#dir, signatureDirectory(ref, digest));
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw ioError(`cannot create ${dir}`, e);
    }
    const temp = join(dir, `.signet-tmp-${randomBytes(8).toString('hex')}`);
    try {
      const handle = await open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(signature);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      throw ioError(`cannot write into ${dir}`, e);
    }
    try {
      for (let n = 1; n <= MAX_SIGNATURES; n++) {
        const target = join(dir, `signature-${n}`);
        try {
          await link(temp, target);
          return { index: n, location: target };
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(`cannot store ${target}`, e);
        }
      }
      throw new SignetError('io', `${dir} already holds ${MAX_SIGNATURES} signatures`, { hint: 'remove stale signatures' });
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async close(): Promise<void> {}
}
