import { docsUrl } from '../docs-url.ts';
import type { Command } from 'commander';
import {
  closeVerifier,
  loadVerifier,
  runBatch,
  timed,
  usageError,
  verifyImages,
  type ImageVerdict,
  type Outcome,
  type TlogSource,
  type VerifyRequest,
} from '@signet/core';
import { jsonLines, junit, parseOutputFormat, textTable, type GateResult, type OutputFormat } from '../report.ts';
import { collectKeyValue, parseBool } from '../options.ts';
import { collectImages, parseConcurrency } from '../images.ts';
import { errorLine } from '../exit-code.ts';
import { addRegistryOptions, stderrLogger, type RegistryFlags } from '../context.ts';
import { failureLine, runBatchCommand, verifyEnd } from '../batch-command.ts';
import { verifyWithKeyring } from './verify-gpg.ts';
import { withReportFile, type RunReport } from '../run-report.ts';
import { lookasideStore } from '../lookaside-options.ts';
import { addImageDigestOptions, type ImageDigestFlags } from '../image-digest-options.ts';
import { addSignedIdentityOptions, signedIdentityFrom, type SignedIdentityFlags } from '../identity-options.ts';
import { claimsChecked, printChecks } from '../verify-checks.ts';
import { addNotaryOptions, notaryCacheDir, type NotaryFlags } from '../notary-options.ts';

interface VerifyFlags extends RegistryFlags, ImageDigestFlags, SignedIdentityFlags, NotaryFlags {
  report?: string;
  key?: string;
  keyring?: string;
  lookaside?: string;
  certChain?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  annotations: Record<string, string>;
  output?: string;
  policy?: string;
  checkClaims: boolean;
  insecureIgnoreTlog?: boolean;
  insecureIgnoreSct?: boolean;
  trustedRoot?: string;
  imagesFile?: string;
  concurrency: number;
}

/**
 * Keyless verification: --trusted-root, or (as cosign) an identity and issuer with no key, chain
 * or policy, the trusted root then coming from TUF.
 */
function keylessMode(flags: VerifyFlags): boolean {
  // --trusted-root with --key names the Rekor logs whose entries key signatures must carry.
  if (flags.key || flags.certChain || flags.policy || flags.notary) return false;
  if (flags.trustedRoot) return true;
  return [flags.certificateIdentity, flags.certificateIdentityRegexp, flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp].some((v) => v !== undefined);
}

/** What was checked, as cosign words it, for the trust the user gave. */
function checksFor(flags: VerifyFlags): string {
  if (flags.notary) return 'The following checks were performed on each image:\n  - The Notary trust data verified from the pinned root (root, timestamp, snapshot, targets, delegations: signatures, thresholds, expiry, versions, hashes and lengths)\n  - The signed target of the tag is the digest and size the registry serves';
  const trust = flags.policy
    ? 'The signatures were verified against the signers of the trust policy rule covering the image'
    : keylessMode(flags)
      ? 'The signatures were verified against a Fulcio certificate chaining to the trusted root, with the required identity and issuer, logged in the transparency log while the certificate was valid'
      : flags.certChain
        ? 'The signatures were verified against a certificate chaining to the given certificate chain, with the required identity'
        : flags.trustedRoot || process.env.SIGSTORE_REKOR_PUBLIC_KEY
          ? flags.insecureIgnoreTlog === true
            ? 'The signatures were verified against the specified public key (transparency log not checked: --insecure-ignore-tlog)'
            : 'The signatures were verified against the specified public key\n  - Existence of the claims in the transparency log was verified offline'
          : 'The signatures were verified against the specified public key';
  return `The following checks were performed on each of these signatures:\n  - ${claimsChecked(flags.checkClaims, flags.annotations)}\n  - ${trust}`;
}

