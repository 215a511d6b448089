/**
 * Repository set-up: `init` (an x509-wrapped root key, a targets key, the server's snapshot and
 * timestamp keys, as docker initialises repositories) and delegations for CI signers.
 */
import { SignetError, usageError } from '../errors.ts';
import type { Signer } from '../signers/signer.ts';
import { bareKey, canonicalKeyId, keyId, x509Key, type TufKey } from './keys.ts';
import type { RootSigned, TargetsSigned } from './metadata.ts';
import { MAX_METADATA_BYTES, type NotaryServer } from './server.ts';
import { selfSignedRootCertificate } from './certificate.ts';
import { EXPIRY, formatExpiry } from './time.ts';
import { currentTargets, signRole, signingKeyId, writeRole, type WriteOptions, type WriteResult } from './write.ts';
import { roleName } from './lookup.ts';

export interface InitRequest {
  rootSigner: Signer;
  targetsSigner: Signer;
  now?: Date | undefined;
}

export interface InitResult {
  /** The wrapped root key ID: what `trust_pinning.certs` and `docker trust inspect` name. */
  rootKeyId: string;
  /** The bare key's ID, as `notary key list` prints it. */
  rootCanonicalKeyId: string;
  rootCertificatePem: string;
  targetsKeyId: string;
  timestampKeyId: string;
  snapshotKeyId: string;
}

export async function initRepository(server: NotaryServer, gun: string, request: InitRequest): Promise<InitResult> {
  if (await server.get(gun, 'root.json', MAX_METADATA_BYTES.root)) {
    throw new SignetError('usage', `${gun} already has trust data on ${server.url}`, { hint: 'inspect it with `signet notary inspect`; add signers with `signet notary delegate`' });
  }
  const now = request.now ?? new Date();
  const [timestamp, snapshot] = await Promise.all([server.roleKey(gun, 'timestamp'), server.roleKey(gun, 'snapshot')]);
  const certificatePem = await selfSignedRootCertificate(request.rootSigner, gun, now, new Date(now.getTime() + EXPIRY.root));
  const rootKey = x509Key(certificatePem);
  const targetsPublic = await request.targetsSigner.publicKey();
  const targetsKey = bareKey(targetsPublic);
  const ids = { root: keyId(rootKey), targets: keyId(targetsKey), timestamp: keyId(timestamp), snapshot: keyId(snapshot) };
  if (ids.root === ids.targets || canonicalKeyId(rootKey) === ids.targets) throw usageError('the root and targets keys must differ', 'generate a separate targets key');
  const keys: Record<string, TufKey> = { [ids.root]: rootKey, [ids.targets]: targetsKey, [ids.timestamp]: timestamp, [ids.snapshot]: snapshot };
  const root: RootSigned = {
    _type: 'Root',
    consistent_snapshot: false,
    expires: formatExpiry(new Date(now.getTime() + EXPIRY.root)),
    keys,
    roles: {
      root: { keyids: [ids.root], threshold: 1 },
      snapshot: { keyids: [ids.snapshot], threshold: 1 },
      targets: { keyids: [ids.targets], threshold: 1 },
      timestamp: { keyids: [ids.timestamp], threshold: 1 },
    },
    version: 1,
  };
  const targets: TargetsSigned = { _type: 'Targets', delegations: { keys: {}, roles: [] }, expires: formatExpiry(new Date(now.getTime() + EXPIRY.targets)), targets: {}, version: 1 };
  const files = new Map([
    ['root', await signRole(root, request.rootSigner, ids.root)],
    ['targets', await signRole(targets, request.targetsSigner, ids.targets)],
  ]);
  await server.publish(gun, files);
  return {
    rootKeyId: ids.root,
    rootCanonicalKeyId: canonicalKeyId(rootKey),
    rootCertificatePem: certificatePem,
    targetsKeyId: ids.targets,
    timestampKeyId: ids.timestamp,
    snapshotKeyId: ids.snapshot,
  };
}

export interface DelegateRequest extends WriteOptions {
  role: string;
  /** Keys to add to the role (docker: bare ecdsa; notary --cert: ecdsa-x509). */
  keys: TufKey[];
  /** The repository's targets key: delegations live in targets. */
  targetsSigner: Signer;
  paths?: string[] | undefined;
  threshold?: number | undefined;
}

/** Adds keys to a delegation (creating it with all paths and threshold 1), as `notary delegation add`. */
export async function addDelegation(server: NotaryServer, gun: string, request: DelegateRequest): Promise<WriteResult & { keyIds: string[] }> {
  const role = roleName(request.role);
  if (role === 'targets' || !/^targets(\/[A-Za-z0-9_.-]+)+$/.test(role)) throw usageError(`invalid delegation role "${request.role}"`, 'use targets/releases or targets/<name>');
  if (role.split('/').length > 2) throw usageError(`nested delegation ${role} is not supported here`, 'delegate from targets (targets/<name>)');
  const keyIds = request.keys.map(keyId);
  const result = await writeRole(
    server,
    gun,
    async (repo) => {
      const rootSigned = repo.root.envelope.signed;
      const keyid = await signingKeyId(request.targetsSigner, rootSigned.roles.targets, rootSigned.keys);
      if (!keyid) throw usageError(`${request.targetsSigner.description} is not the targets key of ${gun}`, 'pass the repository key (`signet notary init` --key) with --key');
      const signed = currentTargets(repo, 'targets');
      const existing = signed.delegations.roles.find((r) => r.name === role);
      const missingKeys = keyIds.filter((id) => !existing?.keyids.includes(id));
      if (existing && missingKeys.length === 0) return { role: 'targets' };
      request.keys.forEach((key, i) => (signed.delegations.keys[keyIds[i]!] = key));
      if (existing) existing.keyids.push(...missingKeys);
      else signed.delegations.roles.push({ keyids: keyIds, name: role, paths: request.paths ?? [''], threshold: request.threshold ?? 1 });
      signed.version += 1;
      signed.expires = formatExpiry(new Date((request.now ?? new Date()).getTime() + EXPIRY.targets));
      return { role: 'targets', bytes: await signRole(signed, request.targetsSigner, keyid), version: signed.version };
    },
    request,
  );
  return { ...result, keyIds };
}
