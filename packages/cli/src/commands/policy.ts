import { mkdir, rename, writeFile } from 'node:fs/promises';
import { docsUrl } from '../docs-url.ts';
import { signedIdentityFrom, type SignedIdentityFlags } from '../identity-options.ts';
import { join, resolve } from 'node:path';
import { Argument, Option, type Command } from 'commander';
import { stringify } from 'yaml';
import {
  connaisseurValues,
  containersConfig,
  kyvernoPolicy,
  loadTrustPolicy,
  parseTrustPolicy,
  policyControllerPolicies,
  usageError,
  type Dropped,
  type GeneratedPolicy,
  type TrustPolicy,
} from '@signet/core';
import { collect, collectKeyValue } from '../options.ts';
import { stderrLogger } from '../context.ts';

const TARGETS = ['kyverno', 'policy-controller', 'connaisseur', 'containers'] as const;
type Target = (typeof TARGETS)[number];

interface PolicyFlags extends SignedIdentityFlags {
  policy?: string;
  key: string[];
  certChain?: string;
  trustedRoot?: string;
  keyring?: string;
  lookaside?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  require: 'any' | 'all';
  annotations: Record<string, string>;
  signatureRepository?: string;
  name: string;
  audit?: boolean;
  out?: string;
  unmatched: 'accept' | 'reject';
  role: string;
}

export function registerPolicy(program: Command): void {
  program
    .command('policy')
    .summary('generate Kyverno, policy-controller, Connaisseur or containers (CRI-O/podman) policies')
    .description(
      'Writes ready-to-apply admission and node policies that accept exactly what\n' +
        '`signet verify --policy` accepts. Give a trust policy file (--policy), or describe one\n' +
        'rule inline: --key (repeatable) and/or --cert-chain with an identity, and IMAGE_PATTERNs\n' +
        'such as registry.example.com/team/** . A target that cannot express a requirement\n' +
        'refuses rather than generating a weaker policy.',
    )
    .addArgument(new Argument('<target>', 'what to generate').choices(TARGETS))
    .argument('[pattern...]', 'image patterns for an inline rule (with --key / --cert-chain / --trusted-root)')
    .option('--policy <file>', `TrustPolicy YAML (see ${docsUrl('trust-policy.md')})`)
    .option('--key <ref>', 'inline rule: accepted public key (repeatable): path, env://, k8s://ns/name, hashivault://name', collect, [])
    .option('--cert-chain <file>', 'inline rule: accepted certificate chain (root last)')
    .option('--trusted-root <file>', 'inline rule: keyless signer, sigstore trusted_root.json of the Fulcio CA and logs (with --certificate-identity and --certificate-oidc-issuer, or their -regexp forms)')
    .option('--keyring <file>', 'inline rule: accepted OpenPGP public keyring for GPG signatures in a lookaside (with --lookaside)')
    .option('--lookaside <url>', 'inline rule: where nodes read the GPG signatures (https://…, file:///…)')
    .option('--certificate-identity <san>', 'inline rule: required certificate SAN')
    .option('--certificate-identity-regexp <re>', 'inline rule: regular expression for the SAN')
    .option('--certificate-oidc-issuer <url>', 'inline rule: required OIDC issuer')
    .option('--certificate-oidc-issuer-regexp <re>', 'inline rule: regular expression for the OIDC issuer')
    .addOption(new Option('--require <mode>', 'inline rule: any signer suffices, or all are needed').choices(['any', 'all']).default('any'))
    .option('-a, --annotations <key=value>', 'inline rule: annotation signatures must carry (repeatable)', collectKeyValue, {})
    .option('--signature-repository <repo>', 'inline rule: where signatures live (COSIGN_REPOSITORY)')
    .option('--signed-repository <repo>', 'inline rule: accept signatures made for this repository (promotion; signedIdentity exactRepository)')
    .option('--remap-identity <prefix=signedPrefix>', 'inline rule: accept signatures made for the name with PREFIX replaced by SIGNED_PREFIX (signedIdentity remapIdentity)')
    .option('--name <name>', 'inline rule: policy name', 'release')
    .option('--audit', 'inline rule: report instead of rejecting (Kyverno Audit, policy-controller warn)')
    .option('-o, --out <path>', 'write to this file (for containers: this directory) instead of stdout')
    .addOption(new Option('--unmatched <action>', 'containers: images no rule covers').choices(['accept', 'reject']).default('accept'))
    .option('--role <role>', 'containers: MachineConfig pool role', 'worker')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  signet policy kyverno --policy trust.yaml > clusterpolicy.yaml\n' +
        '  signet policy policy-controller --key cosign.pub registry.example.com/team/**\n' +
        '  signet policy containers --policy trust.yaml --out node-config/\n' +
        '  signet policy containers --keyring ops.gpg --lookaside https://sigs.example.com registry.example.com/team/**\n' +
        '  signet policy kyverno --trusted-root trusted_root.json --certificate-identity release@example.com \\\n' +
        '      --certificate-oidc-issuer https://accounts.example.com registry.example.com/team/**',
    )
    .action(async (target: Target, patterns: string[], flags: PolicyFlags) => {
      const policy = await trustPolicyFrom(patterns, flags);
      if (target === 'containers') return writeContainers(policy, flags);
      const generate = { kyverno: kyvernoPolicy, 'policy-controller': policyControllerPolicies, connaisseur: connaisseurValues }[target];
      const generated = await generate(policy);
      const text = render(target, policy, generated);
      if (flags.out) await writeFile(flags.out, text);
      else process.stdout.write(text);
    });
}

