import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { encryptCosignKey } from './cosign-encrypted.ts';
import { loadPrivateKey } from './load.ts';

export interface CosignKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

/** ECDSA P-256, as `cosign generate-key-pair` makes. */
export async function generateCosignKeyPair(password: string): Promise<CosignKeyPair> {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKeyPem: await encryptCosignKey(privateKey, password), publicKeyPem: publicKeyPem(privateKey) };
}

export async function importKeyPair(
  pem: string | Uint8Array,
  options: { source: string; password?: () => Promise<string>; newPassword: string },
): Promise<CosignKeyPair> {
  const key = await loadPrivateKey(pem, options.password ? { source: options.source, password: options.password } : { source: options.source });
  return { privateKeyPem: await encryptCosignKey(key, options.newPassword), publicKeyPem: publicKeyPem(key) };
}
