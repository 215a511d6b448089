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
  if (kept.length === 0) throw usageError(`${target} can express none of the signers of rule "${rule.name}"`, 'choose another target for this rule');
  return kept;
}

/** A requirement a target cannot enforce makes its policy weaker than the gate: refuse. */
export function refuse(target: string, rule: TrustRule, what: string, hint: string): never {
  throw usageError(`${target} cannot enforce ${what} (rule "${rule.name}")`, hint);
}
