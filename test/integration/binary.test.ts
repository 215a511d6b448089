/**
 * The single executable (scripts/release/binary.sh: Node's SEA with the V8 code cache), run as
 * users run it, with no Node on PATH: key sign and verify against a real registry (cosign
 * judges), a generated policy (byte-identical to the source CLI's, whose policies the Kyverno
 * tests judge), keyless against the local Fulcio/Rekor (cosign v3 judges), and GPG simple signing
 * into a lookaside directory (gpg judges the signature file). The setup Action (actions/setup,
 * node24, bundled) and install.sh install it from a local server and refuse a wrong checksum.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, signet as sourceSignet } from '../support/cli.ts';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { cosign, cosignV3 } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let binary: string;
let registry: RunningRegistry;
let sigstore: LocalSigstore;
let gpgKey: GpgKey;
let env: NodeJS.ProcessEnv;

/** The binary with an empty PATH: no node, nothing else it could lean on. */
const bin = (args: string[], extra: NodeJS.ProcessEnv = {}) => run(binary, args, { env: { ...env, ...extra }, cwd: dir });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-binary-'));
  const built = await run('bash', [join(ROOT, 'scripts/release/binary.sh'), join(dir, 'out')]);
  assert.equal(built.code, 0, built.stderr);
  binary = built.stdout.trim().split('\n').pop()!;
  assert.match(binary, /signet-linux-x64$/);
  [registry, sigstore, gpgKey] = await Promise.all([startRegistry(), startLocalSigstore(), generateGpgKey('Binary Test', 'bin@example.com')]);
  env = {
    PATH: join(dir, 'empty-path'),
    HOME: dir, COSIGN_PASSWORD: 'bin-pw', SIGNET_INSECURE_REGISTRIES: registry.host,
    SIGSTORE_ID_TOKEN: '', ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '',
  };
});

after(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop(), gpgKey?.cleanup()]);
  await rm(dir, { recursive: true, force: true });
});

