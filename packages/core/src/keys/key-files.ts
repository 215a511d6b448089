/**
 * cosign.key and cosign.pub on disk, written as a pair: a run never leaves a new private key
 * next to an old public key (or the reverse), which would make every later signature fail to
 * verify with the published key. Both files are written completely to temporary names first;
 * without `force` they are linked into place only where no file exists (link() never replaces),
 * and the first is removed again if the second is taken; with `force` they replace the old pair,
 * which is restored if the second replacement fails.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { SignetError, usageError } from '../errors.ts';

export interface KeyFileNames {
  key: string;
  pub: string;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function writeTemp(path: string, text: string, mode: number): Promise<string> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // The mode from the first byte: the encrypted key is still a secret worth guarding.
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(text);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

function ioError(what: string, e: unknown): SignetError {
  return new SignetError('io', `cannot write ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
}

/** Names of files of the pair that already exist. */
export async function existingKeyFiles(names: KeyFileNames): Promise<string[]> {
  const found = await Promise.all([names.key, names.pub].map(async (p) => ((await exists(p)) ? p : undefined)));
  return found.filter((p): p is string => p !== undefined);
}

export async function writeKeyPairFiles(names: KeyFileNames, pem: { privateKeyPem: string; publicKeyPem: string }, options: { force: boolean }): Promise<void> {
  if (!options.force) {
    const taken = await existingKeyFiles(names);
    if (taken.length > 0) throw usageError(`${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written`, 'pass --force to replace the pair, or choose --output-key-prefix');
  }
  const temps: string[] = [];
  try {
    temps.push(await writeTemp(names.key, pem.privateKeyPem, 0o600));
    temps.push(await writeTemp(names.pub, pem.publicKeyPem, 0o644));
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    throw ioError(names.key, e);
  }
  const [tempKey = '', tempPub = ''] = temps;
  try {
    if (options.force) await replacePair(names, tempKey, tempPub);
    else await linkPair(names, tempKey, tempPub);
  } finally {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
  }
}

async function linkPair(names: KeyFileNames, tempKey: string, tempPub: string): Promise<void> {
  const taken = (e: unknown, path: string): never => {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw usageError(`${path} already exists (created meanwhile); nothing was written`, 'pass --force to replace the pair, or choose --output-key-prefix');
    throw ioError(path, e);
  };
  try {
    await link(tempKey, names.key);
  } catch (e) {
    taken(e, names.key);
  }
  try {
    await link(tempPub, names.pub);
  } catch (e) {
    await unlink(names.key).catch(() => undefined);
    taken(e, names.pub);
  }
}

async function replacePair(names: KeyFileNames, tempKey: string, tempPub: string): Promise<void> {
  const backup = `${names.key}.${process.pid}.${randomBytes(4).toString('hex')}.old`;
  const hadKey = await link(names.key, backup).then(
    () => true,
    () => false,
  );
  try {
    await rename(tempKey, names.key);
    try {
      await rename(tempPub, names.pub);
    } catch (e) {
      // Never a new key next to the old public key: put the old key back (or remove the new one).
      if (hadKey) await rename(backup, names.key).catch(() => undefined);
      else await unlink(names.key).catch(() => undefined);
      throw ioError(names.pub, e);
    }
  } catch (e) {
    if (e instanceof SignetError) throw e;
    throw ioError(names.key, e);
  } finally {
    await unlink(backup).catch(() => undefined);
  }
}
