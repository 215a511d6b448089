/**
 * sigstore policy-controller ClusterImagePolicy (policy.sigstore.dev/v1beta1). Within one
 * policy, any authority suffices; every matching policy must pass. So an `any` rule is one
 * policy with an authority per signer, an `all` rule one policy per signer.
 */
import type { SignerSpec, TrustPolicy } from '../trust-policy.ts';
import { chainPem, expressible, keyMaterial, refuse, type Dropped } from './material.ts';
import type { GeneratedPolicy } from './kyverno.ts';

async function authority(signer: SignerSpec, signatureRepository: string | undefined, notes: string[]): Promise<Record<string, unknown>> {
  const source = signatureRepository ? { source: [{ oci: signatureRepository }] } : {};
  if (signer.kind === 'key') {
    const m = await keyMaterial(signer);
    if (m.kind === 'kms') {
      notes.push(`signer "${signer.name}": policy-controller resolves ${m.ref} itself; give its webhook VAULT_ADDR and VAULT_TOKEN in its environment.`);
      return { name: signer.name, key: { kms: m.ref, hashAlgorithm: 'sha256' }, ...source };
    }
    if (m.kind === 'k8s') {
      notes.push(`signer "${signer.name}": policy-controller reads secretRef ${m.name} from its own namespace (cosign-system); copy ${m.ref} there.`);
      return { name: signer.name, key: { secretRef: { name: m.name }, hashAlgorithm: 'sha256' }, ...source };
    }
    return { name: signer.name, key: { data: m.pem, hashAlgorithm: 'sha256' }, ...source };
  }
  if (signer.kind === 'certificate') {
    return {
      name: signer.name,
      keyless: {
        'ca-cert': { data: await chainPem(signer) },
        identities: [
          {
            ...(signer.identity ? { subject: signer.identity } : { subjectRegExp: signer.identityRegexp }),
            // cosign's --certificate-oidc-issuer-regexp '.*' for certificates from a private CA.
            ...(signer.issuer ? { issuer: signer.issuer } : { issuerRegExp: signer.issuerRegexp ?? '.*' }),
          },
        ],
      },
      ...source,
    };
  }
  throw new Error('unreachable: gpg signers are filtered out');
}

export async function policyControllerPolicies(policy: TrustPolicy): Promise<GeneratedPolicy> {
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const documents: Record<string, unknown>[] = [];
  for (const rule of policy.rules) {
    if (Object.keys(rule.annotations).length > 0) {
      refuse('policy-controller', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target which checks them');
    }
    const signers = expressible('policy-controller', rule, (s) => (s.kind === 'gpg' ? 'policy-controller does not read GPG lookaside signatures' : s.kind === 'keyless' ? 'keyless signers are not generated for this target yet; the gate checks them' : undefined), dropped);
    const authorities = await Promise.all(signers.map((s) => authority(s, rule.signatureRepository, notes)));
    const groups = rule.require === 'all' ? authorities.map((a) => [a]) : [authorities];
    groups.forEach((group, i) => {
      documents.push({
        apiVersion: 'policy.sigstore.dev/v1beta1',
        kind: 'ClusterImagePolicy',
        metadata: { name: `signet-${policy.name}-${rule.name}${groups.length > 1 ? `-${String(group[0]?.name)}` : ''}`.slice(0, 253) },
        spec: {
          images: rule.images.flatMap((p) => p.policyControllerGlobs()).map((glob) => ({ glob })),
          authorities: group,
          mode: policy.enforcement === 'Enforce' ? 'enforce' : 'warn',
        },
      });
      void i;
    });
  }
  return { documents, dropped, notes };
}
