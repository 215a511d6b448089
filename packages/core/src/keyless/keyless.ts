/**
 * Keyless signing and verification (issue 10, second part), on sigstore-js's own clients:
 * @sigstore/sign talks to Fulcio (ephemeral P-256 key, certificate for the OIDC identity; see
 * fulcio-signer.ts) and Rekor (a `dsse` entry for bundles, `hashedrekord` for cosign v2's legacy
 * layer; witnessed.ts), optionally a timestamp authority; @sigstore/verify checks a bundle, or a
 * legacy layer rebuilt as one (formats/cosign-tlog.ts), against a trusted root (certificate chain to the CA, SCTs, the tlog entry's SET or inclusion
 * proof with the log key, signing time within the certificate's validity). signet only adds
 * what is image-specific: it signs the same in-toto statement / simple-signing payload as the
 * key paths, and the claims are checked by the same code (verify-bundle.ts, verify-image.ts).
 * The sigstore clients are imported on first keyless use (like openpgp.js for GPG), so key
 * signing and the Action's cold start do not load them.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import type { Bundle, BundleWithDsseEnvelope } from '@sigstore/bundle';
import type { IdentityProvider } from '@sigstore/sign';
import { bundleBuilders, bundleBytes, type WitnessedSigner, type WitnessOptions } from './witnessed.ts';
import { Annotations } from '../formats/signature-manifest.ts';
import { legacyEvidenceAnnotations, legacyToBundle, loggedVerifierProblem } from '../formats/cosign-tlog.ts';
import { FulcioCertifiedSigner } from './fulcio-signer.ts';
import type { Verifier } from '@sigstore/verify';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { SignetError, usageError } from '../errors.ts';
import { identityProblem, type IdentityRequirement } from '../x509/certificates.ts';
import { checkedTrustedRoot, readTrustedRoot } from './trusted-root.ts';

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export { DEFAULT_REKOR_URL } from './witnessed.ts';

export interface KeylessSignOptions extends WitnessOptions {
  fulcioURL?: string | undefined;
  /** An explicit OIDC token (or a file holding one); otherwise see `identityProvider`. */
  identityToken?: string | undefined;
  /** Checks each bundle against this trust before it is published (a misconfigured URL fails early). */
  trustedRoot?: KeylessTrustMaterial | undefined;
}

/**
 * Signs keylessly; one instance per run: one ephemeral key, one token, and one Fulcio
 * certificate shared by every signature (renewed only when it is about to expire).
 */
export type KeylessSigner = WitnessedSigner;

/**
 * Where the OIDC token comes from, in cosign's order: an explicit `--identity-token` (a JWT or
 * a file holding one), then SIGSTORE_ID_TOKEN, then GitHub Actions' runtime token (audience
 * `sigstore`, from ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN; needs `permissions: id-token: write`).
 * No interactive browser flow: signet runs in pipelines.
 */
export function identityProvider(explicit: string | undefined): IdentityProvider {
  if (explicit) {
    return {
      getToken: async () => {
        const value = explicit.trim();
        // A JWT has two dots and no slash; anything else that exists is read as a file (cosign accepts both).
        if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value) && existsSync(value)) return (await readFile(value, 'utf8')).trim();
        return value;
      },
    };
  }
  return {
    getToken: async () => {
      // CIContextProvider reads SIGSTORE_ID_TOKEN first, then asks the Actions runtime.
      const { CIContextProvider } = await import('@sigstore/sign');
      try {
        return await new CIContextProvider('sigstore').getToken();
      } catch (e) {
        throw usageError(
          `no OIDC identity token for keyless signing (${e instanceof Error ? e.message : String(e)})`,
          'pass --identity-token, set SIGSTORE_ID_TOKEN, or in GitHub Actions grant `permissions: id-token: write`',
        );
      }
    },
  };
}

