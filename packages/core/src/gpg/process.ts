/**
 * Running GnuPG without handing it signet's secrets. gpg starts a gpg-agent that outlives the
 * command and keeps the environment it was started with (readable in /proc/PID/environ by the
 * same user) and caches passphrases, so:
 *
 * - gpg and its helpers get only the variables they need (paths, locale, what pinentry needs to
 *   reach a terminal or display), never COSIGN_PASSWORD, registry, Vault or GPG passphrases;
 * - when no agent is running, signet starts one itself and stops it (`gpgconf --kill`) when it
 *   is done; with a passphrase given, that agent caches nothing, so a wrong passphrase fails
 *   on the next run as on this one;
 * - when the user's agent was already running, it is left running, and a passphrase signet's
 *   signing put into its cache is cleared again afterwards.
 */
import { spawn } from 'node:child_process';
import { SignetError, usageError } from '../errors.ts';

/** What gpg, gpg-agent and pinentry read; everything else stays with signet. */
const GPG_VARIABLES = [
  'PATH',
  'HOME',
  'GNUPGHOME',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'LC_CTYPE',
  'LC_MESSAGES',
  'TZ',
  'TMPDIR',
  'GPG_TTY',
  'TERM',
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'XAUTHORITY',
  'DBUS_SESSION_BUS_ADDRESS',
  'XDG_RUNTIME_DIR',
  'PINENTRY_USER_DATA',
] as const;

export function gpgEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const name of GPG_VARIABLES) if (env[name] !== undefined) out[name] = env[name];
  return out;
}

export interface GpgRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs a GnuPG tool; `secret` goes to fd 3 (gpg's --passphrase-fd 3), never argv or env. */
export function runGpgTool(binary: string, args: readonly string[], env: NodeJS.ProcessEnv, input?: Uint8Array, secret?: string, timeoutMs = 120_000): Promise<GpgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: gpgEnvironment(env), stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    // Bounded: a pinentry waiting for a terminal nobody watches must not hang signet.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        e.code === 'ENOENT'
          ? usageError(`${binary} is not installed`, 'install gnupg, or pass --sign-by with an armored secret key file')
          : new SignetError('io', `cannot run ${binary}: ${e.message}`, { cause: e }),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr });
    });
    const fd3 = child.stdio[3] as NodeJS.WritableStream | null;
    fd3?.on('error', () => undefined);
    fd3?.end(secret !== undefined ? `${secret}\n` : '');
    // The tool may exit before reading stdin (e.g. unknown key); 'close' reports why.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}

/** `gpg-agent --daemon`: the forked agent keeps no pipe of ours open; wait for the parent only. */
function startDaemon(binary: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: gpgEnvironment(env), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new SignetError('io', `cannot start gpg-agent: ${e.message}`, { cause: e }));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new SignetError('io', `cannot start gpg-agent (exit ${String(code)})`, { hint: 'run gpg-agent --daemon by hand to see why' }));
    });
  });
}

/** gpg's sibling tools, next to the gpg binary when it was given as a path. */
function sibling(gpgBinary: string, tool: string): string {
  const slash = gpgBinary.lastIndexOf('/');
  return slash === -1 ? tool : `${gpgBinary.slice(0, slash + 1)}${tool}`;
}

/**
 * The gpg-agent for one signing run: which agent, who started it, and what to undo at the end.
 */
export class GpgAgentSession {
  readonly #gpg: string;
  readonly #env: NodeJS.ProcessEnv;
  readonly #passphrase: boolean;
  #started = false;
  #prepared: Promise<void> | undefined;
  /** Keygrips whose passphrase was not cached in the user's agent before signet signed. */
  readonly #toClear = new Set<string>();
  readonly #checked = new Set<string>();

  constructor(gpgBinary: string, env: NodeJS.ProcessEnv, options: { passphrase: boolean }) {
    this.#gpg = gpgBinary;
    this.#env = env;
    this.#passphrase = options.passphrase;
  }

  #agent(commands: string[]): Promise<GpgRun> {
    return runGpgTool(sibling(this.#gpg, 'gpg-connect-agent'), ['--no-autostart', ...commands, '/bye'], this.#env, undefined, undefined, 10_000);
  }

  /** Before the first gpg command: find the user's agent, or start signet's own. */
  prepare(): Promise<void> {
    this.#prepared ??= (async () => {
      // gpg-connect-agent exits 0 either way; only a running agent answers with its pid.
      const running = await this.#agent(['GETINFO pid']).catch(() => undefined);
      if (running && /^D \d+$/m.test(running.stdout.toString())) return;
      this.#started = true;
      if (!this.#passphrase) return; // gpg starts it (pinentry may ask; caching as the user configured)
      // An agent that forgets every passphrase at once: nothing outlives the run, even if signet is killed.
      const args = ['--daemon', '--default-cache-ttl', '0', '--max-cache-ttl', '0', '--allow-loopback-pinentry'];
      if (this.#env.GNUPGHOME) args.unshift('--homedir', this.#env.GNUPGHOME);
      await startDaemon(sibling(this.#gpg, 'gpg-agent'), args, this.#env);
    })();
    return this.#prepared;
  }

  /** Notes which of the key's passphrases the user's agent has not cached yet (to clear them after). */
  async beforeSigning(keyId: string): Promise<void> {
    if (this.#started || !this.#passphrase || this.#checked.has(keyId)) return;
    this.#checked.add(keyId);
    const list = await runGpgTool(this.#gpg, ['--batch', '--no-tty', '--with-colons', '--with-keygrip', '--list-secret-keys', '--', keyId], this.#env);
    const grips = list.stdout.toString().split('\n').filter((l) => l.startsWith('grp:')).map((l) => l.split(':')[9] ?? '').filter((g) => /^[0-9A-F]{40}$/.test(g));
    for (const grip of grips) {
      if (this.#toClear.has(grip)) continue;
      const info = await this.#agent([`KEYINFO ${grip}`]);
      // S KEYINFO <grip> <type> <serial> <idstr> <cached> ...: `1` when the passphrase is cached.
      const line = info.stdout.toString().split('\n').find((l) => l.startsWith(`S KEYINFO ${grip} `));
      if (line?.split(' ')[6] !== '1') this.#toClear.add(grip);
    }
  }

  /** Stops the agent signet started, or forgets what signet cached in the user's. */
  async close(): Promise<void> {
    if (!this.#prepared) return;
    await this.#prepared.catch(() => undefined);
    if (this.#started) {
      await runGpgTool(sibling(this.#gpg, 'gpgconf'), ['--kill', 'gpg-agent'], this.#env, undefined, undefined, 10_000).catch(() => undefined);
      return;
    }
    for (const grip of this.#toClear) await this.#agent([`CLEAR_PASSPHRASE --mode=normal ${grip}`]).catch(() => undefined);
    this.#toClear.clear();
  }
}
