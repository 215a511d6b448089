import type { Command } from 'commander';
import { DEFAULT_TUF_MIRROR, initializeTuf } from '@signet/core';
import { stderrLogger } from '../context.ts';

/** cosign's `initialize`: which TUF repository keyless commands take their trusted root from. */
export function registerInitialize(program: Command): void {
  program
    .command('initialize')
    .summary('trust a TUF repository for the default trusted root (as cosign initialize)')
    .description(
      'Fetches and verifies trusted_root.json from a TUF repository and records the repository\n' +
        'as the source of the trusted root for keyless sign and verify without --trusted-root.\n' +
        `Without flags: the public-good instance (${DEFAULT_TUF_MIRROR}) with the root.json\n` +
        'signet ships. Writes cosign\'s files (remote.json and the verified metadata) in TUF_ROOT,\n' +
        'default ~/.sigstore/root, so cosign and signet share the configuration. The previous\n' +
        'configuration is kept when this fails. Per command, TUF_MIRROR and TUF_ROOT_JSON override it.',
    )
    .option('--mirror <url>', `base URL of the TUF repository (default ${DEFAULT_TUF_MIRROR})`)
    .option('--root <file>', 'its initial root.json (required with --mirror; trusted on first use, so get it out of band)')
    .action(async (flags: { mirror?: string; root?: string }) => {
      const { mirror, cacheDir } = await initializeTuf(flags);
      stderrLogger.info(`Trusted root from TUF repository ${mirror} verified; configuration in ${cacheDir}`);
    });
}
