import { gzipSync } from 'node:zlib';
import { sha256Digest } from '../oci/digest.ts';
import { MediaTypes } from '../oci/types.ts';
import type { OciLayout } from './oci-layout.ts';

/** A one-file tar archive: the smallest real image layer. */
function tarWithFile(name: string, content: string): Buffer {
  const body = Buffer.from(content);
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
  body.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}

/** Writes a small, real, runnable-shaped image (config + one layer) for demos and tests. */
export async function writeDemoImage(layout: OciLayout, tag: string): Promise<{ digest: string }> {
  const tar = tarWithFile('hello.txt', `hello from signet (${new Date().toISOString()})\n`);
  const layer = gzipSync(tar);
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] } }),
  );
  await layout.putBlob(sha256Digest(layer), layer);
  await layout.putBlob(sha256Digest(config), config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaTypes.ociManifest,
      config: { mediaType: MediaTypes.ociConfig, digest: sha256Digest(config), size: config.length },
      layers: [{ mediaType: MediaTypes.ociLayer, digest: sha256Digest(layer), size: layer.length }],
    }),
  );
  return { digest: await layout.putManifest(tag, manifest, MediaTypes.ociManifest) };
}
