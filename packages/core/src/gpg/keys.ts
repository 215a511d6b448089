/**
 * OpenPGP key material for containers/image signatures: secret keys for openpgp.js signing
 * and public keyrings for verification. Keyrings may be armored or binary (gpg --export
 * writes binary unless --armor), and armored files may hold several concatenated blocks.
 */
import { readFile } from 'node:fs/promises';
import type * as OpenPGP from 'openpgp';
import { openpgp } from './openpgp.ts';
import { codedError, SignetError, usageError } from '../errors.ts';

export type PublicKey = OpenPGP.PublicKey;
export type PrivateKey = OpenPGP.PrivateKey;

const ARMOR_BEGIN = /-----BEGIN PGP [A-Z ]+-----[\s\S]*?-----END PGP [A-Z ]+-----/g;

function isArmored(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart().startsWith('-----BEGIN PGP');
}

/** Reads every public key in a keyring (secret keys are reduced to their public part). */
export async function parsePublicKeyring(bytes: Uint8Array, source: string): Promise<PublicKey[]> {
  const keys: PublicKey[] = [];
  try {
    if (isArmored(bytes)) {
      const text = Buffer.from(bytes).toString('utf8');
      for (const block of text.match(ARMOR_BEGIN) ?? []) {
        for (const key of await (await openpgp()).readKeys({ armoredKeys: block })) keys.push(key.toPublic());
      }
    } else {
      for (const key of await (await openpgp()).readKeys({ binaryKeys: bytes })) keys.push(key.toPublic());
    }
  } catch (e) {
    throw usageError(`${source} is not an OpenPGP keyring (${(e as Error).message.split('\n')[0]})`, 'export it with `gpg --export KEYID > keyring.gpg` or `gpg --armor --export KEYID`');
  }
  if (keys.length === 0) throw usageError(`${source} holds no OpenPGP public keys`, 'export them with `gpg --armor --export KEYID`');
  return keys;
}

export async function loadPublicKeyring(path: string): Promise<PublicKey[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw codedError('usage', 'gpg.keyring-missing', `keyring ${path} does not exist`, { path });
    throw new SignetError('io', `cannot read keyring ${path}: ${code ?? (e as Error).message}`, { cause: e });
  }
  return parsePublicKeyring(bytes, path);
}

/** Fingerprints in gpg's spelling (uppercase hex), which is what policy and users compare. */
export function fingerprintOf(key: PublicKey | PrivateKey): string {
  return key.getFingerprint().toUpperCase();
}

/**
 * Parses an armored (or binary) secret key and decrypts it when it is protected. The
 * passphrase is asked for only when needed, so unprotected CI keys need no variable.
 */
export async function parseSecretKey(bytes: Uint8Array, source: string, passphrase: () => Promise<string>): Promise<PrivateKey> {
  let key: PrivateKey;
  try {
    key = isArmored(bytes)
      ? await (await openpgp()).readPrivateKey({ armoredKey: Buffer.from(bytes).toString('utf8') })
      : await (await openpgp()).readPrivateKey({ binaryKey: bytes });
  } catch (e) {
    throw usageError(
      `${source} is not an OpenPGP secret key (${(e as Error).message.split('\n')[0]})`,
      'export one with `gpg --armor --export-secret-keys KEYID`, or pass a key ID to sign through gpg',
    );
  }
  if (key.isDecrypted()) return key;
  const secret = await passphrase();
  try {
    return await (await openpgp()).decryptKey({ privateKey: key, passphrase: secret });
  } catch {
    throw usageError(`wrong passphrase for the OpenPGP key in ${source}`, 'set SIGNET_GPG_PASSPHRASE to the key\'s passphrase');
  }
}
