import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkSigningCertificate, loadSigner, loadSigningCertificate, openImage, signImage, usageError } from '@signet/core';
import { collectKeyValue, parseBool } from '../options.ts';
import { keyPassword } from '../password.ts';
import { createContext, stderrLogger, type RegistryFlags } from '../context.ts';

interface SignFlags extends RegistryFlags {
  key?: string;
  annotations: Record<string, string>;
  upload: boolean;
  tlogUpload: boolean;
  outputSignature?: string;
  outputPayload?: string;
  signContainerIdentity?: string;
  cert?: string;
  certChain?: string;
}

export function registerSign(program: Command): void {
  program
    .command('sign')
    .summary('sign image digests and store the signatures in cosign\'s format')
    .description(
      'Signs each IMAGE by digest with the key and appends the signature to the image\'s\n' +
        '`sha256-<hex>.sig` manifest (in COSIGN_REPOSITORY when set). A tag is resolved to its\n' +
        'digest with a warning; the digest is what gets signed. Identical signatures are not\n' +
        'added twice, and other signers\' signatures are always kept.',
    )
    .argument('<image...>', 'IMAGE@sha256:DIGEST, IMAGE:TAG, or oci:DIR[:TAG]')
    .requiredOption('--key <ref>', 'private key: a path, env://VAR, k8s://ns/name or hashivault://name')
    .option('-a, --annotations <key=value>', 'annotation for the payload\'s "optional" (repeatable)', collectKeyValue, {})
    .option('--upload [bool]', 'store the signature (false: only write --output-* files)', parseBool, true)
    .option('--output-signature <file>', 'write the base64 signature here (one image only)')
    .option('--output-payload <file>', 'write the signed payload here (one image only)')
    .option('--cert <file>', 'PEM certificate for the key; stored with the signature (codeSigning EKU required)')
    .option('--cert-chain <file>', 'PEM chain for --cert: parent intermediate first, root last')
    .option('--sign-container-identity <ref>', 'override critical.identity.docker-reference in the payload')
    .option('--tlog-upload [bool]', 'upload to a transparency log (not supported for key signing yet)', parseBool, false)
    .option('-y, --yes', 'accepted for cosign compatibility; signet never prompts for confirmation')
    .option('--allow-http-registry', 'use plain HTTP for the registries named in this command')
    .option('--registry-username <name>', 'registry user (default: docker config.json / credential helpers)')
    .option('--registry-password <password>', 'registry password; prefer SIGNET_REGISTRY_PASSWORD (argv is visible to other users)')
    .addHelpText(
      'after',
      '\nEnvironment: COSIGN_PASSWORD (key password), COSIGN_REPOSITORY (where signatures go),\n' +
        'DOCKER_CONFIG, SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD, SIGNET_INSECURE_REGISTRIES.\n\n' +
        'Example:\n  COSIGN_PASSWORD=... signet sign --key cosign.key registry.example.com/app@sha256:<hex>',
    )
    .action(async (images: string[], flags: SignFlags) => {
      if (flags.tlogUpload) throw usageError('--tlog-upload=true is not supported for key-based signing yet', 'drop the flag; signatures are stored without a transparency log entry');
      if ((flags.outputSignature || flags.outputPayload) && images.length !== 1) {
        throw usageError('--output-signature/--output-payload need exactly one image');
      }
      if (flags.registryPassword) stderrLogger.warn('--registry-password is visible in the process list; prefer SIGNET_REGISTRY_PASSWORD');
      if (flags.certChain && !flags.cert) throw usageError('--cert-chain needs --cert', 'pass the signing certificate with --cert');
      const key = flags.key ?? '';
      const certificate = flags.cert ? await loadSigningCertificate(flags.cert, flags.certChain) : undefined;
      const signer = await loadSigner(key, {
        password: keyPassword(key),
        ...(certificate ? { certificate: certificate.material } : {}),
      });
      if (certificate) {
        checkSigningCertificate({ leaf: certificate.leaf, chain: certificate.chain, publicKey: await signer.publicKey() });
      }
      const ctx = createContext(images, flags);
      try {
        for (const input of images) {
          const image = await openImage(input, ctx);
          const result = await signImage(image, {
            signer,
            annotations: flags.annotations,
            upload: flags.upload,
            identity: flags.signContainerIdentity,
          });
          if (flags.outputSignature) await writeFile(flags.outputSignature, Buffer.from(result.signature).toString('base64'));
          if (flags.outputPayload) await writeFile(flags.outputPayload, result.payload);
          if (!flags.upload) stderrLogger.info(`Signed ${result.image} (not uploaded)`);
          else if (result.appended) stderrLogger.info(`Signed ${result.image} -> ${result.location}`);
          else stderrLogger.info(`${result.image} already carries this signature at ${result.location}; nothing added`);
        }
      } finally {
        await ctx.close();
      }
    });
}
