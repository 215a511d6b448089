/**
 * A token server for distribution's `auth: token` scheme, as docker's token server (and
 * docker/distribution's `auth/token` package, which notary-server vendors) expects it: a JWT
 * signed RS256 or ES256 (raw r||s) whose `x5c` header carries a certificate in
 * `rootcertbundle`, `iss`/`aud` as configured, and `access` narrowed to what the user may do.
 * The real registry and the real notary-server verify these tokens, so the client under test
 * runs the genuine WWW-Authenticate -> token -> Bearer flow. Over TLS when given a certificate
 * (the notary client and signet send credentials to an https realm only).
 */
import { createPrivateKey, createSign, sign as signData, X509Certificate } from 'node:crypto';
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  rootCertPath: string;
  /** The CA of the https realm's certificate, when served over TLS. */
  caPem?: string | undefined;
  /** Token requests seen, with the scope asked for and the user. */
  requests: { user: string | undefined; scope: string | null }[];
  registryConfig(): string;
  /** notary-server's `auth` section for this token service. */
  notaryAuth(): { type: 'token'; options: { realm: string; service: string; issuer: string; rootcertbundle: string } };
  stop(): Promise<void>;
}

export interface TokenServerOptions {
  /** RS256 (default, RSA 2048) or ES256 (P-256, as notary's own test token server signs). */
  alg?: 'RS256' | 'ES256';
  /** Serve https with this certificate (e.g. from the notary test CA). */
  tls?: { cert: string; key: string; ca?: string };
  service?: string;
  /** Actions granted without credentials (e.g. ["pull"], as a public repository on Docker Hub); default none: 401. */
  anonymous?: string[];
}

export async function startTokenServer(dir: string, users: Record<string, { password: string; actions: string[] }>, options: TokenServerOptions = {}): Promise<TokenServer> {
  const alg = options.alg ?? 'RS256';
  const key = join(dir, `token-${alg}.key`);
  const cert = join(dir, `token-${alg}.pem`);
  const newKey = alg === 'ES256' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-newkey', 'rsa:2048'];
  await exec('openssl', ['req', '-x509', ...newKey, '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=signet-test-token-issuer']);
  const privateKey = createPrivateKey(await readFile(key, 'utf8'));
  const certDer = new X509Certificate(await readFile(cert)).raw;
  const service = options.service ?? 'signet-test-registry';
  const issuer = 'signet-test-issuer';
  const requests: TokenServer['requests'] = [];
  const jws = (input: string): Buffer =>
    alg === 'ES256' ? signData('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }) : createSign('RSA-SHA256').update(input).sign(privateKey);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let user: string | undefined;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [u, p] = Buffer.from(auth.slice(6), 'base64').toString().split(':');
      if (!u || users[u]?.password !== p) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"invalid credentials"}');
        return;
      }
      user = u;
    }
    const scope = url.searchParams.get('scope');
    requests.push({ user, scope });
    if (!user && !options.anonymous) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"anonymous access denied"}');
      return;
    }
    const allowed = user ? (users[user]?.actions ?? []) : (options.anonymous ?? []);
    // A scope is type:name:actions, and a GUN may itself hold a colon (registry host:port).
    const access = (scope ?? '')
      .split(' ')
      .filter(Boolean)
      .map((s) => {
        const type = s.slice(0, s.indexOf(':'));
        const name = s.slice(s.indexOf(':') + 1, s.lastIndexOf(':'));
        const actions = s.slice(s.lastIndexOf(':') + 1);
        return { type, name, actions: actions.split(',').filter((a) => allowed.includes(a)) };
      });
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg, typ: 'JWT', x5c: [certDer.toString('base64')] }));
    const claims = b64url(JSON.stringify({ iss: issuer, sub: user ?? '', aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: String(Math.random()), access }));
    const token = `${header}.${claims}.${b64url(jws(`${header}.${claims}`))}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300, issued_at: new Date().toISOString() }));
  };
  const server: Server = options.tls
    ? createHttpsServer({ cert: await readFile(options.tls.cert), key: await readFile(options.tls.key) }, handler)
    : createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const realm = `${options.tls ? 'https' : 'http'}://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/token`;
  return {
    realm,
    service,
    issuer,
    rootCertPath: cert,
    caPem: options.tls?.ca,
    requests,
    registryConfig: () => `auth:\n  token:\n    realm: ${realm}\n    service: ${service}\n    issuer: ${issuer}\n    rootcertbundle: ${cert}\n`,
    notaryAuth: () => ({ type: 'token', options: { realm, service, issuer, rootcertbundle: cert } }),
    stop: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** A token fetched directly, for pushing fixtures without signet's client. */
export async function fetchToken(server: TokenServer, user: string, password: string, scope: string): Promise<string> {
  const url = new URL(server.realm);
  url.searchParams.set('service', server.service);
  url.searchParams.set('scope', scope);
  // An empty user asks anonymously; an https realm (the notary test CA) is read with node:https.
  const headers: Record<string, string> = user ? { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } : {};
  if (url.protocol === 'https:') {
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(url, { headers, ca: server.caPem }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    return (JSON.parse(body) as { token: string }).token;
  }
  const res = await fetch(url, { headers });
  return ((await res.json()) as { token: string }).token;
}
