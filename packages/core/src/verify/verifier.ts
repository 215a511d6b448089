/**
 * One verifier spec and one loader for every trust signet verifies against: a public key
 * (optionally requiring Rekor entries), a certificate chain, keyless (a sigstore trusted root
 * and an identity), and GPG keyrings with a lookaside store. The CLI's flags and a trust
 * policy's signers both become a `VerifierSpec`; `loadVerifier` reads the material once per
 * batch and `verifyWith` checks one image against it.
 */
import { loadVerificationKey } from '../signers/load.ts';
import { loadDefaultTrustedRoot, loadTrustedRoot } from '../keyless/keyless.ts';
import { loadKeyTlogTrust, type TlogSource } from '../keyless/key-tlog.ts';
import { loadCertificateTrust } from '../x509/load.ts';
import type { IdentityRequirement } from '../x509/certificates.ts';
import { loadPublicKeyring, type PublicKey } from '../gpg/keys.ts';
import { describeAtomicFailure, lookasideReference, verifyAtomic, type AtomicVerifyResult } from '../lookaside/atomic.ts';
import { openLookasideStore } from '../lookaside/open-store.ts';
import type { LookasideStore } from '../lookaside/store.ts';
import { readFile } from 'node:fs/promises';
import { SignetError } from '../errors.ts';
import type { CredentialProvider } from '../registry/credentials.ts';
import { imageExists, type OpenedImage, type TargetContext } from '../targets/open-image.ts';
import type { NotaryImageVerification, NotaryVerifier } from '../notary/verify-image.ts';
import { describeFailure, verifyImage } from './verify-image.ts';
import type { ClaimRequirements, CosignTrust, ImageVerification } from './types.ts';

/** The certificate identity a certificate-backed or keyless signature must carry (cosign's four flags). */
export interface IdentitySpec {
  identity?: string | undefined;
  identityRegexp?: string | undefined;
  issuer?: string | undefined;
  issuerRegexp?: string | undefined;
}

export type KeyVerifierSpec = {
  kind: 'key';
  /** A path (PEM public key or certificate), env://VAR, k8s://ns/name or hashivault://name. */
  key: string;
  /** The logs whose entry each signature must carry; undefined: the tlog is not checked. */
  tlog?: TlogSource | undefined;
};
export type CertificateVerifierSpec = IdentitySpec & {
  kind: 'certificate';
  /** PEM: intermediates first, the trusted root last. */
  certChain: string;
};
export type KeylessVerifierSpec = IdentitySpec & {
  kind: 'keyless';
  /** A sigstore trusted_root.json; default: the TUF trusted root (see keyless/tuf.ts). */
  trustedRoot?: string | undefined;
  /** Do not require an SCT even when the trusted root lists CT logs. */
  ignoreSct?: boolean | undefined;
};
export type GpgVerifierSpec = {
  kind: 'gpg';
  /** An OpenPGP public keyring, armored or binary. */
  keyring: string;
  /** file:///DIR, https://HOST/PATH or sigserver+https://HOST. */
  lookaside: string;
};

export type NotaryVerifierSpec = {
  kind: 'notary';
  /** Docker Content Trust: the Notary v1 server URL. */
  notary: string;
  /** The pinned root: its public key or certificate (PEM), its key ID, or a root.json. */
  root: string;
  /** PEM CA of the server's TLS certificate. */
  ca?: string | undefined;
  /** Delegations that must each have signed the tag (Connaisseur's `delegations`), e.g. releases. */
  delegations?: string[] | undefined;
};

export type VerifierSpec = KeyVerifierSpec | CertificateVerifierSpec | KeylessVerifierSpec | GpgVerifierSpec | NotaryVerifierSpec;

/** Loaded material, for a whole batch. */
export type Verifier =
  | { kind: 'cosign'; trust: CosignTrust }
  | { kind: 'gpg'; keyring: PublicKey[]; store: LookasideStore }
  | { kind: 'notary'; notary: NotaryVerifier; close: () => Promise<void> };

export interface LoadVerifierOptions {
  /** Opens lookaside stores (front ends pass their logger and retry settings). */
  openLookaside?: ((url: string) => LookasideStore) | undefined;
  /** Where Notary verifiers remember versions seen (rollback protection); none: only within the run. */
  notaryCacheDir?: string | undefined;
  /** Credentials for Notary servers: the registry session's (docker sends a registry's to its Notary server). */
  credentials?: CredentialProvider | undefined;
}

