/**
 * Writing trust data: a role's new version signed with a key of that role, uploaded in one
 * multipart POST. Snapshot and timestamp are the server's unless the caller holds the
 * snapshot key (then signet signs the snapshot too; the timestamp is always the server's).
 * A stale-version refusal (another publisher won) re-reads everything and retries.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SignetError, usageError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import type { Signer } from '../signers/signer.ts';
import { envelopeBytes, type Envelope } from './canonical.ts';
import { bareKey, publicKeyOf, samePublicKey, type TufKey } from './keys.ts';
import { fileMeta, type RoleKeys, type SnapshotSigned, type TargetsSigned } from './metadata.ts';
import { StaleVersionError, type NotaryServer } from './server.ts';
import { signSigned } from './signatures.ts';
import { EXPIRY, formatExpiry } from './time.ts';
import { loadTrustedRepository, type LoadOptions, type TrustedRepository } from './trust.ts';

export interface WriteOptions extends LoadOptions {
  /** Signs the snapshot when the repository's snapshot key is held by the client, not the server. */
  snapshotSigner?: Signer | undefined;
  /** Publish attempts when concurrent publishers keep winning (default 8). */
  maxAttempts?: number | undefined;
  logger?: Logger | undefined;
}

/** The key ID under which `signer` may sign a role, or undefined. */
export async function signingKeyId(signer: Signer, role: RoleKeys, keys: Record<string, TufKey>): Promise<string | undefined> {
  const mine = await signer.publicKey();
  for (const id of role.keyids) {
    const key = keys[id];
    if (!key) continue;
    try {
      if (samePublicKey(publicKeyOf(key), mine)) return id;
    } catch {
      // a malformed key is no match
    }
  }
  return undefined;
}

/** Keys and threshold that may sign `role`, from the root or the delegation. */
export function roleSigners(repo: TrustedRepository, role: string): { role: RoleKeys; keys: Record<string, TufKey> } | undefined {
  if (role === 'targets') return { role: repo.root.envelope.signed.roles.targets, keys: repo.root.envelope.signed.keys };
  const d = repo.delegations.get(role);
  return d ? { role: d.role, keys: d.keys } : undefined;
}

/** The current content of a targets role, or an empty first version. */
export function currentTargets(repo: TrustedRepository, role: string): TargetsSigned {
  const existing = repo.roles.get(role)?.fetched.envelope.signed;
  if (existing) return structuredClone(existing);
  const why = repo.missing.get(role);
  if (why && why !== 'no data published yet') throw new SignetError('verification', `${repo.gun}: ${role} on the server fails verification (${why})`, { hint: 'fix or remove it with the notary client before publishing' });
  return { _type: 'Targets', delegations: { keys: {}, roles: [] }, expires: '', targets: {}, version: 0 };
}

export async function signRole<T>(signed: T, signer: Signer, keyid: string): Promise<Buffer> {
  const envelope: Envelope<T> = { signed, signatures: [await signSigned(signed, signer, keyid)] };
  return envelopeBytes(envelope);
}

/** One role change, built fresh from each read: returns the role bytes, or undefined when nothing changes. */
export type RoleChange = (repo: TrustedRepository) => Promise<{ role: string; bytes: Buffer; version: number } | { role: string; bytes?: undefined }>;

export interface WriteResult {
  role: string;
  /** The new version; undefined when nothing had to change. */
  version: number | undefined;
  attempts: number;
  snapshotSignedBy: 'server' | 'signet';
}

async function snapshotFor(repo: TrustedRepository, files: Map<string, Buffer>, signer: Signer, now: Date): Promise<Buffer> {
  const rootSigned = repo.root.envelope.signed;
  const keyid = await signingKeyId(signer, rootSigned.roles.snapshot, rootSigned.keys);
  if (!keyid) throw usageError(`${signer.description} is not the snapshot key of ${repo.gun}`, 'leave out --notary-snapshot-key when the server holds the snapshot key');
  const previous = repo.snapshot.envelope.signed;
  const meta = { ...previous.meta };
  for (const [role, bytes] of files) meta[role] = fileMeta(bytes);
  const signed: SnapshotSigned = { ...previous, meta, expires: formatExpiry(new Date(now.getTime() + EXPIRY.snapshot)), version: previous.version + 1 };
  return signRole(signed, signer, keyid);
}

