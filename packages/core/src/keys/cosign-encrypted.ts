/**
 * cosign's encrypted private key: PEM `ENCRYPTED SIGSTORE PRIVATE KEY` (older cosign:
 * `ENCRYPTED COSIGN PRIVATE KEY`) around go-securesystemslib's `encrypted` JSON: scrypt KDF
 * (32-byte salt, 32-byte key), nacl/secretbox (24-byte nonce), ciphertext of the PKCS#8 DER.
 * Byte slices are standard base64, as Go's encoding/json writes []byte.
 */
import { createPrivateKey, randomBytes, scrypt, type KeyObject } from 'node:crypto';
import { codedError, SignetError, usageError } from '../errors.ts';
import { encodePem } from './pem.ts';

export const SIGSTORE_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
export const COSIGN_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';

/** go-securesystemslib's Legacy, Standard (cosign's default today) and OWASP levels. */
const ACCEPTED_N = new Set([32768, 65536, 131072]);
const DEFAULT_N = 65536;

interface EncryptedKeyJson {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

/** tweetnacl's secretbox, loaded with the first key that needs it (verify never does). */
async function secretbox(): Promise<typeof import('tweetnacl').secretbox> {
  return (await import('tweetnacl')).default.secretbox;
}

function deriveKey(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(password, 'utf8'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function encryptCosignKey(privateKey: KeyObject, password: string, options: { scryptN?: number } = {}): Promise<string> {
  const N = options.scryptN ?? DEFAULT_N;
  if (!ACCEPTED_N.has(N)) throw usageError(`unsupported scrypt N ${N}`, 'use 32768, 65536 or 131072');
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = await deriveKey(password, salt, N, 8, 1);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const ciphertext = (await secretbox())(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
  const doc: EncryptedKeyJson = {
    kdf: { name: 'scrypt', params: { N, r: 8, p: 1 }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
  return encodePem(SIGSTORE_PEM_TYPE, Buffer.from(JSON.stringify(doc)));
}

function malformed(source: string, what: string): SignetError {
  return codedError('usage', 'key.cosign-key-invalid', `${source} is not a valid encrypted cosign key: ${what}`, { source });
}

export async function decryptCosignKeyDer(body: Uint8Array, password: string, source: string): Promise<KeyObject> {
  let doc: EncryptedKeyJson;
  try {
    doc = JSON.parse(Buffer.from(body).toString('utf8')) as EncryptedKeyJson;
  } catch {
    throw malformed(source, 'its body is not JSON');
  }
  if (doc?.kdf?.name !== 'scrypt') throw malformed(source, `unknown kdf "${String(doc?.kdf?.name)}"`);
  if (doc.cipher?.name !== 'nacl/secretbox') throw malformed(source, `unknown cipher "${String(doc.cipher?.name)}"`);
  const { N, r, p } = doc.kdf.params ?? {};
  if (!ACCEPTED_N.has(N) || r !== 8 || p !== 1) {
    throw usageError(`${source}: unsupported scrypt parameters (N=${N}, r=${r}, p=${p})`, 'cosign accepts N of 32768, 65536 or 131072 with r=8, p=1');
  }
  const salt = Buffer.from(doc.kdf.salt ?? '', 'base64');
  const nonce = Buffer.from(doc.cipher.nonce ?? '', 'base64');
  if (nonce.length !== 24) throw malformed(source, 'incorrect nonce size');
  const [key, box] = await Promise.all([deriveKey(password, salt, N, r, p), secretbox()]);
  const plain = box.open(new Uint8Array(Buffer.from(doc.ciphertext ?? '', 'base64')), new Uint8Array(nonce), new Uint8Array(key));
  if (!plain) {
    throw codedError('usage', 'key.password-wrong', `wrong password for encrypted cosign key ${source}`, { source, format: 'cosign' });
  }
  try {
    return createPrivateKey({ key: Buffer.from(plain), format: 'der', type: 'pkcs8' });
  } catch {
    throw malformed(source, 'the decrypted key is not PKCS#8');
  }
}
