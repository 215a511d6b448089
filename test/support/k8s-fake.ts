/**
 * A contract fake of the slice of the Kubernetes API that key handling uses, since no
 * kube-apiserver can run here: GET /version (client-go's discovery, which cosign calls to decide
 * on immutable Secrets) and GET/POST/PUT/DELETE /api/v1/namespaces/{ns}/secrets[/{name}].
 * Answers are shaped like the real API server's: bearer-token authentication (401 Unauthorized
 * Status), per-token RBAC verbs (403 Forbidden naming verb, resource and namespace), NotFound,
 * AlreadyExists, and 422 Invalid for updates of immutable Secrets. Its fidelity is checked by
 * running cosign (client-go) against it in test/integration/keysources.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSecret } from './k8s-protobuf.ts';

export type Verb = 'get' | 'list' | 'create' | 'update' | 'delete';

export interface StoredSecret {
  metadata: { name: string; namespace: string; uid: string; resourceVersion: string; creationTimestamp: string };
  type: string;
  immutable?: boolean;
  data: Record<string, string>;
}

export interface K8sFake {
  url: string;
  /** `${namespace}/${name}` -> Secret, for assertions and fixtures. */
  secrets: Map<string, StoredSecret>;
  /** Every request seen, method and path, for asserting what a client called. */
  requests: string[];
  putSecret(namespace: string, name: string, data: Record<string, string | Buffer>, type?: string): void;
  /** Writes a kubeconfig whose current context uses `token`. */
  kubeconfig(path: string, token: string, namespace?: string): Promise<string>;
  stop(): Promise<void>;
}

