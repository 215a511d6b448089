/**
 * Connaisseur Helm values (`application.validators` and `application.policy`): one cosign
 * validator per trust rule whose trust roots are the rule's keys; `threshold: 1` for `any`,
 * `required` naming every root for `all`.
 */
import type { TrustPolicy } from '../trust-policy.ts';
import { expressible, keyMaterial, refuse, type Dropped } from './material.ts';
import type { GeneratedPolicy } from './kyverno.ts';

export async function connaisseurValues(policy: TrustPolicy): Promise<GeneratedPolicy> {
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const validators = [];
  const rules = [];
  for (const rule of policy.rules) {
    if (Object.keys(rule.annotations).length > 0) refuse('Connaisseur', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
    if (rule.signatureRepository) refuse('Connaisseur', rule, 'signatures kept in another repository', 'keep the signatures next to the images, or use the kyverno or policy-controller target');
    const signers = expressible(
      'Connaisseur',
      rule,
      (s) => (s.kind === 'gpg' ? 'Connaisseur does not read GPG lookaside signatures' : s.kind === 'certificate' ? 'Connaisseur trusts keys or Fulcio, not a private certificate chain' : s.kind === 'keyless' ? 'keyless signers are not generated for this target yet; the gate checks them' : undefined),
      dropped,
    );
    const trustRoots = await Promise.all(
      signers.map(async (s) => {
        if (s.kind !== 'key') throw new Error('unreachable');
        const m = await keyMaterial(s);
        if (m.kind === 'k8s') refuse('Connaisseur', rule, `a key in a Kubernetes Secret (${m.ref})`, 'reference the public key file instead: Connaisseur embeds keys in its values');
        return { name: s.name, key: m.kind === 'kms' ? m.ref : m.pem };
      }),
    );
    const name = `signet-${policy.name}-${rule.name}`;
    validators.push({ name, type: 'cosign', trustRoots });
    for (const pattern of rule.images) {
      rules.push({
        pattern: pattern.connaisseur(),
        validator: name,
        with: {
          trustRoot: '*',
          ...(rule.require === 'all' ? { required: trustRoots.map((r) => r.name) } : { threshold: 1 }),
          verifyInTransparencyLog: false,
        },
      });
    }
  }
  if (policy.enforcement === 'Audit') notes.push('enforcement Audit: set application.features.detectionMode: true in the Connaisseur values.');
  return {
    documents: [
      {
        application: {
          ...(policy.enforcement === 'Audit' ? { features: { detectionMode: true } } : {}),
          validators,
          policy: rules,
        },
      },
    ],
    dropped,
    notes,
  };
}