test('version: stamped as the binary, with the commit; --version', async () => {
  const v = await bin(['--version']);
  assert.equal(v.code, 0, v.stderr);
  const { version } = JSON.parse(await readFile(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
  assert.equal(v.stdout, `${version}\n`);
  const info = JSON.parse((await bin(['version', '--json'])).stdout) as Record<string, string>;
  assert.equal(info.artifact, 'binary');
  assert.equal(info.commit?.replace(/-dirty$/, ''), execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim());
  assert.equal(info.node, process.versions.node);
});

test('key sign + verify against a registry; cosign accepts, a wrong key is refused', async () => {
  assert.equal((await bin(['generate-key-pair', '--output-key-prefix', join(dir, 'k')])).code, 0);
  assert.equal((await bin(['generate-key-pair', '--output-key-prefix', join(dir, 'other')])).code, 0);
  const img = await pushRandomImage(registry.host, 'binary/key');
  const s = await bin(['sign', '--key', join(dir, 'k.key'), img.ref]);
  assert.equal(s.code, 0, s.stderr);
  assert.equal((await bin(['verify', '--key', join(dir, 'k.pub'), img.ref])).code, 0);
  assert.equal((await bin(['verify', '--key', join(dir, 'other.pub'), img.ref])).code, 1);
  const judged = await cosign(['verify', '--key', join(dir, 'k.pub'), '--insecure-ignore-tlog=true', '--allow-http-registry', img.ref]);
  assert.equal(judged.code, 0, judged.stderr);
});

test('policy kyverno: the same policy as the source CLI', async () => {
  if (!(await readdir(dir)).includes('k.pub')) assert.equal((await bin(['generate-key-pair', '--output-key-prefix', join(dir, 'k')])).code, 0);
  const args = ['policy', 'kyverno', '--key', join(dir, 'k.pub'), 'registry.example.com/team/**'];
  const fromBinary = await bin(args);
  assert.equal(fromBinary.code, 0, fromBinary.stderr);
  assert.match(fromBinary.stdout, /\napiVersion: kyverno\.io\/v1\nkind: ClusterPolicy\n/);
  const fromSource = await sourceSignet(args, { env: { HOME: dir } });
  assert.equal(fromBinary.stdout, fromSource.stdout);
});

test('keyless against the local Fulcio/Rekor; cosign v3 verifies the bundle', async () => {
  const root = join(dir, 'trusted_root.json');
  await sigstore.writeTrustedRoot(root);
  const issuer = 'https://token.actions.example';
  const identity = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
  const img = await pushRandomImage(registry.host, 'binary/keyless');
  const s = await bin(['sign', '--keyless', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--identity-token', identityToken({ iss: issuer, sub: identity }), img.ref]);
  assert.equal(s.code, 0, s.stderr);
  const verify = ['verify', '--trusted-root', root, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer];
  assert.equal((await bin([...verify, img.ref])).code, 0);
  const judged = await cosignV3([...verify, '--allow-http-registry', img.ref], { HOME: dir });
  assert.equal(judged.code, 0, judged.stderr);
  const wrong = await bin(['verify', '--trusted-root', root, '--certificate-identity', 'https://github.com/evil/x', '--certificate-oidc-issuer', issuer, img.ref]);
  assert.equal(wrong.code, 1);
});

test('GPG simple signing into a lookaside directory; gpg verifies the signature file', async () => {
  const img = await pushRandomImage(registry.host, 'binary/gpg');
  const lookaside = join(dir, 'lookaside');
  const s = await bin(['sign', '--sign-by', gpgKey.secretPath, '--lookaside', `file://${lookaside}`, img.ref]);
  assert.equal(s.code, 0, s.stderr);
  const v = await bin(['verify', '--keyring', gpgKey.publicPath, '--lookaside', `file://${lookaside}`, img.ref]);
  assert.equal(v.code, 0, v.stderr);
  const files = execFileSync('find', [lookaside, '-name', 'signature-1'], { encoding: 'utf8' }).trim().split('\n');
  assert.equal(files.length, 1, files.join('\n'));
  const decoded = execFileSync('gpg', ['--batch', '--status-fd', '1', '--decrypt', files[0]!], { env: { ...process.env, ...gpgKey.env }, encoding: 'utf8' });
  assert.match(decoded, new RegExp(`VALIDSIG ${gpgKey.fingerprint}`));
  assert.match(decoded, new RegExp(`"docker-manifest-digest":"${img.digest}"`));
});

test('actions/setup install.sh: downloads the release binary, checks SHA256SUMS, puts it on GITHUB_PATH; a wrong checksum installs nothing', async () => {
  const bytes = await readFile(binary);
  let sums = `${createHash('sha256').update(bytes).digest('hex')}  signet-linux-x64\n`;
  const server = createServer((req, res) => {
    if (req.url === '/v9.9.9/signet-linux-x64') res.end(bytes);
    else if (req.url === '/v9.9.9/SHA256SUMS') res.end(sums);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const install = async (name: string) => {
      const ghPath = join(dir, `${name}.path`);
      const ghOut = join(dir, `${name}.out`);
      await writeFile(ghPath, '');
      await writeFile(ghOut, '');
      const r = await run('bash', [join(ROOT, 'actions/setup/install.sh')], {
        env: { SIGNET_VERSION: 'v9.9.9', SIGNET_INSTALL_DIR: join(dir, name), SIGNET_RELEASE_URL: url, GITHUB_PATH: ghPath, GITHUB_OUTPUT: ghOut },
      });
      return { ...r, path: await readFile(ghPath, 'utf8'), out: await readFile(ghOut, 'utf8') };
    };
    const ok = await install('tool');
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.path, `${join(dir, 'tool')}\n`);
    assert.match(ok.out, new RegExp(`^version=\\d+\\.\\d+\\.\\d+\\npath=${join(dir, 'tool', 'signet')}\\n$`));
    assert.equal((await run(join(dir, 'tool', 'signet'), ['version', '--json'])).code, 0);
    sums = `${'0'.repeat(64)}  signet-linux-x64\n`;
    const bad = await install('tampered');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /checksum .* SHA256SUMS says 0{64}; not installed/);
    assert.equal(bad.path, '');
    assert.ok(!(await readdir(dir)).includes('tampered'));
  } finally {
    server.close();
  }
});

/** GITHUB_OUTPUT as @actions/core writes it: name<<delimiter, value, delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

test('actions/setup (node24, dist/index.js): installs the release binary, checks SHA256SUMS, caches it, puts it on PATH; tampering installs nothing', async () => {
  const bytes = await readFile(binary);
  let served = bytes;
  let sums = `${createHash('sha256').update(bytes).digest('hex')}  signet-linux-x64\n`;
  let binaryDownloads = 0;
  const server = createServer((req, res) => {
    if (req.url === '/v9.9.9/signet-linux-x64') {
      binaryDownloads++;
      res.end(served);
    } else if (req.url === '/v9.9.9/SHA256SUMS') res.end(sums);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const setup = async (name: string, installDir: string) => {
      const ghPath = join(dir, `setup-${name}.path`);
      const ghOut = join(dir, `setup-${name}.out`);
      await writeFile(ghPath, '');
      await writeFile(ghOut, '');
      // As the runner starts a node24 action: its inputs as INPUT_<NAME>, the command files.
      const r = await run(process.execPath, [join(ROOT, 'actions/setup/dist/index.js')], {
        env: { PATH: process.env.PATH, 'INPUT_VERSION': 'v9.9.9', 'INPUT_INSTALL-DIR': installDir, 'INPUT_RELEASE-URL': url, GITHUB_PATH: ghPath, GITHUB_OUTPUT: ghOut },
      });
      return { ...r, path: await readFile(ghPath, 'utf8'), outputs: parseOutputs(await readFile(ghOut, 'utf8')) };
    };
    const cache = join(dir, 'toolcache');
    const installed = join(cache, 'v9.9.9', 'signet');
    const ok = await setup('ok', cache);
    assert.equal(ok.code, 0, ok.stderr + ok.stdout);
    assert.equal(ok.path, `${join(cache, 'v9.9.9')}\n`);
    assert.deepEqual(ok.outputs, { path: installed, version: JSON.parse(await readFile(join(ROOT, 'packages/cli/package.json'), 'utf8')).version, 'cache-hit': 'false' });
    assert.equal((await run(installed, ['version', '--json'])).code, 0);
    assert.equal(binaryDownloads, 1);

    const again = await setup('again', cache);
    assert.equal(again.code, 0, again.stderr + again.stdout);
    assert.equal(again.outputs['cache-hit'], 'true');
    assert.equal(binaryDownloads, 1, 'a cached binary with the listed checksum is not downloaded again');

    // A cached binary that no longer has the listed checksum is replaced by a verified download.
    await writeFile(installed, 'not signet');
    const replaced = await setup('replaced', cache);
    assert.equal(replaced.code, 0, replaced.stderr + replaced.stdout);
    assert.equal(replaced.outputs['cache-hit'], 'false');
    assert.ok((await readFile(installed)).equals(bytes));

    // The server hands out other bytes than SHA256SUMS lists: refused, nothing installed.
    served = Buffer.concat([bytes, Buffer.from('tampered')]);
    const fresh = join(dir, 'toolcache-tampered');
    const tampered = await setup('tampered', fresh);
    assert.equal(tampered.code, 1, tampered.stdout);
    assert.match(tampered.stdout, /::error::signet-linux-x64 of v9\.9\.9: checksum [0-9a-f]{64}, SHA256SUMS says [0-9a-f]{64}; not installed/);
    assert.equal(tampered.path, '');
    assert.deepEqual(tampered.outputs, {});
    assert.deepEqual(await readdir(join(fresh, 'v9.9.9')), [], 'no binary and no partial download left');

    served = bytes;
    sums = `${'0'.repeat(64)}  signet-linux-x64\n`;
    const wrongSums = await setup('wrong-sums', fresh);
    assert.equal(wrongSums.code, 1);
    assert.match(wrongSums.stdout, /SHA256SUMS says 0{64}; not installed/);
    assert.deepEqual(await readdir(join(fresh, 'v9.9.9')), []);
  } finally {
    server.close();
  }
});
