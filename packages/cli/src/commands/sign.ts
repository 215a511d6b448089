import { writeFile } from 'node:fs/promises';
import { docsUrl } from '../docs-url.ts';
import type { Command } from 'commander';
import {
  checkSigningCertificate,
  childManifests,
  createKeylessSigner,
  createKeyTlogSigner,
  type WitnessedSigner,
  loadDefaultTrustedRoot,
  loadTrustedRoot,
  tufMirrorConfigured,
  type KeylessSigner,
  type Signer,
  loadSigner,
  pendingSigner,
  loadSigningCertificate,
  openImage,
  runBatch,
  signImage,
  usageError,
  SIGNATURE_FORMATS,
  type OpenedImage,
  type SignatureFormat,
  type SignResult,
} from '@signet/core';
import { collectImages, parseConcurrency } from '../images.ts';
import { addImageDigestOptions, type ImageDigestFlags } from '../image-digest-options.ts';
import { createProgress } from '../progress.ts';
import { errorLine, throwIfFailed } from '../exit-code.ts';
import { collectKeyValue, parseBool } from '../options.ts';
import { keyPassword } from '../password.ts';
import { addRegistryOptions, createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { signWithGpg } from './sign-gpg.ts';
import { withReportFile, type RunReport } from '../run-report.ts';
import { addNotaryOptions, type NotaryFlags } from '../notary-options.ts';

interface SignFlags extends RegistryFlags, ImageDigestFlags, NotaryFlags {
  report?: string;
  key?: string;
  signBy?: string;
  lookaside?: string;
  annotations: Record<string, string>;
  upload: boolean;
  singleWriter?: boolean;
  tlogUpload: boolean;
  outputSignature?: string;
  outputPayload?: string;
  signContainerIdentity?: string;
  cert?: string;
  certChain?: string;
  imagesFile?: string;
  concurrency: number;
  recursive?: boolean;
  format?: string;
  newBundleFormat?: boolean;
  keyless?: boolean;
  fulcioUrl?: string;
  rekorUrl?: string;
  timestampServerUrl?: string;
  trustedRoot?: string;
  identityToken?: string;
}

/** `--format`, with cosign v3's `--new-bundle-format[=bool]` as an alias (true: bundle, false: legacy). */
export function signatureFormat(flags: Pick<SignFlags, 'format' | 'newBundleFormat'>): SignatureFormat {
  if (flags.format !== undefined && !SIGNATURE_FORMATS.includes(flags.format as SignatureFormat)) {
    throw usageError(`--format must be one of ${SIGNATURE_FORMATS.join(', ')}, not "${flags.format}"`);
  }
  const alias = flags.newBundleFormat === undefined ? undefined : flags.newBundleFormat ? 'bundle' : 'legacy';
  if (flags.format !== undefined && alias !== undefined && flags.format !== alias) {
    throw usageError(`--new-bundle-format=${String(flags.newBundleFormat)} contradicts --format ${flags.format}`, 'pass only --format');
  }
  return (flags.format as SignatureFormat | undefined) ?? alias ?? 'legacy';
}

/**
 * The pre-publication check without --trusted-root: the TUF trusted root when it describes the
 * services signed with, i.e. the public-good defaults or a mirror set by `signet initialize`
 * (TUF_MIRROR). Private --fulcio-url/--rekor-url with no mirror have no root to check against.
 */
async function defaultSigningTrust(flags: SignFlags) {
  if ((flags.fulcioUrl || flags.rekorUrl) && !(await tufMirrorConfigured())) return undefined;
  return loadDefaultTrustedRoot();
}

/** Confirmations mostly wait; many can wait at once. */
const CONFIRM_CONCURRENCY = 64;

export function registerSign(program: Command, report?: RunReport): void {
  addNotaryOptions(addImageDigestOptions(addRegistryOptions(program.command('sign')), 'sign'), 'sign')
    .summary('sign image digests and store the signatures in cosign\'s format')
    .description(
      'Signs each IMAGE by digest with the key and appends the signature to the image\'s\n' +
        '`sha256-<hex>.sig` manifest (in COSIGN_REPOSITORY when set). A tag is resolved to its\n' +
        'digest with a warning; the digest is what gets signed. Identical signatures are not\n' +
        'added twice, and other signers\' signatures are always kept.',
    )
    .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
    .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
    .option('--concurrency <n>', 'images signed in parallel', parseConcurrency, 8)
    .option(
      '--single-writer',
      'promise that nobody else signs these digests meanwhile: skip the confirmation read (~0.7 s per run) that keeps concurrent signers\' signatures (cosign\'s behaviour; see ' + docsUrl('concurrency.md') + ')',
    )
    .option('-r, --recursive', 'for an image index, also sign every manifest it lists')
    .option('--format <format>', 'legacy (the `.sig` manifest: cosign v2, containers/image, Kyverno, policy-controller), bundle (a sigstore bundle referrer: cosign v3\'s default) or both; default legacy (bundle with --keyless)')
    .option('--new-bundle-format [bool]', 'cosign v3\'s spelling: true = --format bundle, false = --format legacy', parseBool)
    .option('--key <ref>', 'private key: a path, env://VAR, k8s://ns/name or hashivault://name')
    .option('--keyless', 'sign with an ephemeral key and a Fulcio certificate for your OIDC identity, logged in Rekor (default --format bundle; legacy: cosign v2\'s keyless .sig layout)')
    .option('--fulcio-url <url>', 'with --keyless: Fulcio (default https://fulcio.sigstore.dev)')
    .option('--rekor-url <url>', 'with --keyless or --tlog-upload: Rekor (default https://rekor.sigstore.dev)')
    .option('--timestamp-server-url <url>', 'with --keyless: also timestamp the signature at this RFC 3161 TSA (.../api/v1/timestamp)')
    .option('--trusted-root <file>', 'with --keyless: check each bundle against this sigstore trusted_root.json before publishing it (default: the TUF trusted root, see signet initialize)')
    .option('--identity-token <jwt|file>', 'with --keyless: OIDC token (default SIGSTORE_ID_TOKEN, then the GitHub Actions runtime token)')
    .option('--sign-by <key>', 'GPG simple signing (containers/image): armored secret key file, env://VAR, or a gpg key ID/fingerprint (gpg://ID)')
    .option('--lookaside <url>', 'with --sign-by: where signatures go: file:///DIR, https://HOST/PATH (PUT) or sigserver+https://HOST')
    .option('-a, --annotations <key=value>', 'annotation for the payload\'s "optional" (repeatable)', collectKeyValue, {})
    .option('--upload [bool]', 'store the signature (false: only write --output-* files)', parseBool, true)
    .option('--output-signature <file>', 'write the base64 signature here (one image only)')
    .option('--output-payload <file>', 'write the signed payload here (one image only)')
    .option('--cert <file>', 'PEM certificate for the key; stored with the signature, in the `.sig` annotations or the bundle (codeSigning EKU required)')
    .option('--cert-chain <file>', 'PEM chain for --cert: parent intermediate first, root last')
    .option('--sign-container-identity <ref>', 'override critical.identity.docker-reference in the payload')
    .option('--tlog-upload [bool]', 'with --key: also log each signature in Rekor (hashedrekord for legacy, dsse for bundles; with --cert the entry names the certificate), as cosign; default false for keys (keyless always logs)', parseBool, false)
    .option('-y, --yes', 'accepted for cosign compatibility; signet never prompts for confirmation')
    .addHelpText(
      'after',
      '\nEnvironment: COSIGN_PASSWORD (key password), COSIGN_REPOSITORY (where signatures go),\n' +
        'DOCKER_CONFIG, SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD, SIGNET_INSECURE_REGISTRIES.\n' +
        'With --sign-by: SIGNET_GPG_PASSPHRASE, SIGNET_LOOKASIDE (default --lookaside),\n' +
        'SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or ~/.netrc (uploads).\n\n' +
        'Example:\n  COSIGN_PASSWORD=... signet sign --key cosign.key registry.example.com/app@sha256:<hex>',
    )
    .option('--report <file>', 'also write what was signed as JSON to FILE (for CI results; written on failure too)')
    .action(withReportFile(report, async (images: string[], flags: SignFlags, report: RunReport | undefined) => {
      // Docker Content Trust publishes tags into Notary trust data instead of cosign signatures.
      if (flags.notary) return (await import('./notary.ts')).signNotary(await collectImages(images, flags.imagesFile), flags, report);
      if (flags.tlogUpload && flags.signBy) throw usageError('--tlog-upload is for cosign key signatures, not --sign-by (GPG)', 'drop --tlog-upload');
      if ([flags.key, flags.signBy, flags.keyless].filter(Boolean).length !== 1) {
        throw usageError('pass exactly one of --key, --keyless or --sign-by', 'use --key for cosign key signatures, --keyless for Fulcio/Rekor, --sign-by for GPG signatures in a lookaside store');
      }
      if (flags.rekorUrl !== undefined && !flags.keyless && !flags.tlogUpload) throw usageError('--rekor-url needs --keyless or --tlog-upload');
      const keylessOnly = { fulcioUrl: '--fulcio-url', timestampServerUrl: '--timestamp-server-url', trustedRoot: '--trusted-root', identityToken: '--identity-token' } as const;
      for (const [flag, name] of Object.entries(keylessOnly)) {
        if (!flags.keyless && flags[flag as keyof typeof keylessOnly] !== undefined) throw usageError(`${name} needs --keyless`);
      }
      if (flags.keyless && flags.cert) throw usageError('--cert cannot be combined with --keyless', 'Fulcio issues the certificate');
      if (flags.lookaside && !flags.signBy) throw usageError('--lookaside needs --sign-by', 'cosign signatures are stored in the registry');
      // Keyless defaults to bundles, as cosign v3 (docs/decisions.md); legacy and both on request.
      const format = flags.keyless && flags.format === undefined && flags.newBundleFormat === undefined ? 'bundle' : signatureFormat(flags);
      if (format !== 'legacy' && flags.signBy) throw usageError(`--format ${format} is for cosign signatures only`, 'GPG signatures go to a lookaside store');
      const inputs = await collectImages(images, flags.imagesFile, flags);
      if ((flags.outputSignature || flags.outputPayload) && inputs.length !== 1) {
        throw usageError('--output-signature/--output-payload need exactly one image');
      }
      if (flags.signBy) return signWithGpg(inputs, { ...flags, signBy: flags.signBy }, report);
      if (flags.registryPassword) stderrLogger.warn('--registry-password is visible in the process list; prefer SIGNET_REGISTRY_PASSWORD');
      if (flags.certChain && !flags.cert) throw usageError('--cert-chain needs --cert', 'pass the signing certificate with --cert');
      const key = flags.key ?? '';
      const certificate = flags.cert ? await loadSigningCertificate(flags.cert, flags.certChain) : undefined;
      let signer: Signer | undefined;
      let keyLoad: Promise<unknown> | undefined;
      let keyFailure: { error: unknown } | undefined;
      let keyFailed: Promise<never> | undefined;
      let keyless: KeylessSigner | undefined;
      let tlog: WitnessedSigner | undefined;
      if (flags.keyless) {
        // One ephemeral key for the batch, as cosign; each image gets its certificate and entry.
        keyless = createKeylessSigner({
          fulcioURL: flags.fulcioUrl,
          rekorURL: flags.rekorUrl,
          timestampServerURL: flags.timestampServerUrl,
          identityToken: flags.identityToken,
          trustedRoot: flags.trustedRoot ? await loadTrustedRoot(flags.trustedRoot) : await defaultSigningTrust(flags),
        });
      } else {
        // One key load for the whole batch: a KMS round trip or scrypt per image would dominate.
        const keyStarted = Date.now();
        const loading = loadSigner(key, {
          password: keyPassword(key),
          ...(certificate ? { certificate: certificate.material } : {}),
        }).then(async (loaded) => {
          if (certificate) await checkSigningCertificate({ leaf: certificate.leaf, chain: certificate.chain, publicKey: await loaded.publicKey() });
          stderrLogger.debug(`key ${key.startsWith('env://') ? 'from the environment' : key} loaded in ${Date.now() - keyStarted} ms`);
          return loaded;
        });
        if (flags.tlogUpload) {
          // Off by default for keys (issue 10): a public log entry discloses the signing event.
          signer = await loading;
          tlog = createKeyTlogSigner(signer, await signer.publicKey(), { rekorURL: flags.rekorUrl }, certificate?.material);
        } else {
          // The key loads while the images are opened and their blobs uploaded (signImage
          // stages them); a key that fails to load is the run's one error, reported once below.
          signer = pendingSigner(loading, key);
          keyLoad = loading.then(
            () => undefined,
            (e: unknown) => (keyFailure = { error: e }),
          );
          keyFailed = loading.then(
            () => new Promise<never>(() => undefined),
            (e: unknown) => Promise.reject(e),
          );
          keyFailed.catch(() => undefined);
        }
      }
      const ctx = createContext(inputs, flags);
      const progress = createProgress();
      try {
        const signOne = async (image: OpenedImage): Promise<SignResult> => {
          const result = await signImage(image, {
            signer,
            keyless,
            tlog,
            annotations: flags.annotations,
            upload: flags.upload,
            format,
            deferConfirm: true,
            logger: ctx.logger,
            identity: flags.signContainerIdentity,
          });
          if (flags.outputSignature) await writeFile(flags.outputSignature, Buffer.from(result.signature).toString('base64'));
          if (flags.outputPayload) await writeFile(flags.outputPayload, result.payload);
          return result;
        };
        const outcomes = await runBatch(
          inputs,
          flags.concurrency,
          async (input) => {
            const work = (async () => {
              const image = await openImage(input, ctx);
              const targets = flags.recursive ? [image, ...(await childManifests(image))] : [image];
              const results: SignResult[] = [];
              for (const target of targets) results.push(await signOne(target));
              return results;
            })();
            // A key that fails to load ends the image at once, not after its registry retries.
            return keyFailed ? Promise.race([work, keyFailed]) : work;
          },
          (outcome, done, total) => {
            if (!outcome.ok && keyFailure?.error === outcome.error) return;
            if (!outcome.ok) return progress.item(done, total, `FAILED ${outcome.item}: ${errorLine(outcome.error)}`);
            const lines = outcome.value.flatMap((r) =>
              !flags.upload
                ? [`Signed ${r.image} (not uploaded)`]
                : r.publications.map((p) =>
                    p.appended ? `Signed ${r.image} -> ${p.location}${format === 'both' ? ` (${p.format})` : ''}` : `${r.image} already carries this signature at ${p.location}; nothing added`,
                  ),
            );
            progress.item(done, total, lines.join('\n'));
          },
        );
        progress.finish();
        await keyLoad;
        if (keyFailure) throw keyFailure.error;
        // Confirm every write once the race window has passed: for a batch the early writes
        // are long settled by now, so this waits once, not per image. --single-writer skips it
        // on the user's word that no other signer writes these sets.
        const confirmed = await runBatch(outcomes, CONFIRM_CONCURRENCY, async (outcome) => {
          if (!outcome.ok) throw outcome.error;
          if (!flags.singleWriter) for (const result of outcome.value) await result.confirm?.();
          return outcome.value;
        });
        const finalOutcomes = confirmed.map((c, i) => (c.ok ? c : { ...c, item: outcomes[i]!.item }));
        const failed = finalOutcomes.filter((o) => !o.ok);
        const signed = finalOutcomes.flatMap((o) => (o.ok ? o.value : []));
        report?.signed.push(
          ...signed.map((r) => ({ image: r.image, digest: r.digest, location: r.location, appended: r.appended, format: 'cosign' as const, identity: r.dockerReference })),
        );
        if (inputs.length > 1 || failed.length > 0) {
          const appended = signed.filter((r) => r.appended).length;
          stderrLogger.info(
            `Summary: ${signed.length} signature(s) for ${inputs.length - failed.length}/${inputs.length} image(s): ${appended} added, ${signed.length - appended} already present, ${failed.length} failed`,
          );
        }
        throwIfFailed(failed.flatMap((f) => (f.ok ? [] : [{ item: f.item, error: f.error }])));
      } finally {
        await ctx.close();
      }
    }));
}
