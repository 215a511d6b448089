import { createPublicKey, type KeyObject } from 'node:crypto';
import { keyDescription, signBytes } from '../keys/index.ts';
import type { CertificateMaterial, Signer } from './signer.ts';

/** A signer holding a private key in this process (file, env://, k8s:// secrets). */
export class KeySigner implements Signer {
  readonly description: string;
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;
  readonly #certificate: CertificateMaterial | undefined;

  constructor(privateKey: KeyObject, source: string, certificate?: CertificateMaterial) {
    this.#privateKey = privateKey;
    this.#publicKey = createPublicKey(privateKey);
    this.#certificate = certificate;
    this.description = `${source} (${keyDescription(privateKey)})`;
  }

  async publicKey(): Promise<KeyObject> {
    return this.#publicKey;
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    return signBytes(this.#privateKey, data);
  }

  async certificate(): Promise<CertificateMaterial | undefined> {
    return this.#certificate;
  }
}

