/**
 * Kyverno ClusterPolicy (kyverno.io/v1) with one verifyImages rule per trust rule. Signers of
 * an `any` rule are the entries of one attestor with count 1; of an `all` rule, one attestor
 * each (Kyverno requires every attestor). mutateDigest pins admitted pods to the verified digest.
 *
 * Keyless signers carry their trusted root inline (Fulcio CA certificates as `roots`, the
 * Rekor and CT log keys as `rekor.pubkey` / `ctlog.pubkey`), so Kyverno verifies offline
 * against a private sigstore as the gate does. Kyverno takes one key per log field: a root
 * with several current logs becomes one entry per (Rekor key, CT key) pair, any of which
 * suffices, as any listed log suffices for the gate.
 */
import type { TrustPolicy, SignerSpec } from '../trust-policy.ts';
import { chainPem, expressible, identityFields, keyMaterial, keylessMaterial, type Dropped, type KeylessSigner } from './material.ts';

export interface GeneratedPolicy {
  /** The resource(s), as objects; callers serialize them (YAML). */
  documents: Record<string, unknown>[];
  /** Signers left out of `any` rules, for a warning. */
  dropped: Dropped[];
  /** Set-up the admission system needs besides the resource (env, secrets), for comments/docs. */
  notes: string[];
}

const NO_TLOG = { rekor: { ignoreTlog: true }, ctlog: { ignoreSCT: true } };

async function keylessEntries(signer: KeylessSigner): Promise<Record<string, unknown>[]> {
  const m = await keylessMaterial(signer);
  // No CT log in the root: the gate checks no SCT either.
  const ctlogs = m.ctlogs.length > 0 ? m.ctlogs.map((c) => ({ pubkey: c.publicKeyPem })) : [{ ignoreSCT: true }];
  return m.tlogs.flatMap((t) =>
    ctlogs.map((ctlog) => ({ keyless: { ...identityFields(signer), roots: m.rootsPem, rekor: { url: t.url, pubkey: t.publicKeyPem }, ctlog } })),
  );
}

async function entries(signer: SignerSpec, notes: string[]): Promise<Record<string, unknown>[]> {
  return signer.kind === 'keyless' ? keylessEntries(signer) : [await entry(signer, notes)];
}

async function entry(signer: SignerSpec, notes: string[]): Promise<Record<string, unknown>> {
  if (signer.kind === 'key') {
    const m = await keyMaterial(signer);
    if (m.kind === 'kms') {
      notes.push(`signer "${signer.name}": Kyverno resolves ${m.ref} itself; give the Kyverno admission controller VAULT_ADDR and VAULT_TOKEN (and VAULT_NAMESPACE, TRANSIT_SECRET_ENGINE_PATH if used) in its environment.`);
      return { keys: { kms: m.ref, ...NO_TLOG } };
    }
    if (m.kind === 'k8s') {
      notes.push(`signer "${signer.name}": Kyverno reads ${m.ref}; its service account needs get on secrets in namespace ${m.namespace}.`);
      return { keys: { publicKeys: m.ref, ...NO_TLOG } };
    }
    return { keys: { publicKeys: m.pem, signatureAlgorithm: 'sha256', ...NO_TLOG } };
  }
  if (signer.kind === 'certificate') {
    const roots = await chainPem(signer);
    return { keyless: { roots, ...identityFields(signer), ...NO_TLOG } };
  }
  throw new Error('unreachable: gpg signers are filtered out');
}

export async function kyvernoPolicy(policy: TrustPolicy): Promise<GeneratedPolicy> {
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const rules = [];
  // The trust policy's first matching rule decides; Kyverno applies every matching rule. Each
  // rule skips the images earlier rules cover, so Kyverno decides with the same rule.
  const earlier: string[] = [];
  for (const rule of policy.rules) {
    const signers = expressible('Kyverno', rule, (s) => (s.kind === 'gpg' ? 'Kyverno does not read GPG lookaside signatures' : s.kind === 'notary' ? 'Kyverno does not read Notary v1 (Docker Content Trust) trust data' : undefined), dropped);
    const annotations = Object.keys(rule.annotations).length ? { annotations: rule.annotations } : {};
    // One list of alternative entries per signer.
    const perSigner = await Promise.all(signers.map(async (s) => (await entries(s, notes)).map((e) => ({ ...e, ...annotations }))));
    if (signers.some((s) => s.kind === 'keyless')) {
      // verifyImages entries of another type (SigstoreBundle) would all be required, not alternatives.
      notes.push(`rule "${rule.name}": Kyverno checks keyless signatures in cosign's legacy .sig layout only; sign with --format legacy or both (bundle-only signatures pass the gate but not Kyverno).`);
    }
    const attestor = (list: Record<string, unknown>[]) => (list.length === 1 ? { entries: list } : { count: 1, entries: list });
    const attestors = rule.require === 'all' ? perSigner.map(attestor) : [attestor(perSigner.flat())];
    rules.push({
      name: rule.name,
      match: { any: [{ resources: { kinds: ['Pod'] } }] },
      verifyImages: [
        {
          imageReferences: rule.images.flatMap((p) => p.kyverno()),
          ...(earlier.length ? { skipImageReferences: [...earlier] } : {}),
          failureAction: policy.enforcement,
          mutateDigest: true,
          verifyDigest: true,
          required: true,
          ...(rule.signatureRepository ? { repository: rule.signatureRepository } : {}),
          attestors,
        },
      ],
    });
    earlier.push(...rule.images.flatMap((p) => p.kyverno()));
  }
  return {
    documents: [
      {
        apiVersion: 'kyverno.io/v1',
        kind: 'ClusterPolicy',
        metadata: {
          name: `signet-${policy.name}`,
          annotations: {
            'policies.kyverno.io/title': `signet trust policy ${policy.name}`,
            'policies.kyverno.io/description': 'Generated by `signet policy kyverno` from the trust policy the release pipeline verifies with; regenerate rather than edit.',
          },
        },
        spec: { background: false, webhookTimeoutSeconds: 30, rules },
      },
    ],
    dropped,
    notes,
  };
}