export function createKeylessSigner(options: KeylessSignOptions): KeylessSigner {
  // The token is fetched once, before Fulcio is called, so that a missing token is a usage
  // error with a hint (a failure inside the Fulcio client would be an opaque internal error).
  const provider = identityProvider(options.identityToken);
  let token: Promise<string> | undefined;
  const getToken = (): Promise<string> => (token ??= provider.getToken());
  const signer = new FulcioCertifiedSigner(options.fulcioURL ?? DEFAULT_FULCIO_URL, getToken);
  const builders = bundleBuilders(signer, options, 'check --fulcio-url, --rekor-url, --timestamp-server-url and the identity token');
  const checkBeforePublishing = (problem: string | undefined): void => {
    if (problem) throw new SignetError('verification', `the signature just made does not verify against ${options.trustedRoot?.source ?? 'the trusted root'}: ${problem}`);
  };
  return {
    async signStatement(statement) {
      await getToken();
      const bundle = await builders.dsse(statement);
      if (options.trustedRoot) checkBeforePublishing(verifyKeylessBundle(bundle, options.trustedRoot));
      return { bundle: bundleBytes(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
    },
    async signPayload(payload) {
      await getToken();
      const bundle = await builders.message(payload);
      const signature = bundle.content.messageSignature.signature;
      const leaf = bundleLeaf(bundle);
      if (!leaf) throw new SignetError('io', 'keyless signing failed: the bundle carries no certificate');
      const annotations = {
        [Annotations.signature]: Buffer.from(signature).toString('base64'),
        [Annotations.certificate]: leaf.toString(),
        [Annotations.chain]: signer.chainFor(leaf),
        ...legacyEvidenceAnnotations(bundle),
      };
      if (options.trustedRoot) {
        const back = legacyToBundle({ payload, signature, annotations, leaf });
        checkBeforePublishing(typeof back === 'string' ? back : verifyKeylessBundle(back, options.trustedRoot, payload));
      }
      return { signature, annotations };
    },
  };
}

/** A trusted root, loaded once: the CA, transparency logs, CT logs and TSAs to trust. */
export interface KeylessTrustMaterial {
  verifier: Verifier;
  toSignedEntity: typeof import('@sigstore/verify').toSignedEntity;
  /** For messages. */
  source: string;
}

/**
 * Loads a sigstore trusted_root.json. One SCT is required unless --insecure-ignore-sct (as
 * cosign), timestamps: at least one (the tlog entry's integrated time counts, as in cosign).
 */
export async function loadTrustedRoot(path: string, options: { ignoreSct?: boolean } = {}): Promise<KeylessTrustMaterial> {
  return trustMaterial(await readTrustedRoot(path), `--trusted-root ${path}`, options);
}

/**
 * The trusted root when no --trusted-root is given: trusted_root.json from TUF (the
 * public-good repository, or the mirror `signet initialize` set; see tuf.ts).
 */
export async function loadDefaultTrustedRoot(options: { ignoreSct?: boolean; env?: Readonly<Record<string, string | undefined>> } = {}): Promise<KeylessTrustMaterial> {
  const { fetchTufTrustedRoot } = await import('./tuf.ts');
  const { root, source } = await fetchTufTrustedRoot(options.env);
  return trustMaterial(root, `the trusted root from ${source}`, options);
}

async function trustMaterial(root: TrustedRoot, source: string, options: { ignoreSct?: boolean }): Promise<KeylessTrustMaterial> {
  const { toSignedEntity, toTrustMaterial, Verifier } = await import('@sigstore/verify');
  checkedTrustedRoot(root, source);
  // As cosign v2 and v3 (judged on containers/image's Fulcio fixture): one verified SCT is
  // required unless --insecure-ignore-sct, also when the root lists no CT log; with the flag the
  // SCTs are not examined at all (patches/@sigstore__verify@4.1.3.patch).
  const ctlogThreshold = options.ignoreSct ? 0 : 1;
  return { verifier: new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold, timestampThreshold: 1 }), toSignedEntity, source };
}

/**
 * The sigstore checks of one keyless bundle, or why it fails: the leaf chains to the trusted
 * CA at the signing time, that time comes from the log (SET or inclusion proof checked with
 * the log key) or a TSA, the log entry is for this envelope, the DSSE signature verifies.
 */
export function verifyKeylessBundle(bundle: Bundle, trust: KeylessTrustMaterial, message?: Uint8Array): string | undefined {
  if (bundle.verificationMaterial.content.$case === 'publicKey') return 'bundle is signed with a key, not a certificate (verify it with --key)';
  return sigstoreProblem(bundle, trust, message);
}

/** @sigstore/verify's verdict on one bundle against `trust`, as a one-line reason. */
export function sigstoreProblem(bundle: Bundle, trust: KeylessTrustMaterial, message?: Uint8Array): string | undefined {
  try {
    // A message signature is checked against the signed bytes themselves (a DSSE envelope carries its payload).
    trust.verifier.verify(trust.toSignedEntity(bundle, message ? Buffer.from(message) : undefined));
    return undefined;
  } catch (e) {
    return e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  }
}

/** The signing certificate of a keyless bundle. */
export function bundleLeaf(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  const der =
    content.$case === 'certificate' ? content.certificate.rawBytes : content.$case === 'x509CertificateChain' ? content.x509CertificateChain.certificates[0]?.rawBytes : undefined;
  return der ? new X509Certificate(der) : undefined;
}

/**
 * A legacy keyless `.sig` signature (cosign v2): the layer's certificate and Rekor bundle
 * annotation become a v0.1 message-signature bundle for the same checks as a bundle (chain at
 * the logged time, SCT, SET with the log key, log body against signature and payload digest),
 * plus cosign's check that the log entry names this certificate, then the identity.
 */
export async function legacyKeylessProblem(sig: { payload: Uint8Array; signature: Uint8Array; certificatePem: string | undefined; annotations: Record<string, string> }, trust: KeylessTrustMaterial, identity: IdentityRequirement): Promise<string | undefined> {
  if (!sig.certificatePem) return 'legacy .sig signature carries no certificate (a key signature: verify it with --key)';
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(sig.certificatePem);
  } catch {
    return `${Annotations.certificate} annotation is not a PEM certificate`;
  }
  if (sig.annotations[Annotations.bundle] === undefined) return `no transparency log entry (${Annotations.bundle} annotation missing)`;
  const bundle = legacyToBundle({ ...sig, leaf });
  if (typeof bundle === 'string') return bundle;
  const problem = verifyKeylessBundle(bundle, trust, sig.payload) ?? loggedVerifierProblem({ ...sig, leaf }, leaf.publicKey);
  return problem ?? identityProblem(leaf, identity);
}

/** Everything keyless: trust, then the identity the certificate must carry. */
export async function keylessProblem(bundle: BundleWithDsseEnvelope, trust: KeylessTrustMaterial, identity: IdentityRequirement): Promise<string | undefined> {
  const problem = verifyKeylessBundle(bundle, trust);
  if (problem) return problem;
  const leaf = bundleLeaf(bundle);
  if (!leaf) return 'bundle carries no certificate';
  return identityProblem(leaf, identity);
}
