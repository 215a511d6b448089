/**
 * What this machine has seen of a repository's trust data: the highest version of every role
 * and the bytes of the last trusted root. A later read that serves lower versions is a
 * rollback (or a freeze attack) and is refused, as the notary client's trust dir does.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignetError } from '../errors.ts';

export interface CachedState {
  /** role name -> highest version accepted */
  versions: Record<string, number>;
  /** base64 of the last trusted root.json */
  root?: string | undefined;
}

export interface TrustCache {
  load(server: string, gun: string): Promise<CachedState | undefined>;
  save(server: string, gun: string, state: CachedState): Promise<void>;
}

function safe(part: string): string {
  return part.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * One JSON file per GUN under `dir`, written atomically. Keyed by GUN only, as notary's trust
 * dir: the same repository served by another server (a mirror, a moved server) must not reset
 * rollback protection.
 */
export function fileTrustCache(dir: string): TrustCache {
  const path = (_server: string, gun: string) => join(dir, ...gun.split('/').map(safe), 'state.json');
  return {
    async load(server, gun) {
      try {
        const state = JSON.parse(await readFile(path(server, gun), 'utf8')) as CachedState;
        return typeof state?.versions === 'object' && state.versions !== null ? state : undefined;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new SignetError('io', `cannot read the Notary trust cache ${path(server, gun)}: ${(e as Error).message}`, { hint: 'remove the file to start over (rollback protection restarts from the next read)' });
      }
    },
    async save(server, gun, state) {
      const file = path(server, gun);
      await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
      await rename(tmp, file);
    },
  };
}

/** No memory between runs: rollback is then only checked within one run. */
export const noTrustCache: TrustCache = { load: async () => undefined, save: async () => {} };