/** Applies `change` to fresh trust data and publishes it, re-reading on a stale-version refusal. */
export async function writeRole(server: NotaryServer, gun: string, change: RoleChange, options: WriteOptions = {}): Promise<WriteResult> {
  const logger = options.logger ?? silentLogger;
  const maxAttempts = options.maxAttempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    const now = options.now ?? new Date();
    const repo = await loadTrustedRepository(server, gun, { ...options, now });
    const changed = await change(repo);
    const snapshotSignedBy = options.snapshotSigner ? 'signet' : 'server';
    if (changed.bytes === undefined) return { role: changed.role, version: undefined, attempts: attempt, snapshotSignedBy };
    const files = new Map([[changed.role, changed.bytes]]);
    if (options.snapshotSigner) files.set('snapshot', await snapshotFor(repo, files, options.snapshotSigner, now));
    try {
      await server.publish(gun, files);
      return { role: changed.role, version: changed.version, attempts: attempt, snapshotSignedBy };
    } catch (e) {
      if (!(e instanceof StaleVersionError) || attempt >= maxAttempts) throw e;
      const delay = Math.floor(50 + Math.random() * 100 * attempt);
      logger.debug(`${gun}: ${e.message}; re-reading and retrying in ${delay} ms (attempt ${attempt + 1}/${maxAttempts})`);
      await sleep(delay);
    }
  }
}

export interface PublishTarget {
  tag: string;
  /** `sha256:<hex>` of the manifest as the registry serves it. */
  digest: string;
  /** Manifest size in bytes. */
  length: number;
}

export interface PublishRequest extends WriteOptions {
  targets: readonly PublishTarget[];
  signer: Signer;
  /** Explicit role (`targets`, `targets/releases`, `releases`); default releases when delegated, else targets. */
  role?: string | undefined;
}

/** The role docker publishes into: targets/releases when the repository delegates it, else targets. */
export function defaultPublishRole(repo: TrustedRepository): string {
  return repo.delegations.has('targets/releases') ? 'targets/releases' : 'targets';
}

/** Adds or updates the targets of many tags of one repository in one publish. */
export async function publishTargets(server: NotaryServer, gun: string, request: PublishRequest): Promise<WriteResult> {
  for (const t of request.targets) {
    if (!/^sha256:[0-9a-f]{64}$/.test(t.digest) || !Number.isSafeInteger(t.length) || t.length <= 0) throw usageError(`${gun}:${t.tag}: invalid digest or size for a Notary target`);
  }
  const change: RoleChange = async (repo) => {
    const role = request.role ? (request.role === 'targets' || request.role.startsWith('targets/') ? request.role : `targets/${request.role}`) : defaultPublishRole(repo);
    const signers = roleSigners(repo, role);
    if (!signers) throw usageError(`${gun} has no delegation ${role}`, `add one with \`signet notary delegate ${gun} --role ${role} --key PUB\``);
    const keyid = await signingKeyId(request.signer, signers.role, signers.keys);
    if (!keyid) {
      throw usageError(`${request.signer.description} is not a key of ${gun}'s ${role} role (its keys: ${signers.role.keyids.join(', ') || 'none'})`, `sign with a key of that role, or add yours: \`signet notary delegate ${gun} --role ${role} --key PUB\``);
    }
    const signed = currentTargets(repo, role);
    let changes = 0;
    for (const t of request.targets) {
      const sha256 = Buffer.from(t.digest.slice('sha256:'.length), 'hex').toString('base64');
      const old = signed.targets[t.tag];
      if (old && old.length === t.length && old.hashes?.sha256 === sha256 && Object.keys(old.hashes).length === 1) continue;
      signed.targets[t.tag] = { hashes: { sha256 }, length: t.length };
      changes++;
    }
    if (changes === 0) return { role };
    signed.version += 1;
    signed.expires = formatExpiry(new Date((request.now ?? new Date()).getTime() + EXPIRY.targets));
    return { role, bytes: await signRole(signed, request.signer, keyid), version: signed.version };
  };
  return writeRole(server, gun, change, request);
}

/** For `delegate --key`: a bare key object for a public key. */
export { bareKey };
