/**
 * @signet/core: the engine. No CLI or CI knowledge lives here (docs/architecture.md).
 *
 * The public surface, by layer: the use cases front ends call (sign a batch, verify a batch,
 * a trust policy gate, generated admission policies), then the pieces they are built from for
 * callers who need one step (open an image, sign one, read a signature store). Module-internal
 * helpers are not exported. Heavy parts stay behind subpaths a run loads only when it needs
 * them: `@signet/core/keysources/k8s`, `.../keysources/vault`, `.../policy/trust-policy`,
 * `.../policy/evaluate`.
 */

// Errors and logging: every failure is a SignetError whose kind maps to an exit code.
export { codedError, EXIT_CODES, isSignetError, SignetError, usageError, type ErrorKind, type SignetErrorOptions } from './errors.ts';
export { silentLogger, type Logger } from './log.ts';

// Use case: sign a batch of images.
export {
  signImages,
  signingTrust,
  type ImageSignOutcome,
  type KeylessSigning,
  type KeySigning,
  type SignBatch,
  type SigningKey,
  type SignRequest,
  type SignSummary,
} from './sign/sign-images.ts';
export { signAtomicImages, type AtomicSignBatch, type AtomicSignRequest } from './sign/sign-atomic-images.ts';
export { SIGNATURE_FORMATS, signImage, type Publication, type SignatureFormat, type SignOptions, type SignResult } from './sign/sign-image.ts';

// Use case: verify a batch of images against one verifier or a trust policy.
export { verifyImages, type ImageVerdict, type SignerVerdict, type VerifyBatch, type VerifyRequest } from './verify/verify-images.ts';
export {
  closeVerifier,
  identityRequirement,
  loadVerifier,
  verifyWith,
  type CertificateVerifierSpec,
  type GpgVerifierSpec,
  type IdentitySpec,
  type KeylessVerifierSpec,
  type KeyVerifierSpec,
  type NotaryVerifierSpec,
  type LoadVerifierOptions,
  type Verifier,
  type VerifierOutcome,
  type VerifierSpec,
} from './verify/verifier.ts';
export { describeFailure, verifyImage } from './verify/verify-image.ts';
export { claimsProblem, type SignedClaims } from './verify/claims.ts';
export type {
  CertificateTrust,
  ClaimRequirements,
  CosignTrust,
  ImageVerification,
  KeylessTrust,
  RejectedSignature,
  Rejection,
  RejectionCode,
  VerifyOptions,
} from './verify/types.ts';

// Trust policies: the gate and the admission policies generated from the same file.
export { loadTrustPolicy, parseTrustPolicy, ruleFor, type SignerSpec, type TrustPolicy, type TrustRule } from './policy/trust-policy.ts';
export { compileImagePattern, type ImagePattern } from './policy/image-pattern.ts';
export { PolicyEvaluator, policyFailure, type PolicyEvaluatorOptions, type PolicyVerification, type SignerOutcome } from './policy/evaluate.ts';
export { kyvernoPolicy, type GeneratedPolicy } from './policy/generate/kyverno.ts';
export { policyControllerPolicies } from './policy/generate/policy-controller.ts';
export { connaisseurValues } from './policy/generate/connaisseur.ts';
export { containersConfig, ignitionFile, machineConfig, type ContainersConfig, type ContainersOptions } from './policy/generate/containers.ts';
export type { Dropped } from './policy/generate/material.ts';

// Targets: what the user named, opened as a repository, a digest and its signature stores.
export { imageExists, layoutIdentity, openImage, type OpenedImage, type OpenOptions, type Repositories, type TargetContext } from './targets/open-image.ts';
export { childManifests } from './targets/expand-index.ts';
export * from './reference/index.ts';
export { runBatch, timed, type Outcome } from './batch/run-batch.ts';

// Registries and OCI layouts (registry/index.ts curates its own surface).
export * from './registry/index.ts';
export { OciLayout, writeDemoImage } from './layout/index.ts';
export { MANIFEST_ACCEPT, MediaTypes, type ArtifactRepository, type Descriptor, type FetchedManifest, type ImageIndex, type ImageManifest } from './oci/types.ts';
export { isDigest, sha256Digest } from './oci/digest.ts';
export { StaleWriteError, type WriteOptions } from './oci/stale-write.ts';

// Keys and signers.
export * from './keys/index.ts';
export type { CertificateMaterial, Signer } from './signers/signer.ts';
export { describeKeyRef, parseKeyRef, type KeyRef } from './signers/key-ref.ts';
export { KeySigner } from './signers/key-signer.ts';
export { loadSigner, loadVerificationKey, registerKeySource, type KeyLoadOptions, type RemoteKeyKind, type RemoteKeySource } from './signers/load.ts';
export { loadCertificateTrust, loadSigningCertificate, type SigningCertificate } from './x509/load.ts';
export { checkSigningCertificate, describeCertificate, parseCertificates, toPem, type IdentityRequirement } from './x509/certificates.ts';

// Keyless (Fulcio, Rekor, TUF) and key signatures logged in Rekor.
export {
  createKeylessSigner,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  loadDefaultTrustedRoot,
  loadTrustedRoot,
  type KeylessSigner,
  type KeylessSignOptions,
  type KeylessTrustMaterial,
} from './keyless/keyless.ts';
export { createKeyTlogSigner, type WitnessedSigner, type WitnessOptions } from './keyless/witnessed.ts';
export { loadKeyTlogTrust, type TlogSource } from './keyless/key-tlog.ts';
export { DEFAULT_TUF_MIRROR, initializeTuf, tufCacheDir, tufMirrorConfigured, tufSettings } from './keyless/tuf.ts';

// Signature formats and stores (cosign's `.sig` layout, sigstore bundle referrers).
export {
  ATOMIC_SIGNATURE_TYPE,
  buildAtomicPayload,
  buildCosignPayload,
  COSIGN_SIGNATURE_TYPE,
  parseAtomicPayload,
  parseCosignPayload,
  type AtomicPayload,
  type SimpleSigningPayload,
} from './formats/simple-signing.ts';
export { Annotations, buildSignatureManifest, parseSignatureManifest, signatureTag } from './formats/signature-manifest.ts';
export {
  buildSignStatement,
  COSIGN_SIGN_PREDICATE_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  parseBundle,
  parseStatement,
  preAuthEncoding,
  type InTotoStatement,
} from './formats/sigstore-bundle.ts';
export { referrersTag } from './formats/referrers.ts';
export { CosignSignatureStore, DEFAULT_WINDOW_BOUND_MS, type AppendOptions, type AppendResult, type SignatureSet, type StoredSignature } from './stores/cosign-signatures.ts';
export { BundleAnnotations, BundleReferrerStore, type StoredBundle } from './stores/bundle-referrers.ts';

// GPG simple signing (containers/image) and lookaside stores.
export * from './gpg/index.ts';
export * from './lookaside/index.ts';
export * from './verify/signed-identity.ts';
