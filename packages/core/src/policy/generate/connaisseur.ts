/**
 * Connaisseur Helm values (`application.validators` and `application.policy`): one cosign
 * validator per trust rule whose trust roots are the rule's keys; `threshold: 1` for `any`,
 * `required` naming every root for `all`.
 *
 * Keyless signers are `keyless` trust roots (issuer/subject, exact or regex); the private
 * sigstore goes into the validator's `host` (Fulcio certificates, one Rekor key, one CT log
 * key). `host` and `verifyInTransparencyLog` hold for every trust root of a validator, so a
 * rule cannot mix keyless signers with keys (signed without a log entry) or name two
 * different trusted roots.
 *
 * Notary signers (Docker Content Trust) become a `notaryv1` validator, Connaisseur v3 spelling:
 * `host`, `trustRoots` with the root public key (Connaisseur pins the bare key, not the
 * GUN-specific certificate ID), the server CA in `cert`, and `delegations` in the rule. One
 * validator per pattern, so a rule mixing Notary and cosign signers is refused.
 */
import { readFile } from 'node:fs/promises';
import { usageError } from '../../errors.ts';
import { publicKeyPem } from '../../keys/generate.ts';
import { loadVerificationKey } from '../../signers/load.ts';
import type { TrustPolicy, TrustRule } from '../trust-policy.ts';
import { expressible, keyMaterial, keylessMaterial, refuse, type Dropped, type KeylessSigner } from './material.ts';
import type { GeneratedPolicy } from './kyverno.ts';

function keylessIdentity(s: KeylessSigner): Record<string, string> {
  return {
    ...(s.issuer ? { issuer: s.issuer } : { issuerRegex: s.issuerRegexp ?? '' }),
    ...(s.identity ? { subject: s.identity } : { subjectRegex: s.identityRegexp ?? '' }),
  };
}

async function keylessHost(rule: TrustRule, keyless: KeylessSigner[], signerCount: number, notes: string[]): Promise<Record<string, string>> {
  if (keyless.length < signerCount) refuse('Connaisseur', rule, 'keyless signers and keys in one rule', 'Connaisseur checks the transparency log for all trust roots of a validator or for none; split the rule by image pattern');
  const roots = new Set(keyless.map((s) => s.trustedRoot));
  if (roots.size > 1) refuse('Connaisseur', rule, `keyless signers with different trusted roots (${[...roots].join(', ')})`, 'a Connaisseur validator has one sigstore host; split the rule by image pattern');
  const first = keyless[0];
  if (!first) throw new Error('unreachable');
  const m = await keylessMaterial(first);
  const [rekor, ...otherLogs] = m.tlogs;
  const [ct, ...otherCt] = m.ctlogs;
  if (!rekor) throw new Error('unreachable: keylessMaterial requires a log');
  if (otherLogs.length > 0 || otherCt.length > 0) {
    notes.push(`rule "${rule.name}": Connaisseur takes one Rekor and one CT log key; signatures from ${[...otherLogs, ...otherCt].map((l) => l.url).join(', ')} are not accepted.`);
  }
  return { rekor: rekor.url, rekorPubkey: rekor.publicKeyPem, fulcioCert: m.rootsPem, ...(ct ? { ctLogPubkey: ct.publicKeyPem } : {}) };
}

type NotarySigner = Extract<TrustRule['signers'][number], { kind: 'notary' }>;

/** The root public key PEM Connaisseur pins, from a PEM key/certificate or a root.json. */
async function notaryRootKeyPem(rule: TrustRule, s: NotarySigner): Promise<string> {
  if (/^[0-9a-f]{64}$/.test(s.root)) refuse('Connaisseur', rule, `signer "${s.name}" pins the root by key ID`, 'Connaisseur pins the root public key: give `root` as the root key (or its certificate) PEM, or a root.json');
  const text = await readFile(s.root, 'utf8').catch(() => undefined);
  if (text?.trimStart().startsWith('{')) {
    const { publicKeyOf } = await import('../../notary/keys.ts');
    const root = JSON.parse(text) as { signed?: { keys?: Record<string, { keytype: string; keyval: { private: null; public: string } }>; roles?: { root?: { keyids?: string[] } } } };
    const id = root.signed?.roles?.root?.keyids?.[0];
    const key = id ? root.signed?.keys?.[id] : undefined;
    if (!key) throw usageError(`signer "${s.name}": ${s.root} names no root key`);
    return publicKeyPem(publicKeyOf(key));
  }
  return publicKeyPem(await loadVerificationKey(s.root));
}