export function identityRequirement(spec: IdentitySpec): IdentityRequirement {
  return { identity: spec.identity, identityRegExp: spec.identityRegexp, issuer: spec.issuer, issuerRegExp: spec.issuerRegexp };
}

export async function loadVerifier(spec: VerifierSpec, options: LoadVerifierOptions = {}): Promise<Verifier> {
  switch (spec.kind) {
    case 'key': {
      const publicKey = await loadVerificationKey(spec.key);
      return { kind: 'cosign', trust: { publicKey, tlog: spec.tlog ? await loadKeyTlogTrust(publicKey, spec.tlog) : undefined } };
    }
    case 'certificate':
      return { kind: 'cosign', trust: { certificates: await loadCertificateTrust(spec.certChain, identityRequirement(spec)) } };
    case 'keyless': {
      const ignoreSct = spec.ignoreSct === true;
      const trust = spec.trustedRoot ? await loadTrustedRoot(spec.trustedRoot, { ignoreSct }) : await loadDefaultTrustedRoot({ ignoreSct });
      return { kind: 'cosign', trust: { keyless: { trust, identity: identityRequirement(spec) } } };
    }
    case 'gpg': {
      const keyring = await loadPublicKeyring(spec.keyring);
      return { kind: 'gpg', keyring, store: (options.openLookaside ?? ((url) => openLookasideStore(url)))(spec.lookaside) };
    }
    case 'notary': {
      // The Notary engine is loaded on first use of a Notary verifier.
      const notary = await import('../notary/index.ts');
      const ca = spec.ca
        ? await readFile(spec.ca, 'utf8').catch(() => {
            throw new SignetError('usage', `cannot read the Notary CA ${spec.ca}`);
          })
        : undefined;
      const server = new notary.NotaryServer(spec.notary, { ca, credentials: options.credentials });
      const verifier = new notary.NotaryVerifier(server, {
        pin: await notary.loadRootPin(spec.root),
        roles: spec.delegations,
        cache: options.notaryCacheDir ? notary.fileTrustCache(options.notaryCacheDir) : undefined,
      });
      return { kind: 'notary', notary: verifier, close: () => server.close() };
    }
  }
}

/** Releases what the verifier holds open (a lookaside store's connections). */
export async function closeVerifier(verifier: Verifier): Promise<void> {
  if (verifier.kind === 'gpg') await verifier.store.close();
  if (verifier.kind === 'notary') await verifier.close();
}

/** One image against one verifier: whether a signature passed, and why not when none did. */
export interface VerifierOutcome {
  ok: boolean;
  /** One line; undefined when ok. */
  reason: string | undefined;
  /** cosign-format signatures: each signature's verdict. */
  verification?: ImageVerification | undefined;
  /** GPG lookaside signatures: each signature's verdict. */
  atomic?: AtomicVerifyResult | undefined;
  /** Docker Content Trust: the trust data's verdict on the tag. */
  notary?: NotaryImageVerification | undefined;
}

/**
 * One image against one verifier. GPG: the reference as named keys the lookaside, and its tag
 * decides the identity rule. Notary: the tag's signed target must be the opened digest.
 */
export async function verifyWith(verifier: Verifier, image: OpenedImage, claims: ClaimRequirements, context: TargetContext): Promise<VerifierOutcome> {
  if (verifier.kind === 'notary') {
    const r = await verifier.notary.verify(image.input, context);
    const ok = r.ok && r.target?.digest === image.digest;
    return { ok, reason: ok ? undefined : (r.reason ?? `Notary signed ${r.target?.digest} but the image is ${image.digest}`), notary: r };
  }
  if (verifier.kind === 'gpg') {
    // The same rule as verifyImage: signatures of a manifest the registry lacks verify nothing.
    if (!(await imageExists(image))) throw new SignetError('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
    const atomic = await verifyAtomic(image.reference ?? lookasideReference(image.input), image.digest, verifier.store, verifier.keyring, claims.signedIdentity);
    return { ok: atomic.ok, reason: atomic.ok ? undefined : describeAtomicFailure(atomic, verifier.store.url), atomic };
  }
  const verification = await verifyImage(image, { ...verifier.trust, annotations: claims.annotations, checkIdentity: claims.checkIdentity, signedIdentity: claims.signedIdentity });
  return { ok: verification.ok, reason: verification.ok ? undefined : describeFailure(verification), verification };
}
