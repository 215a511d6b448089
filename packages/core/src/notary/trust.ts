/**
 * Reads a repository's trust data the way a TUF client must: root (pinned, rotations chained
 * from the cached root) -> timestamp -> snapshot (its hash and length from the timestamp) ->
 * targets and every delegation (hashes and lengths from the snapshot, keys and thresholds from
 * their parent), each checked for type, signatures, expiry and version rollback.
 */
import { X509Certificate } from 'node:crypto';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import { noTrustCache, type CachedState, type TrustCache } from './cache.ts';
import { isX509, keyCertificate, keyId, type TufKey } from './keys.ts';
import {
  checkFileMeta,
  checkSigned,
  invalid,
  parseEnvelope,
  sha256Hex,
  type DelegatedRole,
  type Fetched,
  type RootSigned,
  type SnapshotSigned,
  type TargetsSigned,
  type TimestampSigned,
} from './metadata.ts';
import type { RootPin } from './pin.ts';
import { MAX_METADATA_BYTES, type NotaryServer } from './server.ts';

export interface LoadOptions {
  /** Required unless `trustOnFirstUse` (publishing to a repository signet just read). */
  pin?: RootPin | undefined;
  cache?: TrustCache | undefined;
  now?: Date | undefined;
  logger?: Logger | undefined;
}

export interface TargetsRole {
  name: string;
  fetched: Fetched<TargetsSigned>;
  /** The delegation entry naming this role (undefined for top-level targets). */
  delegation: DelegatedRole | undefined;
  /** Keys that may sign this role. */
  keys: Record<string, TufKey>;
}

export interface TrustedRepository {
  server: string;
  gun: string;
  root: Fetched<RootSigned>;
  timestamp: Fetched<TimestampSigned>;
  snapshot: Fetched<SnapshotSigned>;
  /** `targets` and every delegated role with valid data, in notary's pre-order. */
  roles: Map<string, TargetsRole>;
  /** Delegations that exist but have no data yet, or whose data failed a check (name -> why). */
  missing: Map<string, string>;
  /** Delegation entries by role name, from their parents. */
  delegations: Map<string, { role: DelegatedRole; keys: Record<string, TufKey>; parent: string }>;
}

function gunMatches(cert: X509Certificate, gun: string): boolean {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
  if (cn === undefined) return false;
  return cn === gun || (cn.endsWith('*') && gun.startsWith(cn.slice(0, -1)));
}

/** Root role keys usable at `now` (x509 keys need a certificate for this GUN, in validity). */
function checkRootCertificates(root: Fetched<RootSigned>, gun: string, now: Date): void {
  for (const id of root.envelope.signed.roles.root?.keyids ?? []) {
    const key = root.envelope.signed.keys[id];
    if (!key || !isX509(key)) continue;
    let cert: X509Certificate;
    try {
      cert = keyCertificate(key);
    } catch {
      throw invalid(gun, 'root', `key ${id} is not a valid certificate`);
    }
    if (!gunMatches(cert, gun)) throw invalid(gun, 'root', `key ${id} is a certificate for ${cert.subject.replace(/\n/g, ', ')}, not CN=${gun}`);
    if (now < cert.validFromDate || now > cert.validToDate) throw invalid(gun, 'root', `key ${id} certificate is outside its validity (${cert.validFrom} - ${cert.validTo})`);
  }
}

function rollback(gun: string, role: string, got: number, seen: number | undefined): void {
  if (seen !== undefined && got < seen) {
    throw invalid(gun, role, `is version ${got}, older than version ${seen} seen before`, 'the server (or something between) serves rolled-back trust data; do not trust it');
  }
}

async function fetchRole(server: NotaryServer, gun: string, role: string, hashHex: string | undefined, max: number): Promise<Buffer | undefined> {
  // By hash first, as the notary client does (the snapshot names exact bytes); the plain name otherwise.
  if (hashHex) {
    const byHash = await server.get(gun, `${role}.${hashHex}.json`, max);
    if (byHash) return byHash;
  }
  return server.get(gun, `${role}.json`, max);
}

