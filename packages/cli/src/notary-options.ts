/**
 * The Notary v1 (Docker Content Trust) flags sign and verify share. Registering them costs
 * nothing; the Notary engine is loaded only when --notary is given (commands/notary.ts).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';

/** Where versions seen are kept (rollback protection): --notary-cache, SIGNET_NOTARY_CACHE, ~/.cache/signet/notary. */
export function notaryCacheDir(flags: { notaryCache?: string | undefined } = {}, env: NodeJS.ProcessEnv = process.env): string {
  return flags.notaryCache ?? env.SIGNET_NOTARY_CACHE ?? join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'signet', 'notary');
}

export interface NotaryFlags {
  notary?: string;
  notaryRoot?: string;
  notaryCa?: string;
  notaryRole?: string[];
  notaryCache?: string;
  notarySnapshotKey?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addNotaryOptions(command: Command, mode: 'sign' | 'verify'): Command {
  command
    .option('--notary <url>', 'Docker Content Trust: the Notary v1 server (e.g. https://notary.example.com:4443); IMAGE:TAG is ' + (mode === 'sign' ? 'published there as a signed target' : 'checked against its trust data'))
    .option('--notary-root <root>', `with --notary: the pinned root key (PEM public key or certificate, env://, k8s://...), its key ID, or a trusted root.json${mode === 'sign' ? ' (optional when publishing)' : ''}`)
    .option('--notary-ca <file>', 'with --notary: PEM CA certificate(s) of the Notary server\'s TLS certificate')
    .option('--notary-role <role>', mode === 'sign' ? 'with --notary: the role to publish into (default targets/releases when delegated, else targets)' : 'with --notary: a delegation that must have signed the tag (repeatable; e.g. releases). Default: targets/releases, else targets, as docker', collect, undefined)
    .option('--notary-cache <dir>', 'with --notary: where versions seen are kept for rollback protection (default SIGNET_NOTARY_CACHE or ~/.cache/signet/notary)');
  if (mode === 'sign') command.option('--notary-snapshot-key <ref>', 'with --notary: the snapshot key, when the repository\'s snapshot is not server-managed');
  return command;
}
