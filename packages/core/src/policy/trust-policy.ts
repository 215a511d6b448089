/**
 * The trust policy: one YAML file saying, per image pattern, who may sign. The pipeline gate
 * (`signet verify --policy`) and every generated cluster/node policy are derived from it, so
 * the two ends cannot drift apart.
 *
 *   apiVersion: signet.dev/v1alpha1
 *   kind: TrustPolicy
 *   metadata: { name: release }
 *   spec:
 *     enforcement: Enforce            # or Audit (generated cluster policies)
 *     rules:
 *       - name: team-apps
 *         images: ["registry.example.com/team/**"]
 *         require: any                # or all
 *         annotations: { env: prod }  # must be in the signed payload
 *         signatureRepository: registry.example.com/signatures
 *         signedIdentity:             # promotion: accept signatures made for another repository
 *           { type: remapIdentity, prefix: registry.example.com/prod, signedPrefix: registry.example.com/staging }
 *         signers:
 *           - { name: release-key, key: keys/cosign.pub }
 *           - { name: release-ca, certChain: ca.pem, identity: release@example.com }
 *           - { name: ops-gpg, keyring: keys/ops.asc, lookaside: https://sigs.example.com }
 *           - { name: dct, notary: https://notary.example.com:4443, root: keys/root.pem, ca: notary-ca.pem, delegations: [releases] }
 */
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';
import { codedError, SignetError, usageError } from '../errors.ts';
import { compileImagePattern, type ImagePattern } from './image-pattern.ts';
import type { CertificateVerifierSpec, GpgVerifierSpec, KeylessVerifierSpec, KeyVerifierSpec, NotaryVerifierSpec } from '../verify/verifier.ts';
import { normalizeSignedIdentity, SIGNED_IDENTITY_TYPES, type SignedIdentity } from '../verify/signed-identity.ts';

/**
 * A named signer of a rule: a verifier spec (verify/verifier.ts), the one the gate checks and
 * the policy generators translate. Keyless signers name their trusted root: a cluster cannot
 * fetch the gate's TUF root.
 */
export type SignerSpec = { name: string } & (
  | KeyVerifierSpec
  | CertificateVerifierSpec
  | GpgVerifierSpec
  | NotaryVerifierSpec
  | (KeylessVerifierSpec & {
      /** sigstore trusted_root.json naming the Fulcio CA and the logs. */
      trustedRoot: string;
    })
);

export interface TrustRule {
  name: string;
  images: ImagePattern[];
  require: 'any' | 'all';
  annotations: Record<string, string>;
  signatureRepository: string | undefined;
  /** containers/image's signedIdentity: which signed repository counts (default: the image's own). */
  signedIdentity: SignedIdentity | undefined;
  signers: SignerSpec[];
}

export interface TrustPolicy {
  name: string;
  /** For generated admission policies: reject (Enforce) or only report (Audit). */
  enforcement: 'Enforce' | 'Audit';
  rules: TrustRule[];
  /** Where the file was read from; relative key paths are resolved against its directory. */
  source: string;
}

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

type Json = unknown;

function fail(source: string, where: string, problem: string, hint?: string): never {
  throw usageError(`${source}: ${where}: ${problem}`, hint);
}

function obj(value: Json, source: string, where: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, where, 'must be a mapping');
  return value as Record<string, Json>;
}

function str(value: Json, source: string, where: string): string {
  if (typeof value !== 'string' || value === '') fail(source, where, 'must be a non-empty string');
  return value;
}

function optStr(value: Json, source: string, where: string): string | undefined {
  return value === undefined || value === null ? undefined : str(value, source, where);
}

function onlyKeys(o: Record<string, Json>, allowed: readonly string[], source: string, where: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) fail(source, where, `unknown field "${key}"`, `allowed: ${allowed.join(', ')}`);
  }
}

function validRegexp(pattern: string | undefined, source: string, where: string): string | undefined {
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
  } catch (e) {
    fail(source, where, `invalid regular expression: ${(e as Error).message}`);
  }
  return pattern;
}