function status(res: ServerResponse, code: number, reason: string, message: string, details?: { name?: string; kind: string }): void {
  send(res, code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': bytes.length });
  res.end(bytes);
}

/** JSON (client-node, kubectl -o json) or protobuf (client-go's default for built-in types). */
async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  if ((req.headers['content-type'] ?? '').startsWith('application/vnd.kubernetes.protobuf')) return decodeSecret(bytes);
  const text = bytes.toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

const VERB_OF: Record<string, Verb> = { GET: 'get', POST: 'create', PUT: 'update', DELETE: 'delete' };

export async function startK8sFake(tokens: Record<string, readonly Verb[]>): Promise<K8sFake> {
  const secrets = new Map<string, StoredSecret>();
  const requests: string[] = [];
  let version = 1;

  const toWire = (s: StoredSecret) => ({ kind: 'Secret', apiVersion: 'v1', ...s });
  const store = (namespace: string, name: string, body: { type?: string; immutable?: boolean; data?: Record<string, string> }): StoredSecret => {
    const secret: StoredSecret = {
      metadata: { name, namespace, uid: randomUUID(), resourceVersion: String(version++), creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z') },
      type: body.type || 'Opaque',
      data: body.data ?? {},
      ...(body.immutable ? { immutable: true } : {}),
    };
    secrets.set(`${namespace}/${name}`, secret);
    return secret;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${url.pathname}`);
    // Like a real cluster's system:public-info-viewer, /version needs no particular rights.
    if (req.method === 'GET' && url.pathname === '/version') {
      send(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.0', platform: 'linux/amd64' });
      return;
    }
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const verbs = auth ? tokens[auth[1] ?? ''] : undefined;
    if (!verbs) {
      status(res, 401, 'Unauthorized', 'Unauthorized');
      return;
    }
    const m = /^\/api\/v1\/namespaces\/([a-z0-9-]+)\/secrets(?:\/([a-z0-9.-]+))?$/.exec(url.pathname);
    if (!m) {
      status(res, 404, 'NotFound', 'the server could not find the requested resource');
      return;
    }
    const namespace = m[1] as string;
    const name = m[2];
    let verb = VERB_OF[req.method ?? ''];
    if (!verb || (verb === 'create' && name) || (verb !== 'create' && verb !== 'get' && !name)) {
      status(res, 405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
      return;
    }
    if (verb === 'get' && !name) verb = 'list';
    if (!verbs.includes(verb)) {
      status(res, 403, 'Forbidden',
        `secrets${name ? ` "${name}"` : ''} is forbidden: User "system:serviceaccount:${namespace}:signer" cannot ${verb} resource "secrets" in API group "" in the namespace "${namespace}"`,
        { ...(name ? { name } : {}), kind: 'secrets' });
      return;
    }
    const key = `${namespace}/${name ?? ''}`;
    const existing = name ? secrets.get(key) : undefined;
    const notFound = () => status(res, 404, 'NotFound', `secrets "${name}" not found`, { name: name as string, kind: 'secrets' });
    switch (verb) {
      case 'list':
        send(res, 200, { kind: 'SecretList', apiVersion: 'v1', metadata: { resourceVersion: String(version) },
          items: [...secrets.values()].filter((s) => s.metadata.namespace === namespace).map(toWire) });
        return;
      case 'get':
        if (!existing) return notFound();
        send(res, 200, toWire(existing));
        return;
      case 'delete':
        if (!existing) return notFound();
        secrets.delete(key);
        send(res, 200, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name, kind: 'secrets', uid: existing.metadata.uid } });
        return;
      case 'create':
      case 'update': {
        const body = (await readBody(req)) as { metadata?: { name?: string; namespace?: string }; type?: string; immutable?: boolean; data?: Record<string, string> } | undefined;
        const bodyName = body?.metadata?.name;
        if (!body || !bodyName) {
          status(res, 422, 'Invalid', 'Secret "" is invalid: metadata.name: Required value: name or generateName is required', { kind: 'Secret' });
          return;
        }
        if (body.metadata?.namespace && body.metadata.namespace !== namespace) {
          status(res, 400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
          return;
        }
        for (const [k, v] of Object.entries(body.data ?? {})) {
          if (!/^[-._a-zA-Z0-9]+$/.test(k) || Buffer.from(v, 'base64').toString('base64') !== v) {
            status(res, 422, 'Invalid', `Secret "${bodyName}" is invalid: data[${k}]: Invalid value`, { name: bodyName, kind: 'Secret' });
            return;
          }
        }
        if (verb === 'create') {
          if (secrets.has(`${namespace}/${bodyName}`)) {
            status(res, 409, 'AlreadyExists', `secrets "${bodyName}" already exists`, { name: bodyName, kind: 'secrets' });
            return;
          }
          send(res, 201, toWire(store(namespace, bodyName, body)));
          return;
        }
        if (!existing) return notFound();
        if (existing.immutable) {
          status(res, 422, 'Invalid', `Secret "${name}" is invalid: data: Forbidden: field is immutable when \`immutable\` is set`, { name: name as string, kind: 'Secret' });
          return;
        }
        send(res, 200, toWire(store(namespace, name as string, body)));
        return;
      }
    }
  };

  // HTTPS because client-go (cosign) drops bearer tokens on plain HTTP and client-node refuses
  // it; a throwaway self-signed certificate for 127.0.0.1 becomes the kubeconfig's CA.
  const pkiDir = await mkdtemp(join(tmpdir(), 'signet-k8s-fake-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
    '-subj', '/CN=kube-apiserver-fake', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(pkiDir, 'key.pem'), '-out', join(pkiDir, 'cert.pem')], { stdio: 'ignore' });
  const cert = await readFile(join(pkiDir, 'cert.pem'));
  const tlsKey = await readFile(join(pkiDir, 'key.pem'));
  await rm(pkiDir, { recursive: true, force: true });
  const server = createServer({ cert, key: tlsKey }, (req, res) => {
    handle(req, res).catch((e: unknown) => status(res, 500, 'InternalError', String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    secrets,
    requests,
    putSecret(namespace, name, data, type) {
      store(namespace, name, {
        ...(type ? { type } : {}),
        data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
      });
    },
    async kubeconfig(path, token, namespace = 'default') {
      // JSON is valid YAML, and both client-go and client-node read it.
      const config = {
        apiVersion: 'v1', kind: 'Config', 'current-context': 'fake',
        clusters: [{ name: 'fake', cluster: { server: url, 'certificate-authority-data': cert.toString('base64') } }],
        users: [{ name: 'signer', user: { token } }],
        contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'signer', namespace } }],
      };
      await writeFile(path, JSON.stringify(config, null, 2), { mode: 0o600 });
      return path;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
