import type { KeyObject } from 'node:crypto';
import { docsUrl } from '../docs-url.ts';
import type { Command } from 'commander';
import {
  describeFailure,
  loadCertificateTrust,
  loadDefaultTrustedRoot,
  loadTrustedRoot,
  loadKeyTlogTrust,
  type KeylessTrustMaterial,
  loadVerificationKey,
  openImage,
  runBatch,
  SignetError,
  usageError,
  verifyImage,
  type TargetContext,
} from '@signet/core';
import { jsonLines, junit, parseOutputFormat, textTable, type GateResult, type OutputFormat } from '../report.ts';
import { collectKeyValue, parseBool } from '../options.ts';
import { collectImages, parseConcurrency } from '../images.ts';
import { addImageDigestOptions, type ImageDigestFlags } from '../image-digest-options.ts';
import { addSignedIdentityOptions, signedIdentityFrom, type SignedIdentityFlags } from '../identity-options.ts';
import { createProgress } from '../progress.ts';
import { errorLine, throwIfFailed } from '../exit-code.ts';
import { addRegistryOptions, createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { verifyWithKeyring } from './verify-gpg.ts';
import { withReportFile, type RunReport } from '../run-report.ts';
import { lookasideStore } from '../lookaside-options.ts';
import { claimsChecked, printChecks } from '../verify-checks.ts';
import type { PolicyEvaluator } from '@signet/core/policy/evaluate';
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
      const { check, close: closeGate } = await gateFor(flags);
      const inputs = await collectImages(images, flags.imagesFile, flags);
      const ctx = createContext(inputs, flags);
      const progress = createProgress();
      try {
        const outcomes = await runBatch(
          inputs,
          flags.concurrency,
          async (input) => {
            const started = performance.now();
            const result = await check(input, ctx);
            return { ...result, seconds: (performance.now() - started) / 1000 };
          },
          (outcome, done, total) => {
            if (total <= 1) return;
            if (!outcome.ok) progress.item(done, total, `ERROR ${outcome.item}: ${errorLine(outcome.error)}`);
            else progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
          },
        );
        progress.finish();
        // Results in input order, so the JSON lines match the list given.
        const results: GateResult[] = outcomes.map((o) =>
          o.ok ? o.value : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 },
        );
        report?.verified.push(...results);
        if (output === 'json') process.stdout.write(jsonLines(results));
        else if (output === 'text') process.stdout.write(textTable(results));
        else process.stdout.write(junit(results));
        printChecks(results.filter((r) => r.ok).map((r) => r.image), checksFor(flags));
        const failures = outcomes.flatMap((o) =>
          !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new SignetError('verification', o.value.reason ?? `${o.value.image}: not verified`) }],
        );
        if (inputs.length > 1) {
          stderrLogger.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
        }
        throwIfFailed(failures);
      } finally {
        await closeGate();
        await ctx.close();
      }
    }));
}

/**
 * Key signatures and the transparency log, as cosign's `--insecure-ignore-tlog`: given a Rekor
 * key (`--trusted-root`, or cosign's SIGSTORE_REKOR_PUBLIC_KEY) an entry is required unless the
 * flag says to ignore it. Without a Rekor key nothing can be checked offline, and signet, unlike
 * cosign, does not look entries up online: the tlog is then not checked, as before.
 */
async function keyTlogTrust(publicKey: KeyObject, flags: VerifyFlags): Promise<KeylessTrustMaterial | undefined> {
  const rekorPublicKey = process.env.SIGSTORE_REKOR_PUBLIC_KEY || undefined;
  if (flags.insecureIgnoreTlog === true) return undefined;
  if (!flags.trustedRoot && !rekorPublicKey) {
    if (flags.insecureIgnoreTlog === false) throw usageError('--insecure-ignore-tlog=false needs the Rekor log key', 'pass --trusted-root FILE or set SIGSTORE_REKOR_PUBLIC_KEY');
    return undefined;
  }
  return loadKeyTlogTrust(publicKey, { trustedRoot: flags.trustedRoot, rekorPublicKey });
}

type Gate = (input: string, ctx: TargetContext) => Promise<Omit<GateResult, 'seconds'>>;

/** One check per mode, built once for the whole batch (keys and policies are loaded once). */
async function gateFor(flags: VerifyFlags): Promise<{ check: Gate; close: () => Promise<void> }> {
  // Docker Content Trust: the Notary engine is loaded for --notary runs only.
  if (flags.notary) return (await import('./notary.ts')).notaryGate(flags);
  const signedIdentity = signedIdentityFrom(flags);
  if (flags.policy) {
    if (signedIdentity) throw usageError('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
    // Trust policies bring the YAML parser and every signer kind: loaded for --policy runs only.
    const [{ loadTrustPolicy }, evaluate] = await Promise.all([import('@signet/core/policy/trust-policy'), import('@signet/core/policy/evaluate')]);
    const policy = await loadTrustPolicy(flags.policy);
    let evaluator: PolicyEvaluator | undefined;
    const check: Gate = async (input, ctx) => {
      evaluator ??= new evaluate.PolicyEvaluator(policy, ctx, { openLookaside: (url) => lookasideStore(url, true)!, notaryCacheDir: notaryCacheDir(flags) });
      const r = await evaluator.verify(input);
      return {
        input,
        image: r.image,
        ok: r.ok,
        reason: r.reason,
        payloads: r.signers.flatMap((s) => (s.ok ? (s.verification?.verified ?? []) : [])),
        rule: r.rule,
        signers: r.signers.map(({ signer, ok, reason }) => ({ signer, ok, reason })),
      };
    };
    return { check, close: async () => evaluator?.close() };
  }
  const publicKey = flags.key ? await loadVerificationKey(flags.key) : undefined;
  const tlog = publicKey ? await keyTlogTrust(publicKey, flags) : undefined;
  const certificates = flags.certChain
    ? await loadCertificateTrust(flags.certChain, {
        identity: flags.certificateIdentity,
        identityRegExp: flags.certificateIdentityRegexp,
        issuer: flags.certificateOidcIssuer,
        issuerRegExp: flags.certificateOidcIssuerRegexp,
      })
    : undefined;
  const identity = {
    identity: flags.certificateIdentity,
    identityRegExp: flags.certificateIdentityRegexp,
    issuer: flags.certificateOidcIssuer,
    issuerRegExp: flags.certificateOidcIssuerRegexp,
  };
  const ignoreSct = flags.insecureIgnoreSct === true;
  const keyless = keylessMode(flags)
    ? { trust: flags.trustedRoot ? await loadTrustedRoot(flags.trustedRoot, { ignoreSct }) : await loadDefaultTrustedRoot({ ignoreSct }), identity }
    : undefined;
  const check: Gate = async (input, ctx) => {
    const result = await verifyImage(await openImage(input, ctx, { checkDigestExists: false, purpose: 'verifying' }), {
      publicKey,
      certificates,
      keyless,
      tlog,
      annotations: flags.annotations,
      checkIdentity: flags.checkClaims,
      signedIdentity,
    });
    for (const r of result.rejected) stderrLogger.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
    return { input, image: result.image, ok: result.ok, reason: result.ok ? undefined : describeFailure(result), payloads: result.verified };
  };
  return { check, close: async () => {} };
}
