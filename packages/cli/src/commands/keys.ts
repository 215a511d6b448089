import { readFile, writeFile } from 'node:fs/promises';
import { read } from 'read';
import type { Command } from 'commander';
import { existingKeyFiles, generateCosignKeyPair, importKeyPair, parseKeyRef, publicKeyPem, SignetError, usageError, writeKeyPairFiles } from '@signet/core';
import { keyPassword, newKeyPassword } from '../password.ts';
import { stderrLogger } from '../context.ts';
import { k8sKeys, vaultKeys } from '../keysources.ts';

interface KeyOutputFlags {
  outputKeyPrefix: string;
  force?: boolean;
}

/**
 * Both files or neither (core writeKeyPairFiles). Existing files are replaced only with --force
 * or, as cosign does, after a "y" at the terminal.
 */
async function writeKeyFiles(prefix: string, privateKeyPem: string, publicKeyPem: string, force: boolean): Promise<void> {
  const names = { key: `${prefix}.key`, pub: `${prefix}.pub` };
  let replace = force;
  if (!replace && process.stdin.isTTY) {
    const taken = await existingKeyFiles(names);
    if (taken.length > 0) {
      const answer = await read({ prompt: `File ${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}. Overwrite (y/n)? `, output: process.stderr });
      if (!/^y(es)?$/i.test(answer.trim())) throw usageError('not overwriting the existing key files', 'pass --force to replace them, or choose --output-key-prefix');
      replace = true;
    }
  }
  await writeKeyPairFiles(names, { privateKeyPem, publicKeyPem }, { force: replace });
  stderrLogger.info(`Private key written to ${prefix}.key\nPublic key written to ${prefix}.pub`);
}

async function writePublicKey(prefix: string, pem: string, force: boolean): Promise<void> {
  try {
    await writeFile(`${prefix}.pub`, pem, { mode: 0o644, flag: force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw usageError(`${prefix}.pub already exists (the key itself was stored)`, 'pass --force to overwrite, or choose --output-key-prefix');
    }
    throw new SignetError('io', `cannot write ${prefix}.pub: ${(e as Error).message}`);
  }
  stderrLogger.info(`Public key written to ${prefix}.pub`);
}

export function registerKeys(program: Command): void {
  program
    .command('generate-key-pair')
    .summary('create cosign.key (encrypted, cosign format) and cosign.pub')
    .description('Generates an ECDSA P-256 key pair. The private key is encrypted with the password from\nCOSIGN_PASSWORD (may be empty) or a prompt, in cosign\'s format, so cosign can use it too.\n' +
      'With k8s://NS/NAME the pair goes into an immutable Secret (cosign.key, cosign.password, cosign.pub);\n' +
      'with hashivault://NAME an ecdsa-p256 Vault transit key is created instead. cosign.pub is written either way.')
    .argument('[destination]', 'k8s://NAMESPACE/NAME or hashivault://KEY instead of local files')
    .option('--output-key-prefix <name>', 'file name prefix', 'cosign')
    .option('-f, --force', 'overwrite existing files; replace an existing Secret; rotate an existing transit key')
    .action(async (destination: string | undefined, flags: KeyOutputFlags) => {
      const force = flags.force ?? false;
      const ref = destination === undefined ? undefined : parseKeyRef(destination);
      if (ref && ref.kind !== 'k8s' && ref.kind !== 'hashivault') {
        throw usageError(`generate-key-pair cannot store keys in ${destination}`, 'use k8s://NS/NAME, hashivault://NAME, or --output-key-prefix for files');
      }
      if (ref?.kind === 'hashivault') {
        // The private key never leaves Vault; only the public key is written, as cosign does.
        const created = await (await vaultKeys()).createKey(ref, force);
        await writePublicKey(flags.outputKeyPrefix, publicKeyPem(created.publicKey), force);
        stderrLogger.info(`Transit key ${destination} is at version ${created.version}`);
        return;
      }
      const password = await newKeyPassword();
      const pair = await generateCosignKeyPair(password);
      if (ref?.kind === 'k8s') {
        await (await k8sKeys()).storeKeyPair(ref, { ...pair, password }, force);
        stderrLogger.info(`Successfully created secret ${ref.name} in namespace ${ref.namespace}`);
        await writePublicKey(flags.outputKeyPrefix, pair.publicKeyPem, force);
        return;
      }
      await writeKeyFiles(flags.outputKeyPrefix, pair.privateKeyPem, pair.publicKeyPem, force);
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
