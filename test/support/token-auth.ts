/**
 * A token server for distribution's `auth: token` scheme: the real registry verifies our JWTs
 * against `rootcertbundle` (RS256, certificate in the `x5c` header), so the client under test
 * runs the genuine WWW-Authenticate -> token -> Bearer flow.
 */
import { createSign, X509Certificate } from 'node:crypto';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
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
  /** Token requests seen, with the scope asked for and the user. */
  requests: { user: string | undefined; scope: string | null }[];
  registryConfig(): string;
  stop(): Promise<void>;
}

export async function startTokenServer(dir: string, users: Record<string, { password: string; actions: string[] }>): Promise<TokenServer> {
  const key = join(dir, 'token.key');
  const cert = join(dir, 'token.pem');
  await exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=signet-test-token-issuer']);
  const keyPem = await readFile(key, 'utf8');
  const certDer = new X509Certificate(await readFile(cert)).raw;
  const service = 'signet-test-registry';
  const issuer = 'signet-test-issuer';
  const requests: TokenServer['requests'] = [];
  const server: Server = createServer((req, res) => {
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
    if (!user) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"anonymous access denied"}');
      return;
    }
    const access = (scope ?? '')
      .split(' ')
      .filter(Boolean)
      .map((s) => {
        const [type, name, actions] = s.split(':');
        return { type, name, actions: (actions ?? '').split(',').filter((a) => users[user!]?.actions.includes(a)) };
      });
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [certDer.toString('base64')] }));
    const claims = b64url(JSON.stringify({ iss: issuer, sub: user, aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: String(Math.random()), access }));
    const signer = createSign('RSA-SHA256');
    signer.update(`${header}.${claims}`);
    const token = `${header}.${claims}.${b64url(signer.sign(keyPem))}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const realm = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/token`;
  return {
    realm,
    service,
    issuer,
    rootCertPath: cert,
    requests,
    registryConfig: () => `auth:\n  token:\n    realm: ${realm}\n    service: ${service}\n    issuer: ${issuer}\n    rootcertbundle: ${cert}\n`,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

/** A token fetched directly, for pushing fixtures without signet's client. */
export async function fetchToken(server: TokenServer, user: string, password: string, scope: string): Promise<string> {
  const url = new URL(server.realm);
  url.searchParams.set('service', server.service);
  url.searchParams.set('scope', scope);
  const res = await fetch(url, { headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` } });
  return ((await res.json()) as { token: string }).token;
}
