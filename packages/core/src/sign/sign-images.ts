/**
 * The sign use case for a batch of images, as every front end runs it: load the key once,
 * open each image (tags resolved once), expand indexes, sign and publish, then confirm every
 * write once the race window has passed (docs/concurrency.md). Front ends map their inputs to a
 * `SignRequest` and render the `SignBatch` it returns; none of them holds engine concurrency.
 *
 * Order of effects: the key loads while the images are opened (reads only), and nothing is
 * written to any store before the key has loaded: a wrong password or a missing KMS key ends
 * the run with the registry untouched (issue 16). A key that fails to load ends every image at
 * once (not after its registry retries) and is the run's one error.
 */
import { runBatch, type Outcome } from '../batch/run-batch.ts';
import type { Logger } from '../log.ts';
import { loadSigner } from '../signers/load.ts';
import type { Signer } from '../signers/signer.ts';
import { createKeylessSigner, loadDefaultTrustedRoot, loadTrustedRoot, type KeylessTrustMaterial } from '../keyless/keyless.ts';
import { tufMirrorConfigured } from '../keyless/tuf.ts';
import { createKeyTlogSigner } from '../keyless/witnessed.ts';
import { checkSigningCertificate } from '../x509/certificates.ts';
import type { SigningCertificate } from '../x509/load.ts';
import { openImage, type TargetContext } from '../targets/open-image.ts';
import { childManifests } from '../targets/expand-index.ts';
import { signImage, type SignatureFormat, type SignOptions, type SignResult } from './sign-image.ts';

/** A private key by reference, loaded once for the batch. */
export interface KeySigning {
  kind: 'key';
  /** A path, env://VAR, k8s://ns/name or hashivault://name. */
  ref: string;
  /** Asked only when the key is encrypted; never logged. */
  password?: (() => Promise<string>) | undefined;
  /** A certificate (and chain) for the key: checked against it once loaded, stored with each signature. */
  certificate?: SigningCertificate | undefined;
  /** Also log each signature in Rekor (off by default for keys: a public entry discloses the signing event). */
  tlog?: { rekorURL?: string | undefined } | undefined;
}

/** An ephemeral key certified by Fulcio for an OIDC identity, each signature logged in Rekor. */
export interface KeylessSigning {
  kind: 'keyless';
  fulcioURL?: string | undefined;
  rekorURL?: string | undefined;
  timestampServerURL?: string | undefined;
  /** A JWT or a file holding one; default SIGSTORE_ID_TOKEN, then the GitHub Actions runtime token. */
  identityToken?: string | undefined;
  /**
   * A sigstore trusted_root.json each bundle is checked against before it is published. Default:
   * the TUF trusted root when it describes the services signed with (see `signingTrust`).
   */
  trustedRootPath?: string | undefined;
}

export type SigningKey = KeySigning | KeylessSigning;

export interface SignRequest {
  /** Registry references or `oci:DIR[:tag]`, as the user named them. */
  images: readonly string[];
  context: TargetContext;
  key: SigningKey;
  /** Default 'legacy' for keys, 'bundle' for keyless (cosign v3's default). */
  format?: SignatureFormat | undefined;
  /** Goes into the payload's `optional`. */
  annotations?: Record<string, string> | undefined;
  /** False: sign and return the signatures without touching any store. Default true. */
  upload?: boolean | undefined;
  /** cosign's --sign-container-identity: overrides `critical.identity.docker-reference`. */
  identity?: string | undefined;
  /** For an image index, also sign every manifest it lists. */
  recursive?: boolean | undefined;
  /** Images signed in parallel; default 8. */
  concurrency?: number | undefined;
  /**
   * The caller's promise that nobody else writes these signature sets meanwhile: the
   * confirmation reads are skipped (cosign's behaviour).
   */
  singleWriter?: boolean | undefined;
  /** Called as each image's signatures are published (before the confirmation phase), in completion order. */
  onImage?: ((outcome: ImageSignOutcome, done: number, total: number) => void) | undefined;
}

/** One input image: every signature made for it (the index and, with `recursive`, its manifests), or why it failed. */
export type ImageSignOutcome = { input: string; ok: true; results: SignResult[] } | { input: string; ok: false; error: unknown };

export interface SignSummary {
  images: number;
  /** Input images every signature of which was published (and confirmed). */
  imagesSigned: number;
  signatures: number;
  /** Signatures added; the rest were already present. */
  added: number;
  failed: number;
}

export interface SignBatch {
  /** Final outcomes, confirmation included, in input order. */
  images: ImageSignOutcome[];
  /** Every signature made, in input order. */
  signed: SignResult[];
  failed: { input: string; error: unknown }[];
  summary: SignSummary;
}

/** Confirmations mostly wait; many can wait at once. */
const CONFIRM_CONCURRENCY = 64;
const DEFAULT_CONCURRENCY = 8;

/**
 * Signs every image of the request. Per-image failures are in the result; a key that cannot
 * be loaded (or a keyless setup that fails) is thrown, once, after every image has stopped.
 */
