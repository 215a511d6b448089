/**
 * containers/image node configuration (CRI-O, podman, skopeo): `policy.json` requirements per
 * scope, a `registries.d` file telling containers/image where signatures are, and an OpenShift
 * MachineConfig installing both. Key signers become `sigstoreSigned` (cosign's `.sig`
 * attachments, `use-sigstore-attachments`); GPG signers `signedBy` with the keyring inline
 * (`keyData`, so nothing else has to be installed on nodes) and the lookaside in registries.d.
 */
import { stringify } from 'yaml';
import { usageError } from '../../errors.ts';
import { publicKeyPem } from '../../keys/generate.ts';
import { loadVerificationKey } from '../../signers/load.ts';
import type { TrustPolicy, TrustRule } from '../trust-policy.ts';
import { expressible, keylessMaterial, refuse, type Dropped, type KeylessSigner } from './material.ts';
import { loadPublicKeyring, type PublicKey } from '../../gpg/keys.ts';
import { readUrl } from '../../lookaside/layout.ts';
import { containersScopes } from './matching.ts';

export interface ContainersConfig {
  policyJson: string;
  registriesDFile: string;
  registriesDYaml: string;
  machineConfigYaml: string;
  dropped: Dropped[];
  /** What nodes accept less than the gate (for a comment), e.g. one log of several. */
  notes: string[];
}

export interface ContainersOptions {
  /** Images no rule covers: accepted (nodes keep pulling everything else) or rejected. */
  unmatched?: 'accept' | 'reject';
  /** MachineConfig pool role. */
  role?: string;
}

type Requirement = Record<string, unknown>;

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Binary transferable public keys, concatenated: a keyring gpgme and openpgp backends both import. */
function binaryKeyring(keys: readonly PublicKey[]): Uint8Array {
  return Buffer.concat(keys.map((k) => k.write()));
}

/**
 * containers/image (5.x, fulcio_cert.go) matches a Fulcio certificate by one exact OIDC issuer
 * and one email SAN, nothing else: no URI SANs (CI workload identities such as GitHub
 * Actions'), no regular expressions.
 */
function keylessProblem(s: KeylessSigner): string | undefined {
  if (!s.identity) return 'containers/image matches the certificate identity exactly, not by regular expression';
  if (!EMAIL.test(s.identity)) return `containers/image matches only email identities, not "${s.identity}"`;
  if (!s.issuer) return 'containers/image matches the OIDC issuer exactly, not by regular expression';
  return undefined;
}

const EMAIL = /^[^@\s/:]+@[^@\s/:]+$/;

/**
 * `sigstoreSigned` with `fulcio` and one Rekor key; the SCT is not checked by containers/image
 * (it relies on the Rekor SET). It takes a single Rekor key: with several current logs in the
 * root, only the first is accepted (stricter than the gate, noted).
 */
async function fulcioRequirement(s: KeylessSigner, notes: string[], signedIdentity: Requirement): Promise<Requirement> {
  const m = await keylessMaterial(s);
  const [rekor, ...others] = m.tlogs;
  if (!rekor) throw new Error('unreachable: keylessMaterial requires a log');
  notes.push(`signer "${s.name}": containers/image reads keyless signatures in cosign's legacy .sig layout only; sign with --format legacy or both.`);
  if (others.length > 0) notes.push(`signer "${s.name}": containers/image takes one Rekor key; signatures logged in ${others.map((l) => l.url).join(', ')} are not accepted on nodes.`);
  return {
    type: 'sigstoreSigned',
    fulcio: { caData: b64(m.rootsPem), oidcIssuer: s.issuer, subjectEmail: s.identity },
    rekorPublicKeyData: b64(rekor.publicKeyPem),
    signedIdentity,
  };
}

/** A file as an Ignition storage entry (what a MachineConfig carries). */
export function ignitionFile(path: string, contents: string | Uint8Array, mediaType = 'text/plain;charset=utf-8') {
  return { path, mode: 0o644, overwrite: true, contents: { source: `data:${mediaType};base64,${Buffer.from(contents).toString('base64')}` } };
}

export function machineConfig(name: string, role: string, files: ReturnType<typeof ignitionFile>[]): Record<string, unknown> {
  return {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    metadata: { name: `51-${role}-${name}-image-signatures`, labels: { 'machineconfiguration.openshift.io/role': role } },
    spec: { config: { ignition: { version: '3.2.0' }, storage: { files } } },
  };
}

