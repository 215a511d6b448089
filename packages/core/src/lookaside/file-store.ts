/**
 * `file://` lookaside: a directory tree, as containers/image's `sigstore-staging` writes it and
 * as a web server would publish it.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, mkdir, open, unlink } from 'node:fs/promises';
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

/**
 * The store's directory may itself be a symbolic link (the user named it), but nothing inside
 * it may be: a link planted at `team/` or at a signature slot would make signet write (or read)
 * outside the store. Each directory below the root is created one level at a time and checked
 * with lstat; files are created with O_EXCL and read with O_NOFOLLOW, which never follow links.
 * (A writer racing these checks needs write access to the store, which is the platform's to
 * deny: see docs/security.md.)
 */
async function checkedDirectory(root: string, relative: string, create: boolean): Promise<string | undefined> {
  let dir = root;
  for (const part of relative.split('/').filter(Boolean)) {
    dir = join(dir, part);
    if (create) {
      try {
        await mkdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(`cannot create ${dir}`, e);
      }
    }
    let info;
    try {
      info = await lstat(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !create) return undefined;
      throw ioError(`cannot read ${dir}`, e);
    }
    if (info.isSymbolicLink() || !info.isDirectory()) {
      throw new SignetError('io', `${dir} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a directory'} inside the lookaside store ${root}; refusing to follow it out of the store`, {
        hint: 'remove it, or point --lookaside at the directory it links to',
      });
    }
  }
  return dir;
}

async function readNoFollow(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export class FileLookasideStore implements LookasideStore {
  readonly url: string;
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
    this.url = `file://${dir}`;
  }

  async list(ref: Pick<Reference, 'repository'>, digest: string): Promise<Uint8Array[]> {
    const dir = await checkedDirectory(this.#dir, signatureDirectory(ref, digest), false);
    const out: Uint8Array[] = [];
    if (dir === undefined) return out;
    for (let n = 1; n <= MAX_SIGNATURES; n++) {
      try {
        out.push(await readNoFollow(join(dir, `signature-${n}`)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') break;
        if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new SignetError('io', `${join(dir, `signature-${n}`)} is a symbolic link inside the lookaside store; refusing to follow it`, { hint: 'remove it' });
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
    try {
      await mkdir(this.#dir, { recursive: true });
    } catch (e) {
      // EEXIST: a file where the directory should be; the first level below says ENOTDIR.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(`cannot create ${this.#dir}`, e);
    }
    const dir = (await checkedDirectory(this.#dir, signatureDirectory(ref, digest), true)) ?? this.#dir;
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
