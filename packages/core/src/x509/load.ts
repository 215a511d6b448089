/** Reads --cert / --cert-chain files into what signers and verifiers need. */
import type { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { usageError } from '../errors.ts';
import type { CertificateMaterial } from '../signers/signer.ts';
import { parseCertificates, toPem } from './certificates.ts';
import type { CertificateTrust } from './certificates.ts';
import type { IdentityRequirement } from './certificates.ts';

async function readPem(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw usageError(`${flag} ${path}: cannot read the file`, 'check the path');
  }
}

export interface SigningCertificate {
  material: CertificateMaterial;
  leaf: X509Certificate;
  chain: X509Certificate[];
}

export async function loadSigningCertificate(certPath: string, chainPath?: string): Promise<SigningCertificate> {
  const certs = parseCertificates(await readPem(certPath, '--cert'), certPath);
  const leaf = certs[0] as X509Certificate;
  const chain = chainPath ? parseCertificates(await readPem(chainPath, '--cert-chain'), chainPath) : [];
  return { material: { certificatePem: leaf.toString(), chainPem: chain.length ? toPem(chain) : undefined }, leaf, chain };
}

/** cosign's --certificate-chain: intermediates first, the trusted root last. */
export async function loadCertificateTrust(chainPath: string, identity: IdentityRequirement): Promise<CertificateTrust> {
  // As cosign (and signet's trust-policy parser): without an identity every certificate the CA
  // ever issued, to anyone, would be accepted.
  if (identity.identity === undefined && identity.identityRegExp === undefined) {
    throw usageError('--cert-chain needs --certificate-identity or --certificate-identity-regexp', 'name the SAN (email, URI or DNS name) the signing certificate must carry, as cosign requires');
  }
  const certs = parseCertificates(await readPem(chainPath, '--cert-chain'), chainPath);
  const root = certs[certs.length - 1] as X509Certificate;
  if (!root.checkIssued(root)) {
    throw usageError(`--cert-chain ${chainPath}: the last certificate is not a self-signed root`, 'end the file with the root CA certificate');
  }
  return { roots: [root], intermediates: certs.slice(0, -1), identity };
}
