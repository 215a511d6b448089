/**
 * X.509 material for certificate-backed signing: parsing PEM bundles, checking that a signing
 * certificate is fit for code signing, and building a path to a trusted root. Node's
 * X509Certificate does the cryptography; @peculiar/asn1-x509 reads the Fulcio extensions
 * (loaded lazily: only issuer checks need it).
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { SignetError, usageError } from '../errors.ts';
import type { KeyBundleSigner } from '../formats/sigstore-bundle.ts';
import type { CertificateMaterial } from '../signers/signer.ts';
import { CODE_SIGNING_EKU, validatePath } from './path-validation.ts';

const ANY_EKU = '2.5.29.37.0';
/** Fulcio's OIDC issuer extensions: v2 (DER UTF8String) and the deprecated v1 (raw string). */
const FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

const PEM_CERT_RE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function parseCertificates(pem: string, source: string): X509Certificate[] {
  const blocks = pem.match(PEM_CERT_RE) ?? [];
  if (blocks.length === 0) throw usageError(`${source} contains no PEM certificate`, 'pass a file with -----BEGIN CERTIFICATE----- blocks');
  return blocks.map((block, i) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw usageError(`${source}: certificate #${i + 1} is not valid X.509`, 'check that the PEM is complete and not corrupted');
    }
  });
}

export function toPem(certs: readonly X509Certificate[]): string {
  return certs.map((c) => c.toString()).join('');
}

export function describeCertificate(cert: X509Certificate): string {
  const san = cert.subjectAltName;
  return san ? `${cert.subject.replace(/\n/g, ', ')} (${san})` : cert.subject.replace(/\n/g, ', ');
}

function hasCodeSigning(cert: X509Certificate): boolean {
  // Node reports no EKU extension as undefined: RFC 5280 and Go's crypto/x509 (cosign,
  // containers/image) take that as any usage. Present without codeSigning (or anyExtendedKeyUsage): refused.
  const eku = cert.keyUsage;
  return !Array.isArray(eku) || eku.includes(CODE_SIGNING_EKU) || eku.includes(ANY_EKU);
}

/** Problems with the leaf itself (not its chain), or undefined when fit for signing at `at`. */
export function leafProblem(cert: X509Certificate, at: Date): string | undefined {
  if (!hasCodeSigning(cert)) return 'certificate lacks the codeSigning extended key usage';
  if (at < cert.validFromDate) return `certificate is not valid before ${cert.validFromDate.toISOString()}`;
  if (at > cert.validToDate) return `certificate expired at ${cert.validToDate.toISOString()}`;
  return undefined;
}

/**
 * Why `leaf` has no valid path through `pool` (untrusted intermediates from the signature or the
 * chain file) to one of `roots` at `at`, or undefined. RFC 5280 path validation by pkijs plus
 * what it lacks (path-validation.ts).
 */
export function pathProblem(leaf: X509Certificate, pool: readonly X509Certificate[], roots: readonly X509Certificate[], at: Date): Promise<string | undefined> {
  return validatePath(leaf, pool, roots, at);
}

/** Compares SPKI bytes, so it works for keys that never leave their KMS (Vault). */
export function certificateMatchesKey(cert: X509Certificate, publicKey: KeyObject): boolean {
  const der = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
  return der(cert.publicKey).equals(der(publicKey));
}

/**
 * The SANs cosign's --certificate-identity matches (cryptoutils.GetSubjectAlternateNames): DNS
 * names, emails, IP addresses and URIs. (Before the containers/image PKI fixture, whose leaf
 * names a host, signet matched emails and URIs only.)
 */
export function subjectAlternativeNames(cert: X509Certificate): string[] {
  const san = cert.subjectAltName;
  if (!san) return [];
  return san
    .split(/,\s*/)
    .map((entry) => /^(?:email|URI|DNS|IP Address):(.*)$/.exec(entry)?.[1])
    .filter((v): v is string => typeof v === 'string');
}

export async function oidcIssuer(cert: X509Certificate): Promise<string> {
  const [{ AsnConvert }, { Certificate }] = await Promise.all([import('@peculiar/asn1-schema'), import('@peculiar/asn1-x509')]);
  const parsed = AsnConvert.parse(cert.raw, Certificate);
  const extensions = parsed.tbsCertificate.extensions ?? [];
  const value = (oid: string) => extensions.find((e) => e.extnID === oid)?.extnValue.buffer;
  const v2 = value(FULCIO_ISSUER_V2);
  if (v2) {
    // DER UTF8String: tag 0x0c, short or long length.
    const bytes = new Uint8Array(v2);
    const offset = (bytes[1] ?? 0) & 0x80 ? 2 + ((bytes[1] ?? 0) & 0x7f) : 2;
    return new TextDecoder().decode(bytes.subarray(offset));
  }
  const v1 = value(FULCIO_ISSUER_V1);
  return v1 ? new TextDecoder().decode(new Uint8Array(v1)) : '';
}

