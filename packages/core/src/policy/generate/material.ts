/**
 * What generated policies embed for each signer, resolved once: public keys as PEM (or kept as
 * a reference where the admission system resolves it itself), certificate chains as PEM.
 * Also the rules for dropping a signer a target cannot express.
 */
import { readFile } from 'node:fs/promises';
import { usageError } from '../../errors.ts';
import { publicKeyPem } from '../../keys/generate.ts';
import { parseKeyRef } from '../../signers/key-ref.ts';
import { loadVerificationKey } from '../../signers/load.ts';
import type { SignerSpec, TrustRule } from '../trust-policy.ts';
import { active, certificatePem, publicKeyPemFromDer, readTrustedRoot } from '../../keyless/trusted-root.ts';

export type KeyMaterial =
  | { kind: 'pem'; pem: string }
  | { kind: 'k8s'; namespace: string; name: string; ref: string }
  | { kind: 'kms'; ref: string };

export async function keyMaterial(signer: Extract<SignerSpec, { kind: 'key' }>): Promise<KeyMaterial> {
  const ref = parseKeyRef(signer.key);
  if (ref.kind === 'k8s') return { kind: 'k8s', namespace: ref.namespace, name: ref.name, ref: signer.key };
  if (ref.kind === 'hashivault') return { kind: 'kms', ref: signer.key };
  return { kind: 'pem', pem: publicKeyPem(await loadVerificationKey(signer.key)) };
}

export async function chainPem(signer: Extract<SignerSpec, { kind: 'certificate' }>): Promise<string> {
  try {
    return await readFile(signer.certChain, 'utf8');
  } catch {
    throw usageError(`signer "${signer.name}": cannot read certificate chain ${signer.certChain}`);
  }
}

export type KeylessSigner = Extract<SignerSpec, { kind: 'keyless' }>;

export interface SigstoreLog {
  url: string;
  publicKeyPem: string;
}

export interface SigstoreAuthority {
  organization: string;
  commonName: string;
  uri: string;
  /** Leaf or intermediate first, root last, as in the trusted root. */
  chainPem: string;
}

/**
 * What a keyless signer's trusted root contributes to a generated policy: the CAs, logs and
 * TSAs still valid now. Ended ones are left out: admission systems take bare keys without
 * validity periods, so keeping them would accept what the gate rejects.
 */
export interface KeylessMaterial {
  cas: SigstoreAuthority[];
  tlogs: SigstoreLog[];
  ctlogs: SigstoreLog[];
  tsas: SigstoreAuthority[];
  /** Every active CA certificate, for targets taking one PEM bundle of roots. */
  rootsPem: string;
}

export async function keylessMaterial(signer: KeylessSigner): Promise<KeylessMaterial> {
  const root = await readTrustedRoot(signer.trustedRoot, `signer "${signer.name}": trustedRoot ${signer.trustedRoot}`);
  const authority = (a: (typeof root.certificateAuthorities)[number]): SigstoreAuthority => ({
    organization: a.subject?.organization || 'unknown',
    commonName: a.subject?.commonName || 'unknown',
    uri: a.uri,
    chainPem: (a.certChain?.certificates ?? []).map((c) => certificatePem(c.rawBytes)).join(''),
  });
  const log = (l: (typeof root.tlogs)[number]): SigstoreLog | undefined =>
    l.publicKey?.rawBytes && active(l.publicKey.validFor) ? { url: l.baseUrl, publicKeyPem: publicKeyPemFromDer(l.publicKey.rawBytes) } : undefined;
  const cas = root.certificateAuthorities.filter((a) => active(a.validFor)).map(authority);
  const tlogs = root.tlogs.map(log).filter((l) => l !== undefined);
  if (cas.length === 0) throw usageError(`signer "${signer.name}": every certificate authority in ${signer.trustedRoot} has expired`, 'use a current trusted_root.json');
  if (tlogs.length === 0) throw usageError(`signer "${signer.name}": ${signer.trustedRoot} lists no current transparency log key`, 'use a current trusted_root.json');
  return {
    cas,
    tlogs,
    ctlogs: root.ctlogs.map(log).filter((l) => l !== undefined),
    tsas: root.timestampAuthorities.filter((a) => active(a.validFor)).map(authority),
    rootsPem: cas.map((a) => a.chainPem).join(''),
  };
}

/** A target matching identities by regular expression reads them with its own engine (Go RE2). */
export function identityFields(signer: KeylessSigner | Extract<SignerSpec, { kind: 'certificate' }>): Record<string, string> {
  return {
    ...(signer.identity ? { subject: signer.identity } : { subjectRegExp: signer.identityRegexp ?? '' }),
    ...(signer.issuer ? { issuer: signer.issuer } : signer.issuerRegexp ? { issuerRegExp: signer.issuerRegexp } : {}),
  };
}

export interface Dropped {
  rule: string;
  signer: string;
  why: string;
}

/**
 * The signers a target can express. Dropping one from an `any` rule makes the generated policy
 * stricter (fewer accepted signers), which is safe and reported; from an `all` rule it would
 * make it weaker, so that is an error.
 */
export function expressible(
  target: string,
  rule: TrustRule,
  supports: (signer: SignerSpec) => string | undefined,
  dropped: Dropped[],
): SignerSpec[] {
  const kept: SignerSpec[] = [];
  for (const signer of rule.signers) {
    const why = supports(signer);
    if (!why) {
      kept.push(signer);
      continue;
    }
    if (rule.require === 'all') {
      throw usageError(`${target} cannot express signer "${signer.name}" of rule "${rule.name}" (${why})`, 'the rule requires every signer, so leaving it out would weaken the policy; split the rule or choose another target');
    }
    dropped.push({ rule: rule.name, signer: signer.name, why });
  }
  if (kept.length === 0) {
    const why = dropped.filter((d) => d.rule === rule.name).map((d) => `${d.signer}: ${d.why}`).join('; ');
    throw usageError(`${target} can express none of the signers of rule "${rule.name}" (${why})`, 'choose another target for this rule');
  }
  return kept;
}

/** A requirement a target cannot enforce makes its policy weaker than the gate: refuse. */
export function refuse(target: string, rule: TrustRule, what: string, hint: string): never {
  throw usageError(`${target} cannot enforce ${what} (rule "${rule.name}")`, hint);
}
