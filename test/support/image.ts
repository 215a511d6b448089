/**
 * Pushes small but real, distinct single-layer images to a registry with plain HTTP, so tests
 * do not depend on signet's own registry client to create their fixtures.
 */
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const sha = (b: Uint8Array | string): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface PushedImage {
  /** host:port/repo */
  repository: string;
  tag: string;
  digest: string;
  /** repository@digest */
  ref: string;
}

async function uploadBlob(base: string, repo: string, bytes: Uint8Array, headers: Record<string, string>): Promise<string> {
  const digest = sha(bytes);
  const start = await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers });
  await start.arrayBuffer();
  if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', base);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`blob upload: ${put.status}`);
  return digest;
}

/** A minimal tar with one file (uncompressed; its digest is the config's diff_id). */
function layerTar(content: string): Buffer {
  const header = Buffer.alloc(512);
  const body = Buffer.from(content);
  header.write('hello.txt', 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(body.length.toString(8).padStart(11, '0') + '\0', 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
  body.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}

export async function pushRandomImage(
  host: string,
  repo: string,
  tag = 'latest',
  headers: Record<string, string> = {},
): Promise<PushedImage> {
  const base = `http://${host}`;
  const tar = layerTar(`signet test image ${randomBytes(8).toString('hex')}\n`);
  // The layer is gzipped; diff_ids name the uncompressed tar, as docker's engine checks on pull.
  const layer = gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha(tar)] },
      config: {},
    }),
  );
  const layerDigest = await uploadBlob(base, repo, layer, headers);
  const configDigest = await uploadBlob(base, repo, config, headers);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layerDigest, size: layer.length }],
    }),
  );
  const res = await fetch(`${base}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`manifest put: ${res.status}`);
  const digest = sha(manifest);
  return { repository: `${host}/${repo}`, tag, digest, ref: `${host}/${repo}@${digest}` };
}
