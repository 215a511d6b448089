/**
 * Notary's key objects and key IDs. A key is `{"keytype": T, "keyval": {"private": null,
 * "public": B64}}` and its ID is the hex SHA-256 of that object's canonical JSON. `ecdsa` and
 * `rsa` carry a DER SubjectPublicKeyInfo, `ed25519` the 32 raw bytes, `ecdsa-x509`/`rsa-x509`
 * the PEM text of a certificate (root keys always, delegation keys added as certificates).
 * An x509 key has two IDs: metadata uses the ID of the wrapped object; notary's key files,
 * `notary key list` and `notary delegation add` print the "canonical" ID of the bare key.
 */
import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { usageError } from '../errors.ts';
import { canonicalBytes } from './canonical.ts';

export type KeyType = 'ecdsa' | 'ecdsa-x509' | 'rsa' | 'rsa-x509' | 'ed25519';

export interface TufKey {
  keytype: KeyType | string;
  keyval: { private: null; public: string };
}

export function keyId(key: TufKey): string {
  return createHash('sha256').update(canonicalBytes({ keytype: key.keytype, keyval: { private: null, public: key.keyval.public } })).digest('hex');
}

/** A bare (non-certificate) key object for a public key. */
export function bareKey(publicKey: KeyObject): TufKey {
  const type = publicKey.asymmetricKeyType;
  if (type === 'ed25519') {
    const x = publicKey.export({ format: 'jwk' }).x ?? '';
    return { keytype: 'ed25519', keyval: { private: null, public: Buffer.from(x, 'base64url').toString('base64') } };
  }
  const der = publicKey.export({ format: 'der', type: 'spki' });
  if (type === 'ec') return { keytype: 'ecdsa', keyval: { private: null, public: der.toString('base64') } };
  if (type === 'rsa') return { keytype: 'rsa', keyval: { private: null, public: der.toString('base64') } };
  throw usageError(`unsupported key type ${type ?? 'unknown'} for Notary`, 'use an ECDSA P-256 key');
}

/** A certificate as notary wraps it: base64 of the PEM text, trailing newline included. */
export function x509Key(certificatePem: string): TufKey {
  const cert = new X509Certificate(certificatePem);
  const type = cert.publicKey.asymmetricKeyType;
  const keytype = type === 'ec' ? 'ecdsa-x509' : type === 'rsa' ? 'rsa-x509' : undefined;
  if (!keytype) throw usageError(`a ${type ?? 'unknown'} certificate cannot be a Notary key`, 'use an ECDSA P-256 or RSA certificate');
  const pem = cert.toString();
  return { keytype, keyval: { private: null, public: Buffer.from(pem.endsWith('\n') ? pem : `${pem}\n`).toString('base64') } };
}

export function isX509(key: TufKey): boolean {
  return key.keytype === 'ecdsa-x509' || key.keytype === 'rsa-x509';
}

/** The certificate of an x509 key. */
export function keyCertificate(key: TufKey): X509Certificate {
  return new X509Certificate(Buffer.from(key.keyval.public, 'base64').toString('utf8'));
}

/** The public key a TUF key object carries; throws a verification-neutral Error when malformed. */
export function publicKeyOf(key: TufKey): KeyObject {
  const raw = Buffer.from(key.keyval.public, 'base64');
  switch (key.keytype) {
    case 'ecdsa':
    case 'rsa':
      return createPublicKey({ key: raw, format: 'der', type: 'spki' });
    case 'ecdsa-x509':
    case 'rsa-x509':
      return keyCertificate(key).publicKey;
    case 'ed25519':
      if (raw.byteLength !== 32) throw new Error('ed25519 public key is not 32 bytes');
      return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
    default:
      throw new Error(`unknown key type ${key.keytype}`);
  }
}

/** notary's "canonical" ID: the ID of the bare key inside an x509 key (the ID itself for bare keys). */
export function canonicalKeyId(key: TufKey): string {
  return isX509(key) ? keyId(bareKey(publicKeyOf(key))) : keyId(key);
}

/** Whether two keys are the same public key, whatever wrapping. */
export function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }));
}
