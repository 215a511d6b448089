/**
 * Moving a Docker Content Trust repository to cosign signatures: every signed tag, verified
 * from the pinned root against what the registry serves. Only verified digests may be
 * re-signed; a tag that fails is reported with the reason and never signed.
 */
import { SignetError } from '../errors.ts';
import type { TargetContext } from '../targets/open-image.ts';
import { allTargets } from './lookup.ts';
import { gunOf, registryReference, type NotaryVerifier } from './verify-image.ts';

export interface MigrationTag {
  gun: string;
  tag: string;
  /** The verified digest (only when `verified`). */
  digest: string | undefined;
  /** Roles that signed it. */
  roles: string[];
  verified: boolean;
  reason: string | undefined;
}

/** Every signed tag of each repository (`registry/repo`), verified one by one. */
export async function planMigration(verifier: NotaryVerifier, ctx: TargetContext, repositories: readonly string[]): Promise<MigrationTag[]> {
  const out: MigrationTag[] = [];
  for (const input of repositories) {
    const ref = registryReference(input);
    if (ref.tag !== undefined || ref.digest !== undefined) throw new SignetError('usage', `${input}: name a repository, without a tag or digest`, { hint: 'migrate reads every signed tag of the repository' });
    const gun = gunOf(ref);
    let tags: string[];
    try {
      tags = [...new Set(allTargets(await verifier.repository(gun)).map((t) => t.tag))].sort();
    } catch (e) {
      if (e instanceof SignetError && e.kind === 'verification') {
        out.push({ gun, tag: '*', digest: undefined, roles: [], verified: false, reason: e.message });
        continue;
      }
      throw e;
    }
    for (const tag of tags) {
      const r = await verifier.verify(`${gun}:${tag}`, ctx);
      out.push({ gun, tag, digest: r.ok ? r.target?.digest : undefined, roles: r.target?.roles ?? [], verified: r.ok, reason: r.reason });
    }
  }
  return out;
}
