/**
 * A real TUF repository on disk, served over HTTP on 127.0.0.1: root, targets, snapshot and
 * timestamp metadata built with @tufjs/models (tuf-js's own metadata classes) and signed with
 * generated ed25519 keys, one per role, consistent snapshots on (as the public-good
 * repository): `1.root.json`, `timestamp.json`, `N.snapshot.json`, `N.targets.json`,
 * `targets/<sha256>.<name>`. TUF clients we did not write (cosign v3's go-tuf) read it.
 *
 * Each `publish` is a new repository state (targets, snapshot and timestamp versions bumped
 * and re-signed), so tests can age the timestamp or serve a tampered file after the fact.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Key, Metadata, MetaFile, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models';

const SPEC_VERSION = '1.0.31';
const DAY = 24 * 3600 * 1000;
type Role = 'root' | 'targets' | 'snapshot' | 'timestamp';
const ROLES: readonly Role[] = ['root', 'targets', 'snapshot', 'timestamp'];

interface RoleKey {
  key: Key;
  privateKey: KeyObject;
}

export interface TufRepo {
  /** Base URL (what `initialize --mirror` takes). */
  url: string;
  /** The repository's directory, as served. */
  dir: string;
  /** Its initial root (what `initialize --root` takes). */
  rootFile: string;
  /** Publishes `targets` as the new repository state; `timestampExpires` ages the timestamp. */
  publish(targets: Record<string, Uint8Array>, options?: { timestampExpires?: Date }): Promise<void>;
  /** Overwrites a served file without re-signing anything (an attacker on the mirror). */
  tamper(path: string, bytes: Uint8Array): Promise<void>;
  /** The path of target `name` as served (consistent snapshot: hash-prefixed). */
  targetPath(name: string): string;
  /** Request paths served so far. */
  requests: string[];
  stop(): Promise<void>;
}

/** TUF expiry timestamps carry no fraction of a second. */
const tufTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function newRoleKey(): RoleKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  // The key ID is the hash of the key's canonical JSON (keys sorted; no other escaping needed here).
  const keyID = sha256(Buffer.from(JSON.stringify({ keytype: 'ed25519', keyval: { public: raw }, scheme: 'ed25519' })));
  return { key: new Key({ keyID, keyType: 'ed25519', scheme: 'ed25519', keyVal: { public: raw } }), privateKey };
}

function signWith(k: RoleKey): (data: Buffer) => Signature {
  return (data) => new Signature({ keyID: k.key.keyID, sig: sign(null, data, k.privateKey).toString('hex') });
}

const bytesOf = (m: Metadata<Root | Targets | Snapshot | Timestamp>): Buffer => Buffer.from(JSON.stringify(m.toJSON(), null, 1));

export async function startTufRepo(targets: Record<string, Uint8Array>): Promise<TufRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'signet-tuf-repo-'));
  await mkdir(join(dir, 'targets'));
  const keys = Object.fromEntries(ROLES.map((r) => [r, newRoleKey()])) as Record<Role, RoleKey>;
  const expires = tufTime(new Date(Date.now() + 365 * DAY));

  const root = new Root({ version: 1, specVersion: SPEC_VERSION, expires, consistentSnapshot: true });
  for (const role of ROLES) root.addKey(keys[role].key, role);
  const rootMeta = new Metadata(root);
  rootMeta.sign(signWith(keys.root));
  const rootBytes = bytesOf(rootMeta);
  await writeFile(join(dir, '1.root.json'), rootBytes);
  await writeFile(join(dir, 'root.json'), rootBytes);

  let version = 0;
  const targetHashes = new Map<string, string>();
  const publish: TufRepo['publish'] = async (files, options = {}) => {
    version++;
    const targetsSigned = new Targets({ version, specVersion: SPEC_VERSION, expires });
    for (const [name, bytes] of Object.entries(files)) {
      const hash = sha256(bytes);
      targetHashes.set(name, hash);
      targetsSigned.addTarget(new TargetFile({ path: name, length: bytes.byteLength, hashes: { sha256: hash } }));
      await writeFile(join(dir, 'targets', `${hash}.${name}`), bytes);
    }
    const targetsMeta = new Metadata(targetsSigned);
    targetsMeta.sign(signWith(keys.targets));
    await writeFile(join(dir, `${version}.targets.json`), bytesOf(targetsMeta));

    const snapshotMeta = new Metadata(new Snapshot({ version, specVersion: SPEC_VERSION, expires, meta: { 'targets.json': new MetaFile({ version }) } }));
    snapshotMeta.sign(signWith(keys.snapshot));
    await writeFile(join(dir, `${version}.snapshot.json`), bytesOf(snapshotMeta));

    const timestampExpires = tufTime(options.timestampExpires ?? new Date(Date.now() + 7 * DAY));
    const timestampMeta = new Metadata(new Timestamp({ version, specVersion: SPEC_VERSION, expires: timestampExpires, snapshotMeta: new MetaFile({ version }) }));
    timestampMeta.sign(signWith(keys.timestamp));
    await writeFile(join(dir, 'timestamp.json'), bytesOf(timestampMeta));
  };
  await publish(targets);

  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    requests.push(path);
    if (req.method !== 'GET' || path.startsWith('..')) return void res.writeHead(404).end();
    readFile(join(dir, path)).then(
      (body) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    dir,
    rootFile: join(dir, '1.root.json'),
    publish,
    tamper: (path, bytes) => writeFile(join(dir, path), bytes),
    targetPath: (name) => `targets/${targetHashes.get(name) ?? 'unknown'}.${name}`,
    requests,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