export async function signImages(request: SignRequest): Promise<SignBatch> {
  const key = await prepareKey(request);
  const first = await runBatch(
    request.images,
    request.concurrency ?? DEFAULT_CONCURRENCY,
    async (input) => {
      const work = (async () => {
        const image = await openImage(input, request.context);
        const targets = request.recursive ? [image, ...(await childManifests(image))] : [image];
        // Nothing is written before the key has loaded: the opening above only reads.
        const options = await key.options();
        const results: SignResult[] = [];
        for (const target of targets) results.push(await signImage(target, options));
        return results;
      })();
      // A key that fails to load ends the image at once, not after its registry retries.
      return key.failed ? Promise.race([work, key.failed]) : work;
    },
    (outcome, done, total) => {
      if (!outcome.ok && key.isKeyFailure(outcome.error)) return;
      request.onImage?.(toImageOutcome(outcome), done, total);
    },
  );
  await key.settled();
  // Confirm every write once the race window has passed: for a batch the early writes are
  // long settled by now, so this waits once, not per image.
  const confirmed = await runBatch(first, CONFIRM_CONCURRENCY, async (outcome) => {
    if (!outcome.ok) throw outcome.error;
    if (!request.singleWriter) for (const result of outcome.value) await result.confirm?.();
    return outcome.value;
  });
  const images = confirmed.map((c, i): ImageSignOutcome => {
    const input = first[i]!.item;
    return c.ok ? { input, ok: true, results: c.value } : { input, ok: false, error: c.error };
  });
  return batchOf(images);
}

function toImageOutcome(outcome: Outcome<string, SignResult[]>): ImageSignOutcome {
  return outcome.ok ? { input: outcome.item, ok: true, results: outcome.value } : { input: outcome.item, ok: false, error: outcome.error };
}

function batchOf(images: ImageSignOutcome[]): SignBatch {
  const signed = images.flatMap((o) => (o.ok ? o.results : []));
  const failed = images.flatMap((o) => (o.ok ? [] : [{ input: o.input, error: o.error }]));
  return {
    images,
    signed,
    failed,
    summary: {
      images: images.length,
      imagesSigned: images.length - failed.length,
      signatures: signed.length,
      added: signed.filter((r) => r.appended).length,
      failed: failed.length,
    },
  };
}

/** The batch's signer, loading or loaded, and how its failure ends the batch. */
interface PreparedKey {
  /** Sign options once the key has loaded (rejects with the key's error). */
  options(): Promise<SignOptions>;
  /** Rejects when the key fails to load, never resolves otherwise; undefined once the key is known. */
  failed: Promise<never> | undefined;
  isKeyFailure(error: unknown): boolean;
  /** Waits for the key load to end; throws its error when it failed. */
  settled(): Promise<void>;
}

async function prepareKey(request: SignRequest): Promise<PreparedKey> {
  const base = {
    annotations: request.annotations,
    upload: request.upload ?? true,
    identity: request.identity,
    deferConfirm: true,
    logger: request.context.logger,
  };
  const spec = request.key;
  if (spec.kind === 'keyless') {
    // One ephemeral key for the batch, as cosign; each image gets its certificate and entry.
    const keyless = createKeylessSigner({
      fulcioURL: spec.fulcioURL,
      rekorURL: spec.rekorURL,
      timestampServerURL: spec.timestampServerURL,
      identityToken: spec.identityToken,
      trustedRoot: await signingTrust(spec),
    });
    return known({ ...base, keyless, format: request.format ?? 'bundle' });
  }
  const format = request.format ?? 'legacy';
  // One key load for the whole batch: a KMS round trip or scrypt per image would dominate.
  const loading = loadBatchSigner(spec, request.context.logger);
  if (spec.tlog) {
    // The log signer needs the key's public half up front.
    const signer = await loading;
    const tlog = createKeyTlogSigner(signer, await signer.publicKey(), { rekorURL: spec.tlog.rekorURL }, spec.certificate?.material);
    return known({ ...base, signer, tlog, format });
  }
  // The images are opened while the key loads; a key that fails to load is reported once.
  let failure: { error: unknown } | undefined;
  const ended = loading.then(
    () => undefined,
    (e: unknown) => {
      failure = { error: e };
    },
  );
  const failed = loading.then(
    () => new Promise<never>(() => undefined),
    (e: unknown) => Promise.reject(e),
  );
  failed.catch(() => undefined);
  return {
    options: async () => ({ ...base, signer: await loading, format }),
    failed,
    isKeyFailure: (error) => failure?.error === error,
    settled: async () => {
      await ended;
      if (failure) throw failure.error;
    },
  };
}

function known(options: SignOptions): PreparedKey {
  return { options: async () => options, failed: undefined, isKeyFailure: () => false, settled: async () => undefined };
}

async function loadBatchSigner(spec: KeySigning, logger: Logger): Promise<Signer> {
  const started = Date.now();
  const signer = await loadSigner(spec.ref, {
    ...(spec.password ? { password: spec.password } : {}),
    ...(spec.certificate ? { certificate: spec.certificate.material } : {}),
  });
  if (spec.certificate) await checkSigningCertificate({ leaf: spec.certificate.leaf, chain: spec.certificate.chain, publicKey: await signer.publicKey() });
  logger.debug(`key ${spec.ref.startsWith('env://') ? 'from the environment' : spec.ref} loaded in ${Date.now() - started} ms`);
  return signer;
}

/**
 * The pre-publication check of keyless signatures: the given trusted root, else the TUF trusted
 * root when it describes the services signed with, i.e. the public-good defaults or a mirror
 * set by `initializeTuf` (TUF_MIRROR). Private Fulcio/Rekor URLs with no mirror have no root
 * to check against.
 */
export async function signingTrust(spec: Pick<KeylessSigning, 'fulcioURL' | 'rekorURL' | 'trustedRootPath'>): Promise<KeylessTrustMaterial | undefined> {
  if (spec.trustedRootPath) return loadTrustedRoot(spec.trustedRootPath);
  if ((spec.fulcioURL || spec.rekorURL) && !(await tufMirrorConfigured())) return undefined;
  return loadDefaultTrustedRoot();
}
