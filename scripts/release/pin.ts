/**
 * Pins what a release published into the files users copy, so `@v0` of the Actions, the Tekton
 * Tasks and the Jenkins docs name exactly this release: the signet image by digest and the
 * setup Action's default version. Run by .github/workflows/release.yml on the commit the major
 * tag then points at.
 *   node scripts/release/pin.ts <version> <image-digest> [root]
 * e.g. node scripts/release/pin.ts v0.1.0 sha256:4f…   (root defaults to the repository)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const IMAGE = 'ghcr.io/signet-dev/signet';

/** The Tekton Tasks' SIGNET_IMAGE default, the Task README's table, the Jenkins README's `image:`, the setup Action's default. */
export function pin(root: string, version: string, digest: string): string[] {
  if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`version ${version}: expected vMAJOR.MINOR.PATCH`);
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`digest ${digest}: expected sha256:<64 hex>`);
  const pinned = `${IMAGE}:${version.slice(1)}@${digest}`;
  const anyRef = new RegExp(`${IMAGE.replace(/[./]/g, '\\$&')}(:[\\w.-]+)?(@sha256:[0-9a-f]{64})?`, 'g');
  const changed: string[] = [];
  // A file whose pattern is missing has changed shape: refuse. One that already names this
  // release (re-running a release, or the first release when the defaults already say v0.1.0)
  // is left as it is.
  const edit = (path: string, pattern: RegExp, replacement: string): void => {
    const text = readFileSync(path, 'utf8');
    if (!new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)) throw new Error(`${path}: nothing to pin (has the file changed shape?)`);
    const next = text.replace(pattern, replacement);
    if (next === text) return;
    writeFileSync(path, next);
    changed.push(path);
  };
  const tasks = join(root, 'tekton/task');
  for (const task of readdirSync(tasks)) {
    for (const ver of readdirSync(join(tasks, task))) {
      const dir = join(tasks, task, ver);
      edit(join(dir, `${task}.yaml`), /(- name: SIGNET_IMAGE\n(?:\s+description: .*\n)?\s+default: ).*/, `$1${pinned}`);
      const readme = join(dir, 'README.md');
      if (readdirSync(dir).includes('README.md') && readFileSync(readme, 'utf8').includes(IMAGE)) edit(readme, anyRef, pinned);
    }
  }
  edit(join(root, 'jenkins/README.md'), anyRef, pinned);
  edit(join(root, 'actions/setup/action.yml'), /(\n  version:\n(?:.*\n)*?\s+default: )v\S+/, `$1${version}`);
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, digest, root] = process.argv.slice(2);
  if (!version || !digest) {
    process.stderr.write('usage: node scripts/release/pin.ts <vX.Y.Z> <sha256:…> [root]\n');
    process.exit(2);
  }
  for (const f of pin(root ?? fileURLToPath(new URL('../../', import.meta.url)), version, digest)) process.stdout.write(`${f}\n`);
}
