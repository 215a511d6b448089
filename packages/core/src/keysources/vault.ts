/**
 * `hashivault://name` keys: HashiCorp Vault (or OpenBao) transit keys through node-vault.
 * Configuration is cosign's: VAULT_ADDR, VAULT_TOKEN, VAULT_NAMESPACE and
 * TRANSIT_SECRET_ENGINE_PATH (the mount, default `transit`).
 *
 * Signing matches sigstore's hashivault client (pkg/signature/kms/hashivault/client.go) so that
 * the result is what `cosign sign --key hashivault://` would produce: SHA-256 digest of the
 * payload, POST <mount>/sign/<key>/sha2-256 with `prehashed: true` and
 * `signature_algorithm: pkcs1v15` (ECDSA gets ASN.1 DER, RSA PKCS#1 v1.5). For Ed25519 the client
 * sends the digest as the message with `prehashed: false`, i.e. Ed25519 over SHA-256(payload).
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import nodeVault from 'node-vault';
import { codedError, SignetError, usageError } from '../errors.ts';
import { assertSupportedKey } from '../keys/index.ts';
import type { KeyLoadOptions, RemoteKeySource } from '../signers/load.ts';
import type { KeyRef } from '../signers/key-ref.ts';
import type { Signer } from '../signers/signer.ts';
import { vaultError, type VaultAction } from './vault-errors.ts';

export interface VaultSettings {
  address: string;
  token: string;
  namespace: string | undefined;
  mount: string;
}

export function vaultSettings(env: NodeJS.ProcessEnv = process.env): VaultSettings {
  const address = env.VAULT_ADDR ?? env.BAO_ADDR;
  if (!address) throw usageError('hashivault:// keys need VAULT_ADDR', 'export VAULT_ADDR=https://vault.example.com:8200');
  const token = env.VAULT_TOKEN ?? env.BAO_TOKEN;
  if (!token) throw usageError('hashivault:// keys need VAULT_TOKEN', 'export VAULT_TOKEN (it is never printed)');
  const mount = (env.TRANSIT_SECRET_ENGINE_PATH || 'transit').replace(/^\/+|\/+$/g, '');
  return { address: address.replace(/\/+$/, ''), token, namespace: env.VAULT_NAMESPACE || undefined, mount };
}

/** Vault's JSON for GET <mount>/keys/<name>, the fields we read. */
export interface TransitKeyInfo {
  type: string;
  latest_version: number;
  keys: Record<string, { public_key?: string; name?: string } | number>;
}

/** The transit calls key handling needs; node-vault by default, a seam for unit tests. */
export interface TransitApi {
  readKey(name: string): Promise<TransitKeyInfo>;
  sign(name: string, body: Record<string, unknown>): Promise<{ signature: string }>;
  createKey(name: string, type: string): Promise<void>;
  rotateKey(name: string): Promise<void>;
}

export function nodeVaultTransit(settings: VaultSettings): TransitApi {
  const client = nodeVault({
    endpoint: settings.address,
    token: settings.token,
    ...(settings.namespace ? { namespace: settings.namespace } : {}),
  });
  const path = (...parts: string[]) => [settings.mount, ...parts.map(encodeURIComponent)].join('/');
  const call = async <T>(action: VaultAction, name: string, p: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw vaultError(e, action, name, p, settings.address);
    }
  };
  return {
    async readKey(name) {
      const p = path('keys', name);
      const res = (await call('read', name, p, () => client.read(p))) as { data?: TransitKeyInfo } | undefined;
      if (!res?.data) throw new SignetError('remote', `hashivault://${name}: Vault returned no key data for ${p}`);
      return res.data;
    },
    async sign(name, body) {
      const p = `${path('sign', name)}/sha2-256`;
      const res = (await call('sign with', name, p, () => client.write(p, body))) as { data?: { signature?: unknown } } | undefined;
      const signature = res?.data?.signature;
      if (typeof signature !== 'string') throw new SignetError('remote', `hashivault://${name}: Vault's sign response has no signature`);
      return { signature };
    },
    async createKey(name, type) {
      const p = path('keys', name);
      await call('create', name, p, () => client.write(p, { type }));
    },
    async rotateKey(name) {
      const p = `${path('keys', name)}/rotate`;
      await call('rotate', name, p, () => client.write(p, {}));
    },
  };
}

/** The public key of one version: PEM for ECDSA/RSA, base64 raw bytes for Ed25519 (as Vault sends them). */
export function versionPublicKey(info: TransitKeyInfo, version: number, key: string): KeyObject {
  const entry = info.keys[String(version)];
  const pem = typeof entry === 'object' ? entry.public_key : undefined;
  if (!pem) {
    throw usageError(`hashivault://${key}: version ${version} has no public key (type ${info.type})`, 'use an asymmetric transit key: ecdsa-p256, rsa-2048/3072/4096 or ed25519');
  }
  let publicKey: KeyObject;
  if (info.type === 'ed25519') {
    const raw = Buffer.from(pem, 'base64');
    // SPKI for Ed25519 is a fixed 12-byte prefix and the 32-byte key.
    publicKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
  } else {
    publicKey = createPublicKey(pem);
  }
  assertSupportedKey(publicKey, `hashivault://${key}`);
  return publicKey;
}

