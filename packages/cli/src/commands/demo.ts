import type { Command } from 'commander';
import { OciLayout, parseTarget, usageError, writeDemoImage } from '@signet/core';

/** Hidden helper for the README demo: puts a small real image into an OCI layout. */
export function registerDemo(program: Command): void {
  program
    .command('demo-image', { hidden: true })
    .description('write a small demo image into an OCI layout and print its reference')
    .argument('<target>', 'oci:DIR[:TAG]')
    .action(async (input: string) => {
      const target = parseTarget(input);
      if (target.kind !== 'layout') throw usageError(`${input} is not an OCI layout target`, 'use oci:DIR[:TAG]');
      const layout = await OciLayout.open(target.path, { create: true });
      const tag = target.tag ?? 'latest';
      const { digest } = await writeDemoImage(layout, tag);
      process.stdout.write(`oci:${target.path}@${digest}\n`);
    });
}
