/**
 * Local Fulcio, Rekor (v1 API), CT log and timestamp authority on 127.0.0.1, because no public
 * sigstore instance is reachable from the tests. The request handlers are @sigstore/mock's
 * (sigstore-js's own test doubles): they issue real X.509 certificates chained to a generated
 * root (with an embedded SCT from a generated CT log key), real Rekor entries (canonicalized
 * body, SET signed by a generated log key, a one-leaf inclusion proof with a signed
 * checkpoint) and real RFC 3161 timestamps. This file only puts them behind an HTTP server
 * and writes the trusted_root.json that names their keys, so that signet and cosign judge
 * the output with their normal verification code.
 *
 * What is mock: the mock Fulcio does NOT verify the OIDC token's signature (it decodes the
 * JWT and copies `sub` and `iss` into the certificate), and Rekor keeps no log (nothing can
 * be looked up or audited afterwards). See docs/compatibility.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';

export interface LocalSigstoreOptions {
  /**
   * The CA's clock: certificates are valid for 10 minutes from this instant. A time in the
   * past yields certificates already expired when Rekor integrates the entry (now).
   */
  caClock?: Date;
}

export interface LocalSigstore {
  url: string;
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string;
  /** The trusted root (sigstore TrustedRoot JSON) naming this instance's CA, logs and TSA. */
  trustedRoot: TrustedRootJSON;
  writeTrustedRoot(path: string): Promise<void>;
  /** POST requests served so far, by path (how many certificates, log entries, timestamps). */
  requests: Map<string, number>;
  stop(): Promise<void>;
}

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };

/** A trusted root's validity start well before any test run (clock skew, back-dated CA). */
const VALID_FROM = '2020-01-01T00:00:00Z';
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';

export interface TrustedRootJSON {
  mediaType: string;
  tlogs: TransparencyLogJSON[];
  certificateAuthorities: AuthorityJSON[];
  ctlogs: TransparencyLogJSON[];
  timestampAuthorities: AuthorityJSON[];
}

interface TransparencyLogJSON {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256'; validFor: { start: string } };
  logId: { keyId: string };
}

interface AuthorityJSON {
  subject: { organization: string; commonName: string };
  uri: string;
  certChain: { certificates: { rawBytes: string }[] };
  validFor: { start: string };
}

const p256 = (): KeyPair => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const b64 = (bytes: ArrayBufferView | Buffer): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function tlogJSON(baseUrl: string, publicKeyDer: Buffer): TransparencyLogJSON {
  return {
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: publicKeyDer.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: VALID_FROM } },
    logId: { keyId: createHash('sha256').update(publicKeyDer).digest('base64') },
  };
}

