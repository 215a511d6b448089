/**
 * What verification takes and returns, shared by both signature layouts (verify-image.ts for
 * cosign's `.sig` layers, verify-bundle.ts for sigstore bundles) and their callers.
 */
import type { KeyObject } from 'node:crypto';
import type { SimpleSigningPayload } from '../formats/simple-signing.ts';
import type { KeylessTrustMaterial } from '../keyless/keyless.ts';
import type { CertificateTrust, IdentityRequirement } from '../x509/certificates.ts';
import type { SignedIdentity } from './signed-identity.ts';

export type { CertificateTrust, IdentityRequirement };

/** Keyless trust: a sigstore trusted root (CA, logs) and the identity the certificate must name. */
export interface KeylessTrust {
  trust: KeylessTrustMaterial;
  identity: IdentityRequirement;
}

/** Loaded trust for cosign-format signatures: exactly one of a key, a certificate chain, keyless. */
export type CosignTrust =
  | {
      publicKey: KeyObject;
      /**
       * The logs whose entry each signature must carry (cosign's default for keys; signet's when
       * the user names a Rekor key). Undefined: the tlog is not checked.
       */
      tlog?: KeylessTrustMaterial | undefined;
    }
  | { certificates: CertificateTrust }
  | { keyless: KeylessTrust };

export interface ClaimRequirements {
  /** Each must appear with that value in the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** cosign ignores the signed identity; signet checks it unless told not to. */
  checkIdentity?: boolean | undefined;
  /** Which signed identities count (promotion); default: the image's own repository. */
  signedIdentity?: SignedIdentity | undefined;
}

export interface VerifyOptions extends ClaimRequirements {
  /** Exactly one of publicKey / certificates / keyless. */
  publicKey?: KeyObject | undefined;
  certificates?: CertificateTrust | undefined;
  keyless?: KeylessTrust | undefined;
  /** With `publicKey`: see CosignTrust. */
  tlog?: KeylessTrustMaterial | undefined;
}

/**
 * Why a signature was not accepted, as a code front ends can count and filter on:
 * - `untrusted`: the cryptography, certificate, or log entry does not check out for this trust;
 * - `malformed`: the signature or its payload cannot be read (missing bytes, bad JSON, a
 *   referrer that is not a bundle);
 * - `not-a-signature`: a well-formed statement that is not a cosign signature (an attestation);
 * - `digest`: it signs another digest; `identity`: another repository;
 * - `annotation`: a required annotation is missing or has another value.
 */
export type RejectionCode = 'untrusted' | 'malformed' | 'not-a-signature' | 'digest' | 'identity' | 'annotation';

export interface Rejection {
  code: RejectionCode;
  /** One line, as shown to users. */
  reason: string;
}

export interface RejectedSignature extends Rejection {
  /** The `.sig` layer's digest, or for a bundle the digest of its referrer manifest. */
  layerDigest: string;
}

export interface ImageVerification {
  image: string;
  digest: string;
  /** Where signatures were looked for: the `.sig` tag, then the bundle referrers. */
  signatureLocation: string;
  /** Payloads of the signatures that passed every check, in cosign's JSON shape. */
  verified: SimpleSigningPayload[];
  rejected: RejectedSignature[];
  ok: boolean;
}

export function rejection(code: RejectionCode, reason: string): Rejection {
  return { code, reason };
}
