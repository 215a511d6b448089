/**
 * What a Kubernetes Secret holds, independent of how it was fetched: cosign's key-pair layout
 * (`cosign.key`, `cosign.password`, `cosign.pub`, as `cosign generate-key-pair k8s://` writes it)
 * or a `kubernetes.io/tls` Secret (`tls.key`, `tls.crt`, optional `ca.crt`) used as a
 * certificate-backed signer.
 */
import { codedError, usageError } from '../errors.ts';
import { encodePem, pemBlocks } from '../keys/index.ts';
import type { CertificateMaterial } from '../signers/signer.ts';

export const COSIGN_KEY = 'cosign.key';
export const COSIGN_PUB = 'cosign.pub';
export const COSIGN_PASSWORD = 'cosign.password';
export const TLS_SECRET_TYPE = 'kubernetes.io/tls';

/** The parts of a V1Secret we read; `data` values are base64 as on the wire. */
export interface SecretView {
  type?: string | undefined;
  data?: Record<string, string> | undefined;
}

export type SecretSigningMaterial =
  | { kind: 'cosign'; privateKeyPem: string; password: string | undefined }
  | { kind: 'tls'; privateKeyPem: string; certificate: CertificateMaterial };

function entry(secret: SecretView, key: string): string | undefined {
  const value = secret.data?.[key];
  return value === undefined ? undefined : Buffer.from(value, 'base64').toString('utf8');
}

function missing(ref: string, key: string, has: string[]): Error {
  const present = has.length ? `it has ${has.join(', ')}` : 'it has no data';
  return codedError('usage', 'k8s.entry-missing', `${ref}: secret has no "${key}" entry (${present})`, { key });
}

export function signingMaterial(secret: SecretView, ref: string): SecretSigningMaterial {
  const keys = Object.keys(secret.data ?? {});
  if (secret.type === TLS_SECRET_TYPE) {
    const privateKeyPem = entry(secret, 'tls.key');
    const crt = entry(secret, 'tls.crt');
    if (!privateKeyPem) throw missing(ref, 'tls.key', keys);
    if (!crt) throw missing(ref, 'tls.crt', keys);
    return { kind: 'tls', privateKeyPem, certificate: splitTlsCertificates(crt, entry(secret, 'ca.crt'), ref) };
  }
  const privateKeyPem = entry(secret, COSIGN_KEY);
  if (!privateKeyPem) throw missing(ref, COSIGN_KEY, keys);
  // An empty cosign.password is a real (empty) password, as cosign treats it; only an absent
  // entry falls back to COSIGN_PASSWORD.
  return { kind: 'cosign', privateKeyPem, password: entry(secret, COSIGN_PASSWORD) };
}

/**
 * `tls.crt` is often a full chain (cert-manager writes leaf then intermediates); the first block
 * is the leaf, the rest plus `ca.crt` form the chain, leaf's issuer first as cosign expects.
 */
export function splitTlsCertificates(tlsCrt: string, caCrt: string | undefined, ref: string): CertificateMaterial {
  const certs = pemBlocks(tlsCrt).filter((b) => b.type === 'CERTIFICATE');
  const [leaf, ...intermediates] = certs;
  if (!leaf) throw usageError(`${ref}: tls.crt holds no PEM certificate`);
  const chainBlocks = [...intermediates, ...(caCrt ? pemBlocks(caCrt).filter((b) => b.type === 'CERTIFICATE') : [])];
  return {
    certificatePem: encodePem('CERTIFICATE', leaf.der),
    chainPem: chainBlocks.length ? chainBlocks.map((b) => encodePem('CERTIFICATE', b.der)).join('') : undefined,
  };
}

/** The verification key: `cosign.pub`, or for a TLS secret the leaf certificate's key. */
export function verificationMaterial(secret: SecretView, ref: string): string {
  if (secret.type === TLS_SECRET_TYPE) {
    const crt = entry(secret, 'tls.crt');
    if (!crt) throw missing(ref, 'tls.crt', Object.keys(secret.data ?? {}));
    return splitTlsCertificates(crt, undefined, ref).certificatePem;
  }
  const pub = entry(secret, COSIGN_PUB);
  if (!pub) throw missing(ref, COSIGN_PUB, Object.keys(secret.data ?? {}));
  return pub;
}

/** The Secret `cosign generate-key-pair k8s://` creates: immutable, three entries, type Opaque. */
export function keyPairSecret(namespace: string, name: string, privateKeyPem: string, publicKeyPem: string, password: string) {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    immutable: true,
    type: 'Opaque',
    data: { [COSIGN_KEY]: b64(privateKeyPem), [COSIGN_PUB]: b64(publicKeyPem), [COSIGN_PASSWORD]: b64(password) },
  };
}