async function notaryValidator(policy: TrustPolicy, rule: TrustRule, notes: string[]) {
  const notary = rule.signers.filter((s): s is NotarySigner => s.kind === 'notary');
  if (notary.length !== rule.signers.length) refuse('Connaisseur', rule, 'Notary (Docker Content Trust) signers and cosign signers in one rule', 'Connaisseur applies one validator per image pattern; split the rule by image pattern');
  if (notary.length > 1) refuse('Connaisseur', rule, 'several Notary signers', 'a notaryv1 rule names one trust root; split the rule or keep one Notary signer');
  const s = notary[0]!;
  const url = new URL(s.notary);
  if (url.protocol !== 'https:') refuse('Connaisseur', rule, `a plain-HTTP Notary server (${s.notary})`, 'Connaisseur talks to Notary over TLS');
  const cert = s.ca ? await readFile(s.ca, 'utf8').catch(() => { throw usageError(`signer "${s.name}": cannot read the Notary CA ${s.ca}`); }) : undefined;
  const name = `signet-${policy.name}-${rule.name}`;
  const delegations = s.delegations?.map((d) => d.replace(/^targets\//, ''));
  if (!delegations) notes.push(`rule "${rule.name}": no delegations named; the gate accepts targets/releases, else targets (docker's rule). Name delegations (e.g. releases) so Connaisseur and the gate check the same role.`);
  return {
    validator: { name, type: 'notaryv1', host: url.host, trustRoots: [{ name: s.name, key: await notaryRootKeyPem(rule, s) }], ...(cert ? { cert } : {}) },
    with: { trustRoot: s.name, ...(delegations ? { delegations } : {}) },
  };
}

export async function connaisseurValues(policy: TrustPolicy): Promise<GeneratedPolicy> {
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const validators: Record<string, unknown>[] = [];
  const rules: Record<string, unknown>[] = [];
  for (const rule of policy.rules) {
    if (Object.keys(rule.annotations).length > 0) refuse('Connaisseur', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
    if (rule.signatureRepository) refuse('Connaisseur', rule, 'signatures kept in another repository', 'keep the signatures next to the images, or use the kyverno or policy-controller target');
    if (rule.signers.some((s) => s.kind === 'notary')) {
      const v = await notaryValidator(policy, rule, notes);
      validators.push(v.validator);
      for (const pattern of rule.images) rules.push({ pattern: pattern.connaisseur(), validator: v.validator.name, with: v.with });
      continue;
    }
    const signers = expressible(
      'Connaisseur',
      rule,
      (s) => (s.kind === 'gpg' ? 'Connaisseur does not read GPG lookaside signatures' : s.kind === 'certificate' ? 'Connaisseur trusts keys or Fulcio, not a private certificate chain' : undefined),
      dropped,
    );
    const keyless = signers.filter((s) => s.kind === 'keyless');
    const host = keyless.length > 0 ? await keylessHost(rule, keyless, signers.length, notes) : undefined;
    const trustRoots = await Promise.all(
      signers.map(async (s) => {
        if (s.kind === 'keyless') return { name: s.name, keyless: keylessIdentity(s) };
        if (s.kind !== 'key') throw new Error('unreachable');
        const m = await keyMaterial(s);
        if (m.kind === 'k8s') refuse('Connaisseur', rule, `a key in a Kubernetes Secret (${m.ref})`, 'reference the public key file instead: Connaisseur embeds keys in its values');
        return { name: s.name, key: m.kind === 'kms' ? m.ref : m.pem };
      }),
    );
    const name = `signet-${policy.name}-${rule.name}`;
    validators.push({ name, type: 'cosign', ...(host ? { host } : {}), trustRoots });
    for (const pattern of rule.images) {
      rules.push({
        pattern: pattern.connaisseur(),
        validator: name,
        with: {
          trustRoot: '*',
          ...(rule.require === 'all' ? { required: trustRoots.map((r) => r.name) } : { threshold: 1 }),
          // Keyless signatures are only valid with their log entry (it dates the signature).
          verifyInTransparencyLog: host !== undefined,
          // A root without CT logs: the gate checks no SCT, and Connaisseur would use the public CT key.
          ...(host && !host.ctLogPubkey ? { verifySCT: false } : {}),
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