/** An inline rule goes through the same parser as a file, so both are validated alike. */
async function trustPolicyFrom(patterns: string[], flags: PolicyFlags): Promise<TrustPolicy> {
  const inline = flags.key.length > 0 || flags.certChain !== undefined || flags.trustedRoot !== undefined || flags.keyring !== undefined;
  if (flags.certChain && flags.trustedRoot) throw usageError('--cert-chain and --trusted-root cannot be combined', 'the certificate identity flags apply to one of them; write a trust policy file for both');
  if (Boolean(flags.keyring) !== Boolean(flags.lookaside)) throw usageError('--keyring and --lookaside go together', 'GPG signatures are found in a lookaside and checked with a keyring');
  const signedIdentity = signedIdentityFrom(flags);
  if (flags.policy) {
    if (signedIdentity) throw usageError('--signed-repository/--remap-identity cannot be combined with --policy', 'set signedIdentity in the trust policy rule');
    if (inline || patterns.length > 0) throw usageError('--policy cannot be combined with an inline rule (--key, --cert-chain, --trusted-root, --keyring, patterns)');
    return loadTrustPolicy(flags.policy);
  }
  if (!inline) throw usageError('no trust given', 'pass --policy FILE, or --key/--cert-chain/--trusted-root/--keyring with image patterns');
  if (patterns.length === 0) throw usageError('no image pattern given', 'add patterns such as registry.example.com/team/**');
  const signers: Record<string, unknown>[] = flags.key.map((key, i) => ({ name: `key-${i + 1}`, key }));
  if (flags.keyring) signers.push({ name: 'gpg', keyring: flags.keyring, lookaside: flags.lookaside });
  if (flags.certChain) {
    signers.push({
      name: 'certificate',
      certChain: flags.certChain,
      identity: flags.certificateIdentity,
      identityRegexp: flags.certificateIdentityRegexp,
      issuer: flags.certificateOidcIssuer,
      issuerRegexp: flags.certificateOidcIssuerRegexp,
    });
  }
  if (flags.trustedRoot) {
    signers.push({
      name: 'keyless',
      trustedRoot: flags.trustedRoot,
      identity: flags.certificateIdentity,
      identityRegexp: flags.certificateIdentityRegexp,
      issuer: flags.certificateOidcIssuer,
      issuerRegexp: flags.certificateOidcIssuerRegexp,
    });
  }
  const doc = {
    apiVersion: 'signet.dev/v1alpha1',
    kind: 'TrustPolicy',
    metadata: { name: flags.name },
    spec: {
      enforcement: flags.audit ? 'Audit' : 'Enforce',
      rules: [
        {
          name: 'inline',
          images: patterns,
          require: flags.require,
          annotations: flags.annotations,
          ...(flags.signatureRepository ? { signatureRepository: flags.signatureRepository } : {}),
          ...(signedIdentity ? { signedIdentity } : {}),
          signers: signers.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))),
        },
      ],
    },
  };
  return parseTrustPolicy(stringify(doc), 'command line');
}

/** Write-then-rename, so a node or a reader never sees half a policy. */
async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, content);
  await rename(temp, path);
}

function warnDropped(dropped: readonly Dropped[]): string[] {
  return dropped.map((d) => {
    const line = `rule "${d.rule}": signer "${d.signer}" left out (${d.why}); the generated policy accepts fewer signers than the gate`;
    stderrLogger.warn(line);
    return line;
  });
}

function header(target: string, policy: TrustPolicy, lines: string[]): string {
  return [
    `# Generated by \`signet policy ${target}\` from trust policy "${policy.name}" (${policy.source}).`,
    '# Regenerate it rather than editing: `signet verify --policy` enforces the same rules in pipelines.',
    ...lines.map((l) => `# NOTE: ${l}`),
    '',
  ].join('\n');
}

function render(target: Target, policy: TrustPolicy, generated: GeneratedPolicy): string {
  const notes = [...new Set([...generated.notes, ...warnDropped(generated.dropped)])];
  return header(target, policy, notes) + generated.documents.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

async function writeContainers(policy: TrustPolicy, flags: PolicyFlags): Promise<void> {
  const config = await containersConfig(policy, { unmatched: flags.unmatched, role: flags.role });
  const notes = [...config.notes, ...warnDropped(config.dropped)];
  if (!flags.out) {
    process.stdout.write(
      `${header('containers', policy, notes)}# /etc/containers/policy.json\n${config.policyJson.replace(/^/gm, '#   ')}\n` +
        `# /etc/containers/registries.d/${config.registriesDFile}\n${config.registriesDYaml.replace(/^/gm, '#   ')}\n` +
        `# MachineConfig installing both:\n${config.machineConfigYaml}`,
    );
    return;
  }
  const dir = resolve(flags.out);
  await mkdir(join(dir, 'registries.d'), { recursive: true });
  await writeAtomically(join(dir, 'policy.json'), config.policyJson);
  await writeAtomically(join(dir, 'registries.d', config.registriesDFile), config.registriesDYaml);
  await writeAtomically(join(dir, 'machineconfig.yaml'), header('containers', policy, notes) + config.machineConfigYaml);
  stderrLogger.info(`wrote ${join(dir, 'policy.json')}, ${join(dir, 'registries.d', config.registriesDFile)}, ${join(dir, 'machineconfig.yaml')}`);
}