async function loadRoot(server: NotaryServer, gun: string, options: LoadOptions, cached: CachedState | undefined, now: Date): Promise<Fetched<RootSigned>> {
  const bytes = await server.get(gun, 'root.json', MAX_METADATA_BYTES.root);
  if (!bytes) throw invalid(gun, 'root', 'does not exist on the server: the repository has no trust data', 'sign the image with Docker Content Trust or `signet sign --notary` first');
  const root = parseEnvelope<RootSigned>(bytes, gun, 'root');
  const signed = root.envelope.signed;
  for (const role of ['root', 'targets', 'snapshot', 'timestamp'] as const) {
    if (!signed.roles[role] || !Array.isArray(signed.roles[role].keyids)) throw invalid(gun, 'root', `names no ${role} role`);
  }
  // Every key listed under its ID, so a signature cannot claim another key's ID.
  for (const [id, key] of Object.entries(signed.keys)) if (keyId(key) !== id) throw invalid(gun, 'root', `lists key ${id} whose ID is ${keyId(key)}`);
  checkSigned(root, signed.roles.root, signed.keys, gun, 'root', now);
  checkRootCertificates(root, gun, now);
  if (options.pin) {
    const pinned = signed.roles.root.keyids.filter((id) => signed.keys[id] && options.pin!.matches(signed.keys[id]));
    if (pinned.length === 0) {
      throw invalid(gun, 'root', `is not signed with the pinned ${options.pin.description} (its root keys: ${signed.roles.root.keyids.join(', ')})`, 'check --notary-root: the wrong repository, or the root was replaced');
    }
    // The pinned key itself must have signed, not only some threshold of others.
    checkSigned(root, { keyids: pinned, threshold: 1 }, signed.keys, gun, 'root', now);
  }
  const seen = cached?.versions.root;
  rollback(gun, 'root', signed.version, seen);
  if (seen !== undefined && cached?.root && signed.version > seen) {
    // A rotation: each newer root must be signed by a threshold of the one before it.
    let previous = parseEnvelope<RootSigned>(Buffer.from(cached.root, 'base64'), gun, 'cached root');
    for (let v = seen + 1; v <= signed.version; v++) {
      const next = v === signed.version ? root : parseEnvelope<RootSigned>((await server.get(gun, `${v}.root.json`, MAX_METADATA_BYTES.root)) ?? Buffer.alloc(0), gun, `root version ${v}`);
      checkSigned(next, previous.envelope.signed.roles.root, previous.envelope.signed.keys, gun, `root version ${v} (by the root before it)`, new Date(0));
      previous = next;
    }
  }
  return root;
}

/** Whether a delegated role may sign `name` (paths are prefixes; "" allows all). */
export function roleAllows(role: DelegatedRole | undefined, name: string): boolean {
  if (!role) return true;
  if (Array.isArray(role.paths)) return role.paths.some((p) => name.startsWith(p));
  return false; // path_hash_prefixes: notary never writes them for images
}

