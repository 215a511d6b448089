import { writeFile } from 'node:fs/promises';
import { docsUrl } from '../docs-url.ts';
import type { Command } from 'commander';
import {
  loadSigningCertificate,
  signImages,
  usageError,
  SIGNATURE_FORMATS,
  type ImageSignOutcome,
  type SignatureFormat,
  type SigningKey,
} from '@signet/core';
import { collectImages, parseConcurrency } from '../images.ts';
import { addImageDigestOptions, type ImageDigestFlags } from '../image-digest-options.ts';
import { collectKeyValue, parseBool } from '../options.ts';
import { keyPassword } from '../password.ts';
import { addRegistryOptions, stderrLogger, type RegistryFlags } from '../context.ts';
import { failureLine, runBatchCommand } from '../batch-command.ts';
import { errorLine } from '../exit-code.ts';
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
      if (flags.notary) {
        const notary = await import('./notary.ts');
        return notary.signNotary(await notary.notaryImages(images, flags), flags, report);
      }
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
      const key: SigningKey = flags.keyless
        ? {
            kind: 'keyless',
            fulcioURL: flags.fulcioUrl,
            rekorURL: flags.rekorUrl,
            timestampServerURL: flags.timestampServerUrl,
            identityToken: flags.identityToken,
            trustedRootPath: flags.trustedRoot,
          }
        : {
            kind: 'key',
            ref: flags.key ?? '',
            password: keyPassword(flags.key ?? ''),
            certificate: flags.cert ? await loadSigningCertificate(flags.cert, flags.certChain) : undefined,
            tlog: flags.tlogUpload ? { rekorURL: flags.rekorUrl } : undefined,
          };
      await runBatchCommand(inputs, flags, async ({ ctx, progress }) => {
        const batch = await signImages({
          images: inputs,
          context: ctx,
          key,
          format,
          annotations: flags.annotations,
          upload: flags.upload,
          identity: flags.signContainerIdentity,
          recursive: flags.recursive,
          concurrency: flags.concurrency,
          singleWriter: flags.singleWriter,
          onImage: (outcome, done, total) => progress.item(done, total, progressLine(outcome, flags.upload, format)),
        });
        const only = batch.signed.at(-1);
        if (only && flags.outputSignature) await writeFile(flags.outputSignature, Buffer.from(only.signature).toString('base64'));
        if (only && flags.outputPayload) await writeFile(flags.outputPayload, only.payload);
        report?.signed.push(
          ...batch.signed.map((r) => ({ image: r.image, digest: r.digest, location: r.location, appended: r.appended, format: 'cosign' as const, identity: r.dockerReference })),
        );
        report?.failed.push(...batch.failed.map((f) => ({ image: f.input, error: errorLine(f.error) })));
        const { summary } = batch;
        return {
          failures: batch.failed.map((f) => ({ item: f.input, error: f.error })),
          summary:
            inputs.length > 1 || summary.failed > 0
              ? `Summary: ${summary.signatures} signature(s) for ${summary.imagesSigned}/${summary.images} image(s): ${summary.added} added, ${summary.signatures - summary.added} already present, ${summary.failed} failed`
              : undefined,
        };
      });
    }));
}

/** The progress line of one image once its signatures are published. */
function progressLine(outcome: ImageSignOutcome, upload: boolean, format: SignatureFormat): string {
  if (!outcome.ok) return failureLine('FAILED', outcome.input, outcome.error);
  return outcome.results
    .flatMap((r) =>
      !upload
        ? [`Signed ${r.image} (not uploaded)`]
        : r.publications.map((p) =>
            p.appended ? `Signed ${r.image} -> ${p.location}${format === 'both' ? ` (${p.format})` : ''}` : `${r.image} already carries this signature at ${p.location}; nothing added`,
          ),
    )
    .join('\n');
}
