import { chmod, readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { generateCosignKeyPair, importKeyPair, SignetError, usageError } from '@signet/core';
import { keyPassword, newKeyPassword } from '../password.ts';
import { stderrLogger } from '../context.ts';

interface KeyOutputFlags {
  outputKeyPrefix: string;
  force?: boolean;
}

async function writeKeyFiles(prefix: string, privateKeyPem: string, publicKeyPem: string, force: boolean): Promise<void> {
  const flag = force ? 'w' : 'wx';
  try {
    // 0600 from the first byte: the encrypted key is still a secret worth guarding.
    await writeFile(`${prefix}.key`, privateKeyPem, { mode: 0o600, flag });
    await chmod(`${prefix}.key`, 0o600);
    await writeFile(`${prefix}.pub`, publicKeyPem, { mode: 0o644, flag });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw usageError(`${prefix}.key or ${prefix}.pub already exists`, 'pass --force to overwrite, or choose --output-key-prefix');
    }
    throw new SignetError('io', `cannot write ${prefix}.key: ${(e as Error).message}`);
  }
  stderrLogger.info(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub`);
}

export function registerKeys(program: Command): void {
  program
    .command('generate-key-pair')
    .summary('create cosign.key (encrypted, cosign format) and cosign.pub')
    .description('Generates an ECDSA P-256 key pair. The private key is encrypted with the password from\nCOSIGN_PASSWORD (may be empty) or a prompt, in cosign\'s format, so cosign can use it too.')
    .option('--output-key-prefix <name>', 'file name prefix', 'cosign')
    .option('-f, --force', 'overwrite existing files')
    .action(async (flags: KeyOutputFlags) => {
      const password = await newKeyPassword();
      const pair = await generateCosignKeyPair(password);
      await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, flags.force ?? false);
    });

  program
    .command('import-key-pair')
    .summary('turn a PEM private key (RSA, ECDSA, Ed25519) into cosign\'s encrypted format')
    .requiredOption('-k, --key <file>', 'PEM private key (PKCS#8, PKCS#1 or SEC1)')
    .option('--output-key-prefix <name>', 'file name prefix', 'import-cosign')
    .option('-f, --force', 'overwrite existing files')
    .action(async (flags: KeyOutputFlags & { key: string }) => {
      let pem: string;
      try {
        pem = await readFile(flags.key, 'utf8');
      } catch {
        throw usageError(`cannot read ${flags.key}`, 'pass the path of a PEM private key');
      }
      const newPassword = await newKeyPassword();
      const pair = await importKeyPair(pem, { source: flags.key, password: keyPassword(flags.key), newPassword });
      await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, flags.force ?? false);
    });
}
