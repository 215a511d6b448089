/**
 * The pipeline gate: checks one image against the trust policy rule that covers it. Fails
 * closed: an image no rule covers is not verified.
 */
import { isSignetError, SignetError } from '../errors.ts';
import { parseTarget, repositoryName } from '../reference/index.ts';
import { layoutIdentity, openImage, type TargetContext } from '../targets/open-image.ts';
import type { ImageVerification } from '../verify/types.ts';
import { closeVerifier, loadVerifier, verifyWith, type Verifier } from '../verify/verifier.ts';
import type { LookasideStore } from '../lookaside/store.ts';
import { ruleFor, type SignerSpec, type TrustPolicy, type TrustRule } from './trust-policy.ts';

export interface SignerOutcome {
  signer: string;
  ok: boolean;
  /** Why it failed, one line; undefined when ok. */
  reason: string | undefined;
  verification: ImageVerification | undefined;
}

export interface PolicyVerification {
  image: string;
  digest: string | undefined;
  rule: string | undefined;
  require: TrustRule['require'] | undefined;
  ok: boolean;
  signers: SignerOutcome[];
  /** One line saying why the image failed; undefined when ok. */
  reason: string | undefined;
}

export interface PolicyEvaluatorOptions {
  /** Opens lookaside stores (the CLI passes its logger and retry settings). */
  openLookaside?: ((url: string) => LookasideStore) | undefined;
  /** Where Notary signers remember versions seen (rollback protection); none: only within the run. */
  notaryCacheDir?: string | undefined;
}

export class PolicyEvaluator {
  readonly #policy: TrustPolicy;
  readonly #ctx: TargetContext;
  /** Verification material, loaded once per signer for a whole batch. */
  readonly #verifiers = new Map<string, Promise<Verifier>>();
  readonly #options: PolicyEvaluatorOptions;

  constructor(policy: TrustPolicy, ctx: TargetContext, options: PolicyEvaluatorOptions = {}) {
    this.#policy = policy;
    this.#ctx = ctx;
    this.#options = options;
  }

  #load(rule: TrustRule, signer: SignerSpec): Promise<Verifier> {
    const key = `${rule.name}/${signer.name}`;
    let found = this.#verifiers.get(key);
    if (!found) {
      found = loadVerifier(signer, { openLookaside: this.#options.openLookaside, notaryCacheDir: this.#options.notaryCacheDir, credentials: this.#ctx.registry.credentials });
      this.#verifiers.set(key, found);
    }
    return found;
  }

  /** Closes lookaside stores opened for GPG signers and Notary servers. */
  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.#verifiers.values());
    await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? closeVerifier(o.value) : undefined)));
  }

  async verify(input: string): Promise<PolicyVerification> {
    const target = parseTarget(input);
    const repository = target.kind === 'layout' ? layoutIdentity(target.path) : repositoryName(target.reference, 'containers');
    const rule = ruleFor(this.#policy, repository);
    if (!rule) {
      return {
        image: input,
        digest: undefined,
        rule: undefined,
        require: undefined,
        ok: false,
        signers: [],
        reason: `no rule of trust policy "${this.#policy.name}" covers ${repository}`,
      };
    }
    const ctx = rule.signatureRepository ? { ...this.#ctx, signatureRepository: rule.signatureRepository } : this.#ctx;
    const image = await openImage(input, ctx, { checkDigestExists: false, target, purpose: 'verifying' });
    const signers = await Promise.all(
      rule.signers.map(async (signer): Promise<SignerOutcome> => {
        try {
          const outcome = await verifyWith(await this.#load(rule, signer), image, { annotations: rule.annotations, checkIdentity: true, signedIdentity: rule.signedIdentity }, this.#ctx);
          return { signer: signer.name, ok: outcome.ok, reason: outcome.reason, verification: outcome.verification };
        } catch (e) {
          // Bad policy material and unreachable registries are not "unsigned": they propagate.
          if (isSignetError(e) && e.kind === 'verification') return { signer: signer.name, ok: false, reason: e.message, verification: undefined };
          throw e;
        }
      }),
    );
    const passed = signers.filter((s) => s.ok).length;
    const ok = rule.require === 'all' ? passed === signers.length : passed > 0;
    const failed = signers.filter((s) => !s.ok);
    return {
      image: image.display,
      digest: image.digest,
      rule: rule.name,
      require: rule.require,
      ok,
      signers,
      reason: ok
        ? undefined
        : `${image.display}: rule "${rule.name}" requires ${rule.require === 'all' ? 'every signer' : 'one signer'}; ${failed.map((s) => `${s.signer}: ${s.reason}`).join('; ')}`,
    };
  }
}

export function policyFailure(result: PolicyVerification): SignetError {
  return new SignetError('verification', result.reason ?? `${result.image}: not verified`);
}
