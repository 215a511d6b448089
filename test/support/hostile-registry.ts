/**
 * A hostile registry on 127.0.0.1 for the hardening tests: each test installs a handler that
 * answers the distribution API the way a broken or malicious registry would (endless or
 * dripping bodies, huge declared sizes, thousands of layers, path-shaped digests, redirects to
 * plain HTTP, plain-HTTP token realms). Every request is recorded with its Authorization
 * header, and every body byte it sends is counted.
 *
 * With `tls`, one port speaks both HTTPS and plain HTTP (the first byte of a connection tells
 * a TLS handshake from a request line), so a redirect from https://HOST:PORT to
 * http://HOST:PORT reaches this same server and shows whether a client sent credentials in
 * clear text to the "same host".
 */
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, sign as signBytes, type KeyObject } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  tls: boolean;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, tls: boolean) => void;

export interface HostileRegistry {
  /** 127.0.0.1:PORT */
  host: string;
  requests: SeenRequest[];
  /** Body bytes written by `stream`/`drip` responses since the last reset. */
  bytesSent(): number;
  /** Installs the behaviour for the next requests; clears the record. */
  handle(handler: Handler): void;
  stop(): Promise<void>;
}

export interface TlsFiles {
  key: string;
  cert: string;
}

/** A self-signed certificate for 127.0.0.1 (a CA for itself: pass `cert` as NODE_EXTRA_CA_CERTS). */
export async function selfSignedTls(dir: string): Promise<TlsFiles> {
  const key = join(dir, 'tls.key');
  const cert = join(dir, 'tls.pem');
  await exec('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  return { key, cert };
}

let sent = 0;

/** Writes `chunk` forever (until the client goes away), counting bytes. */
export function endless(res: ServerResponse, chunk = Buffer.alloc(64 * 1024, 0x7b)): void {
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) sent += chunk.byteLength;
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

/** One byte every `everyMs`, forever: no inactivity timeout ever fires. */
export function drip(res: ServerResponse, everyMs: number): void {
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write('{');
    sent += 1;
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/**
 * The socket as a stream that starts with the bytes already read: TLS reads a net.Socket's
 * handle directly (an unshift would be lost), but a plain Duplex through the stream API.
 */
function replaying(socket: Socket, first: Buffer): Duplex {
  const stream = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _encoding, done) {
      socket.write(chunk, done);
    },
    final(done) {
      socket.end();
      done();
    },
    destroy(error, done) {
      socket.destroy();
      done(error);
    },
  });
  stream.push(first);
  socket.on('data', (chunk: Buffer) => {
    if (!stream.push(chunk)) socket.pause();
  });
  socket.on('end', () => stream.push(null));
  socket.on('close', () => stream.destroy());
  socket.on('error', (e) => stream.destroy(e));
  return stream;
}

export async function startHostileRegistry(options: { tls?: TlsFiles } = {}): Promise<HostileRegistry> {
  const requests: SeenRequest[] = [];
  let handler: Handler = (_req, res) => res.writeHead(404).end();
  const sockets = new Set<Socket>();
  const onRequest = (tls: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, tls });
    req.resume();
    handler(req, res, tls);
  };
  const plain: HttpServer = createHttpServer(onRequest(false));
  const secure = options.tls ? createHttpsServer({ key: await readFile(options.tls.key), cert: await readFile(options.tls.cert) }, onRequest(true)) : undefined;
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      // 0x16: a TLS handshake record. Anything else is a plain HTTP request line.
      if (secure && first[0] === 0x16) return void secure.emit('connection', replaying(socket, first));
      socket.unshift(first);
      plain.emit('connection', socket);
      socket.resume();
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    bytesSent: () => sent,
    handle(next) {
      handler = next;
      requests.length = 0;
      sent = 0;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}

export const sha256 = (bytes: Uint8Array | string): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
}

export function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export interface SignatureLayer {
  payload: Buffer;
  descriptor: { mediaType: string; digest: string; size: number; annotations: Record<string, string> };
}

/** A cosign simple-signing payload for `repository@digest` and its ECDSA signature, as a `.sig` layer. */
export function signatureLayer(key: SigningKey, repository: string, digest: string, note = ''): SignatureLayer {
  const payload = Buffer.from(
    JSON.stringify({
      critical: { identity: { 'docker-reference': repository }, image: { 'docker-manifest-digest': digest }, type: 'cosign container image signature' },
      optional: note ? { note } : null,
    }),
  );
  const signature = signBytes('sha256', payload, key.privateKey).toString('base64');
  return {
    payload,
    descriptor: { mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: sha256(payload), size: payload.byteLength, annotations: { 'dev.cosignproject.cosign/signature': signature } },
  };
}

/** A `.sig` manifest naming `layers`, as bytes. */
export function signatureManifest(layers: readonly SignatureLayer['descriptor'][]): Buffer {
  const config = Buffer.from('{}');
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.byteLength },
      layers,
    }),
  );
}

export const sigTag = (digest: string): string => `${digest.replace(':', '-')}.sig`;
