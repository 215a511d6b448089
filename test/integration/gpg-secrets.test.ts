/**
 * Signing through the real gpg binary keeps signet's secrets out of GnuPG's processes: the
 * environment of gpg and of the gpg-agent it talks to (read from /proc/PID/environ while the
 * agent runs) holds none of COSIGN_PASSWORD, the registry password, VAULT_TOKEN or the GPG
 * passphrase; an agent signet started is gone when signet exits; and no cached passphrase
 * lets a wrong one succeed on the next run, with signet's own agent or the user's.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

let registry: RunningRegistry;
let key: GpgKey;
let dir: string;
let bin: string;
let seen: string;
let image: PushedImage;

const SECRETS = {
  COSIGN_PASSWORD: 'cosign-secret-7f3a',
  SIGNET_REGISTRY_PASSWORD: 'registry-secret-91c2',
  VAULT_TOKEN: 'vault-secret-44d0',
  SIGNET_GPG_PASSPHRASE: 'correct horse',
};

// gpg-connect-agent exits 0 either way; a running agent answers with its pid.
const agentRunning = () => run('gpg-connect-agent', ['--no-autostart', 'GETINFO pid', '/bye'], { env: { GNUPGHOME: key.home } }).then((r) => /^D \d+$/m.test(r.stdout));
const stopAgent = () => run('gpgconf', ['--kill', 'gpg-agent'], { env: { GNUPGHOME: key.home } });

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-gpg-secrets-'));
  key = await generateGpgKey('Signet Secret', 'secret@example.com', SECRETS.SIGNET_GPG_PASSPHRASE);
  await stopAgent(); // key generation started one; signet must find none
  image = await pushRandomImage(registry.host, 'team/gpg-secrets', 'v1');
  // A gpg in front of the real one that records its own environment and, after each call, the
  // environment of the agent it talked to, while that agent runs.
  bin = join(dir, 'bin');
  seen = join(dir, 'seen');
  await mkdir(bin);
  await mkdir(seen);
  const realGpg = execFileSync('sh', ['-c', 'command -v gpg']).toString().trim();
  await writeFile(
    join(bin, 'gpg'),
    `#!/bin/sh\nenv > ${seen}/gpg.$$.env\n${realGpg} "$@"\nrc=$?\n` +
      `pid=$(gpg-connect-agent --no-autostart 'GETINFO pid' /bye 2>/dev/null | sed -n 's/^D //p')\n` +
      `[ -n "$pid" ] && tr '\\0' '\\n' < /proc/$pid/environ > ${seen}/agent.$pid.env\nexit $rc\n`,
  );
  await chmod(join(bin, 'gpg'), 0o755);
});

after(async () => {
  await stopAgent();
  await key?.cleanup();
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

const sign = (passphrase: string) =>
  signet(['sign', '--sign-by', key.fingerprint, '--lookaside', `file://${join(dir, 'store')}`, image.ref], {
    env: {
      ...SECRETS,
      SIGNET_GPG_PASSPHRASE: passphrase,
      SIGNET_REGISTRY_USERNAME: 'someone',
      GNUPGHOME: key.home,
      HOME: dir,
      DOCKER_CONFIG: join(dir, 'docker'),
      SIGNET_INSECURE_REGISTRIES: registry.host,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
    },
  });

test('gpg and its agent get none of signet\'s secrets, and the agent signet started is stopped', async () => {
  const r = await sign(SECRETS.SIGNET_GPG_PASSPHRASE);
  assert.equal(r.code, 0, r.stderr);
  const files = await readdir(seen);
  assert.ok(files.some((f) => f.startsWith('gpg.')), 'gpg ran');
  assert.ok(files.some((f) => f.startsWith('agent.')), `the agent's /proc/PID/environ was read while it ran: ${files.join(', ')}`);
  for (const f of files) {
    const text = await readFile(join(seen, f), 'utf8');
    for (const [name, value] of Object.entries(SECRETS)) assert.ok(!text.includes(value), `${f} holds ${name}`);
    assert.match(text, new RegExp(`GNUPGHOME=${key.home}`), `${f}: gpg still gets what it needs`);
  }
  assert.equal(await agentRunning(), false, 'the gpg-agent signet started outlived it');
});

test('a wrong passphrase fails after a right one (signet\'s agent caches nothing across runs)', async () => {
  for (const [passphrase, code] of [[SECRETS.SIGNET_GPG_PASSPHRASE, 0], ['battery staple', 2], [SECRETS.SIGNET_GPG_PASSPHRASE, 0], ['battery staple', 2]] as const) {
    const r = await sign(passphrase);
    assert.equal(r.code, code, `${passphrase}: ${r.stderr}`);
    if (code !== 0) assert.match(r.stderr, /Bad passphrase/);
    assert.ok(!r.stderr.includes(passphrase), 'the passphrase leaked into the output');
  }
});

test('with the user\'s agent already running: left running, and the passphrase signet gave it is forgotten', async () => {
  execFileSync('gpgconf', ['--launch', 'gpg-agent'], { env: { PATH: process.env.PATH, GNUPGHOME: key.home } });
  try {
    assert.equal(await agentRunning(), true);
    const ok = await sign(SECRETS.SIGNET_GPG_PASSPHRASE);
    assert.equal(ok.code, 0, ok.stderr);
    const wrong = await sign('battery staple');
    assert.equal(wrong.code, 2, `a wrong passphrase succeeded from the cache: ${wrong.stderr}`);
    assert.equal(await agentRunning(), true, 'the user\'s agent is not signet\'s to stop');
  } finally {
    await stopAgent();
  }
});
