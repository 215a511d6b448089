/**
 * Certification path validation for certificate-backed signatures (`verify --cert-chain`,
 * `sign --cert --cert-chain`), judged against Go's crypto/x509 (cosign, containers/image) and
 * OpenSSL.
 *
 * Libraries evaluated (2026-12): @peculiar/x509's X509ChainBuilder only builds a chain (issuer
 * name, key identifiers, signature) and enforces none of pathLen, EKU, name constraints or
 * critical extensions; @sigstore/verify's CertificateChainVerifier (not exported) checks CA
 * flags and pathLen but not name constraints, EKU or critical extensions; pkijs's
 * CertificateChainValidationEngine (PeculiarVentures, maintained) builds the path and checks
 * signatures, validity at a date, name chaining, CA basic constraints with keyCertSign, RFC 5280
 * name constraints (email, DNS, URI, IP, directory names) and unparseable critical extensions on
 * CA certificates, but not pathLenConstraint, extended key usage or the leaf's critical
 * extensions. So pkijs builds and validates the path, and this module adds the three checks it
 * lacks, each as Go's crypto/x509 applies them:
 *  - pathLenConstraint: a CA may be followed by at most that many intermediates (Go isValid);
 *  - EKU nesting: every certificate of the path that carries an EKU extension must allow code
 *    signing or any usage (Go checkChainForKeyUsage); no EKU extension means any usage (RFC 5280);
 *  - critical extensions Go does not process refuse the certificate (Go UnhandledCriticalExtension),
 *    on every certificate of the path, leaf included.
 * pkijs is loaded on first use: only certificate verification needs it.
 */
import { webcrypto, type X509Certificate } from 'node:crypto';

export const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
const ANY_EKU = '2.5.29.37.0';
const EKU = '2.5.29.37';
const BASIC_CONSTRAINTS = '2.5.29.19';

/** Extensions Go's crypto/x509 processes; a critical one outside this set refuses the certificate. */
const HANDLED_EXTENSIONS = new Set([
  '2.5.29.15', // key usage
  BASIC_CONSTRAINTS,
  '2.5.29.17', // subject alternative name
  '2.5.29.30', // name constraints
  EKU,
  '2.5.29.32', // certificate policies
  '2.5.29.35', // authority key identifier
  '2.5.29.14', // subject key identifier
  '2.5.29.31', // CRL distribution points
  '1.3.6.1.5.5.7.1.1', // authority information access
]);

type Pkijs = typeof import('pkijs');
let loaded: Promise<Pkijs> | undefined;

async function pkijs(): Promise<Pkijs> {
  loaded ??= import('pkijs').then((m) => {
    // pkijs looks for `self.crypto` (browsers); give it Node's Web Crypto explicitly.
    m.setEngine('node', new m.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof m.CryptoEngine>[0]['crypto'] }));
    return m;
  });
  return loaded;
}

function describe(cert: { subject: { typesAndValues: { value: { valueBlock: { value: unknown } } }[] } }): string {
  return cert.subject.typesAndValues.map((t) => String(t.value.valueBlock.value)).join(', ');
}

/**
 * Why there is no valid path from `leaf` to one of `roots` through `intermediates` (untrusted:
 * from the verifier's chain file or carried by the signature) at `at`; undefined when there is.
 */
export async function validatePath(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  roots: readonly X509Certificate[],
  at: Date,
): Promise<string | undefined> {
  const m = await pkijs();
  const parse = (c: X509Certificate) => m.Certificate.fromBER(new Uint8Array(c.raw));
  // pkijs takes the end entity as the last of `certs`.
  const untrusted = intermediates.filter((c) => c.fingerprint256 !== leaf.fingerprint256 && !roots.some((r) => r.fingerprint256 === c.fingerprint256));
  const engine = new m.CertificateChainValidationEngine({
    trustedCerts: roots.map(parse),
    certs: [...untrusted.map(parse), parse(leaf)],
    checkDate: at,
  });
  let result: Awaited<ReturnType<typeof engine.verify>>;
  try {
    result = await engine.verify();
  } catch (e) {
    // pkijs throws an Error when no path exists, and its result object when a path fails a check.
    if (e instanceof Error) return `certificate chain does not lead to a trusted root (${e.message})`;
    return `certificate chain does not validate (${String((e as { resultMessage?: string }).resultMessage ?? e)})`;
  }
  if (!result.result || !result.certificatePath) {
    const message = result.resultMessage || `pkijs code ${result.resultCode}`;
    return /path/i.test(message) ? `certificate chain does not lead to a trusted root (${message})` : `certificate chain does not validate (${message})`;
  }
  const path = result.certificatePath;
  // What pkijs does not check, as Go does (see the module comment).
  for (const [i, cert] of path.entries()) {
    for (const ext of cert.extensions ?? []) {
      if (ext.critical && !HANDLED_EXTENSIONS.has(ext.extnID)) {
        return `certificate "${describe(cert)}" has an unknown critical extension ${ext.extnID}`;
      }
    }
    const eku = cert.extensions?.find((e) => e.extnID === EKU)?.parsedValue as { keyPurposes?: string[] } | undefined;
    if (eku?.keyPurposes && !eku.keyPurposes.includes(CODE_SIGNING_EKU) && !eku.keyPurposes.includes(ANY_EKU)) {
      return i === 0
        ? 'certificate lacks the codeSigning extended key usage'
        : `CA certificate "${describe(cert)}" restricts its extended key usage to ${eku.keyPurposes.join(', ')}, without codeSigning`;
    }
    if (i > 0) {
      const bc = cert.extensions?.find((e) => e.extnID === BASIC_CONSTRAINTS)?.parsedValue as { pathLenConstraint?: number | { valueBlock: { valueDec: number } } } | undefined;
      const raw = bc?.pathLenConstraint;
      const limit = typeof raw === 'number' ? raw : raw?.valueBlock.valueDec;
      // Intermediates below this CA: path[1..i-1] (the self-issued root itself does not count).
      if (limit !== undefined && i - 1 > limit) {
        return `CA certificate "${describe(cert)}" allows ${limit} intermediate(s) below it (pathLen), the chain has ${i - 1}`;
      }
    }
  }
  return undefined;
}
