/**
 * sigstore policy-controller ClusterImagePolicy (policy.sigstore.dev/v1beta1). Within one
 * policy, any authority suffices; every matching policy must pass. So an `any` rule is one
 * policy with an authority per signer, an `all` rule one policy per signer.
 *
 * A keyless signer's trusted root becomes a TrustRoot (policy.sigstore.dev/v1alpha1,
 * `sigstoreKeys`) that its authorities reference for the Fulcio CA, the CT log keys and (as
 * `ctlog`, policy-controller's name for the Rekor log) the Rekor keys: without that `ctlog`
 * reference policy-controller would skip the transparency log. An authority reads one
 * signature layout, so a keyless signer gets two alternatives: cosign's legacy `.sig` and
 * sigstore bundles (signet's and cosign v3's keyless default), as the gate reads both.
 */
import type { SignerSpec, TrustPolicy } from '../trust-policy.ts';
import { chainPem, expressible, identityFields, keyMaterial, keylessMaterial, refuse, type Dropped, type KeylessSigner } from './material.ts';
import type { GeneratedPolicy } from './kyverno.ts';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** The TrustRoot resource for a trusted_root.json; []byte fields are base64 of the PEM text. */
async function trustRoot(name: string, signer: KeylessSigner): Promise<Record<string, unknown>> {
  const m = await keylessMaterial(signer);
  const authority = (a: (typeof m.cas)[number]) => ({ subject: { organization: a.organization, commonName: a.commonName }, uri: a.uri, certChain: b64(a.chainPem) });
  const log = (l: (typeof m.tlogs)[number]) => ({ baseURL: l.url, hashAlgorithm: 'sha-256', publicKey: b64(l.publicKeyPem) });
  return {
    apiVersion: 'policy.sigstore.dev/v1alpha1',
    kind: 'TrustRoot',
    metadata: { name },
    spec: {
      sigstoreKeys: {
        certificateAuthorities: m.cas.map(authority),
        tLogs: m.tlogs.map(log),
        ...(m.ctlogs.length > 0 ? { ctLogs: m.ctlogs.map(log) } : {}),
        ...(m.tsas.length > 0 ? { timestampAuthorities: m.tsas.map(authority) } : {}),
      },
    },
  };
}

/** Generated TrustRoots, one per trusted_root.json file, shared by the signers naming it. */
class TrustRoots {
  readonly #byFile = new Map<string, { name: string; doc: Promise<Record<string, unknown>> }>();
  readonly #policyName: string;
  constructor(policyName: string) {
    this.#policyName = policyName;
  }

  /** Registered synchronously, so concurrent signers naming one file share one TrustRoot. */
  async ref(signer: KeylessSigner): Promise<{ name: string; fulcioUrl: string }> {
    let found = this.#byFile.get(signer.trustedRoot);
    if (!found) {
      const name = `signet-${this.#policyName}-${signer.name}`.slice(0, 253);
      found = { name, doc: trustRoot(name, signer) };
      this.#byFile.set(signer.trustedRoot, found);
    }
    const doc = (await found.doc) as { spec: { sigstoreKeys: { certificateAuthorities: { uri: string }[] } } };
    return { name: found.name, fulcioUrl: doc.spec.sigstoreKeys.certificateAuthorities[0]?.uri ?? '' };
  }

  documents(): Promise<Record<string, unknown>[]> {
    return Promise.all([...this.#byFile.values()].map((r) => r.doc));
  }
}

async function keylessAuthorities(signer: KeylessSigner, roots: TrustRoots, source: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const { name, fulcioUrl } = await roots.ref(signer);
  // `url` (the Fulcio instance) is required next to trustRootRef; verification uses the TrustRoot.
  const base = { keyless: { url: fulcioUrl, trustRootRef: name, identities: [identityFields(signer)] }, ctlog: { trustRootRef: name }, ...source };
  return [
    { name: signer.name, ...base },
    { name: `${signer.name}-bundle`, ...base, signatureFormat: 'bundle' },
  ];
}

async function authorities(signer: SignerSpec, signatureRepository: string | undefined, notes: string[], roots: TrustRoots): Promise<Record<string, unknown>[]> {
  const source = signatureRepository ? { source: [{ oci: signatureRepository }] } : {};
  if (signer.kind === 'keyless') return keylessAuthorities(signer, roots, source);
  return [await authority(signer, source, notes)];
}

async function authority(signer: SignerSpec, source: Record<string, unknown>, notes: string[]): Promise<Record<string, unknown>> {
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
  const roots = new TrustRoots(policy.name);
  for (const rule of policy.rules) {
    if (Object.keys(rule.annotations).length > 0) {
      refuse('policy-controller', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target which checks them');
    }
    const signers = expressible('policy-controller', rule, (s) => (s.kind === 'gpg' ? 'policy-controller does not read GPG lookaside signatures' : s.kind === 'notary' ? 'policy-controller does not read Notary v1 (Docker Content Trust) trust data' : undefined), dropped);
    const perSigner = await Promise.all(signers.map((s) => authorities(s, rule.signatureRepository, notes, roots)));
    const groups = rule.require === 'all' ? perSigner : [perSigner.flat()];
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
  // TrustRoots first: the policies referencing them are applied after them.
  return { documents: [...(await roots.documents()), ...documents], dropped, notes };
}