export async function startLocalSigstore(options: LocalSigstoreOptions = {}): Promise<LocalSigstore> {
  const routes = new Map<string, HandlerFn>();
  const requests = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST') requests.set(path, (requests.get(path) ?? 0) + 1);
    void route(routes, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ctKey = p256();
  const ctlog = await initializeCTLog(ctKey);
  const ca = await initializeCA(p256(), ctlog, options.caClock);
  const tlogKey = p256();
  const tlog = await initializeTLog(url, tlogKey);
  const clock = tsaClock();
  const tsa = await initializeTSA(p256(), clock.date);
  const timestamps = tsaHandler(tsa);
  for (const handler of [fulcioHandler(withEmailSubjects(ca)), rekorHandler(tlog)]) routes.set(handler.path, handler.fn);
  // Each timestamp request reads one instant, however long the loaded machine takes to build it.
  routes.set(timestamps.path, (body) => {
    clock.next();
    return timestamps.fn(body);
  });

  const trustedRoot: TrustedRootJSON = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [tlogJSON(url, tlog.publicKey)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start: VALID_FROM },
      },
    ],
    ctlogs: [tlogJSON(url, ctlog.publicKey)],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${url}/api/v1/timestamp`,
        // Leaf (intermediate) first, root last, as sigstore's own trusted roots list them.
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start: VALID_FROM },
      },
    ],
  };
  return {
    url,
    fulcioURL: url,
    rekorURL: url,
    tsaURL: `${url}/api/v1/timestamp`,
    trustedRoot,
    writeTrustedRoot: (path) => writeFile(path, JSON.stringify(trustedRoot, null, 2)),
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function route(routes: Map<string, HandlerFn>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const handler = req.method === 'POST' ? routes.get(path === '/api/v1/signingCert' ? '/api/v2/signingCert' : path) : undefined;
  if (!handler) {
    res.writeHead(404).end(`no route for ${req.method} ${path}`);
    return;
  }
  // Every handler takes JSON text. The mock TSA understands sigstore-js's JSON timestamp
  // request only, not the DER RFC 3161 query cosign sends.
  let body = Buffer.concat(chunks).toString('utf8');
  // Real Fulcio also takes the token as `Authorization: Bearer` (sigstore-go, so cosign v3,
  // sends it there); the mock reads only the body's `credentials`, so move it there.
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

  if (path === '/api/v2/signingCert' && bearer) {
    const json = JSON.parse(body) as Record<string, unknown>;
    body = JSON.stringify({ ...json, credentials: { oidcIdentityToken: bearer } });
  }
  if (path === '/api/v1/log/entries') body = canonicalRekorEntry(body);
  if (path === '/api/v1/signingCert') return fulcioV1(routes.get('/api/v2/signingCert')!, body, bearer ?? '', res);
  const result = await handler(body);
  const response = typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength);
  // Real Fulcio (a gRPC gateway) answers 200; the mock says 201, which sigstore-go refuses.
  const status = path === '/api/v2/signingCert' && result.statusCode === 201 ? 200 : result.statusCode;
  const headers: Record<string, string> = { 'content-type': result.contentType ?? 'text/plain' };
  if (path === '/api/v1/log/entries' && status === 201 && typeof result.response === 'string') {
    // Real Rekor names the new entry's UUID in ETag and Location; sigstore-go (cosign v3)
    // picks the entry out of the response by the ETag.
    const uuid = Object.keys(JSON.parse(result.response) as object)[0] ?? '';
    headers.etag = uuid;
    headers.location = `/api/v1/log/entries/${uuid}`;
  }
  res.writeHead(status, headers).end(response);
}

type MockCA = Awaited<ReturnType<typeof initializeCA>>;
type IssueOptions = Parameters<MockCA['issueCertificate']>[0];

/** The parts of the mock CA (CAImpl) an email certificate is issued with. */
interface MockCAInternals {
  keyPair: { privateKey: unknown; publicKey: unknown };
  ctLog?: { log(preCert: ArrayBuffer, issuerId: ArrayBuffer): Promise<ArrayBuffer> };
  getCurrentTime(): Date;
  crypto: { subtle: { importKey(...args: unknown[]): Promise<unknown>; exportKey(format: 'spki', key: unknown): Promise<ArrayBuffer>; digest(alg: string, data: ArrayBuffer): Promise<ArrayBuffer> } };
}

/** @peculiar/x509, the library the mock CA issues with (loaded from the mock's own dependencies). */
interface X509Lib {
  X509CertificateGenerator: { create(params: Record<string, unknown>, crypto: unknown): Promise<{ rawData: ArrayBuffer }> };
  Extension: new (oid: string, critical: boolean, value: Uint8Array) => unknown;
  KeyUsagesExtension: new (usages: number, critical: boolean) => unknown;
  KeyUsageFlags: { digitalSignature: number };
  ExtendedKeyUsageExtension: new (usages: string[]) => unknown;
  ExtendedKeyUsage: { codeSigning: string };
  SubjectAlternativeNameExtension: new (names: { type: string; value: string }[], critical: boolean) => unknown;
  SubjectKeyIdentifierExtension: { create(key: unknown, critical: boolean, crypto: unknown): Promise<unknown> };
  AuthorityKeyIdentifierExtension: { create(key: unknown, critical: boolean, crypto: unknown): Promise<unknown> };
}

const x509: X509Lib = createRequire(createRequire(import.meta.url).resolve('@sigstore/mock'))('@peculiar/x509') as X509Lib;

/** DER: a tag and its length-prefixed content. */
function der(tag: number, content: Uint8Array): Uint8Array {
  const n = content.byteLength;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), content]);
}

/**
 * The mock Fulcio puts every subject in a URI SAN. Real Fulcio issues an email SAN for an
 * email identity, and containers/image (skopeo, CRI-O, podman) matches only email SANs: so a
 * subject that is an email address gets one here, with the same extensions, key usage and
 * embedded SCT as the mock's certificates. Other subjects go to the mock unchanged.
 */
function withEmailSubjects(ca: MockCA): MockCA {
  const inner = ca as unknown as MockCAInternals;
  return {
    get rootCertificate() {
      return ca.rootCertificate;
    },
    async issueCertificate(options: IssueOptions) {
      if (!/^[^@\s/:]+@[^@\s/:]+$/.test(options.subjectAltName)) return ca.issueCertificate(options);
      const key = await inner.crypto.subtle.importKey('spki', options.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
      const now = inner.getCurrentTime();
      const extensions: unknown[] = [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
        new x509.SubjectAlternativeNameExtension([{ type: 'email', value: options.subjectAltName }], true),
        await x509.SubjectKeyIdentifierExtension.create(key, false, inner.crypto),
        await x509.AuthorityKeyIdentifierExtension.create(inner.keyPair.publicKey, false, inner.crypto),
        // Fulcio's issuer extensions: v1 holds the raw string, v2 a DER UTF8String.
        ...(options.extensions ?? []).map((e) => new x509.Extension(e.oid, false, e.legacy ? Buffer.from(e.value) : der(0x0c, Buffer.from(e.value)))),
      ];
      const tbs = {
        serialNumber: '0c0ffee0',
        notBefore: now,
        notAfter: new Date(now.getTime() + 10 * 60_000),
        issuer: 'CN=sigstore,O=sigstore.mock',
        publicKey: key,
        signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
        signingKey: inner.keyPair.privateKey,
        extensions,
      };
      if (inner.ctLog) {
        const preCert = await x509.X509CertificateGenerator.create(tbs, inner.crypto);
        const issuerId = await inner.crypto.subtle.digest('SHA-256', await inner.crypto.subtle.exportKey('spki', inner.keyPair.publicKey));
        const sct = Buffer.from(await inner.ctLog.log(preCert.rawData, issuerId));
        // SignedCertificateTimestampList: 2-byte list length, then the serialized SCT (it carries its own length).
        const list = Buffer.concat([Buffer.from([sct.byteLength >> 8, sct.byteLength & 0xff]), sct]);
        extensions.push(new x509.Extension('1.3.6.1.4.1.11129.2.4.2', false, der(0x04, list)));
      }
      return Buffer.from((await x509.X509CertificateGenerator.create(tbs, inner.crypto)).rawData);
    },
  } as MockCA;
}

/**
 * Fulcio's v1 API, which cosign v2 `sign` calls (fulcio pkg/api client.go): JSON
 * `{publicKey: {content: b64(PEM or DER key), algorithm}, signedEmailAddress: b64}` with the token as
 * bearer, answered 201 with the PEM chain (leaf first) as the body and the SCT embedded in
 * the leaf (an empty `SCT` header). Served by the mock's v2 handler, translated both ways.
 */
async function fulcioV1(v2: HandlerFn, body: string, token: string, res: ServerResponse): Promise<void> {
  const request = JSON.parse(body) as { publicKey: { content: string; algorithm?: string }; signedEmailAddress: string };
  // The key's bytes are PEM or DER, depending on the cosign version.
  const bytes = Buffer.from(request.publicKey.content, 'base64');
  const pem = bytes.toString('latin1').startsWith('-----BEGIN') ? bytes.toString('utf8') : createPublicKey({ key: bytes, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString();
  const result = await v2(
    JSON.stringify({
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: pem }, proofOfPossession: request.signedEmailAddress },
    }),
  );
  if (result.statusCode !== 201 || typeof result.response !== 'string') {
    res.writeHead(result.statusCode).end(result.response);
    return;
  }
  const chain = (JSON.parse(result.response) as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } }).signedCertificateEmbeddedSct.chain.certificates;
  res.writeHead(201, { 'content-type': 'application/pem-certificate-chain' }).end(chain.map((c) => (c.endsWith('\n') ? c : `${c}\n`)).join(''));
}

interface ProposedDsse {
  apiVersion: string;
  kind: string;
  spec: { proposedContent?: { envelope: string; verifiers: string[] } };
}

/**
 * The mock Rekor logs the proposed entry verbatim. Real Rekor canonicalizes a `dsse` entry
 * before logging it (rekor pkg/types/dsse/v0.0.1 `Canonicalize`): the envelope is replaced by
 * its hash, the payload's hash and the signatures with their verifiers; verifiers (sigstore-js,
 * sigstore-go) check exactly that body against the bundle. Done here so the log body is Rekor's.
 */
function canonicalRekorEntry(body: string): string {
  const proposed = JSON.parse(body) as ProposedDsse;
  const content = proposed.spec.proposedContent;
  if (proposed.kind !== 'dsse' || !content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  const hex = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: hex(content.envelope) },
      payloadHash: { algorithm: 'sha256', value: hex(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((sig) => ({ signature: sig.sig, verifier: content.verifiers[0] })),
    },
  });
}

/**
 * An OIDC identity token as an issuer would mint it: ES256 JWT with `iss`, `sub`, `aud`
 * sigstore. Signed with a throwaway key because the mock Fulcio reads the claims without
 * checking the signature (a real Fulcio fetches the issuer's JWKS).
 */
export function identityToken(claims: { iss: string; sub: string; email?: string; email_verified?: boolean }): string {
  const key = p256();
  const now = Math.floor(Date.now() / 1000);
  const enc = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${enc({ alg: 'ES256', typ: 'JWT' })}.${enc({ aud: 'sigstore', iat: now, nbf: now, exp: now + 600, ...claims })}`;
  const signature = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * The TSA's clock: the current time, except that milliseconds never end in 0. asn1js encodes
 * GeneralizedTime as DER requires, without trailing zeros (".5Z"), but @sigstore/core's parser
 * (4.0.1) accepts only exactly three fraction digits, so one timestamp in ten failed with
 * "invalid time" (a CI run found it). Nudging the clock by a millisecond keeps the test about
 * signet, not about that parser; the mismatch itself is noted in docs/compatibility.md.
 */
function tsaClock(): { date: Date; next: () => void } {
  // One instant per request: the mock reads the clock more than once while building a response,
  // and every read must agree or the timestamp's signature does not match. A time window (the
  // first version: 20 ms) broke on a loaded machine, so the request handler starts each instant.
  let instant: Date | undefined;
  const next = (): void => {
    const d = new Date();
    const ms = d.getUTCMilliseconds();
    instant = ms !== 0 && ms % 10 === 0 ? new Date(d.getTime() + 1) : d;
  };
  const now = (): Date => {
    if (!instant) next();
    return instant!;
  };
  // The mock reads `clock || new Date()` at each request: a live view of the clock, not a fixed Date.
  const date = new Proxy(new Date(), {
    get(_target, property) {
      const current = now();
      const value: unknown = Reflect.get(current, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
  return { date, next };
}