export interface IdentityRequirement {
  identity?: string | undefined;
  identityRegExp?: string | undefined;
  issuer?: string | undefined;
  issuerRegExp?: string | undefined;
}

function compile(pattern: string, flag: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw usageError(`${flag} "${pattern}" is not a valid regular expression`);
  }
}

/** cosign's CheckCertificatePolicy: an issuer and a SAN must both match when given. */
export async function identityProblem(cert: X509Certificate, req: IdentityRequirement): Promise<string | undefined> {
  const needsIssuer = req.issuer !== undefined || req.issuerRegExp !== undefined;
  const issuer = needsIssuer ? await oidcIssuer(cert) : '';
  if (req.issuer !== undefined && req.issuer !== issuer) return `certificate issuer "${issuer}" is not "${req.issuer}"`;
  if (req.issuerRegExp !== undefined && !compile(req.issuerRegExp, '--certificate-oidc-issuer-regexp').test(issuer)) {
    return `certificate issuer "${issuer}" does not match /${req.issuerRegExp}/`;
  }
  const sans = subjectAlternativeNames(cert);
  if (req.identity !== undefined && !sans.includes(req.identity)) {
    return `certificate identities [${sans.join(', ')}] do not include "${req.identity}"`;
  }
  if (req.identityRegExp !== undefined) {
    const re = compile(req.identityRegExp, '--certificate-identity-regexp');
    if (!sans.some((s) => re.test(s))) return `certificate identities [${sans.join(', ')}] do not match /${req.identityRegExp}/`;
  }
  return undefined;
}

/** Checks a signer's own certificate before signing, so a bad cert fails fast and clearly. */
export async function checkSigningCertificate(options: {
  leaf: X509Certificate;
  chain: readonly X509Certificate[];
  publicKey?: KeyObject;
  at?: Date;
}): Promise<void> {
  const at = options.at ?? new Date();
  if (options.publicKey && !certificateMatchesKey(options.leaf, options.publicKey)) {
    throw usageError('the certificate does not match the signing key', 'pass the certificate issued for this key with --cert');
  }
  const problem = leafProblem(options.leaf, at);
  if (problem) throw usageError(`signing certificate ${describeCertificate(options.leaf)}: ${problem}`);
  if (options.chain.length === 0) return;
  const root = options.chain[options.chain.length - 1];
  if (!root || !root.checkIssued(root)) {
    throw usageError('the last certificate of --cert-chain must be a self-signed root', 'order the chain: parent intermediate first, root last');
  }
  const chainProblem = await pathProblem(options.leaf, options.chain.slice(0, -1), [root], at);
  if (chainProblem) {
    throw new SignetError('usage', `--cert-chain: ${chainProblem}`, {
      hint: 'order the chain parent intermediate first, root last; cosign and containers/image refuse signatures whose chain does not allow code signing',
    });
  }
}

/**
 * A certificate signer's bundle material, as cosign v3 writes it: the leaf, then (with a
 * chain) the chain's certificates other than the leaf and any self-signed root.
 */
export function bundleSignerFor(material: CertificateMaterial): KeyBundleSigner {
  const [leaf] = parseCertificates(material.certificatePem, '--cert') as [X509Certificate];
  if (material.chainPem === undefined) return { certificates: [leaf.raw], chain: false };
  const rest = parseCertificates(material.chainPem, '--cert-chain').filter(
    (c) => c.fingerprint256 !== leaf.fingerprint256 && !(c.checkIssued(c) && c.verify(c.publicKey)),
  );
  return { certificates: [leaf.raw, ...rest.map((c) => c.raw)], chain: true };
}

/** Trust for certificate-backed key signatures: the leaf must chain to one of `roots`. */
export interface CertificateTrust {
  roots: X509Certificate[];
  /** Untrusted intermediates offered by the verifier (the signature may carry more). */
  intermediates: X509Certificate[];
  identity: IdentityRequirement;
  /** When the certificate must have been valid; without a timestamp authority: now. */
  at?: Date;
}

/**
 * The leaf's public key once it is fit for code signing, chains to a trusted root (through
 * the verifier's and the signature's intermediates) and names the required identity; else
 * why not. One rule for both places a certificate travels: `.sig` annotations and bundles.
 */
export async function trustedCertificateKey(leaf: X509Certificate, carried: readonly X509Certificate[], trust: CertificateTrust): Promise<KeyObject | string> {
  const at = trust.at ?? new Date();
  const problem = leafProblem(leaf, at);
  if (problem) return problem;
  const path = await pathProblem(leaf, [...trust.intermediates, ...carried], trust.roots, at);
  if (path) return path;
  return (await identityProblem(leaf, trust.identity)) ?? leaf.publicKey;
}
