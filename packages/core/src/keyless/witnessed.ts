/**
 * Signatures with transparency-log evidence, for keyless signers and for `--key --tlog-upload`:
 * sigstore-js's bundle builders sign (through any sigstore-js Signer: a Fulcio-certified
 * ephemeral key, or signet's loaded key) and ask Rekor (and a TSA) to witness. Two shapes, as
 * cosign: a DSSE bundle with a `dsse` entry (cosign v3), and a message signature over the
 * simple-signing payload with a `hashedrekord` entry (cosign v2's legacy `.sig` layer).
 * Imported lazily by its callers' dynamic imports of @sigstore/sign, so plain key signing
 * loads none of it.
 */
import type { KeyObject } from 'node:crypto';
import { bundleToJSON, type BundleWithDsseEnvelope, type BundleWithMessageSignature } from '@sigstore/bundle';
import type { Signer as SigstoreSigner, Witness } from '@sigstore/sign';
import { SignetError } from '../errors.ts';
import { bundleVerificationMaterial, IN_TOTO_PAYLOAD_TYPE, publicKeyHint } from '../formats/sigstore-bundle.ts';
import { Annotations } from '../formats/signature-manifest.ts';
import { legacyEvidenceAnnotations } from '../formats/cosign-tlog.ts';
import type { CertificateMaterial, Signer } from '../signers/signer.ts';
import { bundleSignerFor } from '../x509/certificates.ts';

export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

/** A signer whose signatures come with log evidence; one instance per run. */
export interface WitnessedSigner {
  /** A v0.3 bundle JSON: DSSE over `statement` with a Rekor `dsse` entry (cosign v3). */
  signStatement(statement: Uint8Array): Promise<{ bundle: Uint8Array; signature: Uint8Array }>;
  /**
   * cosign v2's legacy signature over a simple-signing payload: the signature and the `.sig`
   * layer annotations (signature, Rekor `hashedrekord` bundle; for keyless also certificate,
   * chain and the RFC 3161 timestamp when a TSA is configured).
   */
  signPayload(payload: Uint8Array): Promise<{ signature: Uint8Array; annotations: Record<string, string> }>;
}

export interface WitnessOptions {
  rekorURL?: string | undefined;
  /** RFC 3161 timestamp authority (sigstore timestamp-authority API); none by default, as cosign. */
  timestampServerURL?: string | undefined;
}

export interface BundleBuilders {
  dsse(statement: Uint8Array): Promise<BundleWithDsseEnvelope>;
  message(payload: Uint8Array): Promise<BundleWithMessageSignature>;
}

/** The two bundle shapes over one signer; sigstore-js failures become one-line I/O errors with `code` (front ends word the hint). */
export function bundleBuilders(signer: SigstoreSigner, options: WitnessOptions, code: string): BundleBuilders {
  const make = async () => {
    const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness, TSAWitness } = await import('@sigstore/sign');
    const rekorBaseURL = options.rekorURL ?? DEFAULT_REKOR_URL;
    const tsa: Witness[] = options.timestampServerURL ? [new TSAWitness({ tsaBaseURL: tsaBase(options.timestampServerURL) })] : [];
    return {
      // certificateChain false: a v0.3 bundle with the leaf only, as cosign v3 writes it.
      dsse: new DSSEBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL, entryType: 'dsse' }), ...tsa], certificateChain: false }),
      // cosign v2 logs the simple-signing payload's digest as a hashedrekord entry.
      message: new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL }), ...tsa] }),
    };
  };
  let builders: ReturnType<typeof make> | undefined;
  const run = async <T>(build: (b: Awaited<ReturnType<typeof make>>) => Promise<T>): Promise<T> => {
    try {
      return await build(await (builders ??= make()));
    } catch (e) {
      if (e instanceof SignetError) throw e;
      throw new SignetError('io', `signing with a transparency log entry failed: ${e instanceof Error ? e.message : String(e)}`, { code, data: { rekorURL: options.rekorURL, timestampServerURL: options.timestampServerURL } });
    }
  };
  return {
    dsse: (statement) => run((b) => b.dsse.create({ data: Buffer.from(statement), type: IN_TOTO_PAYLOAD_TYPE })),
    message: (payload) => run((b) => b.message.create({ data: Buffer.from(payload) })),
  };
}

/** sigstore-js's TSA client appends `/api/v1/timestamp`; cosign's flag is the full URL. */
function tsaBase(url: string): string {
  return url.replace(/\/api\/v1\/timestamp\/?$/, '');
}

export function bundleBytes(bundle: BundleWithDsseEnvelope | BundleWithMessageSignature): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(bundleToJSON(bundle)));
}

/**
 * `sign --key K --tlog-upload`: cosign's key signatures with a Rekor entry. The entry logs the
 * public key (PEM), as cosign does; bundles carry the key's hint, as key bundles without a log.
 * With `--cert`, as cosign: the entries log the leaf certificate instead, and the bundle and
 * `.sig` layer carry the certificate (and chain) as they do without a log.
 */
export function createKeyTlogSigner(signer: Signer, publicKey: KeyObject, options: WitnessOptions, certificate?: CertificateMaterial): WitnessedSigner {
  const logged: SigstoreKey = certificate
    ? { $case: 'x509Certificate', certificate: certificate.certificatePem }
    : { $case: 'publicKey', publicKey: publicKey.export({ format: 'pem', type: 'spki' }).toString() };
  const material = bundleVerificationMaterial(certificate ? bundleSignerFor(certificate) : { hint: publicKeyHint(publicKey) });
  const builders = bundleBuilders(
    // No hint here: sigstore-js would copy it into the DSSE signature's keyid, and cosign v3
    // (go-securesystemslib) then skips the signature when its own key ID differs.
    { sign: async (data) => ({ signature: Buffer.from(await signer.sign(data)), key: logged }) },
    options,
    'tlog.signing-failed',
  );
  return {
    async signStatement(statement) {
      const bundle = await builders.dsse(statement);
      // The signer's material goes where key bundles carry it (outside what Rekor logged).
      bundle.verificationMaterial.content = material;
      return { bundle: bundleBytes(bundle), signature: bundle.content.dsseEnvelope.signatures[0]?.sig ?? Buffer.alloc(0) };
    },
    async signPayload(payload) {
      const bundle = await builders.message(payload);
      const signature = bundle.content.messageSignature.signature;
      const certificates: Record<string, string> = certificate ? { [Annotations.certificate]: certificate.certificatePem, [Annotations.chain]: certificate.chainPem ?? '' } : {};
      return { signature, annotations: { [Annotations.signature]: Buffer.from(signature).toString('base64'), ...certificates, ...legacyEvidenceAnnotations(bundle) } };
    },
  };
}

type SigstoreKey = Awaited<ReturnType<SigstoreSigner['sign']>>['key'];
