/**
 * cosign's spellings, so a cosign command line keeps working: aliases for the flags signet has
 * under another name, and for the cosign flags signet does not support, an answer that says what
 * to use instead (commander would only say "unknown option"). The table is docs/cosign-users.md.
 */
import { Option, type Command } from 'commander';
import { usageError } from '@signet/core';
import { parseBool } from './options.ts';
import { parseConcurrency } from './images.ts';

interface Alias {
  flags: string;
  /** The signet option's attribute name (commander's camelCase). */
  target: string;
  parse?: (value: string) => unknown;
}

const ALIASES: Readonly<Record<string, readonly Alias[]>> = {
  sign: [
    { flags: '--certificate <file>', target: 'cert' },
    { flags: '--certificate-chain <file>', target: 'certChain' },
  ],
  verify: [
    { flags: '--certificate-chain <file>', target: 'certChain' },
    { flags: '--max-workers <n>', target: 'concurrency', parse: parseConcurrency },
  ],
  triangulate: [],
};

/** cosign flags signet has no equivalent for, with what to do instead. */
const UNSUPPORTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sign: {
    '--oidc-issuer': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN); signet does not run an OIDC login flow',
    '--oidc-client-id': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
    '--oidc-client-secret-file': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
    '--oidc-provider': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN; in GitHub Actions the job token is used)',
    '--fulcio-auth-flow': 'pass the token with --identity-token (or SIGSTORE_ID_TOKEN)',
    '--output-certificate': 'use --report FILE (what was signed) or read the certificate from the signature',
    '--bundle': 'use --format bundle: the bundle is stored as an OCI referrer',
    '--registry-referrers-mode': 'use --format bundle (the Referrers API is used when the registry has it, else the fallback tag)',
    '--attachment': 'sign the attachment\'s own digest',
    '--payload': 'signet builds the payload; use -a/--annotations for extra claims',
    '--sk': 'use --key with a file, env://, k8s:// or hashivault:// key',
    '--slot': 'use --key with a file, env://, k8s:// or hashivault:// key',
    '--signing-config': 'use --fulcio-url, --rekor-url and --timestamp-server-url',
    '--use-signing-config': 'use --fulcio-url, --rekor-url and --timestamp-server-url',
    '--k8s-keychain': 'use a docker config.json (DOCKER_CONFIG) or SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD',
    '--issue-certificate': 'use --keyless',
    '--record-creation-timestamp': 'drop it: signet does not write a creation timestamp into the payload',
    '--registry-server-name': 'name the registry by the host its certificate was issued for (--registry-cacert trusts a private CA)',
  },
  verify: {
    '--certificate': 'use --key CERT.pem (its public key) or --cert-chain CHAIN.pem --certificate-identity ID for certificate-backed signatures',
    '--rekor-url': 'signet checks transparency log entries offline: pass --trusted-root FILE (or SIGSTORE_REKOR_PUBLIC_KEY)',
    '--offline': 'drop it: signet always verifies offline',
    '--certificate-github-workflow-repository': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
    '--certificate-github-workflow-ref': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
    '--certificate-github-workflow-sha': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
    '--certificate-github-workflow-name': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
    '--certificate-github-workflow-trigger': 'use --certificate-identity (the workflow URI) and --certificate-oidc-issuer',
    '--ca-roots': 'use --cert-chain (intermediates first, root last)',
    '--ca-intermediates': 'use --cert-chain (intermediates first, root last)',
    '--signature': 'signet verifies the signatures stored in the registry, not a detached one',
    '--bundle': 'signet reads bundles from the registry (OCI referrers), not from a file',
    '--payload': 'signet verifies the signatures stored in the registry',
    '--local-image': 'use oci:DIR[:TAG] as the image',
    '--attachment': 'verify the attachment\'s own digest',
    '--private-infrastructure': 'use --insecure-ignore-tlog=true',
    '--experimental-oci11': 'drop it: verify always reads OCI 1.1 referrers',
    '--use-signed-timestamps': 'pass --trusted-root FILE naming the TSA; signed timestamps are then checked',
    '--sk': 'use --key with a file, env://, k8s:// or hashivault:// key',
    '--slot': 'use --key with a file, env://, k8s:// or hashivault:// key',
    '--k8s-keychain': 'use a docker config.json (DOCKER_CONFIG) or SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD',
    '--registry-server-name': 'name the registry by the host its certificate was issued for (--registry-cacert trusts a private CA)',
  },
};

function kebab(attribute: string): string {
  return attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attribute(flags: string): string {
  const long = /--([a-z0-9-]+)/.exec(flags)?.[1] ?? '';
  return long.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Adds the aliases and the "not supported: use X" answers to the commands that have them. */
export function addCosignCompatibility(program: Command): void {
  for (const command of program.commands) {
    const name = command.name();
    for (const alias of ALIASES[name] ?? []) {
      const option = new Option(alias.flags).hideHelp();
      command.addOption(option);
      command.on(`option:${option.name()}`, (value: string) => {
        command.setOptionValueWithSource(alias.target, alias.parse ? alias.parse(value) : value, 'cli');
      });
    }
    if (name === 'verify') verifyNewBundleFormat(command);
    const unsupported = UNSUPPORTED[name] ?? {};
    for (const [flag, instead] of Object.entries(unsupported)) {
      if (command.options.some((o) => o.long === flag)) continue;
      const option = new Option(`${flag} [value]`).hideHelp();
      command.addOption(option);
      command.on(`option:${option.name()}`, () => {
        throw usageError(`${flag} (cosign) is not supported by signet ${name}`, instead);
      });
    }
    {
      const spelled = (ALIASES[name] ?? []).map((a) => `--${kebab(attribute(a.flags))} (= --${kebab(a.target)})`);
      if (spelled.length) command.addHelpText('after', `\ncosign spellings also accepted: ${spelled.join(', ')}.`);
    }
  }
}

/** `--new-bundle-format[=bool]` on verify: cosign v3 reads only bundles with it; signet reads both layouts. */
function verifyNewBundleFormat(command: Command): void {
  if (command.options.some((o) => o.long === '--new-bundle-format')) return;
  command.addOption(new Option('--new-bundle-format [bool]', 'accepted for cosign v3 compatibility: verify always reads both layouts (sigstore bundle referrers and .sig)').argParser(parseBool));
}