export function registerVerify(program: Command, report?: RunReport): void {
  addNotaryOptions(addSignedIdentityOptions(addImageDigestOptions(addRegistryOptions(program.command('verify')), 'verify')), 'verify')
    .summary('verify image signatures; exit 1 unless every image has a valid one')
    .description(
      'For each IMAGE, finds the signatures in cosign\'s `.sig` layout and in sigstore bundle\n' +
        'referrers (cosign v3; Referrers API or the `sha256-<hex>` fallback index), in\n' +
        'COSIGN_REPOSITORY when set, and accepts one when it verifies with the key AND its payload names this digest and\n' +
        'repository AND it carries every -a annotation. Prints the accepted payloads as JSON\n' +
        '(one line per image, as cosign does). Exit codes: 0 verified, 1 not verified, 2 bad\n' +
        'input, 3 registry or I/O failure.',
    )
    .argument('[image...]', 'IMAGE@sha256:DIGEST, IMAGE:TAG, oci:DIR[:TAG], or - to read images from stdin')
    .option('--images-file <file>', 'read images from a file, one per line (# comments allowed)')
    .option('--concurrency <n>', 'images verified in parallel', parseConcurrency, 8)
    .option('--key <ref>', 'public key: a path (PEM public key or certificate), env://VAR, k8s://ns/name, hashivault://name')
    .option('--keyring <file>', 'GPG simple signing (containers/image): OpenPGP public keyring, armored or binary')
    .option('--lookaside <url>', 'with --keyring: where signatures are: file:///DIR or https://HOST/PATH (default SIGNET_LOOKASIDE)')
    .option('--cert-chain <file>', 'trust certificate-backed signatures chaining to this root (intermediates first, root last)')
    .option('--certificate-identity <san>', 'required SAN (email or URI) of the signing certificate')
    .option('--certificate-identity-regexp <re>', 'regular expression a SAN must match')
    .option('--certificate-oidc-issuer <url>', 'required OIDC issuer (Fulcio extension) of the signing certificate')
    .option('--certificate-oidc-issuer-regexp <re>', 'regular expression the OIDC issuer must match')
    .option('--trusted-root <file>', 'keyless: sigstore trusted_root.json (Fulcio CA, Rekor key, CT logs, TSAs; default: from TUF, see signet initialize). With --key: the Rekor logs whose entry each signature must carry')
    .option('--insecure-ignore-sct [bool]', 'keyless: do not require an SCT even when the trusted root lists CT logs (--cert-chain never requires one)', parseBool)
    .option('-a, --annotations <key=value>', 'annotation the signature must carry (repeatable)', collectKeyValue, {})
    .option('--policy <file>', `a TrustPolicy YAML: each image is checked against the rule covering it (see ${docsUrl('trust-policy.md')})`)
    .option('-o, --output <format>', 'json (cosign-shaped payloads), text (a table) or junit (XML for CI test reports); default: text on a terminal, json otherwise')
    .option('--check-claims [bool]', 'check digest and identity claims (cosign default: true)', parseBool, true)
    .option('--insecure-ignore-tlog [bool]', 'with --key: do not require a Rekor entry even though a Rekor key is given (--trusted-root or SIGSTORE_REKOR_PUBLIC_KEY); without one, key signatures\' entries are not checked', parseBool)
    .option('--report <file>', 'also write what was verified as JSON to FILE (for CI results; written on failure too)')
    .action(withReportFile(report, async (images: string[], flags: VerifyFlags, report: RunReport | undefined) => {
      let output: OutputFormat;
      try {
        output = parseOutputFormat(flags.output, Boolean(process.stdout.isTTY));
      } catch (e) {
        throw usageError((e as Error).message);
      }
      if (flags.keyring) {
        if (flags.key || flags.certChain || flags.policy) throw usageError('--keyring cannot be combined with --key, --cert-chain or --policy', 'GPG lookaside signatures are checked on their own; a trust policy names keyrings per rule');
        return verifyWithKeyring(await collectImages(images, flags.imagesFile, flags), { ...flags, keyring: flags.keyring, output }, report);
      }
      if (flags.lookaside) throw usageError('--lookaside needs --keyring', 'cosign signatures are read from the registry');
      const keyless = keylessMode(flags);
      const modes = [flags.key, flags.certChain, flags.policy, keyless, flags.notary].filter(Boolean).length;
      if (modes !== 1) {
        throw usageError(
          'pass exactly one of --key, --cert-chain, --certificate-identity (keyless), --policy, --keyring or --notary',
          'use --key for key signatures, --cert-chain for certificate-backed ones, --certificate-identity and --certificate-oidc-issuer for keyless ones (trusted root from TUF, or --trusted-root), --policy for a trust policy file, --keyring for GPG signatures in a lookaside',
        );
      }
      if (keyless) {
        // As cosign: keyless verification without an identity AND an issuer would trust anyone Fulcio certifies.
        const mode = flags.trustedRoot ? '--trusted-root' : 'keyless verification';
        if (flags.certificateIdentity === undefined && flags.certificateIdentityRegexp === undefined) throw usageError(`${mode} needs --certificate-identity or --certificate-identity-regexp`);
        if (flags.certificateOidcIssuer === undefined && flags.certificateOidcIssuerRegexp === undefined) throw usageError(`${mode} needs --certificate-oidc-issuer or --certificate-oidc-issuer-regexp`);
      }
      // The trust is loaded once, before the images are read.
      const signedIdentity = signedIdentityFrom(flags);
      const notary = flags.notary ? await (await import('./notary.ts')).notaryGate(flags) : undefined;
      const trust = notary ? undefined : await trustFor(flags, keyless);
      const loaded = trust && 'verifier' in trust ? await loadVerifier(trust.verifier) : undefined;
      // With --notary, --image NAME:TAG --digest D keeps the tag: the tag's signed target must be D.
      const inputs = notary ? await (await import('./notary.ts')).notaryImages(images, flags) : await collectImages(images, flags.imagesFile, flags);
      await runBatchCommand(
        inputs,
        flags,
        async ({ ctx, progress }) => {
          const onProgress = (outcome: Outcome<string, { ok: boolean; image: string }>, done: number, total: number) => {
            if (total <= 1) return;
            if (!outcome.ok) progress.item(done, total, failureLine('ERROR', outcome.item, outcome.error));
            else progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
          };
          // Docker Content Trust checks tags against Notary trust data (commands/notary.ts); the rest is core's verifyImages.
          const outcomes: Outcome<string, GateResult>[] = notary
            ? await runBatch(inputs, flags.concurrency, (input) => timed(() => notary.check(input, ctx)), onProgress)
            : (
                await verifyImages({
                  images: inputs,
                  context: ctx,
                  trust: loaded ? { loaded } : trust!,
                  annotations: flags.annotations,
                  checkClaims: flags.checkClaims,
                  signedIdentity,
                  concurrency: flags.concurrency,
                  openLookaside: (url) => lookasideStore(url, true)!,
                  notaryCacheDir: notaryCacheDir(flags),
                  onImage: (outcome, done, total) => {
                    if (outcome.ok) for (const r of outcome.value.verification?.rejected ?? []) stderrLogger.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
                    onProgress(outcome, done, total);
                  },
                })
              ).images.map((o) => (o.ok ? { ...o, value: gateResult(o.value) } : o));
          progress.finish();
          // Results in input order, so the JSON lines match the list given.
          const results = outcomes.map((o) => (o.ok ? o.value : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 }));
          report?.verified.push(...results);
          if (output === 'json') process.stdout.write(jsonLines(results));
          else if (output === 'text') process.stdout.write(textTable(results));
          else process.stdout.write(junit(results));
          printChecks(results.filter((r) => r.ok).map((r) => r.image), checksFor(flags));
          return verifyEnd(outcomes);
        },
        { close: [loaded ? () => closeVerifier(loaded) : undefined, notary?.close] },
      );
    }));
}

