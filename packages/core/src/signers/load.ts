/**
 * Turns a key reference into a Signer (for signing) or a public key (for verification).
 * Remote sources (k8s://, hashivault://) are registered by the front end (`registerKeySource`)
 * so this module stays free of their client libraries, and a library user chooses which to carry.
 */
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { codedError, SignetError, usageError } from '../errors.ts';
import { loadPrivateKey, loadPublicKey } from '../keys/index.ts';
import { describeKeyRef, parseKeyRef, type KeyRef } from './key-ref.ts';
import { KeySigner } from './key-signer.ts';
import type { CertificateMaterial, Signer } from './signer.ts';

export interface KeyLoadOptions {
  /** Asked only when the key is encrypted; never logged. */
  password?: () => Promise<string>;
  env?: NodeJS.ProcessEnv;
  certificate?: CertificateMaterial;
}

/** A remote key source: given its parsed reference, produce a signer or a public key. */
export interface RemoteKeySource {
  signer(ref: KeyRef, options: KeyLoadOptions): Promise<Signer>;
  publicKey(ref: KeyRef, options: KeyLoadOptions): Promise<KeyObject>;
}

export type RemoteKeyKind = 'k8s' | 'hashivault';

const remoteSources = new Map<RemoteKeyKind, RemoteKeySource>();

/**
 * Makes `k8s://` or `hashivault://` references loadable (for signing, verification and policy
 * generation alike). `@signet/core/keysources/k8s` and `.../vault` hold the sources; front ends
 * register them once at start-up, wrapped to import them on first use.
 */
export function registerKeySource(kind: RemoteKeyKind, source: RemoteKeySource): void {
  remoteSources.set(kind, source);
}

async function readKeyMaterial(ref: KeyRef, env: NodeJS.ProcessEnv): Promise<string> {
  if (ref.kind === 'env') {
    const value = env[ref.variable];
    if (!value) throw usageError(`environment variable ${ref.variable} is not set or empty`, `export ${ref.variable} with the PEM key`);
    return value;
  }
  if (ref.kind === 'file') {
    try {
      return await readFile(ref.path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw codedError('usage', 'key.file-missing', `key file ${ref.path} does not exist`, { path: ref.path });
      throw new SignetError('io', `cannot read key file ${ref.path}: ${code ?? String(e)}`);
    }
  }
  throw new Error(`unreachable: ${ref.kind}`);
}

function remoteSource(ref: KeyRef): RemoteKeySource {
  const kind = ref.kind as RemoteKeyKind;
  const source = remoteSources.get(kind);
  if (!source) throw usageError(`${describeKeyRef(ref)}: ${kind}:// keys are not available in this build`);
  return source;
}

export async function loadSigner(keyRef: string, options: KeyLoadOptions = {}): Promise<Signer> {
  const ref = parseKeyRef(keyRef);
  if (ref.kind === 'k8s' || ref.kind === 'hashivault') return remoteSource(ref).signer(ref, options);
  const pem = await readKeyMaterial(ref, options.env ?? process.env);
  const loadOptions = options.password ? { source: describeKeyRef(ref), password: options.password } : { source: describeKeyRef(ref) };
  const key = await loadPrivateKey(pem, loadOptions);
  return new KeySigner(key, describeKeyRef(ref), options.certificate);
}

export async function loadVerificationKey(keyRef: string, options: KeyLoadOptions = {}): Promise<KeyObject> {
  const ref = parseKeyRef(keyRef);
  if (ref.kind === 'k8s' || ref.kind === 'hashivault') return remoteSource(ref).publicKey(ref, options);
  const pem = await readKeyMaterial(ref, options.env ?? process.env);
  return loadPublicKey(pem, describeKeyRef(ref));
}
