/**
 * Makes a real certificate hierarchy with openssl, the way users build one for a private CA:
 * RSA 2048 root -> intermediate -> leaf with the codeSigning EKU and an email SAN.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const openssl = (args: string[]) => exec('openssl', args);

export interface Pki {
  dir: string;
  rootCert: string;
  intermediateCert: string;
  /** intermediate then root, as cosign's --certificate-chain expects. */
  chain: string;
  leafKey: string;
  leafCert: string;
}

export interface LeafOptions {
  name: string;
  email?: string;
  uri?: string;
  /** An EKU list, or null for a leaf without the extension. */
  eku?: string | null;
  /** More extension lines, e.g. an unknown critical extension. */
  extra?: string;
  days?: number;
  /** Explicit validity as YYYYMMDDHHMMSSZ (e.g. an expired certificate), via `openssl ca`. */
  startDate?: string;
  endDate?: string;
  issuerKey: string;
  issuerCert: string;
}

async function ext(dir: string, name: string, body: string): Promise<string> {
  const path = join(dir, `${name}.ext`);
  await writeFile(path, body);
  return path;
}

/** `extensions` replaces the intermediate's default extension lines (openssl x509v3_config syntax). */
export async function makeCa(dir: string, name: string, issuer?: { key: string; cert: string }, extensions?: string): Promise<{ key: string; cert: string }> {
  const key = join(dir, `${name}.key`);
  const cert = join(dir, `${name}.pem`);
  await openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', key]);
  const extFile = await ext(dir, name, extensions ?? 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n');
  if (!issuer) {
    await openssl(['req', '-x509', '-new', '-key', key, '-subj', `/O=signet test/CN=${name}`, '-days', '3650', '-out', cert, '-extensions', 'v3', '-config', await ext(dir, `${name}-req`, `[req]\ndistinguished_name=dn\n[dn]\n[v3]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n`)]);
  } else {
    const csr = join(dir, `${name}.csr`);
    await openssl(['req', '-new', '-key', key, '-subj', `/O=signet test/CN=${name}`, '-out', csr]);
    await openssl(['x509', '-req', '-in', csr, '-CA', issuer.cert, '-CAkey', issuer.key, '-CAcreateserial', '-days', '1825', '-extfile', extFile, '-out', cert]);
  }
  return { key, cert };
}

export async function makeLeaf(dir: string, options: LeafOptions): Promise<{ key: string; cert: string }> {
  const key = join(dir, `${options.name}.key`);
  const cert = join(dir, `${options.name}.pem`);
  const csr = join(dir, `${options.name}.csr`);
  await openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
  await openssl(['req', '-new', '-key', key, '-subj', `/O=signet test/CN=${options.name}`, '-out', csr]);
  const sans = [options.email ? `email:${options.email}` : '', options.uri ? `URI:${options.uri}` : ''].filter(Boolean).join(',');
  const extFile = await ext(
    dir,
    options.name,
    `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n${options.eku === null ? '' : `extendedKeyUsage=${options.eku ?? 'codeSigning'}\n`}${sans ? `subjectAltName=${sans}\n` : ''}${options.extra ?? ''}`,
  );
  if (options.startDate && options.endDate) {
    // `openssl x509` in OpenSSL 3.0 cannot set explicit dates; `openssl ca` can.
    const caDir = join(dir, `${options.name}-ca`);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(caDir, { recursive: true });
    await writeFile(join(caDir, 'index.txt'), '');
    await writeFile(join(caDir, 'serial'), '1000\n');
    const conf = await ext(
      dir,
      `${options.name}-ca`,
      `[ca]\ndefault_ca=c\n[c]\ndatabase=${caDir}/index.txt\nserial=${caDir}/serial\nnew_certs_dir=${caDir}\ndefault_md=sha256\npolicy=p\nunique_subject=no\n[p]\norganizationName=optional\ncommonName=supplied\n`,
    );
    await openssl(['ca', '-batch', '-config', conf, '-in', csr, '-cert', options.issuerCert, '-keyfile', options.issuerKey, '-startdate', options.startDate, '-enddate', options.endDate, '-extfile', extFile, '-out', cert, '-notext']);
    return { key, cert };
  }
  await openssl(['x509', '-req', '-in', csr, '-CA', options.issuerCert, '-CAkey', options.issuerKey, '-CAcreateserial', '-days', String(options.days ?? 30), '-extfile', extFile, '-out', cert]);
  return { key, cert };
}

export async function makePki(dir: string, email = 'release@example.com'): Promise<Pki> {
  const root = await makeCa(dir, 'root');
  const intermediate = await makeCa(dir, 'intermediate', root);
  const leaf = await makeLeaf(dir, { name: 'leaf', email, issuerKey: intermediate.key, issuerCert: intermediate.cert });
  const { readFile } = await import('node:fs/promises');
  const chain = join(dir, 'chain.pem');
  await writeFile(chain, (await readFile(intermediate.cert, 'utf8')) + (await readFile(root.cert, 'utf8')));
  return { dir, rootCert: root.cert, intermediateCert: intermediate.cert, chain, leafKey: leaf.key, leafCert: leaf.cert };
}

/**
 * A sigstore trusted_root.json whose one certificate authority is this private CA (chain
 * intermediates first, root last), and no logs: what cosign v3 needs, in place of the
 * deprecated --certificate-chain, to verify certificate-backed bundles.
 */
export async function writeCaTrustedRoot(path: string, caCerts: readonly string[]): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const der = async (file: string) => (await readFile(file, 'utf8')).replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  const root = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    timestampAuthorities: [],
    certificateAuthorities: [
      {
        subject: { organization: 'signet test', commonName: 'private CA' },
        uri: 'https://ca.invalid',
        certChain: { certificates: await Promise.all(caCerts.map(async (c) => ({ rawBytes: await der(c) }))) },
        validFor: { start: '2020-01-01T00:00:00Z' },
      },
    ],
  };
  await writeFile(path, JSON.stringify(root));
  return path;
}
