/** Loads private and public keys from any PEM users bring: cosign-encrypted, PKCS#8, PKCS#1, SEC1. */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { codedError, usageError } from '../errors.ts';
import { assertSupportedKey } from './algorithms.ts';
import { COSIGN_PEM_TYPE, decryptCosignKeyDer, SIGSTORE_PEM_TYPE } from './cosign-encrypted.ts';
import { pemBlocks } from './pem.ts';

const PRIVATE_TYPES = new Set([SIGSTORE_PEM_TYPE, COSIGN_PEM_TYPE, 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
const DER_TYPE: Record<string, 'pkcs8' | 'pkcs1' | 'sec1'> = {
  'PRIVATE KEY': 'pkcs8',
  'ENCRYPTED PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1',
  'EC PRIVATE KEY': 'sec1',
};

function text(pem: string | Uint8Array): string {
  return typeof pem === 'string' ? pem : Buffer.from(pem).toString('utf8');
}

export interface LoadPrivateKeyOptions {
  source: string;
  /** Called only for encrypted keys. */
  password?: () => Promise<string>;
}

export async function loadPrivateKey(pem: string | Uint8Array, options: LoadPrivateKeyOptions): Promise<KeyObject> {
  const { source } = options;
  const blocks = pemBlocks(text(pem));
  const block = blocks.find((b) => PRIVATE_TYPES.has(b.type));
  if (!block) {
    const found = blocks.map((b) => b.type).join(', ');
    throw usageError(
      found ? `${source} holds ${found}, not a private key` : `${source} is not a PEM private key`,
      'pass a cosign.key or a PEM private key (PKCS#8, PKCS#1 or SEC1)',
    );
  }
  let key: KeyObject;
  if (block.type === SIGSTORE_PEM_TYPE || block.type === COSIGN_PEM_TYPE) {
    if (!options.password) throw codedError('usage', 'key.password-missing', `${source} is encrypted and no password was given`, { source });
    key = await decryptCosignKeyDer(block.der, await options.password(), source);
  } else {
    const type = DER_TYPE[block.type] ?? 'pkcs8';
    const passphrase = block.type === 'ENCRYPTED PRIVATE KEY' ? await askPassphrase(options) : undefined;
    try {
      key = createPrivateKey({ key: block.der, format: 'der', type, ...(passphrase !== undefined ? { passphrase } : {}) });
    } catch (e) {
      const reason = (e as Error).message;
      if (passphrase !== undefined && /decrypt|bad decrypt|passphrase/i.test(reason)) {
        throw codedError('usage', 'key.password-wrong', `wrong password for encrypted key ${source}`, { source, format: 'pkcs8' });
      }
      throw usageError(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete, or convert it with `openssl pkcs8 -topk8`');
    }
  }
  assertSupportedKey(key, source);
  return key;
}

async function askPassphrase(options: LoadPrivateKeyOptions): Promise<string> {
  if (!options.password) throw codedError('usage', 'key.password-missing', `${options.source} is encrypted and no password was given`, { source: options.source });
  return options.password();
}

/** A public key from `PUBLIC KEY`, `RSA PUBLIC KEY` or a certificate's key. */
export function loadPublicKey(pem: string | Uint8Array, source: string): KeyObject {
  const blocks = pemBlocks(text(pem));
  for (const block of blocks) {
    try {
      let key: KeyObject | undefined;
      if (block.type === 'PUBLIC KEY') key = createPublicKey({ key: block.der, format: 'der', type: 'spki' });
      else if (block.type === 'RSA PUBLIC KEY') key = createPublicKey({ key: block.der, format: 'der', type: 'pkcs1' });
      else if (block.type === 'CERTIFICATE') key = new X509Certificate(block.der).publicKey;
      if (key) {
        assertSupportedKey(key, source);
        return key;
      }
    } catch (e) {
      if ((e as { kind?: string }).kind === 'usage') throw e;
      throw usageError(`${source}: cannot parse the ${block.type}`, 'check that the PEM is complete');
    }
  }
  const found = blocks.map((b) => b.type).join(', ');
  if (found.includes('PRIVATE KEY')) throw usageError(`${source} is a private key; verification needs the public key`, 'pass cosign.pub (or the .pub written next to the key)');
  throw usageError(found ? `${source} holds ${found}, not a public key` : `${source} is not a PEM public key`, 'pass a PEM "PUBLIC KEY" such as cosign.pub');
}