export async function loadTrustedRepository(server: NotaryServer, gun: string, options: LoadOptions = {}): Promise<TrustedRepository> {
  const now = options.now ?? new Date();
  const cache = options.cache ?? noTrustCache;
  const logger = options.logger ?? silentLogger;
  const cached = await cache.load(server.url, gun);
  const seen = cached?.versions ?? {};
  const root = await loadRoot(server, gun, options, cached, now);
  const rootSigned = root.envelope.signed;

  const tsBytes = await server.get(gun, 'timestamp.json', MAX_METADATA_BYTES.timestamp);
  if (!tsBytes) throw invalid(gun, 'timestamp', 'does not exist on the server');
  const timestamp = parseEnvelope<TimestampSigned>(tsBytes, gun, 'timestamp');
  checkSigned(timestamp, rootSigned.roles.timestamp, rootSigned.keys, gun, 'timestamp', now);
  rollback(gun, 'timestamp', timestamp.envelope.signed.version, seen.timestamp);

  const snapshotMeta = timestamp.envelope.signed.meta.snapshot;
  const snBytes = await fetchRole(server, gun, 'snapshot', sha256Hex(snapshotMeta), snapshotMeta?.length ?? MAX_METADATA_BYTES.default);
  if (!snBytes) throw invalid(gun, 'snapshot', 'does not exist on the server');
  checkFileMeta(snBytes, snapshotMeta, gun, 'snapshot', 'the timestamp');
  const snapshot = parseEnvelope<SnapshotSigned>(snBytes, gun, 'snapshot');
  checkSigned(snapshot, rootSigned.roles.snapshot, rootSigned.keys, gun, 'snapshot', now);
  rollback(gun, 'snapshot', snapshot.envelope.signed.version, seen.snapshot);
  const meta = snapshot.envelope.signed.meta;
  // The snapshot pins the root the server serves: a mismatch is a mix-and-match of repositories.
  checkFileMeta(root.bytes, meta.root, gun, 'root', 'the snapshot');

  const roles = new Map<string, TargetsRole>();
  const missing = new Map<string, string>();
  const delegations = new Map<string, { role: DelegatedRole; keys: Record<string, TufKey>; parent: string }>();
  const versions: Record<string, number> = {
    root: rootSigned.version,
    timestamp: timestamp.envelope.signed.version,
    snapshot: snapshot.envelope.signed.version,
  };

  const targetsBytes = await fetchRole(server, gun, 'targets', sha256Hex(meta.targets), meta.targets?.length ?? MAX_METADATA_BYTES.default);
  if (!targetsBytes) throw invalid(gun, 'targets', 'does not exist on the server');
  checkFileMeta(targetsBytes, meta.targets, gun, 'targets', 'the snapshot');
  const targets = parseEnvelope<TargetsSigned>(targetsBytes, gun, 'targets');
  checkSigned(targets, rootSigned.roles.targets, rootSigned.keys, gun, 'targets', now);
  rollback(gun, 'targets', targets.envelope.signed.version, seen.targets);
  versions.targets = targets.envelope.signed.version;
  roles.set('targets', { name: 'targets', fetched: targets, delegation: undefined, keys: rootSigned.keys });

  // Pre-order walk of delegations (notary's order), bounded against cycles and depth.
  const queue: { parent: TargetsRole; depth: number }[] = [{ parent: roles.get('targets')!, depth: 0 }];
  while (queue.length > 0) {
    const { parent, depth } = queue.shift()!;
    const d = parent.fetched.envelope.signed.delegations;
    for (const role of d.roles) {
      if (typeof role?.name !== 'string' || !role.name.startsWith(`${parent.name}/`) || delegations.has(role.name) || depth >= 8) continue;
      const keys: Record<string, TufKey> = {};
      for (const id of role.keyids ?? []) {
        const key = d.keys[id];
        if (key && keyId(key) === id) keys[id] = key;
      }
      delegations.set(role.name, { role, keys, parent: parent.name });
      const roleMeta = meta[role.name];
      if (!roleMeta) {
        missing.set(role.name, 'no data published yet');
        continue;
      }
      try {
        const bytes = await fetchRole(server, gun, role.name, sha256Hex(roleMeta), roleMeta.length);
        if (!bytes) throw invalid(gun, role.name, 'is listed in the snapshot but not served');
        checkFileMeta(bytes, roleMeta, gun, role.name, 'the snapshot');
        const fetched = parseEnvelope<TargetsSigned>(bytes, gun, role.name);
        checkSigned(fetched, role, keys, gun, role.name, now);
        rollback(gun, role.name, fetched.envelope.signed.version, seen[role.name]);
        versions[role.name] = fetched.envelope.signed.version;
        const entry: TargetsRole = { name: role.name, fetched, delegation: role, keys };
        roles.set(role.name, entry);
        queue.push({ parent: entry, depth: depth + 1 });
      } catch (e) {
        // As notary: an invalid delegation is skipped (its targets do not count), not fatal.
        const why = (e as Error).message;
        missing.set(role.name, why);
        logger.warn(why);
        // A rollback is never ignored.
        if (/older than version/.test(why)) throw e;
      }
    }
  }

  const merged: Record<string, number> = { ...seen };
  for (const [role, v] of Object.entries(versions)) merged[role] = Math.max(v, merged[role] ?? 0);
  await cache.save(server.url, gun, { versions: merged, root: root.bytes.toString('base64') });
  return { server: server.url, gun, root, timestamp, snapshot, roles, missing, delegations };
}
