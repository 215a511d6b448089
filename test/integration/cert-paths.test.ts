/**
 * Certificate path validation (issue 16): chains made with openssl that Go's crypto/x509 and
 * OpenSSL refuse must be refused by `signet verify --cert-chain` and by `signet sign --cert
 * --cert-chain`. Each chain is judged by three tools on the same files: `openssl verify`, cosign
 * v2.6.5 (`verify --certificate-chain`, Go's x509 with the code-signing usage) and signet; a
 * good chain, and a leaf without any EKU extension (RFC 5280 and Go: any usage), are accepted by
 * all of them, so a refusal is about the defect, not the setup.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from '../support/registry.ts';
import { pushRandomImage } from '../support/image.ts';
import { run, signet } from '../support/cli.ts';
import { cosign } from '../support/peers.ts';
import { makeCa, makeLeaf } from '../support/pki.ts';

let registry: RunningRegistry;
let dir: string;
let env: NodeJS.ProcessEnv;
let root: { key: string; cert: string };
const EMAIL = 'release@example.com';
const CA_EXT = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n';

interface Chain {
  name: string;
  leaf: { key: string; cert: string };
  /** Intermediates, nearest the leaf first. */
  intermediates: string[];
  /** intermediates then root, as --cert-chain / --certificate-chain take it. */
  chainFile: string;
}

/** `intermediates` from the one under the root down to the leaf's issuer. */
async function chain(name: string, intermediates: { ext: string }[], leaf: { email?: string; eku?: string | null; extra?: string } = {}): Promise<Chain> {
  let issuer = root;
  const certs: string[] = [];
  for (const [i, spec] of intermediates.entries()) {
    issuer = await makeCa(dir, `${name}-int${i}`, issuer, spec.ext);
    certs.unshift(issuer.cert);
  }
  const made = await makeLeaf(dir, { name: `${name}-leaf`, email: leaf.email ?? EMAIL, eku: leaf.eku, extra: leaf.extra, issuerKey: issuer.key, issuerCert: issuer.cert });
  const chainFile = join(dir, `${name}-chain.pem`);
  await writeFile(chainFile, (await Promise.all([...certs, root.cert].map((c) => readFile(c, 'utf8')))).join(''));
  return { name, leaf: made, intermediates: certs, chainFile };
}

/** `openssl verify` with the root trusted and the intermediates untrusted. */
async function opensslVerify(c: Chain): Promise<number> {
  const untrusted = join(dir, `${c.name}-untrusted.pem`);
  await writeFile(untrusted, (await Promise.all(c.intermediates.map((p) => readFile(p, 'utf8')))).join(''));
  const args = ['verify', '-CAfile', root.cert, ...(c.intermediates.length ? ['-untrusted', untrusted] : []), c.leaf.cert];
  return (await run('openssl', args)).code ?? -1;
}

/**
 * Writes a signature with the leaf as a careless signer would (core building blocks, no
 * signing-time checks), so verification alone judges the chain.
 */
async function signBypassingChecks(c: Chain): Promise<string> {
  const img = await pushRandomImage(registry.host, `paths/${c.name}`);
  const core = await import('@signet/core');
  const client = new core.RegistryClient({ insecureRegistries: [registry.host] });
  const repo = client.repository(registry.host, `paths/${c.name}`);
  const payload = core.buildCosignPayload({ dockerReference: `${registry.host}/paths/${c.name}`, digest: img.digest });
  const signature = core.signBytes(createPrivateKey(await readFile(c.leaf.key, 'utf8')), payload);
  const intermediates = (await Promise.all(c.intermediates.map((p) => readFile(p, 'utf8')))).join('');
  await new core.CosignSignatureStore(repo).append(
    img.digest,
    payload,
    {
      'dev.cosignproject.cosign/signature': Buffer.from(signature).toString('base64'),
      'dev.sigstore.cosign/certificate': await readFile(c.leaf.cert, 'utf8'),
      'dev.sigstore.cosign/chain': intermediates + (await readFile(root.cert, 'utf8')),
    },
    () => false,
    { settleMs: 0 },
  );
  await client.close();
  return img.ref;
}

