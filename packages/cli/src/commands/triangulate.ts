import type { Command } from 'commander';
import { openImage } from '@signet/core';
import { addRegistryOptions, createContext, type RegistryFlags } from '../context.ts';

export function registerTriangulate(program: Command): void {
  addRegistryOptions(program.command('triangulate'))
    .summary('print where the signatures of an image live')
    .description('Prints the reference of the `.sig` manifest that holds IMAGE\'s signatures (honours COSIGN_REPOSITORY).')
    .argument('<image>', 'IMAGE@sha256:DIGEST, IMAGE:TAG, or oci:DIR[:TAG]')
    .action(async (input: string, flags: RegistryFlags) => {
      const ctx = createContext([input], flags);
      try {
        const image = await openImage(input, ctx, { purpose: 'locating the signatures of' });
        process.stdout.write(`${image.signatures.location(image.digest)}\n`);
      } finally {
        await ctx.close();
      }
    });
}
