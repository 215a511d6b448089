/**
 * Whether the key that made a signature is still valid now. openpgp.js checks the key at the
 * signature's creation time, so a signature made before the key expired (or before a revocation)
 * keeps verifying; gpg reports EXPKEYSIG / REVKEYSIG for it and containers/image (skopeo,
 * podman, CRI-O) refuses it. A signature must mean the same to every verifier, so signet refuses
 * it too: the owner renews the key (extends its expiry) or signs again with a valid one.
 */
import type * as OpenPGP from 'openpgp';
import type { PublicKey } from './keys.ts';

/** Why the (sub)key with `keyID` of `key` is not valid at `now`, or undefined when it is. */
export async function keyNotValidNow(key: PublicKey, keyID: OpenPGP.KeyID, now: Date = new Date()): Promise<string | undefined> {
  try {
    await key.verifyPrimaryKey(now);
  } catch (e) {
    return `the key is not valid now (${(e as Error).message.split('\n')[0]}); gpg and containers/image refuse such signatures`;
  }
  const subkey = key.getSubkeys(keyID)[0];
  if (subkey) {
    try {
      await subkey.verify(now);
    } catch (e) {
      return `the signing subkey is not valid now (${(e as Error).message.split('\n')[0]}); gpg and containers/image refuse such signatures`;
    }
  }
  return undefined;
}
