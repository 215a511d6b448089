/**
 * Signers for containers/image "atomic container signatures": an OpenPGP signed message (not a
 * detached signature) whose literal data is the JSON payload. Two sources of the secret key:
 * openpgp.js with a key from a file or variable, or the gpg binary with a key it holds, so the
 * secret never leaves gpg's keyring (or its smartcard).
 */
import { readFile } from 'node:fs/promises';
import type * as OpenPGP from 'openpgp';
import { openpgp } from './openpgp.ts';
import { codedError, SignetError, usageError } from '../errors.ts';
import { fingerprintOf, parseSecretKey } from './keys.ts';
import { GpgAgentSession, runGpgTool } from './process.ts';

export interface GpgSigner {
  /** For messages: the file, variable or key ID the key came from. */
  readonly description: string;
  /** Signs the payload, returning the binary signed message. */
  sign(payload: Uint8Array): Promise<Uint8Array>;
  /** Stops the gpg-agent signet started (or clears what it cached); call once signing is done. */
  close?(): Promise<void>;
}

export type SignBySpec = { kind: 'file'; path: string } | { kind: 'env'; variable: string } | { kind: 'gpg'; keyId: string };

const KEY_ID_RE = /^(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/;

/**
 * `--sign-by` values: `env://VAR` (armored secret key in a variable), `gpg://ID` or a bare
 * hex key ID / fingerprint (gpg signs), anything else a path to a secret key file. A bare hex
 * string that is also an existing file is taken as the file, which `fileExists` decides.
 */
export function parseSignBy(value: string, fileExists: (path: string) => boolean): SignBySpec {
  if (value === '') throw usageError('empty --sign-by', 'pass a secret key file, env://VAR, or a gpg key ID or fingerprint');
  if (value.startsWith('env://')) {
    const variable = value.slice('env://'.length);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw usageError(`invalid --sign-by "${value}"`, 'use env://VARIABLE_NAME');
    return { kind: 'env', variable };
  }
  if (value.startsWith('gpg://')) {
    const keyId = value.slice('gpg://'.length);
    if (keyId === '' || /\s/.test(keyId)) throw usageError(`invalid --sign-by "${value}"`, 'use gpg://KEYID, gpg://FINGERPRINT or gpg://user@example.com');
    return { kind: 'gpg', keyId };
  }
  if (value.startsWith('file://')) return { kind: 'file', path: value.slice('file://'.length) };
  if (KEY_ID_RE.test(value) && !fileExists(value)) return { kind: 'gpg', keyId: value.replace(/^0x/, '') };
  return { kind: 'file', path: value };
}

export interface GpgSignerOptions {
  /** Called only when the key is protected. */
  passphrase: () => Promise<string>;
  /** Passphrase for gpg's loopback pinentry; without it gpg uses its agent as usual. */
  gpgPassphrase?: string | undefined;
  env?: NodeJS.ProcessEnv;
  gpgBinary?: string;
}

export async function loadGpgSigner(spec: SignBySpec, options: GpgSignerOptions): Promise<GpgSigner> {
  const env = options.env ?? process.env;
  switch (spec.kind) {
    case 'file': {
      let bytes: Buffer;
      try {
        bytes = await readFile(spec.path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw codedError('usage', 'gpg.secret-key-missing', `secret key file ${spec.path} does not exist`, { path: spec.path });
        throw new SignetError('io', `cannot read ${spec.path}: ${code ?? (e as Error).message}`, { cause: e });
      }
      return openpgpSigner(await parseSecretKey(bytes, spec.path, options.passphrase), spec.path);
    }
    case 'env': {
      const value = env[spec.variable];
      if (!value) throw usageError(`environment variable ${spec.variable} is not set or empty`, 'set it to an armored OpenPGP secret key');
      const where = `env://${spec.variable}`;
      return openpgpSigner(await parseSecretKey(Buffer.from(value), where, options.passphrase), where);
    }
    case 'gpg': {
      const binary = options.gpgBinary ?? 'gpg';
      const agent = new GpgAgentSession(binary, env, { passphrase: options.gpgPassphrase !== undefined });
      try {
        await agent.prepare();
        await checkGpgSecretKey(binary, spec.keyId, env);
      } catch (e) {
        await agent.close();
        throw e;
      }
      return gpgBinarySigner(spec.keyId, binary, options.gpgPassphrase, env, agent);
    }
  }
}

function openpgpSigner(key: OpenPGP.PrivateKey, source: string): GpgSigner {
  return {
    description: `${source} (${fingerprintOf(key)})`,
    async sign(payload) {
      const message = await (await openpgp()).createMessage({ binary: payload });
      return (await openpgp()).sign({ message, signingKeys: key, format: 'binary' });
    },
  };
}

/** Fails before any image is touched when gpg has no secret key by that name. */
async function checkGpgSecretKey(binary: string, keyId: string, env: NodeJS.ProcessEnv): Promise<void> {
  const r = await runGpgTool(binary, ['--batch', '--no-tty', '--with-colons', '--list-secret-keys', '--', keyId], env);
  if (r.code !== 0 || !r.stdout.toString().split('\n').some((l) => l.startsWith('sec:'))) {
    throw usageError(`gpg cannot sign with key ${keyId}: ${gpgReason(r.stderr)}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
  }
}

/** Last meaningful gpg status line: enough to act on, never key material. */
function gpgReason(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('gpg: using'));
  return (lines[lines.length - 1] ?? 'no output').replace(/^gpg: /, '');
}

function gpgBinarySigner(keyId: string, binary: string, passphrase: string | undefined, env: NodeJS.ProcessEnv, agent: GpgAgentSession): GpgSigner {
  return {
    description: `gpg key ${keyId}`,
    close: () => agent.close(),
    async sign(payload) {
      await agent.beforeSigning(keyId);
      const args = ['--batch', '--no-tty', '--sign', '--local-user', keyId, '--output', '-'];
      // Loopback pinentry with the passphrase on fd 3: never in argv or the environment of gpg.
      if (passphrase !== undefined) args.unshift('--pinentry-mode', 'loopback', '--passphrase-fd', '3');
      const r = await runGpgTool(binary, args, env, payload, passphrase);
      if (r.code === 0 && r.stdout.length > 0) return r.stdout;
      const reason = gpgReason(r.stderr);
      if (/no secret key|secret key not available|unusable/i.test(r.stderr)) {
        throw usageError(`gpg cannot sign with key ${keyId}: ${reason}`, 'check `gpg --list-secret-keys` (and GNUPGHOME) for that key ID or fingerprint');
      }
      throw usageError(
        `gpg failed to sign with key ${keyId}: ${reason}`,
        /passphrase|pinentry|inappropriate ioctl/i.test(r.stderr) ? 'set SIGNET_GPG_PASSPHRASE or unlock the key in gpg-agent' : 'run the same gpg command by hand to see why',
      );
    },
  };
}