const SIGNATURE_PREFIX = /^vault:v(\d+):/;

export function decodeVaultSignature(signature: string, key: string): { version: number; bytes: Uint8Array } {
  const m = SIGNATURE_PREFIX.exec(signature);
  if (!m) throw new SignetError('remote', `hashivault://${key}: unexpected signature format from Vault`);
  return { version: Number(m[1]), bytes: Buffer.from(signature.slice(m[0].length), 'base64') };
}

/** The request body sigstore's client sends for a SHA-256 signature with this key type. */
export function signRequest(keyType: string, payload: Uint8Array): Record<string, unknown> {
  const digest = createHash('sha256').update(payload).digest();
  return {
    input: digest.toString('base64'),
    prehashed: keyType !== 'ed25519',
    // "0" = latest, as sigstore sends it when no version is pinned.
    key_version: '0',
    signature_algorithm: 'pkcs1v15',
  };
}

class VaultSigner implements Signer {
  description: string;
  readonly #api: TransitApi;
  readonly #key: string;
  readonly #type: string;
  readonly #publicKey: KeyObject;

  constructor(api: TransitApi, key: string, info: TransitKeyInfo) {
    this.#api = api;
    this.#key = key;
    this.#type = info.type;
    this.#publicKey = versionPublicKey(info, info.latest_version, key);
    this.description = `hashivault://${key} (${info.type} v${info.latest_version})`;
  }

  async publicKey(): Promise<KeyObject> {
    return this.#publicKey;
  }

  async sign(data: Uint8Array): Promise<Uint8Array> {
    const { signature } = await this.#api.sign(this.#key, signRequest(this.#type, data));
    const decoded = decodeVaultSignature(signature, this.#key);
    // A rotation between reading the key and signing would make the signature unverifiable
    // with the public key this signer reported; say so instead of storing it.
    if (`hashivault://${this.#key} (${this.#type} v${decoded.version})` !== this.description) {
      throw new SignetError('remote', `hashivault://${this.#key}: the key was rotated while signing (signed with v${decoded.version})`, { hint: 'run the command again' });
    }
    return decoded.bytes;
  }
}

export class VaultKeySource implements RemoteKeySource {
  readonly #transit: (env: NodeJS.ProcessEnv) => TransitApi;

  constructor(transit: (env: NodeJS.ProcessEnv) => TransitApi = (env) => nodeVaultTransit(vaultSettings(env))) {
    this.#transit = transit;
  }

  #keyName(ref: KeyRef): string {
    if (ref.kind !== 'hashivault') throw new Error(`unreachable: ${ref.kind}`);
    return ref.key;
  }

  async signer(ref: KeyRef, options: KeyLoadOptions): Promise<Signer> {
    const key = this.#keyName(ref);
    const api = this.#transit(options.env ?? process.env);
    return new VaultSigner(api, key, await api.readKey(key));
  }

  /** The latest version's public key, as cosign's PublicKey() returns it. */
  async publicKey(ref: KeyRef, options: KeyLoadOptions): Promise<KeyObject> {
    const key = this.#keyName(ref);
    const info = await this.#transit(options.env ?? process.env).readKey(key);
    // cosign's Vault client signs Ed25519 over SHA-256(payload) (prehashed: false with the digest
    // as input), which a bare Ed25519 check over the payload rejects; only Vault's verify
    // endpoint checks such signatures, so say so rather than report a bad signature.
    if (info.type === 'ed25519') {
      throw usageError(
        `hashivault://${key} is an ed25519 transit key: its signatures are Ed25519 over the payload's SHA-256 digest, which only Vault's transit/verify endpoint checks`,
        `verify with \`cosign verify --key hashivault://${key}\`, or sign with an ecdsa-p256 or RSA transit key`,
      );
    }
    return versionPublicKey(info, info.latest_version, key);
  }

  /**
   * Creates an ecdsa-p256 transit key (cosign's default). Vault's create is an upsert that
   * silently keeps an existing key, so existence is checked first; `force` rotates instead,
   * adding a new latest version.
   */
  async createKey(ref: KeyRef, force: boolean, env: NodeJS.ProcessEnv = process.env): Promise<{ publicKey: KeyObject; version: number }> {
    const key = this.#keyName(ref);
    const api = this.#transit(env);
    const existing = await api.readKey(key).catch((e: unknown) => {
      if (e instanceof SignetError && e.kind === 'usage' && /not found/.test(e.message)) return undefined;
      throw e;
    });
    if (existing && !force) throw codedError('usage', 'vault.key-exists', `hashivault://${key}: transit key already exists (v${existing.latest_version})`, { key, version: existing.latest_version });
    if (existing) await api.rotateKey(key);
    else await api.createKey(key, 'ecdsa-p256');
    const info = await api.readKey(key);
    return { publicKey: versionPublicKey(info, info.latest_version, key), version: info.latest_version };
  }
}
