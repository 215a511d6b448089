/**
 * The pipeline gate: checks one image against the trust policy rule that covers it. Fails
 * closed: an image no rule covers is not verified.
 */
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isSignetError, SignetError } from '../errors.ts';
import { parseTarget, repositoryName } from '../reference/index.ts';
import { loadVerificationKey } from '../signers/load.ts';
import { imageExists, layoutIdentity, openImage, type TargetContext } from '../targets/open-image.ts';
import { describeFailure, verifyImage, type CertificateTrust, type ImageVerification, type KeylessTrust } from '../verify/verify-image.ts';
import { loadTrustedRoot } from '../keyless/keyless.ts';
import { loadCertificateTrust } from '../x509/load.ts';
import { loadPublicKeyring, type PublicKey } from '../gpg/keys.ts';
import { describeAtomicFailure, lookasideReference, verifyAtomic } from '../lookaside/atomic.ts';
import { openLookasideStore } from '../lookaside/open-store.ts';
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

/** Verification material, loaded once per signer for a whole batch. */
type Material = { publicKey: KeyObject } | { certificates: CertificateTrust } | { keyless: KeylessTrust };

/** A GPG signer's keyring and lookaside store, opened once per batch. */
interface GpgMaterial {
  keyring: PublicKey[];
  store: LookasideStore;
}

export interface PolicyEvaluatorOptions {
  /** Opens lookaside stores (the CLI passes its logger and retry settings). */
  openLookaside?: (url: string) => LookasideStore;
  /** Where Notary signers remember versions seen (rollback protection); none: only within the run. */
  notaryCacheDir?: string | undefined;
}

interface NotaryMaterial {
  verifier: import('../notary/verify-image.ts').NotaryVerifier;
  close: () => Promise<void>;
}

export class PolicyEvaluator {
  readonly #policy: TrustPolicy;
  readonly #ctx: TargetContext;
  readonly #material = new Map<string, Promise<Material>>();
  readonly #gpg = new Map<string, Promise<GpgMaterial>>();
  readonly #openLookaside: (url: string) => LookasideStore;
  readonly #notary = new Map<string, Promise<NotaryMaterial>>();
  readonly #notaryCacheDir: string | undefined;

  constructor(policy: TrustPolicy, ctx: TargetContext, options: PolicyEvaluatorOptions = {}) {
    this.#policy = policy;
    this.#ctx = ctx;
    this.#openLookaside = options.openLookaside ?? ((url) => openLookasideStore(url));
    this.#notaryCacheDir = options.notaryCacheDir;
  }

  /** A Notary signer's server and pinned root, opened once per batch (the engine loads on first use). */
  #loadNotary(rule: TrustRule, signer: Extract<SignerSpec, { kind: 'notary' }>): Promise<NotaryMaterial> {
    const key = `${rule.name}/${signer.name}`;
    let found = this.#notary.get(key);
    if (!found) {
      found = (async () => {
        const notary = await import('../notary/index.ts');
        const ca = signer.ca ? await readFile(signer.ca, 'utf8').catch(() => {
          throw new SignetError('usage', `signer "${signer.name}": cannot read the Notary CA ${signer.ca}`);
        }) : undefined;
        const server = new notary.NotaryServer(signer.notary, { ca });
        const verifier = new notary.NotaryVerifier(server, {
          pin: await notary.loadRootPin(signer.root),
          roles: signer.delegations,
          cache: this.#notaryCacheDir ? notary.fileTrustCache(this.#notaryCacheDir) : undefined,
        });
        return { verifier, close: () => server.close() };
      })();
      this.#notary.set(key, found);
    }
    return found;
  }

  #loadGpg(rule: TrustRule, signer: Extract<SignerSpec, { kind: 'gpg' }>): Promise<GpgMaterial> {
    const key = `${rule.name}/${signer.name}`;
    let found = this.#gpg.get(key);
    if (!found) {
      found = (async () => ({ keyring: await loadPublicKeyring(signer.keyring), store: this.#openLookaside(signer.lookaside) }))();
      this.#gpg.set(key, found);
    }
    return found;
  }

  /** Closes lookaside stores opened for GPG signers. */
  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.#gpg.values());
    await Promise.all(opened.map((o) => (o.status === 'fulfilled' ? o.value.store.close() : undefined)));
    const notaries = await Promise.allSettled(this.#notary.values());
    await Promise.all(notaries.map((o) => (o.status === 'fulfilled' ? o.value.close() : undefined)));
  }

  #load(rule: TrustRule, signer: SignerSpec): Promise<Material> {
    const key = `${rule.name}/${signer.name}`;
    let found = this.#material.get(key);
    if (!found) {
      found = (async (): Promise<Material> => {
        if (signer.kind === 'key') return { publicKey: await loadVerificationKey(signer.key) };
        if (signer.kind === 'certificate') {
          return {
            certificates: await loadCertificateTrust(signer.certChain, {
              identity: signer.identity,
              identityRegExp: signer.identityRegexp,
              issuer: signer.issuer,
              issuerRegExp: signer.issuerRegexp,
            }),
          };
        }
        if (signer.kind === 'keyless') {
          return {
            keyless: {
              trust: await loadTrustedRoot(signer.trustedRoot),
              identity: { identity: signer.identity, identityRegExp: signer.identityRegexp, issuer: signer.issuer, issuerRegExp: signer.issuerRegexp },
            },
          };
        }
        throw new Error('unreachable: gpg and notary signers are checked on their own');
      })();
      this.#material.set(key, found);
    }
    return found;
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
    const image = await openImage(input, ctx, { checkDigestExists: false, purpose: 'verifying' });
    const signers = await Promise.all(
      rule.signers.map(async (signer): Promise<SignerOutcome> => {
        try {
          if (signer.kind === 'gpg') {
            // The same rule as verifyImage: signatures of a manifest the registry lacks verify nothing.
            if (!(await imageExists(image))) throw new SignetError('usage', `image ${image.display} not found`, { hint: 'push the image first, or check the repository name and digest' });
            const { keyring, store } = await this.#loadGpg(rule, signer);
            const r = await verifyAtomic(lookasideReference(input), image.digest, store, keyring, rule.signedIdentity);
            return { signer: signer.name, ok: r.ok, reason: r.ok ? undefined : describeAtomicFailure(r, store.url), verification: undefined };
          }
          if (signer.kind === 'notary') {
            const { verifier } = await this.#loadNotary(rule, signer);
            const r = await verifier.verify(input, this.#ctx);
            const ok = r.ok && r.target?.digest === image.digest;
            return { signer: signer.name, ok, reason: ok ? undefined : (r.reason ?? `Notary signed ${r.target?.digest} but the image is ${image.digest}`), verification: undefined };
          }
          const material = await this.#load(rule, signer);
          const verification = await verifyImage(image, { ...material, annotations: rule.annotations, checkIdentity: true, signedIdentity: rule.signedIdentity });
          return { signer: signer.name, ok: verification.ok, reason: verification.ok ? undefined : describeFailure(verification), verification };
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
