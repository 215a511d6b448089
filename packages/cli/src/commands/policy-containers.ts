/**
 * `signet policy containers`: node configuration (policy.json, registries.d, an OpenShift
 * MachineConfig) requiring GPG signatures from a lookaside. Registers under `policy` so a
 * general `signet policy <target>` can live beside it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { containersNodeConfig, loadPublicKeyring, SignetError } from '@signet/core';
import { collect } from '../options.ts';
import { stderrLogger } from '../context.ts';

interface PolicyContainersFlags {
  keyring: string;
  lookaside: string;
  scope: string[];
  out?: string;
  keyPath?: string;
  name: string;
  role: string;
  default: 'accept' | 'reject';
}

function parseDefault(value: string): 'accept' | 'reject' {
  if (value !== 'accept' && value !== 'reject') throw new InvalidArgumentError('expected accept or reject');
  return value;
}

/** Write-then-rename, so a node or a reader never sees half a policy. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, content);
  await rename(temp, path);
}

/** The `policy` command, created once whoever registers first (another target may share it). */
export function policyCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').summary('generate verification policy for image consumers');
}

export function registerPolicyContainers(program: Command): void {
  policyCommand(program)
    .command('containers')
    .summary('containers-policy.json, registries.d and an OpenShift MachineConfig for GPG signatures')
    .description(
      'Generates what CRI-O, podman and skopeo need to require signatures made with\n' +
        '`signet sign --sign-by`: policy.json (signedBy GPGKeys for each --scope), a registries.d\n' +
        'file pointing those scopes at the lookaside, and machineconfig.yaml installing both and\n' +
        'the public key on OpenShift nodes. Without --out, prints policy.json.',
    )
    .requiredOption('--keyring <file>', 'OpenPGP public keyring to trust (armored or binary)')
    .requiredOption('--lookaside <url>', 'where nodes read signatures (https://…, file:///…; sigserver+ URLs are read over plain HTTP)')
    .requiredOption('--scope <registry/repo>', 'image scope to require signatures for (repeatable)', collect, [])
    .option('--out <dir>', 'write policy.json, registries.d/NAME.yaml, machineconfig.yaml and NAME.gpg here')
    .option('--key-path <path>', 'keyPath in policy.json (default: /etc/pki/containers/NAME.gpg, where the MachineConfig puts it)')
    .option('--name <name>', 'names the registries.d file, key file and MachineConfig', 'signet')
    .option('--role <role>', 'MachineConfig pool role', 'worker')
    .option('--default <accept|reject>', 'policy for images outside the scopes', parseDefault, 'accept')
    .action(async (flags: PolicyContainersFlags) => {
      // Parsing the keyring proves it holds public keys before nodes are told to trust it.
      const keys = await loadPublicKeyring(flags.keyring);
      const publicKey = await readFile(flags.keyring);
      const config = containersNodeConfig({
        scopes: flags.scope,
        lookaside: flags.lookaside,
        publicKey,
        keyPath: flags.keyPath,
        name: flags.name,
        role: flags.role,
        defaultPolicy: flags.default,
      });
      if (!flags.out) {
        process.stdout.write(config.policyJson);
        return;
      }
      const out = resolve(flags.out);
      try {
        await mkdir(join(out, 'registries.d'), { recursive: true });
        await writeAtomically(join(out, 'policy.json'), config.policyJson);
        await writeAtomically(join(out, 'registries.d', config.registriesDFile), config.registriesDYaml);
        await writeAtomically(join(out, 'machineconfig.yaml'), config.machineConfigYaml);
        await writeFile(join(out, `${flags.name}.gpg`), publicKey);
      } catch (e) {
        throw new SignetError('io', `cannot write into ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { hint: 'check the --out directory' });
      }
      stderrLogger.info(
        `Wrote ${join(out, 'policy.json')}, ${join(out, 'registries.d', config.registriesDFile)}, ${join(out, 'machineconfig.yaml')} ` +
          `(trusting ${keys.map((k) => k.getFingerprint().toUpperCase()).join(', ')})`,
      );
    });
}
