/**
 * The pinned root (no trust on first use): a root key's public key or certificate (PEM, any
 * key source), a key ID (the wrapped ID notary's `trust_pinning.certs` and `docker trust
 * inspect` show, or the canonical ID `notary key list` prints), or a root.json whose root
 * keys are trusted.
 */
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { usageError } from '../errors.ts';
import { loadVerificationKey } from '../signers/load.ts';
import { canonicalKeyId, keyId, publicKeyOf, samePublicKey, type TufKey } from './keys.ts';

export interface RootPin {
  description: string;
  matches(key: TufKey): boolean;
}

export function pinKeyIds(ids: readonly string[], description = ids.join(', ')): RootPin {
  return {
    description,
    matches: (key) => {
      const id = keyId(key);
      return ids.includes(id) || ids.includes(canonicalKeyId(key));
    },
  };
}

export function pinPublicKey(publicKey: KeyObject, description: string): RootPin {
  return {
    description,
    matches: (key) => {
      try {
        return samePublicKey(publicKeyOf(key), publicKey);
      } catch {
        return false;
      }
    },
  };
}

export async function loadRootPin(spec: string): Promise<RootPin> {
  if (/^[0-9a-f]{64}$/.test(spec)) return pinKeyIds([spec], `root key ID ${spec}`);
  if (!/^[a-z0-9+.-]+:\/\//.test(spec)) {
    let text: string | undefined;
    try {
      text = await readFile(spec, 'utf8');
    } catch {
      text = undefined; // loadVerificationKey words the error
    }
    if (text !== undefined && text.trimStart().startsWith('{')) {
      let root: { signed?: { keys?: Record<string, TufKey>; roles?: { root?: { keyids?: string[] } } } };
      try {
        root = JSON.parse(text);
      } catch {
        throw usageError(`${spec} is not JSON`, 'pass the root public key (PEM), its key ID, or a trusted root.json');
      }
      const ids = root.signed?.roles?.root?.keyids;
      if (!Array.isArray(ids) || ids.length === 0) throw usageError(`${spec} is not a Notary root.json (no root role keys)`);
      return pinKeyIds(ids, `root keys of ${spec}`);
    }
  }
  return pinPublicKey(await loadVerificationKey(spec), `root key ${spec}`);
}
