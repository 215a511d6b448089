/**
 * `signet sign --sign-by`: containers/image simple signing (GPG) into a lookaside store, for
 * CRI-O, podman and OpenShift nodes that verify with a signedBy policy.
 */
import { writeFile } from 'node:fs/promises';
import { loadGpgSigner, lookasideReference, parseSignBy, signAtomicImages, usageError } from '@signet/core';
import type { RegistryFlags } from '../context.ts';
import { failureLine, runBatchCommand } from '../batch-command.ts';
import { errorLine } from '../exit-code.ts';
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
  await runBatchCommand(
    inputs,
    flags,
    async ({ ctx, progress }) => {
      const batch = await signAtomicImages({
        images: inputs,
        context: ctx,
        signer,
        store: flags.upload ? store : undefined,
        identity: flags.signContainerIdentity,
        concurrency: flags.concurrency,
        onImage: (outcome, done, total) => {
          if (!outcome.ok) return progress.item(done, total, failureLine('FAILED', outcome.item, outcome.error));
          const r = outcome.value;
          progress.item(done, total, r.stored ? `Signed ${r.image} as ${r.identity} -> ${r.stored.location}` : `Signed ${r.image} as ${r.identity} (not uploaded)`);
        },
      });
      const only = batch.signed.at(-1);
      if (only && flags.outputSignature) await writeFile(flags.outputSignature, only.signature);
      if (only && flags.outputPayload) await writeFile(flags.outputPayload, only.payload);
      report?.signed.push(
        ...batch.signed.map((r) => ({ image: r.image, digest: r.image.slice(r.image.lastIndexOf('@') + 1), location: r.stored?.location, appended: r.stored !== undefined, format: 'simple-signing' as const, identity: r.identity })),
      );
      report?.failed.push(...batch.failed.map((f) => ({ image: f.input, error: errorLine(f.error) })));
      const failed = batch.failed.length;
      return {
        failures: batch.failed.map((f) => ({ item: f.input, error: f.error })),
        summary: inputs.length > 1 || failed > 0 ? `Summary: ${inputs.length - failed}/${inputs.length} image(s) signed with ${signer.description}, ${failed} failed` : undefined,
      };
    },
    // The gpg-agent signet started is stopped: it would keep running with its environment and cache.
    { close: [store ? () => store.close() : undefined, async () => { await signer.close?.(); }] },
  );
}
