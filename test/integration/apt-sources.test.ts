/**
 * scripts/lib/apt-sources.sh: the Debian archive the trixie skopeo peer and the container image's
 * base come from is read from the machine's apt configuration (no mirror host in the
 * repository). Fixture apt directories stand in for /etc/apt; the hosts are reserved .test names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../support/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIB = join(ROOT, 'scripts', 'lib', 'apt-sources.sh');

async function archiveOf(files: Record<string, string>, codename = 'bookworm'): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'signet-apt-'));
  await mkdir(join(dir, 'apt', 'sources.list.d'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'apt', name), text);
  await writeFile(join(dir, 'os-release'), `ID=debian\nVERSION_CODENAME=${codename}\n`);
  return run('bash', ['-c', `source "${LIB}" && debian_archive_uri`], {
    env: { SIGNET_APT_ETC: join(dir, 'apt'), SIGNET_OS_RELEASE: join(dir, 'os-release') },
  });
}

test('deb822: the stanza serving the release suite, not -security, not a disabled one, not deb-src', async () => {
  const res = await archiveOf({
    'sources.list.d/debian.sources': [
      'Types: deb', 'URIs: http://security.mirror.test/debian-security', 'Suites: bookworm-security', 'Components: main', '',
      'Types: deb-src', 'URIs: http://src.mirror.test/debian', 'Suites: bookworm', 'Components: main', '',
      'Enabled: no', 'Types: deb', 'URIs: http://off.mirror.test/debian', 'Suites: bookworm', '',
      '# the archive', 'Types: deb', 'URIs: http://archive.mirror.test/debian/', 'Suites: bookworm bookworm-updates', 'Components: main', '',
    ].join('\n'),
  });
  assert.equal(res.code, 0, res.stderr);
  assert.equal(res.stdout, 'http://archive.mirror.test/debian\n');
});

test('one-line sources.list with [options]', async () => {
  const res = await archiveOf({
    'sources.list': '# comment\ndeb http://security.mirror.test/debian-security bookworm-security main\ndeb [arch=amd64 signed-by=/k.gpg] http://old.mirror.test/debian bookworm main contrib\n',
  });
  assert.equal(res.code, 0, res.stderr);
  assert.equal(res.stdout, 'http://old.mirror.test/debian\n');
});

test('no source for the release: a clear error, exit 2', async () => {
  const res = await archiveOf({ 'sources.list': 'deb http://x.mirror.test/debian trixie main\n' });
  assert.equal(res.code, 2);
  assert.match(res.stderr, /no apt source for Debian 'bookworm'/);
});

test('this machine: a URI is found, and no registry host is written into the repository scripts', async () => {
  const res = await run('bash', ['-c', `source "${LIB}" && debian_archive_uri`]);
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /^https?:\/\/\S+\n$/);
  // The rule is about the repository's own files: the scripts, Dockerfile, workflows, setup Action.
  const hosts = /deb\.debian\.org|security\.debian\.org|registry\.npmjs\.org|proxy\.golang\.org|pypi\.org|repo1?\.maven/;
  const files = [join(ROOT, 'Dockerfile'), ...(await readdir(join(ROOT, '.github', 'workflows'))).map((f) => join(ROOT, '.github', 'workflows', f)),
    ...(await readdir(join(ROOT, 'scripts', 'release'))).map((f) => join(ROOT, 'scripts', 'release', f)), join(ROOT, 'actions', 'setup', 'install.sh'), ...(await readdir(join(ROOT, 'scripts', 'lib'))).map((f) => join(ROOT, 'scripts', 'lib', f)),
    ...(await readdir(join(ROOT, 'scripts'))).filter((f) => f.endsWith('.sh')).map((f) => join(ROOT, 'scripts', f))];
  for (const f of files) assert.doesNotMatch(await readFile(f, 'utf8'), hosts, f);
});
