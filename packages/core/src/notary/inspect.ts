/**
 * What `docker trust inspect` shows, from verified trust data: signed tags with the digest and
 * the signers (delegation names; `Repo Admin` for targets and targets/releases), the
 * delegations' keys, and the administrative (root, targets) key IDs.
 */
import { allTargets, RELEASES_ROLE } from './lookup.ts';
import type { TrustedRepository } from './trust.ts';

export interface TrustInspection {
  Name: string;
  SignedTags: { SignedTag: string; Digest: string; Signers: string[] }[];
  Signers: { Name: string; Keys: { ID: string }[] }[];
  AdministrativeKeys: { Name: 'Root' | 'Repository'; Keys: { ID: string }[] }[];
}

const released = (role: string) => role === 'targets' || role === RELEASES_ROLE;
const signerName = (role: string) => (released(role) ? 'Repo Admin' : role.slice('targets/'.length));
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function inspectRepository(repo: TrustedRepository, name: string, tag?: string): TrustInspection {
  const tags = new Map<string, Set<string>>();
  for (const t of allTargets(repo)) {
    if (tag !== undefined && t.tag !== tag) continue;
    if (!t.digest) continue;
    const key = `${t.tag}\u0000${t.digest.slice('sha256:'.length)}`;
    let signers = tags.get(key);
    if (!signers) tags.set(key, (signers = new Set()));
    signers.add(signerName(t.role));
  }
  const root = repo.root.envelope.signed;
  return {
    Name: name,
    SignedTags: [...tags.entries()]
      .map(([key, signers]) => {
        const [signedTag = '', digest = ''] = key.split('\u0000');
        return { SignedTag: signedTag, Digest: digest, Signers: [...signers].sort(byName) };
      })
      .sort((a, b) => byName(a.SignedTag, b.SignedTag) || byName(a.Digest, b.Digest)),
    Signers: [...repo.delegations.entries()]
      .filter(([role]) => !released(role))
      .map(([role, d]) => ({ Name: role.slice('targets/'.length), Keys: [...d.role.keyids].sort(byName).map((ID) => ({ ID })) }))
      .sort((a, b) => byName(a.Name, b.Name)),
    AdministrativeKeys: [
      { Name: 'Root', Keys: [...root.roles.root.keyids].sort(byName).map((ID) => ({ ID })) },
      { Name: 'Repository', Keys: [...root.roles.targets.keyids].sort(byName).map((ID) => ({ ID })) },
    ],
  };
}
