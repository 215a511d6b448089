/**
 * One ephemeral key and its Fulcio certificate, shared by every signature of a run, as cosign
 * does: `--format both` signs the legacy payload and the bundle's statement with the same key
 * under the same certificate. sigstore-js's FulcioSigner asks Fulcio for a new certificate on
 * every signature and keeps only the leaf; cosign v2's legacy layout also stores the chain
 * (`dev.sigstore.cosign/chain`), so this signer calls sigstore-js's Fulcio client (CAClient)
 * itself, keeps the whole chain, and plugs into sigstore-js's bundle builders as their Signer.
 */
import { generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';
import type { CAClient } from '@sigstore/sign/dist/signer/fulcio/ca.js';

/** Fulcio certificates live 10 minutes; one with less left than this is replaced before signing. */
const RENEW_BEFORE_MS = 60_000;

export interface CertifiedKey {
  /** Leaf PEM. */
  certificatePem: string;
  /** Intermediates and root as Fulcio returned them, PEM, leaf excluded (cosign's chain annotation). */
  chainPem: string;
}

export class FulcioCertifiedSigner implements Signer {
  readonly #keys: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  readonly #fulcioURL: string;
  #ca: CAClient | undefined;
  readonly #getToken: () => Promise<string>;
  #current: Promise<{ key: CertifiedKey; notAfter: number }> | undefined;
  /** Chains by leaf fingerprint: a renewal between signing and packaging must not mismatch them. */
  readonly #chains = new Map<string, string>();

  constructor(fulcioURL: string, getToken: () => Promise<string>) {
    this.#fulcioURL = fulcioURL;
    this.#getToken = getToken;
  }

  /** The certificate the next signature will carry (fetched, or renewed when about to expire). */
  async certified(): Promise<CertifiedKey> {
    const current = this.#current ? await this.#current.catch(() => undefined) : undefined;
    if (!current || current.notAfter - Date.now() < RENEW_BEFORE_MS) this.#current = this.#request();
    return (await this.#current!).key;
  }

  /** The chain PEM Fulcio returned with this leaf ('' for a leaf this signer did not get). */
  chainFor(leaf: X509Certificate): string {
    return this.#chains.get(leaf.fingerprint256) ?? '';
  }

  async sign(data: Buffer): Promise<Signature> {
    const { certificatePem } = await this.certified();
    return { signature: sign('sha256', data, this.#keys.privateKey), key: { $case: 'x509Certificate', certificate: certificatePem } };
  }

  async #request(): Promise<{ key: CertifiedKey; notAfter: number }> {
    const token = await this.#getToken();
    // Imported on first use like the rest of @sigstore/sign. Not re-exported by the package
    // index; the dependency version is pinned (package.json), so these paths are stable.
    const [{ CAClient }, { extractJWTSubject }] = await Promise.all([import('@sigstore/sign/dist/signer/fulcio/ca.js'), import('@sigstore/sign/dist/util/oidc.js')]);
    this.#ca ??= new CAClient({ fulcioBaseURL: this.#fulcioURL });
    // Proof of possession: Fulcio checks a signature over the token's subject with the key it certifies.
    const challenge = sign('sha256', Buffer.from(extractJWTSubject(token)), this.#keys.privateKey);
    const publicKey = this.#keys.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const [leaf, ...chain] = await this.#ca.createSigningCertificate(token, publicKey, challenge);
    if (!leaf) throw new Error('Fulcio returned no certificate');
    const pem = (p: string): string => (p.endsWith('\n') ? p : `${p}\n`);
    const cert = new X509Certificate(leaf);
    const chainPem = chain.map(pem).join('');
    this.#chains.set(cert.fingerprint256, chainPem);
    return { key: { certificatePem: pem(leaf), chainPem }, notAfter: cert.validToDate.getTime() };
  }
}
