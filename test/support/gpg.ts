/** Real GnuPG keys for tests: a throwaway GNUPGHOME per key, exported the ways users export them. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GpgKey {
  home: string;
  fingerprint: string;
  /** Armored secret key file (unprotected). */
  secretPath: string;
  /** Armored public key file. */
  publicPath: string;
  /** Binary public keyring (`gpg --export`). */
  publicBinaryPath: string;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

export async function generateGpgKey(name = 'Signet Test', email = 't@example.com', passphrase = ''): Promise<GpgKey> {
  const home = await mkdtemp(join(tmpdir(), 'signet-gnupg-'));
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: string[]) => execFileSync('gpg', ['--batch', ...args], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  gpg(['--pinentry-mode', 'loopback', '--passphrase', passphrase, '--quick-gen-key', `${name} <${email}>`, 'rsa2048', 'sign', 'never']);
  const colons = gpg(['--with-colons', '--list-secret-keys']).toString();
  const fingerprint = colons.split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9];
  if (!fingerprint) throw new Error('gpg produced no key');
  const secretPath = join(home, 'secret.asc');
  const publicPath = join(home, 'public.asc');
  const publicBinaryPath = join(home, 'public.gpg');
  await writeFile(secretPath, gpg(['--pinentry-mode', 'loopback', '--passphrase', passphrase, '--armor', '--export-secret-keys', fingerprint]));
  await writeFile(publicPath, gpg(['--armor', '--export', fingerprint]));
  await writeFile(publicBinaryPath, gpg(['--export', fingerprint]));
  return {
    home,
    fingerprint,
    secretPath,
    publicPath,
    publicBinaryPath,
    env: { GNUPGHOME: home },
    cleanup: async () => {
      try {
        execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env, stdio: 'ignore' });
      } catch {
        // no agent running
      }
      await rm(home, { recursive: true, force: true });
    },
  };
}
