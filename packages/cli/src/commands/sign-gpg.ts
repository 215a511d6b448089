/**
 * `signet sign --sign-by`: containers/image simple signing (GPG) into a lookaside store, for
 * CRI-O, podman and OpenShift nodes that verify with a signedBy policy.
 */
import { writeFile } from 'node:fs/promises';
import {
  loadGpgSigner,
  lookasideReference,
  openImage,
  parseSignBy,
  runBatch,
  signAtomic,
  usageError,
  type AtomicSignResult,
} from '@signet/core';
import { errorLine, throwIfFailed } from '../exit-code.ts';
import { createContext, stderrLogger, type RegistryFlags } from '../context.ts';
import { createProgress } from '../progress.ts';
import { fileExists, gpgPassphrase, lookasideStore } from '../lookaside-options.ts';
import type { RunReport } from '../run-report.ts';

export interface GpgSignFlags extends RegistryFlags {
  signBy: string;
  lookaside?: string;
  upload: boolean;
  outputSignature?: string;
  outputPayload?: string;
  signContainerIdentity?: string;
  concurrency: number;
  annotations: Record<string, string>;
  cert?: string;
  recursive?: boolean;
}

export async function signWithGpg(inputs: readonly string[], flags: GpgSignFlags, report?: RunReport): Promise<void> {
  if (Object.keys(flags.annotations).length > 0) {
    throw usageError('--annotations cannot be used with --sign-by', 'containers/image signatures carry no annotations; drop -a');
  }
  if (flags.cert) throw usageError('--cert cannot be used with --sign-by', 'GPG signatures are trusted through the keyring, not certificates');
  if (flags.recursive) throw usageError('--recursive is not supported with --sign-by yet', 'sign each platform manifest by digest');
  // Parse every reference before loading the key, so a typo fails before a passphrase prompt.
  for (const input of inputs) lookasideReference(input);
  const store = lookasideStore(flags.lookaside, flags.upload);
  const spec = parseSignBy(flags.signBy, fileExists);
  const signer = await loadGpgSigner(spec, {
    passphrase: gpgPassphrase(flags.signBy),
    gpgPassphrase: process.env.SIGNET_GPG_PASSPHRASE,
  });
  const ctx = createContext(inputs, flags);
  const progress = createProgress();
  try {
    const outcomes = await runBatch(
      inputs,
      flags.concurrency,
      async (input): Promise<AtomicSignResult> => {
        const image = await openImage(input, ctx);
        const result = await signAtomic(lookasideReference(input), image.digest, {
          signer,
          store: flags.upload ? store : undefined,
          identity: flags.signContainerIdentity,
        });
        if (flags.outputSignature) await writeFile(flags.outputSignature, result.signature);
        if (flags.outputPayload) await writeFile(flags.outputPayload, result.payload);
        return result;
      },
      (outcome, done, total) => {
        if (!outcome.ok) return progress.item(done, total, `FAILED ${outcome.item}: ${errorLine(outcome.error)}`);
        const r = outcome.value;
        progress.item(done, total, r.stored ? `Signed ${r.image} as ${r.identity} -> ${r.stored.location}` : `Signed ${r.image} as ${r.identity} (not uploaded)`);
      },
    );
    progress.finish();
    const failed = outcomes.filter((o) => !o.ok);
    report?.signed.push(
      ...outcomes.flatMap((o) =>
        o.ok ? [{ image: o.value.image, digest: o.value.image.slice(o.value.image.lastIndexOf('@') + 1), location: o.value.stored?.location, appended: o.value.stored !== undefined, format: 'simple-signing' as const, identity: o.value.identity }] : [],
      ),
    );
    if (inputs.length > 1 || failed.length > 0) {
      stderrLogger.info(`Summary: ${inputs.length - failed.length}/${inputs.length} image(s) signed with ${signer.description}, ${failed.length} failed`);
    }
    throwIfFailed(failed.flatMap((f) => (f.ok ? [] : [{ item: f.item, error: f.error }])));
  } finally {
    await ctx.close();
    await store?.close();
    // Stops the gpg-agent signet started: it would keep running with its environment and cache.
    await signer.close?.();
  }
}
