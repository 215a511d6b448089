/**
 * A contract fake of HashiCorp Vault's transit endpoints. Every hashivault:// behaviour is tested
 * against a real OpenBao server (keysources-vault.test.ts); this fake remains only for faults a
 * real server cannot be made to produce on demand (`fault`: a proxy's HTML error page, a sign
 * answer without a signature, a rotation landing between signet's key read and its sign call).
 * It implements what sigstore's hashivault client (cosign) and signet call, shaped like Vault 1.x:
 *   GET  /v1/{mount}/keys/{name}                       key info, public keys of every version
 *   POST|PUT /v1/{mount}/keys/{name}                   create (an upsert that keeps an existing key)
 *   POST|PUT /v1/{mount}/keys/{name}/rotate            new latest version
 *   POST|PUT /v1/{mount}/sign/{name}[/{hash}]          prehashed or not, key_version, "vault:vN:" output
 *   POST|PUT /v1/{mount}/verify/{name}[/{hash}]        {"valid": bool}
 * with X-Vault-Token auth (403 "permission denied" for a missing/unknown token or a token whose
 * policy lacks the capability, as Vault answers), {"errors": [...]} bodies, 400 for a missing
 * key on sign/verify, 404 with empty errors on read. Keys are real (node crypto); ECDSA over a
 * given digest is done here with BigInt because node has no prehashed ECDSA.
 */
import { createHash, createPublicKey, generateKeyPairSync, privateEncrypt, publicDecrypt, randomBytes, sign, verify, constants, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Capability = 'read' | 'create' | 'sign' | 'verify';
export type TransitKeyType = 'ecdsa-p256' | 'rsa-2048' | 'ed25519';

interface Version { privateKey: KeyObject; created: string }
interface TransitKey { type: TransitKeyType; versions: Version[] }

export interface VaultFake {
  url: string;
  /** Every request: method, path and whether a namespace header was sent. */
  requests: Array<{ method: string; path: string; namespace: string | undefined; body: Record<string, unknown> | undefined }>;
  createKey(name: string, type?: TransitKeyType, mount?: string): void;
  rotate(name: string, mount?: string): void;
  keyVersions(name: string, mount?: string): number;
  stop(): Promise<void>;
}

// --- P-256 ECDSA over a digest (test fixture only; not constant time) ---
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const A = P - 3n;
const G: Point = [0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n, 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n];
type Point = [bigint, bigint] | null;
const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;
function inv(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1];
  }
  return mod(s0, m);
}
function add(p: Point, q: Point): Point {
  if (!p) return q;
  if (!q) return p;
  if (p[0] === q[0] && mod(p[1] + q[1], P) === 0n) return null;
  const l = p[0] === q[0] && p[1] === q[1] ? mod((3n * p[0] * p[0] + A) * inv(2n * p[1], P), P) : mod((q[1] - p[1]) * inv(q[0] - p[0], P), P);
  const x = mod(l * l - p[0] - q[0], P);
  return [x, mod(l * (p[0] - x) - p[1], P)];
}
function mul(k: bigint, p: Point): Point {
  let r: Point = null;
  for (let q = p; k > 0n; k >>= 1n, q = add(q, q)) if (k & 1n) r = add(r, q);
  return r;
}
const big = (b: Buffer) => BigInt(`0x${b.toString('hex') || '0'}`);
const b64url = (s: string | undefined) => Buffer.from(s ?? '', 'base64url');
function derInt(n: bigint): Buffer {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let b = Buffer.from(hex, 'hex');
  if ((b[0] ?? 0) & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return Buffer.concat([Buffer.from([0x02, b.length]), b]);
}
function ecdsaSignDigest(key: KeyObject, digest: Buffer): Buffer {
  const d = big(b64url(key.export({ format: 'jwk' }).d));
  const z = big(digest.subarray(0, 32));
  for (;;) {
    const k = mod(big(randomBytes(40)), N - 1n) + 1n;
    const r = mod((mul(k, G) as [bigint, bigint])[0], N);
    const s = mod(inv(k, N) * (z + r * d), N);
    if (r === 0n || s === 0n) continue;
    const body = Buffer.concat([derInt(r), derInt(s)]);
    return Buffer.concat([Buffer.from([0x30, body.length]), body]);
  }
}
function ecdsaVerifyDigest(key: KeyObject, digest: Buffer, der: Buffer): boolean {
  try {
    const jwk = createPublicKey(key).export({ format: 'jwk' });
    const Q: Point = [big(b64url(jwk.x)), big(b64url(jwk.y))];
    let pos = 2;
    const int = () => {
      const len = der[pos + 1] ?? 0;
      const v = big(der.subarray(pos + 2, pos + 2 + len));
      pos += 2 + len;
      return v;
    };
    const r = int();
    const s = int();
    if (r <= 0n || r >= N || s <= 0n || s >= N) return false;
    const w = inv(s, N);
    const X = add(mul(mod(big(digest.subarray(0, 32)) * w, N), G), mul(mod(r * w, N), Q));
    return X !== null && mod(X[0], N) === r;
  } catch {
    return false;
  }
}
// RSA PKCS#1 v1.5 over a given SHA-256 digest: DigestInfo prefix + digest, private "encryption".
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

function signWith(type: TransitKeyType, key: KeyObject, input: Buffer, prehashed: boolean): Buffer {
  if (type === 'ed25519') return sign(null, input, key);
  const digest = prehashed ? input : createHash('sha256').update(input).digest();
  if (type === 'rsa-2048') return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest]));
  return ecdsaSignDigest(key, digest);
}
function verifyWith(type: TransitKeyType, key: KeyObject, input: Buffer, prehashed: boolean, sig: Buffer): boolean {
  if (type === 'ed25519') return verify(null, input, createPublicKey(key), sig);
  const digest = prehashed ? input : createHash('sha256').update(input).digest();
  if (type === 'rsa-2048') {
    try {
      return publicDecrypt({ key: createPublicKey(key), padding: constants.RSA_PKCS1_PADDING }, sig).equals(Buffer.concat([SHA256_DIGEST_INFO, digest]));
    } catch {
      return false;
    }
  }
  return ecdsaVerifyDigest(key, digest, sig);
}

