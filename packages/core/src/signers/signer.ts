import type { KeyObject } from 'node:crypto';

/**
 * Every key source (file, env://, k8s://, hashivault://, cert + chain) is one of these, so the
 * sign flow and every wrapper work with all of them. Implementations keep private key material
 * to themselves; `description` must never contain a secret.
 */
export interface Signer {
  /** e.g. "cosign.key (ecdsa-p256)", "hashivault://release (v3)". */
  readonly description: string;
  publicKey(): Promise<KeyObject>;
  /** Signature over `data` with the key's cosign-compatible scheme (see keys/algorithms.ts). */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /** PEM leaf certificate and chain (leaf's issuer first) when the signer is certificate-backed. */
  certificate?(): Promise<CertificateMaterial | undefined>;
}

export interface CertificateMaterial {
  certificatePem: string;
  chainPem: string | undefined;
}
