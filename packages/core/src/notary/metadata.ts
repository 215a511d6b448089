/**
 * Notary v1 metadata (TUF as notary 0.7 writes it: `_type` Root/Targets/Snapshot/Timestamp, no
 * spec_version, `consistent_snapshot: false`) and the checks every role shares: type, version,
 * expiry, threshold of distinct valid signatures by the role's keys.
 */
import { createHash } from 'node:crypto';
import { SignetError } from '../errors.ts';
import { canonicalBytes, type Envelope, type Signature } from './canonical.ts';
import type { TufKey } from './keys.ts';
import { verifySignature } from './signatures.ts';
import { parseExpiry } from './time.ts';

export interface RoleKeys {
  keyids: string[];
  threshold: number;
}

export type TopRole = 'root' | 'targets' | 'snapshot' | 'timestamp';

export interface RootSigned {
  _type: 'Root';
  consistent_snapshot: boolean;
  expires: string;
  keys: Record<string, TufKey>;
  roles: Record<TopRole, RoleKeys>;
  version: number;
}

export interface FileMeta {
  hashes: Record<string, string>;
  length: number;
  custom?: unknown;
}

export interface DelegatedRole extends RoleKeys {
  name: string;
  paths?: string[];
  path_hash_prefixes?: string[];
}

export interface TargetsSigned {
  _type: 'Targets';
  delegations: { keys: Record<string, TufKey>; roles: DelegatedRole[] };
  expires: string;
  targets: Record<string, FileMeta>;
  version: number;
}

export interface SnapshotSigned {
  _type: 'Snapshot';
  expires: string;
  meta: Record<string, FileMeta>;
  version: number;
}

export interface TimestampSigned {
  _type: 'Timestamp';
  expires: string;
  meta: { snapshot: FileMeta };
  version: number;
}

/** A metadata file as served: its bytes (what snapshot/timestamp hash) and its parsed envelope. */
export interface Fetched<T> {
  bytes: Buffer;
  envelope: Envelope<T>;
}

const TYPES = { root: 'Root', targets: 'Targets', snapshot: 'Snapshot', timestamp: 'Timestamp' } as const;

export function invalid(gun: string, role: string, problem: string, hint?: string): SignetError {
  return new SignetError('verification', `${gun}: Notary ${role} metadata ${problem}`, hint === undefined ? {} : { hint });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a file and checks its shape (type, version, expiry field, signatures list). */
export function parseEnvelope<T>(bytes: Buffer, gun: string, role: string): Fetched<T> {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid(gun, role, 'is not JSON');
  }
  if (!isObject(doc) || !isObject(doc.signed) || !Array.isArray(doc.signatures)) throw invalid(gun, role, 'is not a signed envelope');
  const signed = doc.signed;
  const base = role.startsWith('targets/') ? 'targets' : (role.replace(/^\d+\./, '') as TopRole);
  const type = TYPES[base as TopRole];
  if (signed._type !== type) throw invalid(gun, role, `has _type ${JSON.stringify(signed._type)}, expected ${type}`);
  if (!Number.isSafeInteger(signed.version) || (signed.version as number) < 1) throw invalid(gun, role, 'has no valid version');
  if (parseExpiry(signed.expires) === undefined) throw invalid(gun, role, `has an invalid expiry ${JSON.stringify(signed.expires)}`);
  for (const s of doc.signatures) {
    if (!isObject(s) || typeof s.keyid !== 'string' || typeof s.method !== 'string' || typeof s.sig !== 'string') throw invalid(gun, role, 'has a malformed signature entry');
  }
  if (base === 'root' && (!isObject(signed.keys) || !isObject(signed.roles))) throw invalid(gun, role, 'lacks keys or roles');
  if (base === 'targets') {
    if (!isObject(signed.targets)) throw invalid(gun, role, 'lacks targets');
    const d = signed.delegations;
    if (d !== undefined && (!isObject(d) || !isObject(d.keys) || !Array.isArray(d.roles))) throw invalid(gun, role, 'has malformed delegations');
    signed.delegations ??= { keys: {}, roles: [] };
  }
  if ((base === 'snapshot' || base === 'timestamp') && !isObject(signed.meta)) throw invalid(gun, role, 'lacks meta');
  return { bytes, envelope: doc as unknown as Envelope<T> };
}

/** Expiry, and at least `threshold` distinct keys of the role with a valid signature. */
export function checkSigned(
  fetched: Fetched<{ expires: string }>,
  role: RoleKeys,
  keys: Record<string, TufKey>,
  gun: string,
  name: string,
  now: Date,
): void {
  const expires = parseExpiry(fetched.envelope.signed.expires)!;
  if (expires <= now) throw invalid(gun, name, `expired at ${expires.toISOString()}`, 'the repository owner must re-sign (for timestamp: the Notary server signs a new one on the next publish)');
  if (!Number.isSafeInteger(role.threshold) || role.threshold < 1) throw invalid(gun, name, `role has an invalid threshold ${role.threshold}`);
  const bytes = canonicalBytes(fetched.envelope.signed);
  const valid = new Set<string>();
  for (const s of fetched.envelope.signatures as Signature[]) {
    if (!role.keyids.includes(s.keyid) || valid.has(s.keyid)) continue;
    const key = keys[s.keyid];
    if (key && verifySignature(bytes, s, key)) valid.add(s.keyid);
  }
  if (valid.size < role.threshold) {
    throw invalid(gun, name, `has ${valid.size} valid signature(s) by its role's keys, needs ${role.threshold}`, 'the data was not signed by the keys the trusted root (or delegation) names, or was changed after signing');
  }
}

/** The lengths and hashes a snapshot or timestamp records for `bytes`. */
export function fileMeta(bytes: Buffer): FileMeta {
  return {
    hashes: {
      sha256: createHash('sha256').update(bytes).digest('base64'),
      sha512: createHash('sha512').update(bytes).digest('base64'),
    },
    length: bytes.byteLength,
  };
}

/** Checks bytes against recorded meta: the length and every known hash (at least one). */
export function checkFileMeta(bytes: Buffer, meta: FileMeta | undefined, gun: string, name: string, by: string): void {
  if (!meta || !isObject(meta.hashes) || !Number.isSafeInteger(meta.length)) throw invalid(gun, name, `is not listed in ${by}`);
  if (bytes.byteLength !== meta.length) throw invalid(gun, name, `is ${bytes.byteLength} bytes but ${by} records ${meta.length}`, 'the server served other bytes than were signed');
  let checked = 0;
  for (const [algorithm, expected] of Object.entries(meta.hashes)) {
    if (algorithm !== 'sha256' && algorithm !== 'sha512') continue;
    checked++;
    if (createHash(algorithm).update(bytes).digest('base64') !== expected) throw invalid(gun, name, `does not match its ${algorithm} in ${by}`, 'the server served other bytes than were signed');
  }
  if (checked === 0) throw invalid(gun, name, `has no sha256 or sha512 in ${by}`);
}

/** The hex sha256 a snapshot or timestamp records (for content-addressed downloads). */
export function sha256Hex(meta: FileMeta | undefined): string | undefined {
  const b64 = meta?.hashes?.sha256;
  if (typeof b64 !== 'string') return undefined;
  const raw = Buffer.from(b64, 'base64');
  return raw.byteLength === 32 ? raw.toString('hex') : undefined;
}