/**
 * Key signatures and the transparency log, as cosign's `--insecure-ignore-tlog`: given a Rekor
 * key (`--trusted-root`, or cosign's SIGSTORE_REKOR_PUBLIC_KEY) an entry is required unless the
 * flag says to ignore it. Without a Rekor key nothing can be checked offline, and signet, unlike
 * cosign, does not look entries up online: the tlog is then not checked, as before.
 */
function keyTlog(flags: VerifyFlags): TlogSource | undefined {
  const rekorPublicKey = process.env.SIGSTORE_REKOR_PUBLIC_KEY || undefined;
  if (flags.insecureIgnoreTlog === true) return undefined;
  if (!flags.trustedRoot && !rekorPublicKey) {
    if (flags.insecureIgnoreTlog === false) throw usageError('--insecure-ignore-tlog=false needs the Rekor log key', 'pass --trusted-root FILE or set SIGSTORE_REKOR_PUBLIC_KEY');
    return undefined;
  }
  return { trustedRoot: flags.trustedRoot, rekorPublicKey };
}

/** The flags as a trust: a trust policy, or one verifier (its material is loaded once, by core). */
async function trustFor(flags: VerifyFlags, keyless: boolean): Promise<VerifyRequest['trust']> {
  if (flags.policy) {
    if (signedIdentityFrom(flags)) throw usageError('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
    // Trust policies bring the YAML parser: loaded for --policy runs only.
    const { loadTrustPolicy } = await import('@signet/core/policy/trust-policy');
    return { policy: await loadTrustPolicy(flags.policy) };
  }
  const identity = {
    identity: flags.certificateIdentity,
    identityRegexp: flags.certificateIdentityRegexp,
    issuer: flags.certificateOidcIssuer,
    issuerRegexp: flags.certificateOidcIssuerRegexp,
  };
  if (flags.key) return { verifier: { kind: 'key', key: flags.key, tlog: keyTlog(flags) } };
  if (flags.certChain) return { verifier: { kind: 'certificate', certChain: flags.certChain, ...identity } };
  if (keyless) return { verifier: { kind: 'keyless', trustedRoot: flags.trustedRoot, ignoreSct: flags.insecureIgnoreSct === true, ...identity } };
  throw new Error('unreachable: the modes were checked');
}

/** A verdict as the report formats take it. */
function gateResult(v: ImageVerdict): GateResult {
  return {
    input: v.input,
    image: v.image,
    ok: v.ok,
    reason: v.reason,
    payloads: v.payloads,
    ...(v.rule !== undefined || v.signers ? { rule: v.rule, signers: v.signers?.map(({ signer, ok, reason }) => ({ signer, ok, reason })) } : {}),
    rejections: [
      ...(v.verification?.rejected ?? []).map((r) => ({ signature: r.layerDigest, code: r.code, reason: r.reason })),
      ...(v.atomic?.rejected ?? []).map((r) => ({ signature: `signature-${r.index}`, code: r.code, reason: r.reason })),
      ...(v.signers ?? []).flatMap((s) => (s.rejected ?? []).map((r) => ({ signer: s.signer, signature: r.layerDigest, code: r.code, reason: r.reason }))),
    ],
    seconds: v.seconds,
  };
}
