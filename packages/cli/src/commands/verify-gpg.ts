/**
 * `signet verify --keyring`: checks containers/image GPG signatures in a lookaside store the
 * way a signedBy policy does (see core gpg/verify.ts for the identity rule).
 */
import {
  closeVerifier,
  loadVerifier,
  lookasideReference,
  usageError,
  verifyImages,
  type AtomicVerifyResult,
} from '@signet/core';
import { errorLine } from '../exit-code.ts';
import type { RegistryFlags } from '../context.ts';
import { stderrLogger } from '../context.ts';
import { failureLine, runBatchCommand, verifyEnd } from '../batch-command.ts';
import { lookasideStore, lookasideUrl } from '../lookaside-options.ts';
import type { RunReport } from '../run-report.ts';
import { junit, type GateResult } from '../report.ts';
import { signedIdentityFrom, type SignedIdentityFlags } from '../identity-options.ts';
import { printChecks } from '../verify-checks.ts';

export interface GpgVerifyFlags extends RegistryFlags, SignedIdentityFlags {
  keyring: string;
  lookaside?: string;
  output: 'json' | 'text' | 'junit';
  concurrency: number;
  annotations: Record<string, string>;
  key?: string;
  certChain?: string;
}

export async function verifyWithKeyring(inputs: readonly string[], flags: GpgVerifyFlags, report?: RunReport): Promise<void> {
  if (flags.key || flags.certChain) throw usageError('--keyring cannot be combined with --key or --cert-chain', 'verify GPG and cosign signatures in separate runs');
  if (Object.keys(flags.annotations).length > 0) throw usageError('--annotations cannot be used with --keyring', 'containers/image signatures carry no annotations');
  for (const input of inputs) lookasideReference(input);
  const signedIdentity = signedIdentityFrom(flags);
  const verifier = await loadVerifier(
    { kind: 'gpg', keyring: flags.keyring, lookaside: lookasideUrl(flags.lookaside, true)! },
    { openLookaside: (url) => lookasideStore(url, true)! },
  );
  await runBatchCommand(
    inputs,
    flags,
    async ({ ctx, progress }) => {
      const batch = await verifyImages({
        images: inputs,
        context: ctx,
        trust: { loaded: verifier },
        signedIdentity,
        concurrency: flags.concurrency,
        onImage: (outcome, done, total) => {
          if (total <= 1) return;
          if (!outcome.ok) progress.item(done, total, failureLine('ERROR', outcome.item, outcome.error));
          else progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
        },
      });
      progress.finish();
      for (const outcome of batch.images) if (outcome.ok && outcome.value.atomic) print(outcome.value.atomic, flags.output);
      printChecks(
        batch.images.flatMap((o) => (o.ok && o.value.ok ? [o.value.image] : [])),
        'The following checks were performed on each of these signatures:\n  - The signature was made by a key in the keyring\n  - The signed digest and identity match the image (' +
          (signedIdentity ? `signedIdentity ${signedIdentity.type}` : 'matchRepoDigestOrExact') +
          ')\n',
      );
      const results: GateResult[] = batch.images.map((o) =>
        o.ok
          ? {
              input: o.item,
              image: o.value.image,
              ok: o.value.ok,
              reason: o.value.reason,
              payloads: [],
              rejections: (o.value.atomic?.rejected ?? []).map((r) => ({ signature: `signature-${r.index}`, code: r.code, reason: r.reason })),
              seconds: o.value.seconds,
            }
          : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 },
      );
      report?.verified.push(...results);
      if (flags.output === 'junit') process.stdout.write(junit(results));
      return verifyEnd(batch.images);
    },
    { close: [() => closeVerifier(verifier)] },
  );
}

function print(result: AtomicVerifyResult, output: GpgVerifyFlags['output']): void {
  for (const r of result.rejected) stderrLogger.info(`rejected signature-${r.index} of ${result.image}: ${r.reason}`);
  if (!result.ok || output === 'junit') return;
  if (output === 'json') {
    const docs = result.verified.map((v) => ({
      critical: { identity: { 'docker-reference': v.payload.dockerReference }, image: { 'docker-manifest-digest': v.payload.digest }, type: 'atomic container signature' },
      optional: { creator: v.payload.creator, timestamp: v.payload.timestamp },
      signedBy: v.signedBy,
    }));
    process.stdout.write(`${JSON.stringify(docs)}\n`);
  } else {
    for (const v of result.verified) process.stdout.write(`${result.image} signed as ${v.payload.dockerReference} by ${v.signedBy}\n`);
  }
}
