/**
 * The verify use case for a batch of images, as every front end runs it (the CLI's verify, the
 * Action, a library user's gate): one verifier for every image, or a trust policy choosing the
 * rule per image; each image ends as a verdict (signatures passed or why not) or an error (bad
 * input, unreachable registry), in input order.
 */
import { runBatch, timed, type Outcome } from '../batch/run-batch.ts';
import type { SimpleSigningPayload } from '../formats/simple-signing.ts';
import type { AtomicVerifyResult } from '../lookaside/atomic.ts';
import type { NotaryImageVerification } from '../notary/verify-image.ts';
import type { LookasideStore } from '../lookaside/store.ts';
import type { TrustPolicy } from '../policy/trust-policy.ts';
import type { PolicyEvaluator } from '../policy/evaluate.ts';
import { openImage, type TargetContext } from '../targets/open-image.ts';
import type { ImageVerification, RejectedSignature } from './types.ts';
import type { SignedIdentity } from './signed-identity.ts';
import { closeVerifier, loadVerifier, verifyWith, type Verifier, type VerifierSpec } from './verifier.ts';

export interface VerifyRequest {
  /** Registry references or `oci:DIR[:tag]`, as the user named them. */
  images: readonly string[];
  context: TargetContext;
  /**
   * One verifier for every image (a spec, loaded and closed here, or one the caller loaded and
   * closes), or a trust policy (loadTrustPolicy) choosing a rule per image.
   */
  trust: { verifier: VerifierSpec } | { loaded: Verifier } | { policy: TrustPolicy };
  /** With a verifier: annotations every accepted signature carries (a policy's rules name their own). */
  annotations?: Record<string, string> | undefined;
  /** With a verifier: check the signed identity names the image's repository; default true (policies always check). */
  checkClaims?: boolean | undefined;
  /** With a verifier: which signed identities count (promotion); a policy's rules name their own. */
  signedIdentity?: SignedIdentity | undefined;
  /** Images verified in parallel; default 8. */
  concurrency?: number | undefined;
  /** Opens lookaside stores for GPG verifiers. */
  openLookaside?: ((url: string) => LookasideStore) | undefined;
  /** Where Notary verifiers remember versions seen (rollback protection). */
  notaryCacheDir?: string | undefined;
  /** Called as each image ends, in completion order. */
  onImage?: ((outcome: Outcome<string, ImageVerdict>, done: number, total: number) => void) | undefined;
}

/** One signer of a trust policy rule, and how it fared. */
export interface SignerVerdict {
  signer: string;
  ok: boolean;
  reason: string | undefined;
  /** cosign-format signatures checked for this signer that did not count. */
  rejected?: RejectedSignature[] | undefined;
}

export interface ImageVerdict {
  /** The image as given. */
  input: string;
  /** Canonical repo@digest. */
  image: string;
  ok: boolean;
  /** One line saying why the image failed; undefined when ok. */
  reason: string | undefined;
  /** The accepted payloads, in cosign's JSON shape. */
  payloads: SimpleSigningPayload[];
  /** With a verifier, cosign-format signatures: each signature's verdict (rejections typed). */
  verification?: ImageVerification | undefined;
  /** With a GPG verifier: each lookaside signature's verdict. */
  atomic?: AtomicVerifyResult | undefined;
  /** With a Notary verifier: the trust data's verdict on the tag. */
  notary?: NotaryImageVerification | undefined;
  /** With a policy: the rule that decided, and each of its signers. */
  rule?: string | undefined;
  signers?: SignerVerdict[] | undefined;
  seconds: number;
}

export interface VerifyBatch {
  /** In input order: a verdict, or the error that kept the image from being checked. */
  images: Outcome<string, ImageVerdict>[];
  summary: { images: number; verified: number; failed: number };
}

type Check = (input: string) => Promise<Omit<ImageVerdict, 'seconds'>>;

export async function verifyImages(request: VerifyRequest): Promise<VerifyBatch> {
  const gate = await gateFor(request);
  try {
    const images = await runBatch(
      request.images,
      request.concurrency ?? 8,
      (input) => timed(() => gate.check(input)),
      request.onImage,
    );
    const verified = images.filter((o) => o.ok && o.value.ok).length;
    return { images, summary: { images: images.length, verified, failed: images.length - verified } };
  } finally {
    await gate.close();
  }
}

/** One check for the whole batch: keys and policies are loaded once. */
async function gateFor(request: VerifyRequest): Promise<{ check: Check; close: () => Promise<void> }> {
  const { context } = request;
  if ('policy' in request.trust) {
    // Trust policies bring every signer kind: the evaluator is loaded for policy runs only.
    const { PolicyEvaluator } = await import('../policy/evaluate.ts');
    const evaluator: PolicyEvaluator = new PolicyEvaluator(request.trust.policy, context, { openLookaside: request.openLookaside, notaryCacheDir: request.notaryCacheDir });
    const check: Check = async (input) => {
      const r = await evaluator.verify(input);
      return {
        input,
        image: r.image,
        ok: r.ok,
        reason: r.reason,
        payloads: r.signers.flatMap((s) => (s.ok ? (s.verification?.verified ?? []) : [])),
        rule: r.rule,
        signers: r.signers.map(({ signer, ok, reason, verification }) => ({ signer, ok, reason, rejected: verification?.rejected })),
      };
    };
    return { check, close: () => evaluator.close() };
  }
  const given = 'loaded' in request.trust ? request.trust.loaded : undefined;
  const verifier: Verifier = given ?? (await loadVerifier((request.trust as { verifier: VerifierSpec }).verifier, { openLookaside: request.openLookaside, notaryCacheDir: request.notaryCacheDir, credentials: context.registry.credentials }));
  const claims = { annotations: request.annotations, checkIdentity: request.checkClaims ?? true, signedIdentity: request.signedIdentity };
  const check: Check = async (input) => {
    const image = await openImage(input, context, { checkDigestExists: verifier.kind === 'gpg', purpose: 'verifying' });
    const outcome = await verifyWith(verifier, image, claims, context);
    return {
      input,
      image: outcome.atomic?.image ?? image.display,
      ok: outcome.ok,
      reason: outcome.reason,
      payloads: outcome.verification?.verified ?? [],
      verification: outcome.verification,
      atomic: outcome.atomic,
      notary: outcome.notary,
    };
  };
  return { check, close: async () => (given ? undefined : closeVerifier(verifier)) };
}
