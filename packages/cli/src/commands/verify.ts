import type { Command } from 'commander';
import {
  describeFailure,
  loadCertificateTrust,
  loadVerificationKey,
  openImage,
  runBatch,
  SignetError,
  usageError,
  verifyImage,
  type ImageVerification,
} from '@signet/core';
import { collectKeyValue, parseBool } from '../options.ts';
import { collectImages, parseConcurrency } from '../images.ts';
import { createProgress } from '../progress.ts';
import { batchFailure, errorLine } from '../exit-code.ts';
import { createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { verifyWithKeyring } from './verify-gpg.ts';

interface VerifyFlags extends RegistryFlags {
  key?: string;
  keyring?: string;
  lookaside?: string;
  certChain?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  annotations: Record<string, string>;
  output: 'json' | 'text';
  checkClaims: boolean;
  insecureIgnoreTlog?: boolean;
  imagesFile?: string;
  concurrency: number;
}

const CHECKS =
  'The following checks were performed on each of these signatures:\n' +
  '  - The cosign claims were validated (digest, identity and annotations)\n' +
  '  - The signatures were verified against the specified public key';

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('verify image signatures; exit 1 unless every image has a valid one')
    .description(
      'For each IMAGE, finds the signatures in cosign\'s `.sig` layout (COSIGN_REPOSITORY when\n' +
        'set) and accepts one when it verifies with the key AND its payload names this digest and\n' +
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
    .option('--insecure-ignore-sct [bool]', 'accepted for cosign compatibility; signet does not require SCTs for private CAs', parseBool)
    .option('-a, --annotations <key=value>', 'annotation the signature must carry (repeatable)', collectKeyValue, {})
    .option('-o, --output <format>', 'json (cosign-shaped payloads) or text', 'json')
    .option('--check-claims [bool]', 'check digest and identity claims (cosign default: true)', parseBool, true)
    .option('--insecure-ignore-tlog [bool]', 'accepted for cosign compatibility; key signatures have no tlog entry', parseBool)
    .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
    .option('--registry-username <name>', 'registry user (default: docker config.json / credential helpers)')
    .option('--registry-password <password>', 'registry password; prefer SIGNET_REGISTRY_PASSWORD')
    .action(async (images: string[], flags: VerifyFlags) => {
      if (flags.output !== 'json' && flags.output !== 'text') {
        throw new SignetError('usage', `unknown output format "${String(flags.output)}"`, { hint: 'use --output json or --output text' });
      }
      if (flags.keyring) {
        return verifyWithKeyring(await collectImages(images, flags.imagesFile), { ...flags, keyring: flags.keyring });
      }
      if (flags.lookaside) throw usageError('--lookaside needs --keyring', 'cosign signatures are read from the registry');
      if (Boolean(flags.key) === Boolean(flags.certChain)) {
        throw usageError('pass exactly one of --key or --cert-chain', 'use --key for key signatures, --cert-chain for certificate-backed ones, --keyring for GPG signatures in a lookaside');
      }
      const publicKey = flags.key ? await loadVerificationKey(flags.key) : undefined;
      const certificates = flags.certChain
        ? await loadCertificateTrust(flags.certChain, {
            identity: flags.certificateIdentity,
            identityRegExp: flags.certificateIdentityRegexp,
            issuer: flags.certificateOidcIssuer,
            issuerRegExp: flags.certificateOidcIssuerRegexp,
          })
        : undefined;
      const inputs = await collectImages(images, flags.imagesFile);
      const ctx = createContext(inputs, flags);
      const progress = createProgress();
      try {
        const outcomes = await runBatch(
          inputs,
          flags.concurrency,
          async (input) =>
            verifyImage(await openImage(input, ctx), {
              publicKey,
              certificates,
              annotations: flags.annotations,
              checkIdentity: flags.checkClaims,
            }),
          (outcome, done, total) => {
            if (total <= 1) return;
            if (!outcome.ok) progress.item(done, total, `ERROR ${outcome.item}: ${errorLine(outcome.error)}`);
            else progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
          },
        );
        progress.finish();
        // Results in input order, so the JSON lines match the list given.
        for (const outcome of outcomes) if (outcome.ok) report(outcome.value, flags.output);
        const failures = outcomes.flatMap((o) =>
          !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new SignetError('verification', describeFailure(o.value)) }],
        );
        if (inputs.length > 1) {
          stderrLogger.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
        }
        if (failures.length > 0) {
          throw batchFailure(
            failures.map((f) => f.error),
            failures.map((f) => (f.error instanceof SignetError && f.error.kind === 'verification' ? f.error.message : `${f.item}: ${errorLine(f.error)}`)).join('\n'),
          );
        }
      } finally {
        await ctx.close();
      }
    });
}

function report(result: ImageVerification, output: 'json' | 'text'): void {
  if (result.ok) {
    stderrLogger.info(`\nVerification for ${result.image} --\n${CHECKS}\n`);
  }
  for (const r of result.rejected) stderrLogger.info(`rejected signature ${r.layerDigest.slice(0, 19)}…: ${r.reason}`);
  if (!result.ok) return;
  if (output === 'json') {
    process.stdout.write(`${JSON.stringify(result.verified)}\n`);
  } else {
    for (const p of result.verified) {
      process.stdout.write(`${result.image} signed as ${p.critical.identity['docker-reference']} ${JSON.stringify(p.optional ?? {})}\n`);
    }
  }
}
