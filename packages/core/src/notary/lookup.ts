/**
 * Which signed target a verifier trusts for a tag. Without named roles, docker's rule:
 * `targets/releases` when it lists the tag, else top-level `targets`. With named roles
 * (Connaisseur's `delegations`, `--notary-role`), every named role must list the tag with the
 * same digest; top-level targets alone then do not count.
 */
import { SignetError } from '../errors.ts';
import type { FileMeta } from './metadata.ts';
import { roleAllows, type TrustedRepository } from './trust.ts';

export const RELEASES_ROLE = 'targets/releases';

export interface SignedTarget {
  tag: string;
  /** `sha256:<hex>` of the manifest. */
  digest: string;
  length: number;
  /** The roles that signed this digest for the tag. */
  roles: string[];
}

/** `targets/releases` for `releases`, as Connaisseur and docker name delegations. */
export function roleName(name: string): string {
  return name === 'targets' || name.startsWith('targets/') ? name : `targets/${name}`;
}

export function targetDigest(meta: FileMeta): string | undefined {
  const b64 = meta?.hashes?.sha256;
  if (typeof b64 !== 'string') return undefined;
  const raw = Buffer.from(b64, 'base64');
  return raw.byteLength === 32 ? `sha256:${raw.toString('hex')}` : undefined;
}

/** Every (role, tag) target of the repository, in notary's role order. */
export function allTargets(repo: TrustedRepository): { role: string; tag: string; digest: string | undefined; length: number }[] {
  const out = [];
  for (const [name, role] of repo.roles) {
    for (const [tag, meta] of Object.entries(role.fetched.envelope.signed.targets)) {
      if (!roleAllows(role.delegation, tag)) continue;
      out.push({ role: name, tag, digest: targetDigest(meta), length: meta.length });
    }
  }
  return out;
}

function inRole(repo: TrustedRepository, role: string, tag: string): FileMeta | undefined {
  const r = repo.roles.get(role);
  if (!r || !roleAllows(r.delegation, tag)) return undefined;
  return Object.hasOwn(r.fetched.envelope.signed.targets, tag) ? r.fetched.envelope.signed.targets[tag] : undefined;
}

export function findSignedTarget(repo: TrustedRepository, tag: string, requiredRoles?: readonly string[]): SignedTarget {
  const fail = (problem: string, hint?: string) => new SignetError('verification', `${repo.gun}:${tag}: ${problem}`, hint === undefined ? {} : { hint });
  const roles = requiredRoles && requiredRoles.length > 0 ? requiredRoles.map(roleName) : undefined;
  if (roles) {
    let found: SignedTarget | undefined;
    for (const role of roles) {
      const meta = inRole(repo, role, tag);
      if (!meta) {
        const why = repo.missing.get(role) ?? (repo.delegations.has(role) || role === 'targets' ? undefined : 'no such delegation');
        throw fail(`not signed in ${role}${why ? ` (${why})` : ''}`, 'the policy requires a signature by that delegation; sign with its key (`signet sign --notary ... --notary-role`)');
      }
      const digest = targetDigest(meta);
      if (!digest) throw fail(`the ${role} target has no sha256`);
      if (found && found.digest !== digest) throw fail(`${found.roles.join(', ')} signed ${found.digest} but ${role} signed ${digest}`);
      found = found ? { ...found, roles: [...found.roles, role] } : { tag, digest, length: meta.length, roles: [role] };
    }
    return found!;
  }
  for (const role of [RELEASES_ROLE, 'targets']) {
    const meta = inRole(repo, role, tag);
    if (!meta) continue;
    const digest = targetDigest(meta);
    if (!digest) throw fail(`the ${role} target has no sha256`);
    return { tag, digest, length: meta.length, roles: [role] };
  }
  throw fail('has no signed trust data (not in targets/releases or targets)', 'sign it with Docker Content Trust or `signet sign --notary`');
}