/** Key references stay as written unless they are plain paths, which become absolute. */
function resolvePath(ref: string, base: string): string {
  if (/^[a-z0-9+.-]+:\/\//.test(ref) || isAbsolute(ref)) return ref;
  return resolve(base, ref);
}

function parseSigner(value: Json, source: string, where: string, base: string): SignerSpec {
  const o = obj(value, source, where);
  const name = str(o.name, source, `${where}.name`);
  if (!NAME.test(name)) fail(source, `${where}.name`, `"${name}" must be lowercase letters, digits and -`);
  const kinds = ['key', 'certChain', 'keyring', 'trustedRoot', 'notary'].filter((k) => o[k] !== undefined);
  if (kinds.length !== 1) fail(source, where, 'needs exactly one of key, certChain, keyring, trustedRoot, notary');
  if (o.notary !== undefined) {
    onlyKeys(o, ['name', 'notary', 'root', 'ca', 'delegations'], source, where);
    const url = str(o.notary, source, `${where}.notary`);
    if (!/^https?:\/\/[^/]+/.test(url)) fail(source, `${where}.notary`, `"${url}" is not a Notary server URL`, 'e.g. https://notary.example.com:4443');
    const root = str(o.root, source, `${where}.root`);
    const delegations = o.delegations === undefined ? undefined : Array.isArray(o.delegations) ? o.delegations.map((d, j) => str(d, source, `${where}.delegations[${j}]`)) : fail(source, `${where}.delegations`, 'must be a list of delegation names');
    const ca = optStr(o.ca, source, `${where}.ca`);
    return {
      kind: 'notary',
      name,
      notary: url,
      // A key ID stays as written; files are relative to the policy.
      root: /^[0-9a-f]{64}$/.test(root) ? root : resolvePath(root, base),
      ca: ca === undefined ? undefined : resolvePath(ca, base),
      delegations,
    };
  }
  if (o.trustedRoot !== undefined) {
    onlyKeys(o, ['name', 'trustedRoot', 'identity', 'identityRegexp', 'issuer', 'issuerRegexp'], source, where);
    const identity = optStr(o.identity, source, `${where}.identity`);
    const identityRegexp = validRegexp(optStr(o.identityRegexp, source, `${where}.identityRegexp`), source, `${where}.identityRegexp`);
    const issuer = optStr(o.issuer, source, `${where}.issuer`);
    const issuerRegexp = validRegexp(optStr(o.issuerRegexp, source, `${where}.issuerRegexp`), source, `${where}.issuerRegexp`);
    // As cosign: a keyless signature proves an identity only together with who vouched for it.
    if (!identity && !identityRegexp) fail(source, where, 'a keyless signer needs identity or identityRegexp', 'name who may sign: the certificate SAN, e.g. the workflow URI');
    if (!issuer && !issuerRegexp) fail(source, where, 'a keyless signer needs issuer or issuerRegexp', 'the OIDC issuer, e.g. https://token.actions.githubusercontent.com');
    return { kind: 'keyless', name, trustedRoot: resolvePath(str(o.trustedRoot, source, `${where}.trustedRoot`), base), identity, identityRegexp, issuer, issuerRegexp };
  }
  if (o.key !== undefined) {
    onlyKeys(o, ['name', 'key'], source, where);
    return { kind: 'key', name, key: resolvePath(str(o.key, source, `${where}.key`), base) };
  }
  if (o.certChain !== undefined) {
    onlyKeys(o, ['name', 'certChain', 'identity', 'identityRegexp', 'issuer', 'issuerRegexp'], source, where);
    const identity = optStr(o.identity, source, `${where}.identity`);
    const identityRegexp = validRegexp(optStr(o.identityRegexp, source, `${where}.identityRegexp`), source, `${where}.identityRegexp`);
    if (!identity && !identityRegexp) {
      fail(source, where, 'a certificate signer needs identity or identityRegexp', 'name who may sign: the SAN (email or URI) of the signing certificate');
    }
    return {
      kind: 'certificate',
      name,
      certChain: resolvePath(str(o.certChain, source, `${where}.certChain`), base),
      identity,
      identityRegexp,
      issuer: optStr(o.issuer, source, `${where}.issuer`),
      issuerRegexp: validRegexp(optStr(o.issuerRegexp, source, `${where}.issuerRegexp`), source, `${where}.issuerRegexp`),
    };
  }
  onlyKeys(o, ['name', 'keyring', 'lookaside'], source, where);
  return {
    kind: 'gpg',
    name,
    keyring: resolvePath(str(o.keyring, source, `${where}.keyring`), base),
    lookaside: str(o.lookaside, source, `${where}.lookaside`),
  };
}

function parseSignedIdentity(value: Json, source: string, where: string): SignedIdentity | undefined {
  if (value === undefined || value === null) return undefined;
  const o = obj(value, source, where);
  const type = str(o.type, source, `${where}.type`);
  const fields: Record<string, readonly string[]> = { matchRepository: ['type'], exactRepository: ['type', 'dockerRepository'], remapIdentity: ['type', 'prefix', 'signedPrefix'] };
  if (!(SIGNED_IDENTITY_TYPES as readonly string[]).includes(type)) {
    fail(source, `${where}.type`, `"${type}" is not supported`, `use ${SIGNED_IDENTITY_TYPES.join(', ')} (containers/image's signedIdentity types for a digest-pinned image)`);
  }
  onlyKeys(o, fields[type] ?? [], source, where);
  const rule: SignedIdentity =
    type === 'exactRepository'
      ? { type, dockerRepository: str(o.dockerRepository, source, `${where}.dockerRepository`) }
      : type === 'remapIdentity'
        ? { type, prefix: str(o.prefix, source, `${where}.prefix`), signedPrefix: str(o.signedPrefix, source, `${where}.signedPrefix`) }
        : { type: 'matchRepository' };
  try {
    return normalizeSignedIdentity(rule);
  } catch (e) {
    fail(source, where, (e as Error).message);
  }
}

export function parseTrustPolicy(text: string, source: string): TrustPolicy {
  let doc: Json;
  try {
    doc = parse(text);
  } catch (e) {
    fail(source, 'YAML', (e as Error).message.split('\n')[0] ?? 'cannot parse');
  }
  const root = obj(doc, source, 'document');
  if (root.apiVersion !== 'signet.dev/v1alpha1' || root.kind !== 'TrustPolicy') {
    fail(source, 'document', `expected apiVersion signet.dev/v1alpha1, kind TrustPolicy (got ${String(root.apiVersion)}, ${String(root.kind)})`);
  }
  const metadata = obj(root.metadata ?? {}, source, 'metadata');
  const name = str(metadata.name, source, 'metadata.name');
  if (!NAME.test(name)) fail(source, 'metadata.name', `"${name}" must be lowercase letters, digits and -`);
  const spec = obj(root.spec, source, 'spec');
  onlyKeys(spec, ['enforcement', 'rules'], source, 'spec');
  const enforcement = spec.enforcement ?? 'Enforce';
  if (enforcement !== 'Enforce' && enforcement !== 'Audit') fail(source, 'spec.enforcement', 'must be Enforce or Audit');
  if (!Array.isArray(spec.rules) || spec.rules.length === 0) fail(source, 'spec.rules', 'must list at least one rule');
  const base = dirname(resolve(source));
  const seen = new Set<string>();
  const rules = spec.rules.map((value, i): TrustRule => {
    const where = `spec.rules[${i}]`;
    const r = obj(value, source, where);
    onlyKeys(r, ['name', 'images', 'require', 'annotations', 'signatureRepository', 'signedIdentity', 'signers'], source, where);
    const ruleName = str(r.name, source, `${where}.name`);
    if (!NAME.test(ruleName)) fail(source, `${where}.name`, `"${ruleName}" must be lowercase letters, digits and -`);
    if (seen.has(ruleName)) fail(source, `${where}.name`, `duplicate rule name "${ruleName}"`);
    seen.add(ruleName);
    if (!Array.isArray(r.images) || r.images.length === 0) fail(source, `${where}.images`, 'must list at least one image pattern');
    const images = r.images.map((p, j) => {
      try {
        return compileImagePattern(str(p, source, `${where}.images[${j}]`));
      } catch (e) {
        fail(source, `${where}.images[${j}]`, (e as Error).message);
      }
    });
    const require = r.require ?? 'any';
    if (require !== 'any' && require !== 'all') fail(source, `${where}.require`, 'must be any or all');
    // Defined, not assigned: `annotations['__proto__'] = v` sets the object's prototype and the
    // requirement vanished silently; defined, it stays an ordinary key, as in cosign's Go map.
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj(r.annotations ?? {}, source, `${where}.annotations`))) {
      Object.defineProperty(annotations, k, { value: str(v, source, `${where}.annotations.${k}`), enumerable: true, writable: true, configurable: true });
    }
    if (!Array.isArray(r.signers) || r.signers.length === 0) fail(source, `${where}.signers`, 'must list at least one signer');
    const signers = r.signers.map((s, j) => parseSigner(s, source, `${where}.signers[${j}]`, base));
    const names = new Set<string>();
    for (const s of signers) {
      if (names.has(s.name)) fail(source, `${where}.signers`, `duplicate signer name "${s.name}"`);
      names.add(s.name);
    }
    const signedIdentity = parseSignedIdentity(r.signedIdentity, source, `${where}.signedIdentity`);
    return { name: ruleName, images, require, annotations, signatureRepository: optStr(r.signatureRepository, source, `${where}.signatureRepository`), signedIdentity, signers };
  });
  return { name, enforcement, rules, source };
}

export async function loadTrustPolicy(path: string): Promise<TrustPolicy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw codedError('usage', 'policy.file-missing', `trust policy ${path} does not exist`, { path });
    throw new SignetError('io', `cannot read trust policy ${path}: ${code ?? String(e)}`);
  }
  return parseTrustPolicy(text, path);
}

/** The first rule whose patterns match the image's repository (rules are ordered, like firewall rules). */
export function ruleFor(policy: TrustPolicy, repository: string): TrustRule | undefined {
  return policy.rules.find((rule) => rule.images.some((p) => p.matches(repository)));
}
