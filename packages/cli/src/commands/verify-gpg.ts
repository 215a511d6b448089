/**
 * `signet verify --keyring`: checks containers/image GPG signatures in a lookaside store the
 * way a signedBy policy does (see core gpg/verify.ts for the identity rule).
 */
import {
  describeAtomicFailure,
  loadPublicKeyring,
  lookasideReference,
  openImage,
  runBatch,
  SignetError,
  usageError,
  verifyAtomic,
  type AtomicVerifyResult,
} from '@signet/core';
import { errorLine, throwIfFailed } from '../exit-code.ts';
import { createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { createProgress } from '../progress.ts';
import { lookasideStore } from '../lookaside-options.ts';
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
  const keyring = await loadPublicKeyring(flags.keyring);
  const store = lookasideStore(flags.lookaside, true)!;
  const ctx = createContext(inputs, flags);
  const progress = createProgress();
  try {
    const outcomes = await runBatch(
      inputs,
      flags.concurrency,
      async (input): Promise<AtomicVerifyResult & { seconds: number }> => {
        const started = performance.now();
        const image = await openImage(input, ctx, { purpose: 'verifying' });
        const result = await verifyAtomic(lookasideReference(input), image.digest, store, keyring, signedIdentity);
        return { ...result, seconds: (performance.now() - started) / 1000 };
      },
      (outcome, done, total) => {
        if (total <= 1) return;
        if (!outcome.ok) progress.item(done, total, `ERROR ${outcome.item}: ${errorLine(outcome.error)}`);
        else progress.item(done, total, `${outcome.value.ok ? 'verified' : 'NOT VERIFIED'} ${outcome.value.image}`);
      },
    );
    progress.finish();
    for (const outcome of outcomes) if (outcome.ok) print(outcome.value, flags.output);
    printChecks(
      outcomes.flatMap((o) => (o.ok && o.value.ok ? [o.value.image] : [])),
      'The following checks were performed on each of these signatures:\n  - The signature was made by a key in the keyring\n  - The signed digest and identity match the image (' +
        (signedIdentity ? `signedIdentity ${signedIdentity.type}` : 'matchRepoDigestOrExact') +
        ')\n',
    );
    const results: GateResult[] = outcomes.map((o) =>
      o.ok
        ? { input: o.item, image: o.value.image, ok: o.value.ok, reason: o.value.ok ? undefined : describeAtomicFailure(o.value, store.url), payloads: [], seconds: o.value.seconds }
        : { input: o.item, image: o.item, ok: false, reason: undefined, payloads: [], error: errorLine(o.error), seconds: 0 },
    );
    report?.verified.push(...results);
    if (flags.output === 'junit') process.stdout.write(junit(results));
    const failures = outcomes.flatMap((o) =>
      !o.ok ? [{ item: o.item, error: o.error }] : o.value.ok ? [] : [{ item: o.item, error: new SignetError('verification', describeAtomicFailure(o.value, store.url)) }],
    );
    if (inputs.length > 1) stderrLogger.info(`Summary: ${inputs.length - failures.length}/${inputs.length} image(s) verified, ${failures.length} failed`);
    throwIfFailed(failures);
  } finally {
    await ctx.close();
    await store.close();
  }
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
