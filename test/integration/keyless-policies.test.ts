/**
 * Keyless signers in generated admission and node policies, judged by tools we did not write:
 * images signed keylessly by the real cosign v2.6.5 (legacy `.sig` layout: certificate, chain
 * and Rekor SET bundle, the only layout the Kyverno CLI and containers/image read) against a
 * local Fulcio/Rekor/CT log (test/support/sigstore-local.ts) are admitted or refused by the
 * Kyverno CLI under `signet policy kyverno` and by skopeo (sigstore enabled) under
 * `signet policy containers`, with the same verdicts as `signet verify --policy`: the expected
 * identity passes; another identity, another issuer, another sigstore (root) and no signature
 * fail. The private root reaches the cluster only through the generated policy.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage, type PushedImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { identityToken, startLocalSigstore, type LocalSigstore } from '../support/sigstore-local.ts';

const KYVERNO = process.env.SIGNET_KYVERNO ?? '';
const SKOPEO = process.env.SIGNET_SKOPEO_SIGSTORE ?? '';

const CI_ISSUER = 'https://token.actions.example';
const WORKFLOW = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
const MAIL_ISSUER = 'https://accounts.example';
const RELEASER = 'release@example.com';

let registry: RunningRegistry;
let sigstore: LocalSigstore;
let rogue: LocalSigstore;
let dir: string;
let env: NodeJS.ProcessEnv;
const images: Record<string, PushedImage> = {};

const pem = (label: string, b64: string): string => `-----BEGIN ${label}-----\n${(b64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;

/** cosign v2 is told about a private sigstore by files, as its docs describe for custom deployments. */
async function cosignTrustEnv(s: LocalSigstore, name: string): Promise<NodeJS.ProcessEnv> {
  const files = { root: join(dir, `${name}-fulcio.pem`), rekor: join(dir, `${name}-rekor.pub`), ct: join(dir, `${name}-ctlog.pub`) };
  await writeFile(files.root, pem('CERTIFICATE', s.trustedRoot.certificateAuthorities[0]!.certChain.certificates[0]!.rawBytes));
  await writeFile(files.rekor, pem('PUBLIC KEY', s.trustedRoot.tlogs[0]!.publicKey.rawBytes));
  await writeFile(files.ct, pem('PUBLIC KEY', s.trustedRoot.ctlogs[0]!.publicKey.rawBytes));
  return { SIGSTORE_ROOT_FILE: files.root, SIGSTORE_REKOR_PUBLIC_KEY: files.rekor, SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: files.ct };
}

async function cosignSignKeyless(img: PushedImage, s: LocalSigstore, trustEnv: NodeJS.ProcessEnv, claims: { iss: string; sub: string; email?: string; email_verified?: boolean }): Promise<void> {
  const tokenFile = join(dir, `token-${img.digest.slice(7, 19)}`);
  await writeFile(tokenFile, identityToken(claims));
  const r = await cosign(['sign', '--fulcio-url', s.fulcioURL, '--rekor-url', s.rekorURL, '--identity-token', tokenFile, '--allow-http-registry', img.ref], { ...env, ...trustEnv });
  assert.equal(r.code, 0, `cosign v2 sign ${img.ref}: ${r.stderr}`);
}

const trustPolicy = (rules: string): string => `apiVersion: signet.dev/v1alpha1\nkind: TrustPolicy\nmetadata: { name: keyless }\nspec:\n  rules:\n${rules}`;
const ciRule = (identity: string, root = 'trusted_root.json') =>
  `    - name: ci\n      images: ["${registry.host}/ci/**"]\n      signers:\n        - { name: workflow, trustedRoot: ${root}, ${identity}, issuer: "${CI_ISSUER}" }\n`;
const mailRule = () =>
  `    - name: mail\n      images: ["${registry.host}/mail/**"]\n      signers:\n        - { name: releaser, trustedRoot: trusted_root.json, identity: ${RELEASER}, issuer: "${MAIL_ISSUER}" }\n`;

