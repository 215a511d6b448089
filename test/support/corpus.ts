/**
 * Reads the third-party corpus in ../shared/corpus in place (never copied into the repository;
 * ../shared/corpus/SOURCES.md says where each file comes from). containers/image's
 * `signature/fixtures` keep some files as symlinks upstream; where the copy holds the link text
 * instead (a file whose whole content is `../dir/file`), it is followed here as git would.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * shared/ sits beside the clone (CI, /work/main); a git worktree one level deeper
 * (/work/wt/NAME) finds it one more level up. SIGNET_SHARED_DIR overrides both.
 */
const SHARED = process.env.SIGNET_SHARED_DIR ?? [resolve(REPO_ROOT, '..', 'shared'), resolve(REPO_ROOT, '..', '..', 'shared')].find((d) => existsSync(join(d, 'corpus'))) ?? resolve(REPO_ROOT, '..', 'shared');

export const CORPUS = join(SHARED, 'corpus');
export const CONTAINERS_IMAGE = join(CORPUS, 'containers-image');

export function requireCorpus(): void {
  if (!existsSync(join(CONTAINERS_IMAGE, 'image.manifest.json'))) {
    throw new Error(`the containers/image corpus is missing at ${CONTAINERS_IMAGE}: the repository expects shared/ beside it (see ../shared/corpus/SOURCES.md)`);
  }
}

/** Every corpus file a test read (by the name asked for and the file a link led to), relative to CONTAINERS_IMAGE. */
export const usedFixtures = new Set<string>();

const LINK_TEXT = /^\.\.\/[\w.-]+(?:\/[\w.-]+)*$/;

/** A fixture's bytes, or undefined when it does not exist (e.g. dir-img-no-manifest/manifest.json). */
export async function fixture(name: string): Promise<Buffer | undefined> {
  let path = join(CONTAINERS_IMAGE, name);
  for (let hops = 0; hops < 5; hops++) {
    if (!existsSync(path) || !(await stat(path)).isFile()) return undefined;
    usedFixtures.add(relative(CONTAINERS_IMAGE, path));
    const bytes = await readFile(path);
    const text = bytes.length < 256 ? bytes.toString('latin1') : '';
    if (!LINK_TEXT.test(text)) return bytes;
    path = resolve(dirname(path), text);
  }
  throw new Error(`${name}: symlink loop`);
}

export async function requiredFixture(name: string): Promise<Buffer> {
  const bytes = await fixture(name);
  if (!bytes) throw new Error(`corpus fixture ${name} is missing`);
  return bytes;
}

/** containers/image's signature blob for a sigstore attachment: 0x00, "sigstore-json\n", JSON. */
export interface SigstoreAttachment {
  mimeType: string;
  payload: Buffer;
  annotations: Record<string, string>;
}

export function parseSigstoreAttachment(bytes: Buffer): SigstoreAttachment | undefined {
  const prefix = Buffer.from('\0sigstore-json\n', 'latin1');
  if (!bytes.subarray(0, prefix.length).equals(prefix)) return undefined;
  const doc = JSON.parse(bytes.subarray(prefix.length).toString('utf8')) as { mimeType: string; payload: string; annotations?: Record<string, string> };
  return { mimeType: doc.mimeType, payload: Buffer.from(doc.payload, 'base64'), annotations: doc.annotations ?? {} };
}
