/**
 * Signature methods as notary encodes them: `ecdsa` = r||s (32+32 bytes big-endian) over
 * SHA-256, `eddsa` = 64-byte Ed25519, `rsapss` = RSASSA-PSS SHA-256 (MGF1-SHA-256, salt 32),
 * `rsapkcs1v15` = PKCS#1 v1.5 SHA-256. Signers from every key source return DER ECDSA (what
 * cosign stores), converted here.
 */
import { constants, verify, type KeyObject } from 'node:crypto';
import { usageError } from '../errors.ts';
import type { Signer } from '../signers/signer.ts';
import { canonicalBytes, type Signature } from './canonical.ts';
import { publicKeyOf, type TufKey } from './keys.ts';

/** DER ECDSA-Sig-Value -> r||s, each padded to `size` bytes. */
export function derToP1363(der: Uint8Array, size = 32): Buffer {
  const b = Buffer.from(der);
  let i = 0;
  const expect = (tag: number) => {
    if (b[i++] !== tag) throw new Error('not a DER ECDSA signature');
  };
  const length = (): number => {
    const first = b[i++] ?? 0;
    if (first < 0x80) return first;
    let n = 0;
    for (let k = 0; k < (first & 0x7f); k++) n = (n << 8) | (b[i++] ?? 0);
    return n;
  };
  expect(0x30);
  length();
  const ints: Buffer[] = [];
  for (let k = 0; k < 2; k++) {
    expect(0x02);
    const n = length();
    let v = b.subarray(i, i + n);
    i += n;
    while (v.byteLength > size && v[0] === 0) v = v.subarray(1);
    if (v.byteLength > size) throw new Error('ECDSA integer longer than the curve');
    ints.push(Buffer.concat([Buffer.alloc(size - v.byteLength), v]));
  }
  return Buffer.concat(ints);
}

/** Signs canonical(signed) with a P-256 signer, as notary's ECDSA signer does. */
export async function signSigned(signed: unknown, signer: Signer, keyid: string): Promise<Signature> {
  const publicKey = await signer.publicKey();
  if (publicKey.asymmetricKeyType !== 'ec' || publicKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw usageError(`${signer.description}: Notary signing needs an ECDSA P-256 key`, 'use an ECDSA P-256 key (cosign generate-key-pair / signet generate-key-pair make one)');
  }
  const der = await signer.sign(canonicalBytes(signed));
  return { keyid, method: 'ecdsa', sig: derToP1363(der).toString('base64') };
}

/** Whether `signature` is a valid signature by `key` over canonical(signed). */
export function verifySignature(signedBytes: Buffer, signature: Signature, key: TufKey): boolean {
  let publicKey: KeyObject;
  try {
    publicKey = publicKeyOf(key);
  } catch {
    return false;
  }
  const sig = Buffer.from(signature.sig, 'base64');
  try {
    switch (signature.method) {
      case 'ecdsa':
        return publicKey.asymmetricKeyType === 'ec' && verify('sha256', signedBytes, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig);
      case 'eddsa':
        return publicKey.asymmetricKeyType === 'ed25519' && verify(null, signedBytes, publicKey, sig);
      case 'rsapss':
        return publicKey.asymmetricKeyType === 'rsa' && verify('sha256', signedBytes, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig);
      case 'rsapkcs1v15':
        return publicKey.asymmetricKeyType === 'rsa' && verify('sha256', signedBytes, { key: publicKey, padding: constants.RSA_PKCS1_PADDING }, sig);
      default:
        return false;
    }
  } catch {
    return false;
  }
}