before(async () => {
  registry = await startRegistry();
  [sigstore, rogue] = await Promise.all([startLocalSigstore(), startLocalSigstore()]);
  dir = await mkdtemp(join(tmpdir(), 'signet-keyless-policies-'));
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, SIGSTORE_ID_TOKEN: '', ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' };
  await sigstore.writeTrustedRoot(join(dir, 'trusted_root.json'));
  await rogue.writeTrustedRoot(join(dir, 'rogue_root.json'));
  const [trusted, untrusted] = await Promise.all([cosignTrustEnv(sigstore, 'trusted'), cosignTrustEnv(rogue, 'rogue')]);

  const workflow = { iss: CI_ISSUER, sub: WORKFLOW };
  const mail = (sub: string, iss = MAIL_ISSUER) => ({ iss, sub, email: sub, email_verified: true });
  const plan: [string, string, LocalSigstore | undefined, NodeJS.ProcessEnv, ReturnType<typeof mail> | typeof workflow][] = [
    ['ciGood', 'ci/app', sigstore, trusted, workflow],
    ['ciWrongIdentity', 'ci/forked', sigstore, trusted, { iss: CI_ISSUER, sub: 'https://github.com/evil/app/.github/workflows/release.yml@refs/heads/main' }],
    ['ciWrongIssuer', 'ci/other-issuer', sigstore, trusted, { iss: 'https://token.other.example', sub: WORKFLOW }],
    ['ciOtherRoot', 'ci/other-root', rogue, untrusted, workflow],
    ['ciUnsigned', 'ci/unsigned', undefined, {}, workflow],
    ['mailGood', 'mail/app', sigstore, trusted, mail(RELEASER)],
    ['mailWrongIdentity', 'mail/intruder', sigstore, trusted, mail('intruder@example.com')],
    ['mailWrongIssuer', 'mail/other-issuer', sigstore, trusted, mail(RELEASER, 'https://accounts.other.example')],
    ['mailOtherRoot', 'mail/other-root', rogue, untrusted, mail(RELEASER)],
    ['mailUnsigned', 'mail/unsigned', undefined, {}, mail(RELEASER)],
  ];
  for (const [name, repo, s, trustEnv, claims] of plan) {
    images[name] = await pushRandomImage(registry.host, repo, 'v1');
    if (s) await cosignSignKeyless(images[name], s, trustEnv, claims);
  }
  // signet's own keyless signatures, in both layouts.
  const signetSign = async (name: string, format: string) => {
    images[name] = await pushRandomImage(registry.host, `ci/signet-${format}`, 'v1');
    const r = await signet(['sign', '--keyless', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--identity-token', identityToken(workflow), '--format', format, images[name].ref], { env });
    assert.equal(r.code, 0, r.stderr);
  };
  await signetSign('signetLegacy', 'legacy');
  await signetSign('signetBundle', 'bundle');
  await writeFile(join(dir, 'trust.yaml'), trustPolicy(ciRule(`identity: "${WORKFLOW}"`) + mailRule()));
  await writeFile(join(dir, 'trust-regexp.yaml'), trustPolicy(ciRule(`identityRegexp: "^https://github\\\\.com/acme/"`)));
  await writeFile(join(dir, 'trust-mail.yaml'), trustPolicy(mailRule()));
});

after(async () => {
  await registry?.stop();
  await sigstore?.stop();
  await rogue?.stop();
  await rm(dir, { recursive: true, force: true });
});

const EXPECTED: [string, boolean][] = [
  ['ciGood', true],
  ['ciWrongIdentity', false],
  ['ciWrongIssuer', false],
  ['ciOtherRoot', false],
  ['ciUnsigned', false],
  ['mailGood', true],
  ['mailWrongIdentity', false],
  ['mailWrongIssuer', false],
  ['mailOtherRoot', false],
  ['mailUnsigned', false],
];

const gate = (policy: string, img: PushedImage) => signet(['verify', '--policy', join(dir, policy), '--output', 'json', img.ref], { env });

describe('generated Kyverno policy with keyless attestors, enforced by the Kyverno CLI', { skip: !existsSync(KYVERNO) && 'run scripts/test.sh: it builds the Kyverno CLI' }, () => {
  async function kyvernoApply(policyFile: string, name: string, image: string) {
    const file = join(dir, `pod-${name}.yaml`);
    await writeFile(file, `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name.toLowerCase()}, namespace: default }\nspec:\n  containers:\n    - name: app\n      image: ${image}\n`);
    const r = await run(KYVERNO, ['apply', policyFile, '--resource', file, '--registry', '--detailed-results'], { env });
    return { ...r, passed: /pass: [1-9]\d*, fail: 0, warn: 0, error: 0/.test(r.stdout) };
  }

  test('expected identity passes; other identity, issuer, root and unsigned fail, as the gate decides', async () => {
    const out = join(dir, 'kyverno.yaml');
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust.yaml'), '-o', out], { env });
    assert.equal(gen.code, 0, gen.stderr);
    for (const [name, expected] of EXPECTED) {
      const img = images[name]!;
      const k = await kyvernoApply(out, name, img.ref);
      assert.equal(k.passed, expected, `kyverno on ${name}: ${k.stdout}\n${k.stderr}`);
      if (!expected) assert.match(k.stdout, /fail: [1-9]/, `${name}: ${k.stdout}`);
      const g = await gate('trust.yaml', img);
      assert.equal(g.code, expected ? 0 : 1, `gate on ${name}: ${g.stderr}`);
    }
  });

  test('signet keyless signatures: the legacy layout is admitted; a bundle only by the gate (Kyverno reads .sig), as the note says', async () => {
    const out = join(dir, 'kyverno.yaml');
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust.yaml'), '-o', out], { env });
    assert.equal(gen.code, 0, gen.stderr);
    assert.match(await readFile(out, 'utf8'), /# NOTE: .*legacy \.sig layout.*--format legacy or both/);
    const legacy = await kyvernoApply(out, 'signet-legacy', images.signetLegacy!.ref);
    assert.equal(legacy.passed, true, legacy.stdout);
    assert.equal((await gate('trust.yaml', images.signetLegacy!)).code, 0);
    const bundle = await kyvernoApply(out, 'signet-bundle', images.signetBundle!.ref);
    assert.equal(bundle.passed, false, bundle.stdout);
    assert.equal((await gate('trust.yaml', images.signetBundle!)).code, 0, 'the gate reads bundles too: Kyverno is the stricter side');
  });

  test('a regular expression identity: Kyverno reads subjectRegExp as the gate reads identityRegexp', async () => {
    const out = join(dir, 'kyverno-regexp.yaml');
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust-regexp.yaml'), '-o', out], { env });
    assert.equal(gen.code, 0, gen.stderr);
    for (const [name, expected] of [['ciGood', true], ['ciWrongIdentity', false], ['ciWrongIssuer', false]] as const) {
      const k = await kyvernoApply(out, `re-${name}`, images[name]!.ref);
      assert.equal(k.passed, expected, `kyverno on ${name}: ${k.stdout}\n${k.stderr}`);
      const g = await gate('trust-regexp.yaml', images[name]!);
      assert.equal(g.code, expected ? 0 : 1, `gate on ${name}: ${g.stderr}`);
    }
  });

  test('offline: with the log URLs unreachable, Kyverno decides from the keys in the policy alone', async () => {
    const dead = 'http://127.0.0.1:9';
    const offline = { ...sigstore.trustedRoot, tlogs: sigstore.trustedRoot.tlogs.map((l) => ({ ...l, baseUrl: dead })), ctlogs: sigstore.trustedRoot.ctlogs.map((l) => ({ ...l, baseUrl: dead })) };
    await writeFile(join(dir, 'offline_root.json'), JSON.stringify(offline));
    await writeFile(join(dir, 'trust-offline.yaml'), trustPolicy(ciRule(`identity: "${WORKFLOW}"`, 'offline_root.json')));
    const out = join(dir, 'kyverno-offline.yaml');
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust-offline.yaml'), '-o', out], { env });
    assert.equal(gen.code, 0, gen.stderr);
    assert.equal((await kyvernoApply(out, 'offline-good', images.ciGood!.ref)).passed, true);
    assert.equal((await kyvernoApply(out, 'offline-forked', images.ciWrongIdentity!.ref)).passed, false);
  });

  test('the Rekor key comes from the trusted root: the right CA with another log key fails', async () => {
    // The trusted Fulcio CA and CT log, but the rogue instance's Rekor key: the SET no longer verifies.
    const mixed = { ...sigstore.trustedRoot, tlogs: rogue.trustedRoot.tlogs };
    await writeFile(join(dir, 'mixed_root.json'), JSON.stringify(mixed));
    await writeFile(join(dir, 'trust-mixed.yaml'), trustPolicy(ciRule(`identity: "${WORKFLOW}"`, 'mixed_root.json')));
    const out = join(dir, 'kyverno-mixed.yaml');
    const gen = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust-mixed.yaml'), '-o', out], { env });
    assert.equal(gen.code, 0, gen.stderr);
    const k = await kyvernoApply(out, 'mixed', images.ciGood!.ref);
    assert.equal(k.passed, false, k.stdout);
    assert.equal((await gate('trust-mixed.yaml', images.ciGood!)).code, 1);
  });
});

describe('signet policy --trusted-root (an inline keyless rule)', () => {
  test('generates the same keyless attestor as the file; --cert-chain with it is refused', async () => {
    const args = ['--trusted-root', join(dir, 'trusted_root.json'), '--certificate-identity', WORKFLOW, '--certificate-oidc-issuer', CI_ISSUER, `${registry.host}/ci/**`];
    const inline = await signet(['policy', 'kyverno', ...args], { env });
    assert.equal(inline.code, 0, inline.stderr);
    const file = await signet(['policy', 'kyverno', '--policy', join(dir, 'trust.yaml')], { env });
    const attestors = (text: string) => (parseYaml(text) as { spec: { rules: { verifyImages: { attestors: unknown }[] }[] } }).spec.rules[0]!.verifyImages[0]!.attestors;
    assert.deepEqual(attestors(inline.stdout), attestors(file.stdout));
    const both = await signet(['policy', 'kyverno', '--cert-chain', join(dir, 'trusted-fulcio.pem'), ...args], { env });
    assert.equal(both.code, 2, both.stderr);
    assert.match(both.stderr, /--cert-chain and --trusted-root cannot be combined/);
  });
});

describe('generated containers policy.json with a fulcio requirement, enforced by skopeo', { skip: !existsSync(SKOPEO) && 'run scripts/test.sh: it fetches skopeo 1.18' }, () => {
  test('the email identity passes; other email, issuer, root and unsigned are rejected, as the gate decides', async () => {
    const out = join(dir, 'node');
    const gen = await signet(['policy', 'containers', '--policy', join(dir, 'trust-mail.yaml'), '--out', out, '--unmatched', 'reject'], { env });
    assert.equal(gen.code, 0, gen.stderr);
    await mkdir(join(dir, 'copy'), { recursive: true });
    for (const [name, expected] of EXPECTED.filter(([n]) => n.startsWith('mail'))) {
      const img = images[name]!;
      const r = await run(SKOPEO, [
        '--policy', join(out, 'policy.json'),
        '--registries.d', join(out, 'registries.d'),
        'copy', '--src-tls-verify=false', `docker://${img.ref}`, `dir:${join(dir, 'copy', name)}`,
      ]);
      assert.equal(r.code === 0, expected, `skopeo on ${name}: ${r.stderr}`);
      const g = await gate('trust-mail.yaml', img);
      assert.equal(g.code, expected ? 0 : 1, `gate on ${name}: ${g.stderr}`);
    }
  });

  test('a workflow (URI) identity cannot be expressed for containers/image: refused with the reason', async () => {
    const r = await signet(['policy', 'containers', '--policy', join(dir, 'trust.yaml'), '--out', join(dir, 'node-refused')], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /can express none of the signers of rule "ci"/);
    assert.match(r.stderr, /only email identities/);
  });
});
