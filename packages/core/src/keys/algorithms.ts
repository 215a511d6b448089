/**
 * Signature schemes per key type. cosign v2.6.5 `sign --key` picks a hash per curve
 * (sigstore's GetDefaultAlgorithmDetails: P-384/SHA-384, P-521/SHA-512, Ed25519ph), but
 * `cosign verify --key`, Kyverno and policy-controller verify with SHA-256 (LoadVerifier with
 * crypto.SHA256) unless told otherwise. signet therefore SIGNS what default verifiers accept
 * (ECDSA/RSA PKCS#1 v1.5 over SHA-256, pure Ed25519) and VERIFIES both SHA-256 and the per-curve
 * hash, so signatures made by `cosign sign` with P-384/P-521 keys verify too.
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { usageError } from '../errors.ts';

const CURVES: Record<string, { name: string; hash: string }> = {
  prime256v1: { name: 'p256', hash: 'sha256' },
  secp384r1: { name: 'p384', hash: 'sha384' },
  secp521r1: { name: 'p521', hash: 'sha512' },
};

/** Throws a usage error for keys cosign-compatible verifiers cannot use. */
export function assertSupportedKey(key: KeyObject, source: string): void {
  const type = key.asymmetricKeyType;
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    if (!CURVES[curve]) throw usageError(`${source}: unsupported elliptic curve ${curve}`, 'use ECDSA P-256, P-384 or P-521, RSA >= 2048 or Ed25519');
    return;
  }
  if (type === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) throw usageError(`${source}: RSA key of ${bits} bits is too small`, 'use RSA of at least 2048 bits');
    return;
  }
  if (type === 'ed25519') return;
  throw usageError(`${source}: unsupported key type ${type ?? 'unknown'}`, 'use ECDSA P-256, P-384 or P-521, RSA >= 2048 or Ed25519');
}

export function keyDescription(key: KeyObject): string {
  const type = key.asymmetricKeyType;
  if (type === 'ec') return `ecdsa-${CURVES[key.asymmetricKeyDetails?.namedCurve ?? '']?.name ?? 'unknown'}`;
  if (type === 'rsa') return `rsa-${key.asymmetricKeyDetails?.modulusLength ?? 0}`;
  return type ?? 'unknown';
}

export function signBytes(privateKey: KeyObject, data: Uint8Array): Uint8Array {
  const algorithm = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return sign(algorithm, data, privateKey);
}

export function verifyBytes(publicKey: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (publicKey.asymmetricKeyType === 'ed25519') return verify(null, data, publicKey, signature);
    if (verify('sha256', data, publicKey, signature)) return true;
    const curveHash = CURVES[publicKey.asymmetricKeyDetails?.namedCurve ?? '']?.hash;
    return curveHash !== undefined && curveHash !== 'sha256' && verify(curveHash, data, publicKey, signature);
  } catch {
    return false;
  }
}