const signetVerify = (ref: string, c: Chain) => signet(['verify', '--cert-chain', c.chainFile, '--certificate-identity', EMAIL, ref], { env });
const cosignVerify = (ref: string, c: Chain) =>
  cosign(['verify', '--certificate-chain', c.chainFile, '--certificate-identity', EMAIL, '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
const signetSign = async (c: Chain) => {
  const img = await pushRandomImage(registry.host, `paths/${c.name}-signed`);
  return { img, r: await signet(['sign', '--key', c.leaf.key, '--cert', c.leaf.cert, '--cert-chain', c.chainFile, img.ref], { env }) };
};

before(async () => {
  registry = await startRegistry();
  dir = await mkdtemp(join(tmpdir(), 'signet-cert-paths-'));
  env = { SIGNET_INSECURE_REGISTRIES: registry.host, HOME: dir, COSIGN_PASSWORD: '' };
  root = await makeCa(dir, 'root');
});

after(async () => {
  await registry.stop();
  await rm(dir, { recursive: true, force: true });
});

for (const good of [
  { name: 'good', intermediates: [{ ext: CA_EXT }], leaf: {} },
  { name: 'no-eku', intermediates: [{ ext: CA_EXT }], leaf: { eku: null } },
  // The CA under the root allows one intermediate below it, and has exactly one.
  { name: 'pathlen-kept', intermediates: [{ ext: CA_EXT.replace('CA:TRUE', 'CA:TRUE,pathlen:1') }, { ext: CA_EXT }], leaf: {} },
]) {
  test(`accepted by openssl, cosign and signet: ${good.name}`, async () => {
    const c = await chain(good.name, good.intermediates, good.leaf);
    assert.equal(await opensslVerify(c), 0, 'openssl verify accepts');
    const ref = await signBypassingChecks(c);
    const cv = await cosignVerify(ref, c);
    assert.equal(cv.code, 0, cv.stderr);
    const sv = await signetVerify(ref, c);
    assert.equal(sv.code, 0, sv.stderr);
    const { r } = await signetSign(c);
    assert.equal(r.code, 0, r.stderr);
  });
}

const BAD: { name: string; why: RegExp; intermediates: { ext: string }[]; leaf?: { email?: string; eku?: string | null; extra?: string }; openssl: boolean }[] = [
  {
    name: 'pathlen-broken',
    why: /pathLen/,
    // The CA under the root allows no intermediate below it, and has one.
    intermediates: [{ ext: CA_EXT.replace('CA:TRUE', 'CA:TRUE,pathlen:0') }, { ext: CA_EXT }],
    openssl: true,
  },
  {
    name: 'intermediate-eku',
    why: /extended key usage .* without codeSigning/,
    intermediates: [{ ext: `${CA_EXT}extendedKeyUsage=serverAuth\n` }],
    // OpenSSL 3.0 has no code-signing purpose to check the chain's EKUs against.
    openssl: false,
  },
  {
    name: 'name-constraints',
    why: /name constraint|sub-trees/i,
    intermediates: [{ ext: `${CA_EXT}nameConstraints=critical,permitted;email:.example.com,permitted;email:example.com\n` }],
    leaf: { email: 'release@other.org' },
    openssl: true,
  },
  {
    name: 'unknown-critical',
    why: /unknown critical extension 1\.3\.6\.1\.4\.1\.55555\.1/,
    intermediates: [{ ext: CA_EXT }],
    leaf: { extra: '1.3.6.1.4.1.55555.1=critical,ASN1:NULL\n' },
    openssl: true,
  },
];

for (const bad of BAD) {
  test(`refused by cosign${bad.openssl ? ', openssl' : ''} and signet (verify and sign): ${bad.name}`, async () => {
    const c = await chain(bad.name, bad.intermediates, bad.leaf);
    if (bad.openssl) assert.notEqual(await opensslVerify(c), 0, 'openssl verify refuses the chain');
    const ref = await signBypassingChecks(c);
    const identity = bad.leaf?.email ?? EMAIL;
    const cv = await cosign(['verify', '--certificate-chain', c.chainFile, '--certificate-identity', identity, '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
    assert.notEqual(cv.code, 0, `cosign refuses: ${cv.stdout}`);
    const sv = await signet(['verify', '--cert-chain', c.chainFile, '--certificate-identity', identity, ref], { env });
    assert.equal(sv.code, 1, sv.stderr);
    assert.match(sv.stderr, bad.why);
    const { img, r } = await signetSign(c);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, bad.why);
    const sig = await fetch(`http://${registry.host}/v2/${img.repository.split('/').slice(1).join('/')}/manifests/${img.digest.replace(':', '-')}.sig`);
    assert.equal(sig.status, 404, 'a refused signing writes nothing');
  });
}

test('verify --cert-chain without --certificate-identity[-regexp] is refused, as by cosign', async () => {
  const c = await chain('no-identity', [{ ext: CA_EXT }]);
  const ref = await signBypassingChecks(c);
  const sv = await signet(['verify', '--cert-chain', c.chainFile, ref], { env });
  assert.equal(sv.code, 2, sv.stderr);
  assert.match(sv.stderr, /--cert-chain needs --certificate-identity or --certificate-identity-regexp/);
  const cv = await cosign(['verify', '--certificate-chain', c.chainFile, '--certificate-oidc-issuer-regexp', '.*', '--insecure-ignore-sct', '--insecure-ignore-tlog=true', '--allow-http-registry', ref], env);
  assert.notEqual(cv.code, 0, 'cosign refuses too');
  assert.match(cv.stderr, /certificate-identity/);
});
