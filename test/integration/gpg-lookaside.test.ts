/**
 * GPG simple signing with lookaside stores, judged by skopeo (containers/image with gpgme, the
 * code CRI-O and podman run): signatures signet uploads to a real nginx WebDAV server must
 * satisfy the policy.json/registries.d signet generates, and signatures skopeo writes must
 * satisfy `signet verify --keyring`. Bad input is checked for exit code and message.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { freePort, startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { CLI_ENTRY, run, signet, type RunResult } from '../support/cli.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { generateGpgKey, type GpgKey } from '../support/gpg.ts';

let registry: RunningRegistry;
let nginx: RunningNginx;
let trusted: GpgKey;
let untrusted: GpgKey;
let dir: string;
let base: NodeJS.ProcessEnv;
let writer: NodeJS.ProcessEnv;
let signed: PushedImage;
let unsigned: PushedImage;
let otherKey: PushedImage;
let tagged: PushedImage;
let policyDir: string;

function errorLine(r: RunResult): string {
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('error:'));
  assert.equal(lines.length, 1, `expected exactly one error line, got:\n${r.stderr}`);
  return lines[0] ?? '';
}

const hexOf = (digest: string) => digest.slice('sha256:'.length);
const slotDir = (root: string, image: PushedImage) => join(root, `${image.repository.split('/').slice(1).join('/')}@sha256=${hexOf(image.digest)}`);

async function skopeoCopy(ref: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const dest = await mkdtemp(join(dir, 'copy-'));
  return run('skopeo', ['--policy', join(policyDir, 'policy.json'), '--registries.d', join(policyDir, 'registries.d'), 'copy', '--src-tls-verify=false', `docker://${ref}`, `dir:${dest}`], { env });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signet-gpg-lookaside-'));
  // One at a time, so `after` can stop whatever did start when a later peer fails.
  registry = await startRegistry();
  nginx = await startNginx();
  trusted = await generateGpgKey('Signet Trusted', 'trusted@example.com');
  untrusted = await generateGpgKey('Someone Else', 'else@example.com');
  // HOME and NETRC point into the temp dir so a developer's ~/.netrc or docker config cannot leak in.
  base = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, NETRC: join(dir, 'no-netrc'), DOCKER_CONFIG: join(dir, 'docker'), SIGNET_LOOKASIDE: '' };
  writer = { ...base, SIGNET_LOOKASIDE_USERNAME: nginx.username, SIGNET_LOOKASIDE_PASSWORD: nginx.password };
  [signed, unsigned, otherKey, tagged] = await Promise.all([
    pushRandomImage(registry.host, 'team/app', 'v1'),
    pushRandomImage(registry.host, 'team/unsigned', 'v1'),
    pushRandomImage(registry.host, 'team/other', 'v1'),
    pushRandomImage(registry.host, 'team/tagged', 'v2'),
  ]);
  policyDir = join(dir, 'node');
  const policy = await signet(
    ['policy', 'containers', '--keyring', trusted.publicPath, '--lookaside', nginx.url, `${registry.host}/team/**`, '--out', policyDir],
    { env: base },
  );
  assert.equal(policy.code, 0, policy.stderr);
});

after(async () => {
  await Promise.all([registry?.stop(), nginx?.stop(), trusted?.cleanup(), untrusted?.cleanup()]);
  await rm(dir, { recursive: true, force: true });
});

describe('signet signs, nginx stores, skopeo judges', () => {
  test('sign --sign-by FILE uploads signature-1 with PUT and skopeo accepts the image under the generated policy', async () => {
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, signed.ref], { env: writer });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`-> ${nginx.url}/team/app@sha256=${hexOf(signed.digest)}/signature-1`));
    // containers/image keys the lookaside by the repository path without the registry host.
    assert.deepEqual(await readdir(slotDir(nginx.root, signed)), ['signature-1']);
    const copy = await skopeoCopy(signed.ref);
    assert.equal(copy.code, 0, copy.stderr);
  });

  test('skopeo refuses an image with no signature', async () => {
    const copy = await skopeoCopy(unsigned.ref);
    assert.notEqual(copy.code, 0);
    assert.match(copy.stderr, /A signature was required, but no signature exists/);
  });

  test('skopeo refuses an image signed by a key outside the policy (signed through the gpg binary by key ID)', async () => {
    const r = await signet(['sign', '--sign-by', untrusted.fingerprint, '--lookaside', nginx.url, otherKey.ref], { env: { ...writer, ...untrusted.env } });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readdir(slotDir(nginx.root, otherKey)), ['signature-1']);
    const copy = await skopeoCopy(otherKey.ref);
    assert.notEqual(copy.code, 0);
    assert.match(copy.stderr, /signature|key/i);
    assert.doesNotMatch(copy.stderr, /no signature exists/, 'the signature must have been found and rejected, not missed');
  });

  test('signing IMAGE:TAG signs repo:tag, which skopeo accepts when pulling by tag and by digest', async () => {
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, `${tagged.repository}:v2`], { env: writer });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`as ${tagged.repository.replace(/[.]/g, '\\.')}:v2 ->`));
    for (const ref of [`${tagged.repository}:v2`, tagged.ref]) {
      const copy = await skopeoCopy(ref);
      assert.equal(copy.code, 0, `${ref}: ${copy.stderr}`);
    }
    // A digest-only signature would not satisfy a pull by tag (matchRepoDigestOrExact is exact for tags).
    const byDigestOnly = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, signed.ref], { env: writer });
    assert.equal(byDigestOnly.code, 0, byDigestOnly.stderr);
  });

  test('signet verify --keyring agrees with skopeo on all three images', async () => {
    const ok = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', nginx.url, signed.ref], { env: base });
    assert.equal(ok.code, 0, ok.stderr);
    const docs = JSON.parse(ok.stdout) as { critical: { identity: { 'docker-reference': string }; image: { 'docker-manifest-digest': string } }; signedBy: string }[];
    assert.ok(docs.length >= 1);
    assert.equal(docs[0]?.critical.image['docker-manifest-digest'], signed.digest);
    assert.equal(docs[0]?.signedBy, trusted.fingerprint);

    const none = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', nginx.url, unsigned.ref], { env: base });
    assert.equal(none.code, 1);
    assert.match(errorLine(none), /no signatures in the lookaside/);

    const report = join(dir, 'wrong-key-report.json');
    const wrongKey = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', nginx.url, '--report', report, otherKey.ref], { env: base });
    assert.equal(wrongKey.code, 1);
    assert.match(errorLine(wrongKey), new RegExp(`signature-1: signed by key ${untrusted.fingerprint.slice(-16)}, which is not in the keyring`));
    // The report types the refusal as cosign-format rejections are, for every front end to count.
    const written = JSON.parse(await readFile(report, 'utf8')) as { verified: { ok: boolean; rejections?: { signature: string; code: string }[] }[] };
    assert.deepEqual(written.verified.map((v) => [v.ok, v.rejections?.map((r) => [r.signature, r.code])]), [[false, [['signature-1', 'untrusted']]]]);
  });
});

describe('a trust policy with a GPG signer', () => {
  test('verify --policy accepts and rejects exactly what skopeo does under the generated policy', async () => {
    const trust = join(dir, 'gpg-trust.yaml');
    await writeFile(
      trust,
      `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: gpg }\nspec:\n  rules:\n` +
        `    - name: team\n      images: ["${registry.host}/team/**"]\n      signers:\n` +
        `        - { name: ops, keyring: ${trusted.publicPath}, lookaside: "${nginx.url}" }\n`,
    );
    const fromPolicy = join(dir, 'node-from-policy');
    const gen = await signet(['policy', 'containers', '--policy', trust, '--out', fromPolicy], { env: base });
    assert.equal(gen.code, 0, gen.stderr);
    assert.equal(await readFile(join(fromPolicy, 'policy.json'), 'utf8'), await readFile(join(policyDir, 'policy.json'), 'utf8'), 'file and inline rule generate the same policy');
    const [good, none, foreign] = await Promise.all(['ok', 'none', 'foreign'].map((n) => pushRandomImage(registry.host, `team/policy-${n}`, 'v1')));
    const signGood = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, good!.ref], { env: writer });
    assert.equal(signGood.code, 0, signGood.stderr);
    const signForeign = await signet(['sign', '--sign-by', untrusted.fingerprint, '--lookaside', nginx.url, foreign!.ref], { env: { ...writer, ...untrusted.env } });
    assert.equal(signForeign.code, 0, signForeign.stderr);
    for (const [image, accepted] of [[good!, true], [none!, false], [foreign!, false]] as const) {
      const gate = await signet(['verify', '--policy', trust, '--output', 'json', image.ref], { env: base });
      const judged = await skopeoCopy(image.ref);
      assert.equal(gate.code === 0, accepted, `gate on ${image.ref}: ${gate.stderr}`);
      assert.equal(judged.code === 0, accepted, `skopeo on ${image.ref}: ${judged.stderr}`);
      if (!accepted) assert.match(errorLine(gate), /rule "team" requires one signer; ops: /);
    }
  });
});

describe('skopeo signs, signet verifies', () => {
  test('skopeo copy --sign-by into a file:// staging lookaside verifies with signet (binary keyring, and served over HTTP)', async () => {
    const stage = join(dir, 'staging');
    const regd = await mkdtemp(join(dir, 'regd-'));
    await writeFile(join(regd, 'staging.yaml'), `docker:\n  ${registry.host}:\n    sigstore-staging: file://${stage}\n`);
    const policy = join(dir, 'accept.json');
    await writeFile(policy, JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }));
    const dest = `${registry.host}/team/by-skopeo:v1`;
    const copy = await run(
      'skopeo',
      ['--policy', policy, '--registries.d', regd, 'copy', '--src-tls-verify=false', '--dest-tls-verify=false', '--sign-by', trusted.fingerprint, `docker://${unsigned.ref}`, `docker://${dest}`],
      { env: trusted.env },
    );
    assert.equal(copy.code, 0, copy.stderr);
    // skopeo copies the manifest unchanged, so the signed digest is the source's.
    const byDigest = `${registry.host}/team/by-skopeo@${unsigned.digest}`;
    for (const ref of [dest, byDigest]) {
      const r = await signet(['verify', '--keyring', trusted.publicBinaryPath, '--lookaside', `file://${stage}`, '-o', 'text', ref], { env: base });
      assert.equal(r.code, 0, `${ref}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`signed as ${dest.replace(/[.]/g, '\\.')} by ${trusted.fingerprint}`));
    }
    // skopeo signed the tag, so another tag of the same repository is not covered.
    const otherTag = await run('skopeo', ['--policy', policy, 'copy', '--src-tls-verify=false', '--dest-tls-verify=false', `docker://${dest}`, `docker://${registry.host}/team/by-skopeo:v9`]);
    assert.equal(otherTag.code, 0, otherTag.stderr);
    const wrongTag = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', `file://${stage}`, `${registry.host}/team/by-skopeo:v9`], { env: base });
    assert.equal(wrongTag.code, 1);
    assert.match(errorLine(wrongTag), /does not match .*by-skopeo:v9/);

    // The same tree published by `signet lookaside serve` reads the same over HTTP.
    const port = await freePort();
    const server: ChildProcess = spawn(process.execPath, [CLI_ENTRY, 'lookaside', 'serve', '--dir', stage, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      let banner = '';
      server.stderr?.on('data', (c: Buffer) => (banner += c.toString()));
      while (!banner.includes('serving')) await once(server.stderr!, 'data');
      const served = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', `http://127.0.0.1:${port}`, dest], { env: base });
      assert.equal(served.code, 0, served.stderr);
      const put = await fetch(`http://127.0.0.1:${port}/team/by-skopeo@sha256=${hexOf(unsigned.digest)}/signature-9`, { method: 'PUT', body: 'x' });
      assert.equal(put.status, 405);
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });
});

describe('bad input', () => {
  test('a second signature goes to signature-2 and the first is left untouched', async () => {
    const image = await pushRandomImage(registry.host, 'team/twice', 'v1');
    const slots = slotDir(nginx.root, image);
    const first = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], { env: writer });
    assert.equal(first.code, 0, first.stderr);
    const before = await readFile(join(slots, 'signature-1'));
    const second = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], { env: writer });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /signature-2$/m);
    assert.deepEqual((await readdir(slots)).sort(), ['signature-1', 'signature-2']);
    assert.deepEqual(await readFile(join(slots, 'signature-1')), before);
    // The server refuses to replace a slot even when asked directly, which is what makes the race safe.
    const overwrite = await fetch(`${nginx.url}/team/twice@sha256=${hexOf(image.digest)}/signature-1`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from(`${nginx.username}:${nginx.password}`).toString('base64')}`, 'if-none-match': '*' },
      body: 'evil',
    });
    assert.equal(overwrite.status, 412);
  });

  test('concurrent signers racing for the same slots each get their own (412 moves the loser on)', async () => {
    const image = await pushRandomImage(registry.host, 'team/race', 'v1');
    const n = 5;
    const results = await Promise.all(
      Array.from({ length: n }, () => signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], { env: writer })),
    );
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const slots = slotDir(nginx.root, image);
    const names = (await readdir(slots)).sort();
    assert.deepEqual(names, Array.from({ length: n }, (_, i) => `signature-${i + 1}`).sort());
    // Every signer's bytes survived: n distinct files, each reported by exactly one process.
    const contents = await Promise.all(names.map((f) => readFile(join(slots, f), 'base64')));
    assert.equal(new Set(contents).size, n);
    const reported = results.map((r) => /signature-(\d+)$/m.exec(r.stderr)?.[1]).sort();
    assert.deepEqual(reported, names.map((f) => f.slice('signature-'.length)).sort());
    const verify = await signet(['verify', '--keyring', trusted.publicPath, '--lookaside', nginx.url, '-o', 'text', image.ref], { env: base });
    assert.equal(verify.code, 0, verify.stderr);
    assert.equal(verify.stdout.trim().split('\n').length, n);
  });

  test('unreachable store: exit 3, names the host', async () => {
    const port = await freePort();
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', `http://127.0.0.1:${port}/sigs`, signed.ref], { env: writer });
    assert.equal(r.code, 3);
    assert.match(errorLine(r), new RegExp(`cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\): check the lookaside URL`));
  });

  test('PUT without credentials: exit 3, 401, says which variables to set', async () => {
    const image = await pushRandomImage(registry.host, 'team/noauth', 'v1');
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], { env: base });
    assert.equal(r.code, 3);
    assert.match(errorLine(r), /requires authentication \(HTTP 401\): set SIGNET_LOOKASIDE_USERNAME and SIGNET_LOOKASIDE_PASSWORD, or add the host to ~\/\.netrc/);
    const wrong = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], {
      env: { ...base, SIGNET_LOOKASIDE_USERNAME: nginx.username, SIGNET_LOOKASIDE_PASSWORD: 'not-the-password' },
    });
    assert.equal(wrong.code, 3);
    assert.ok(!wrong.stderr.includes('not-the-password'), 'the password leaked into the output');
    await assert.rejects(readdir(slotDir(nginx.root, image)), { code: 'ENOENT' });
  });

  test('credentials from NETRC are used for uploads', async () => {
    const image = await pushRandomImage(registry.host, 'team/netrc', 'v1');
    const netrc = join(dir, 'netrc');
    await writeFile(netrc, `machine example.com login a password b\nmachine 127.0.0.1\n  login ${nginx.username}\n  password ${nginx.password}\n`, { mode: 0o600 });
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', nginx.url, image.ref], { env: { ...base, NETRC: netrc } });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await readdir(slotDir(nginx.root, image)), ['signature-1']);
  });

  test('PUT refused (403): exit 3, says access denied', async () => {
    const r = await signet(['sign', '--sign-by', trusted.secretPath, '--lookaside', `${nginx.url}/readonly`, signed.ref], { env: writer });
    assert.equal(r.code, 3);
    assert.match(errorLine(r), /access denied \(HTTP 403\): check that this account may write there/);
  });

  test('keyring without the signing key: exit 1, names the key', async () => {
    const r = await signet(['verify', '--keyring', untrusted.publicPath, '--lookaside', nginx.url, signed.ref], { env: base });
    assert.equal(r.code, 1);
    assert.match(errorLine(r), new RegExp(`signed by key ${trusted.fingerprint.slice(-16)}, which is not in the keyring`));
  });

  test('gpg key ID that gpg does not hold: exit 2 before anything is uploaded', async () => {
    const image = await pushRandomImage(registry.host, 'team/nokey', 'v1');
    const r = await signet(['sign', '--sign-by', untrusted.fingerprint, '--lookaside', nginx.url, image.ref], { env: { ...writer, ...trusted.env } });
    assert.equal(r.code, 2);
    assert.match(errorLine(r), new RegExp(`gpg cannot sign with key ${untrusted.fingerprint}`));
    await assert.rejects(readdir(slotDir(nginx.root, image)), { code: 'ENOENT' });
  });

  test('passphrase-protected keys: SIGNET_GPG_PASSPHRASE for the key file and for gpg; a wrong one is exit 2', async () => {
    const protectedKey = await generateGpgKey('Signet Protected', 'protected@example.com', 'correct horse');
    try {
      const image = await pushRandomImage(registry.host, 'team/protected', 'v1');
      const lookaside = `file://${join(dir, 'protected-store')}`;
      // Wrong passphrase first: gpg-agent caches a right one.
      for (const signBy of [protectedKey.secretPath, protectedKey.fingerprint]) {
        const wrong = await signet(['sign', '--sign-by', signBy, '--lookaside', lookaside, image.ref], { env: { ...base, ...protectedKey.env, SIGNET_GPG_PASSPHRASE: 'battery staple' } });
        assert.equal(wrong.code, 2, `${signBy}: ${wrong.stderr}`);
        assert.ok(!wrong.stderr.includes('battery staple'), 'the passphrase leaked into the output');
        assert.match(errorLine(wrong), signBy === protectedKey.secretPath ? /wrong passphrase for the OpenPGP key in .*secret\.asc: set SIGNET_GPG_PASSPHRASE/ : /gpg failed to sign with key [0-9A-F]{40}: signing failed: Bad passphrase: set SIGNET_GPG_PASSPHRASE/);
      }
      const noPassphrase = await signet(['sign', '--sign-by', protectedKey.secretPath, '--lookaside', lookaside, image.ref], { env: { ...base, SIGNET_GPG_PASSPHRASE: undefined } });
      assert.equal(noPassphrase.code, 2);
      assert.match(errorLine(noPassphrase), /passphrase-protected and no passphrase was given: set SIGNET_GPG_PASSPHRASE/);
      for (const signBy of [protectedKey.secretPath, `gpg://${protectedKey.fingerprint}`]) {
        const ok = await signet(['sign', '--sign-by', signBy, '--lookaside', lookaside, image.ref], { env: { ...base, ...protectedKey.env, SIGNET_GPG_PASSPHRASE: 'correct horse' } });
        assert.equal(ok.code, 0, `${signBy}: ${ok.stderr}`);
      }
      const verify = await signet(['verify', '--keyring', protectedKey.publicPath, '--lookaside', lookaside, '-o', 'text', image.ref], { env: base });
      assert.equal(verify.code, 0, verify.stderr);
      assert.equal(verify.stdout.trim().split('\n').length, 2);
    } finally {
      await protectedKey.cleanup();
    }
  });

  test('flag misuse: --key with --sign-by, --lookaside without --keyring, keyring that is not a key', async () => {
    const both = await signet(['sign', '--key', 'x.key', '--sign-by', trusted.secretPath, signed.ref], { env: base });
    assert.equal(both.code, 2);
    assert.match(errorLine(both), /exactly one of --key, --keyless or --sign-by/);
    const orphan = await signet(['verify', '--key', 'x.pub', '--lookaside', nginx.url, signed.ref], { env: base });
    assert.equal(orphan.code, 2);
    assert.match(errorLine(orphan), /--lookaside needs --keyring/);
    const notKey = join(dir, 'not-a-key.asc');
    await writeFile(notKey, 'hello\n');
    const bad = await signet(['verify', '--keyring', notKey, '--lookaside', nginx.url, signed.ref], { env: base });
    assert.equal(bad.code, 2);
    assert.match(errorLine(bad), /is not an OpenPGP keyring/);
  });
});
