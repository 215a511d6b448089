/**
 * Registry credentials the way docker, podman and cosign find them: docker's config.json
 * (`auths`, `credHelpers`, `credsStore`) through the docker-credential-helpers protocol,
 * podman's auth file (REGISTRY_AUTH_FILE), and explicit credentials from flags or env.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SignetError } from '../errors.ts';
import { configKeys, normalizeConfigKey } from './hosts.ts';

export type Credential = { username: string; password: string } | { identityToken: string };

/** Where each credential came from, for the message when a registry refuses it (kept out of the value). */
const sources = new WeakMap<Credential, string>();

export function withSource<C extends Credential | undefined>(credential: C, source: string): C {
  if (credential) sources.set(credential, source);
  return credential;
}

export function credentialSource(credential: Credential): string | undefined {
  return sources.get(credential);
}

export interface CredentialProvider {
  get(registry: string): Promise<Credential | undefined>;
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export function staticCredentials(map: Record<string, Credential>, source?: string): CredentialProvider {
  return { get: async (registry) => (source ? withSource(map[registry], source) : map[registry]) };
}

export function chainCredentials(...providers: CredentialProvider[]): CredentialProvider {
  return {
    async get(registry) {
      for (const p of providers) {
        const found = await p.get(registry);
        if (found) return found;
      }
      return undefined;
    },
  };
}

export function parseAuthEntry(entry: AuthEntry): Credential | undefined {
  if (entry.identitytoken) return { identityToken: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  return undefined;
}

function findEntry(auths: Record<string, AuthEntry> | undefined, registry: string): AuthEntry | undefined {
  if (!auths) return undefined;
  const wanted = new Set(configKeys(registry).map(normalizeConfigKey));
  for (const [key, entry] of Object.entries(auths)) {
    if (wanted.has(normalizeConfigKey(key))) return entry;
  }
  return undefined;
}

/** The docker-credential-helpers `get` protocol: server URL on stdin, JSON on stdout. */
export async function runCredentialHelper(helper: string, serverUrl: string): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  // child_process is loaded when a helper is configured, not on every run's start-up path.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.resume();
    child.on('error', (e) =>
      reject(new SignetError('usage', `credential helper ${program} could not run: ${(e as NodeJS.ErrnoException).code ?? e.message}`, {
        hint: `install ${program} or remove it from your docker config.json`,
      })),
    );
    child.on('close', (code) => {
      if (code !== 0) {
        // The protocol reports a miss as a non-zero exit with this message on stdout.
        if (/credentials not found/i.test(out)) return resolve(undefined);
        return reject(new SignetError('remote', `credential helper ${program} failed for ${serverUrl} (exit ${code})`, {
          hint: `run \`echo ${serverUrl} | ${program} get\` to see why`,
        }));
      }
      try {
        const doc = JSON.parse(out) as { Username?: string; Secret?: string };
        if (!doc.Secret) return resolve(undefined);
        if (doc.Username === '<token>') return resolve({ identityToken: doc.Secret });
        resolve({ username: doc.Username ?? '', password: doc.Secret });
      } catch {
        reject(new SignetError('remote', `credential helper ${program} returned invalid JSON for ${serverUrl}`));
      }
    });
    child.stdin.end(serverUrl);
  });
}

async function readJson(path: string, warn?: (message: string) => void): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (e) {
    // With a logger the run goes on without it (public images need no credentials) and says so.
    if (warn) {
      warn(`${path} is not valid JSON (${(e as Error).message}); its credentials are not used: fix or remove the file (docker login rewrites it)`);
      return undefined;
    }
    throw new SignetError('usage', `${path} is not valid JSON`, { hint: 'fix or remove the file (docker login rewrites it)' });
  }
}

export function dockerConfigCredentials(options: { configDir?: string; env?: NodeJS.ProcessEnv; warn?: (message: string) => void } = {}): CredentialProvider {
  const env = options.env ?? process.env;
  const dockerConfigPath = join(options.configDir ?? env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json');
  let cached: Promise<DockerConfig[]> | undefined;
  const load = () =>
    (cached ??= Promise.all([
      readJson(dockerConfigPath, options.warn),
      env.REGISTRY_AUTH_FILE ? readJson(env.REGISTRY_AUTH_FILE, options.warn) : Promise.resolve(undefined),
    ]).then((all) => all.filter((c): c is DockerConfig => c !== undefined)));
  const from = withSource;
  return {
    async get(registry) {
      for (const [i, config] of (await load()).entries()) {
        const file = i === 0 ? dockerConfigPath : (env.REGISTRY_AUTH_FILE ?? 'REGISTRY_AUTH_FILE');
        const keys = configKeys(registry);
        const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
        if (helper) return from(await runCredentialHelper(helper, keys[0] ?? registry), `credential helper docker-credential-${helper} (credHelpers in ${file})`);
        const entry = findEntry(config.auths, registry);
        const fromEntry = entry ? parseAuthEntry(entry) : undefined;
        if (fromEntry) return from(fromEntry, `${file} (auths)`);
        if (config.credsStore) {
          const found = await runCredentialHelper(config.credsStore, keys[0] ?? registry);
          if (found) return from(found, `credential helper docker-credential-${config.credsStore} (credsStore in ${file})`);
        }
      }
      return undefined;
    },
  };
}