export async function containersConfig(policy: TrustPolicy, options: ContainersOptions = {}): Promise<ContainersConfig> {
  const role = options.role ?? 'worker';
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(role)) throw usageError(`role "${role}" is not a valid MachineConfig pool role`, 'use e.g. worker or master');
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const docker: Record<string, Requirement[]> = {};
  const registries: Record<string, Record<string, unknown>> = {};
  const perRule: { requirements: Requirement[]; registry: Record<string, unknown> }[] = [];
  for (const rule of policy.rules) {
    if (Object.keys(rule.annotations).length > 0) refuse('containers policy.json', rule, 'required signature annotations', 'drop `annotations` from the rule, or use the kyverno target');
    const signers = expressible(
      'containers policy.json',
      rule,
      (s) => (s.kind === 'notary' ? 'containers/image does not read Notary v1 (Docker Content Trust) trust data' : s.kind === 'certificate' ? 'containers/image verifies certificates only with Fulcio and Rekor' : s.kind === 'keyless' ? keylessProblem(s) : undefined),
      dropped,
    );
    const keySigners = signers.filter((s) => s.kind === 'key');
    const gpgSigners = signers.filter((s) => s.kind === 'gpg');
    const keylessSigners = signers.filter((s) => s.kind === 'keyless');
    if (rule.require === 'any' && keylessSigners.length > 0 && signers.length > 1) {
      refuse('containers policy.json', rule, `a choice between keyless signer "${keylessSigners[0]?.name}" and other signers`, 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
    }
    if ((keySigners.length > 0 || keylessSigners.length > 0) && rule.signatureRepository) {
      refuse('containers policy.json', rule, 'signatures kept in another repository', 'containers/image reads `.sig` attachments only next to the image');
    }
    if (rule.require === 'any' && keySigners.length > 0 && gpgSigners.length > 0) {
      refuse('containers policy.json', rule, 'a choice between a cosign key and a GPG keyring', 'policy.json requires every listed requirement; split the rule by image pattern or use require: all');
    }
    const lookasides = [...new Set(gpgSigners.map((s) => readUrl(s.lookaside)))];
    if (lookasides.length > 1) {
      refuse('containers policy.json', rule, `GPG signers with different lookasides (${lookasides.join(', ')})`, 'containers/image reads one lookaside per scope; publish the signatures to one store');
    }
    const keys = await Promise.all(keySigners.map(async (s) => b64(publicKeyPem(await loadVerificationKey(s.key)))));
    const keyrings = await Promise.all(gpgSigners.map(async (s) => binaryKeyring(await loadPublicKeyring(s.keyring))));
    // The rule's signedIdentity is containers/image's own vocabulary: written as it is. Without
    // one, cosign signs the repository without a tag, so only matchRepository can accept it.
    const signedIdentity: Requirement = { ...(rule.signedIdentity ?? { type: 'matchRepository' }) };
    if (rule.signedIdentity?.type === 'remapIdentity' && (keySigners.length > 0 || keylessSigners.length > 0)) {
      // containers/image's remapIdentity ends in matchRepoDigestOrExact, which rejects a signed
      // reference without tag or digest: exactly what cosign signs. Accepting nothing is not
      // the gate's rule either, so say so rather than write a policy that rejects every image.
      refuse('containers policy.json', rule, 'signedIdentity remapIdentity for cosign signatures', 'containers/image accepts remapped cosign signatures in no case (they name a repository without tag); use signedIdentity exactRepository with one rule per promoted repository');
    }
    const fulcio = await Promise.all(keylessSigners.map((s) => fulcioRequirement(s, notes, signedIdentity)));
    const sigstore = (keyData: string[]): Requirement =>
      keyData.length === 1 ? { type: 'sigstoreSigned', keyData: keyData[0], signedIdentity } : { type: 'sigstoreSigned', keyDatas: keyData, signedIdentity };
    // signet signs GPG identities as containers/image does, so the default matchRepoDigestOrExact holds.
    const signedBy = (keyring: Uint8Array): Requirement => ({
      type: 'signedBy',
      keyType: 'GPGKeys',
      keyData: Buffer.from(keyring).toString('base64'),
      ...(rule.signedIdentity ? { signedIdentity: { ...rule.signedIdentity } } : {}),
    });
    const requirements =
      rule.require === 'all'
        ? [...keys.map((k) => sigstore([k])), ...keyrings.map(signedBy), ...fulcio]
        : fulcio.length > 0
          ? fulcio
          : keys.length > 0
            ? [sigstore(keys)]
            : [signedBy(Buffer.concat(keyrings))]; // one keyring holding every accepted key
    perRule.push({
      requirements,
      registry: {
        ...(keys.length > 0 || fulcio.length > 0 ? { 'use-sigstore-attachments': true } : {}),
        // `sigstore` rather than `lookaside`: containers/image >= 5.24 reads both, the 5.2x in
        // Debian bookworm's skopeo and older CRI-O only `sigstore`.
        ...(lookasides[0] ? { sigstore: lookasides[0] } : {}),
      },
    });
  }
  // containers/image applies the most specific scope, the gate the first matching rule: each
  // scope gets the rule the gate applies there, or the target refuses (matching.ts).
  const matched = containersScopes(policy, (rule, p) =>
    refuse('containers policy.json', rule, `the image pattern "${p.text}"`, 'scopes are a repository or a namespace: use REGISTRY/PATH or REGISTRY/PATH/**, without other wildcards'),
  );
  // With --unmatched accept, nodes would accept what the gate leaves uncovered anyway.
  if (options.unmatched === 'reject') notes.push(...matched.notes);
  for (const { scope, rule } of matched.scopes) {
    const chosen = perRule[rule];
    if (!chosen) continue;
    // Copies: shared objects would become YAML anchors and aliases, which nodes' parsers may not take.
    docker[scope] = structuredClone(chosen.requirements);
    registries[scope] = structuredClone(chosen.registry);
  }
  const accept = [{ type: 'insecureAcceptAnything' }];
  const policyDoc = {
    default: options.unmatched === 'reject' ? [{ type: 'reject' }] : accept,
    transports: {
      docker,
      // Images already in local storage were checked when they were pulled.
      'docker-daemon': { '': accept },
    },
  };
  const policyJson = `${JSON.stringify(policyDoc, null, 2)}\n`;
  const registriesDFile = `signet-${policy.name}.yaml`;
  const registriesDYaml = stringify({ docker: registries });
  const mc = machineConfig(`signet-${policy.name}`, role, [
    ignitionFile('/etc/containers/policy.json', policyJson),
    ignitionFile(`/etc/containers/registries.d/${registriesDFile}`, registriesDYaml),
  ]);
  return { policyJson, registriesDFile, registriesDYaml, machineConfigYaml: stringify(mc), dropped, notes: [...new Set(notes)] };
}
