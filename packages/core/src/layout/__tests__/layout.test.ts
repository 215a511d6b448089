import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { OciLayout, writeDemoImage } from '../index.ts';
import { MediaTypes } from '../../oci/types.ts';

const exec = promisify(execFile);
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-layout-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('skopeo reads the demo image signet writes, with the same digest', async () => {
  const path = join(dir, 'demo');
  const layout = await OciLayout.open(path, { create: true });
  const { digest } = await writeDemoImage(layout, 'v1');
  const { stdout } = await exec('skopeo', ['inspect', `oci:${path}:v1`]);
  assert.equal((JSON.parse(stdout) as { Digest: string }).Digest, digest);
  await exec('skopeo', ['copy', `oci:${path}:v1`, `dir:${join(dir, 'copied')}`]);
  assert.ok((await readFile(join(dir, 'copied', 'manifest.json'))).length > 0);
});

test('signet reads a layout written by skopeo', async () => {
  const src = join(dir, 'src');
  const { digest } = await writeDemoImage(await OciLayout.open(src, { create: true }), 'v1');
  const dst = join(dir, 'skopeo-made');
  await exec('skopeo', ['copy', `oci:${src}:v1`, `oci:${dst}:copy`]);
  const layout = await OciLayout.open(dst);
  assert.equal((await layout.resolve('copy'))?.digest, digest);
  const manifest = await layout.getManifest('copy');
  assert.equal(manifest?.digest, digest);
  assert.deepEqual(await layout.tags(), ['copy']);
});

test('putManifest replaces a tag, keeps other entries; untagged digests are added once', async () => {
  const layout = await OciLayout.open(join(dir, 'tags'), { create: true });
  const a = new TextEncoder().encode('{"schemaVersion":2,"layers":[],"config":{}, "a":1}');
  const b = new TextEncoder().encode('{"schemaVersion":2,"layers":[],"config":{}, "b":1}');
  const da = await layout.putManifest('x', a, MediaTypes.ociManifest);
  await layout.putManifest('y', a, MediaTypes.ociManifest);
  const db = await layout.putManifest('x', b, MediaTypes.ociManifest);
  assert.equal((await layout.resolve('x'))?.digest, db);
  assert.equal((await layout.resolve('y'))?.digest, da);
  const c = new TextEncoder().encode('{"schemaVersion":2,"layers":[],"config":{}, "c":1}');
  const { sha256Digest } = await import('../../oci/digest.ts');
  await layout.putManifest(sha256Digest(c), c, MediaTypes.ociManifest);
  await layout.putManifest(sha256Digest(c), c, MediaTypes.ociManifest);
  await layout.putManifest(db, b, MediaTypes.ociManifest); // already reachable through tag x
  const index = JSON.parse(await readFile(join(dir, 'tags', 'index.json'), 'utf8')) as { manifests: unknown[] };
  assert.equal(index.manifests.length, 3);
});

test('errors: not a layout, corrupt index, corrupt blob', async () => {
  await assert.rejects(OciLayout.open(join(dir, 'nothing')), /is not an OCI image layout/);
  const path = join(dir, 'corrupt');
  const layout = await OciLayout.open(path, { create: true });
  const { digest } = await writeDemoImage(layout, 'v1');
  await writeFile(join(path, 'blobs', 'sha256', digest.slice(7)), 'tampered');
  await assert.rejects(layout.getBlob(digest), /is corrupt/);
  await writeFile(join(path, 'index.json'), '{oops');
  await assert.rejects(layout.resolve('v1'), /index.json is corrupt/);
});

test('concurrent writers in separate processes never lose a tag', async () => {
  const path = join(dir, 'race');
  await OciLayout.open(path, { create: true });
  const writer = join(dir, 'writer.ts');
  const layoutModule = fileURLToPath(new URL('../index.ts', import.meta.url));
  await writeFile(
    writer,
    `import { OciLayout } from ${JSON.stringify(layoutModule)};
const layout = await OciLayout.open(process.argv[2]);
for (let i = 0; i < 10; i++) {
  const tag = process.argv[3] + '-' + i;
  await layout.putManifest(tag, new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, tag })), 'application/vnd.oci.image.manifest.v1+json');
}
`,
  );
  const writers = Array.from({ length: 6 }, (_, w) =>
    new Promise<number>((resolve) => spawn(process.execPath, [writer, path, `w${w}`], { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? -1))),
  );
  assert.deepEqual(await Promise.all(writers), [0, 0, 0, 0, 0, 0]);
  const tags = await (await OciLayout.open(path)).tags();
  assert.equal(tags.length, 60);
});