function newKey(type: TransitKeyType): KeyObject {
  if (type === 'ed25519') return generateKeyPairSync('ed25519').privateKey;
  if (type === 'rsa-2048') return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

function publicKeyField(type: TransitKeyType, key: KeyObject): string {
  const pub = createPublicKey(key);
  // Vault sends Ed25519 public keys as base64 of the raw 32 bytes, others as PEM.
  if (type === 'ed25519') return b64url(pub.export({ format: 'jwk' }).x).toString('base64');
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

function send(res: ServerResponse, code: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(code);
    res.end();
    return;
  }
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': bytes.length });
  res.end(bytes);
}
const errors = (res: ServerResponse, code: number, ...messages: string[]) => send(res, code, { errors: messages });
const envelope = (data: unknown) => ({ request_id: crypto.randomUUID(), lease_id: '', renewable: false, lease_duration: 0, data, wrap_info: null, warnings: null, auth: null });

/** tokens: token -> capabilities its policy grants on the transit mount. */
/** An injected answer for one request, or undefined to answer normally (after any side effect). */
export type VaultFault = (request: { method: string; path: string }) => { status: number; body: string; contentType?: string } | undefined;

export async function startVaultFake(tokens: Record<string, readonly Capability[]>, options: { mounts?: string[]; fault?: VaultFault } = {}): Promise<VaultFake> {
  const mounts = new Set(options.mounts ?? ['transit']);
  const keys = new Map<string, TransitKey>();
  const requests: VaultFake['requests'] = [];

  const create = (mount: string, name: string, type: TransitKeyType) => {
    if (!keys.has(`${mount}/${name}`)) keys.set(`${mount}/${name}`, { type, versions: [{ privateKey: newKey(type), created: new Date().toISOString() }] });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    let body: Record<string, unknown> | undefined;
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    } catch {
      return errors(res, 400, 'failed to parse JSON input: invalid character');
    }
    const namespace = req.headers['x-vault-namespace'] as string | undefined;
    requests.push({ method, path: url.pathname, namespace, body });
    const injected = options.fault?.({ method, path: url.pathname });
    if (injected) {
      res.writeHead(injected.status, { 'content-type': injected.contentType ?? 'application/json' });
      res.end(injected.body);
      return;
    }

    const caps = tokens[(req.headers['x-vault-token'] as string | undefined) ?? ''];
    if (!caps) return errors(res, 403, 'permission denied');
    const m = /^\/v1\/([^/]+)\/(keys|sign|verify)\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname);
    if (!m || !mounts.has(m[1] as string)) return errors(res, 404, `no handler for route "${url.pathname.slice(4)}". route entry not found.`);
    const [, mount, op, name, suffix] = m as unknown as [string, string, string, string, string | undefined];
    const write = method === 'POST' || method === 'PUT';
    const need: Capability = op === 'keys' ? (method === 'GET' ? 'read' : 'create') : (op as Capability);
    if (!caps.includes(need)) return errors(res, 403, '1 error occurred:\n\t* permission denied\n\n');
    const key = keys.get(`${mount}/${name}`);

    if (op === 'keys') {
      if (method === 'GET' && !suffix) {
        if (!key) return send(res, 404, { errors: [] });
        return send(res, 200, envelope({
          name, type: key.type, latest_version: key.versions.length, min_decryption_version: 1, min_version: 0,
          deletion_allowed: false, derived: false, exportable: false, supports_signing: true, supports_encryption: key.type !== 'ed25519',
          keys: Object.fromEntries(key.versions.map((v, i) => [String(i + 1), {
            creation_time: v.created, name: key.type === 'ed25519' ? 'ed25519' : key.type === 'ecdsa-p256' ? 'P-256' : 'rsa-2048',
            public_key: publicKeyField(key.type, v.privateKey),
          }])),
        }));
      }
      if (write && !suffix) {
        const type = (body?.type as string | undefined) ?? 'aes256-gcm96';
        if (type !== 'ecdsa-p256' && type !== 'rsa-2048' && type !== 'ed25519') return errors(res, 400, `unknown key type "${type}"`);
        create(mount, name, type);
        return send(res, 204);
      }
      if (write && suffix === 'rotate') {
        if (!key) return errors(res, 400, 'key not found');
        key.versions.push({ privateKey: newKey(key.type), created: new Date().toISOString() });
        return send(res, 204);
      }
      return errors(res, 405, 'unsupported operation');
    }
    if (!write) return errors(res, 405, 'unsupported operation');
    if (suffix && suffix !== 'sha2-256') return errors(res, 400, `unsupported hash algorithm ${suffix} in this fake`);
    if (!key) return errors(res, 400, op === 'sign' ? 'signing key not found' : 'signature verification key not found');
    const input = Buffer.from(String(body?.input ?? ''), 'base64');
    const prehashed = body?.prehashed === true || body?.prehashed === 'true';
    if (prehashed && key.type === 'ed25519') return errors(res, 400, 'prehashed input is not supported for ed25519 keys');
    if (prehashed && input.length !== 32) return errors(res, 400, 'invalid input length for a prehashed sha2-256 digest');
    if (op === 'sign') {
      const requested = Number(body?.key_version ?? 0);
      const version = requested || key.versions.length;
      const v = key.versions[version - 1];
      if (!v) return errors(res, 400, `invalid key version: ${requested}`);
      const signature = signWith(key.type, v.privateKey, input, prehashed);
      return send(res, 200, envelope({ signature: `vault:v${version}:${signature.toString('base64')}`, key_version: version }));
    }
    const sm = /^vault:v(\d+):(.*)$/.exec(String(body?.signature ?? ''));
    if (!sm) return errors(res, 400, 'invalid signature: missing vault version prefix');
    const v = key.versions[Number(sm[1]) - 1];
    if (!v) return errors(res, 400, 'invalid signature: key version not found');
    return send(res, 200, envelope({ valid: verifyWith(key.type, v.privateKey, input, prehashed, Buffer.from(sm[2] ?? '', 'base64')) }));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => errors(res, 500, String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    createKey: (name, type = 'ecdsa-p256', mount = 'transit') => create(mount, name, type),
    rotate(name, mount = 'transit') {
      const key = keys.get(`${mount}/${name}`);
      if (!key) throw new Error(`no key ${name}`);
      key.versions.push({ privateKey: newKey(key.type), created: new Date().toISOString() });
    },
    keyVersions: (name, mount = 'transit') => keys.get(`${mount}/${name}`)?.versions.length ?? 0,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
