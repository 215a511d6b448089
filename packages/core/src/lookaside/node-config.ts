/**
 * Node-side configuration that makes CRI-O, podman and skopeo require our GPG signatures:
 * containers-policy.json (signedBy GPGKeys per scope), a registries.d file pointing the same
 * scopes at the lookaside, and an OpenShift MachineConfig that installs both plus the public
 * key. A pure function of its input so any policy front end can call it.
 */
import { stringify } from 'yaml';
import { usageError } from '../errors.ts';
import { parseStoreUrl } from './layout.ts';

export interface ContainersNodeConfigInput {
  /** `host[:port]`, `host[:port]/ns/repo` or `*.example.com`, as containers-policy.json scopes them. */
  scopes: readonly string[];
  /** Where nodes read signatures (a sigserver+ URL becomes its plain read URL). */
  lookaside: string;
  /** The public keyring, armored or binary; embedded in the MachineConfig. */
  publicKey: Uint8Array;
  /** keyPath written into policy.json; defaults to where the MachineConfig puts the key. */
  keyPath?: string | undefined;
  /** Names the registries.d file, the key file and the MachineConfig. */
  name?: string | undefined;
  /** Images outside the scopes: accepted (nodes keep pulling everything else) or rejected. */
  defaultPolicy?: 'accept' | 'reject' | undefined;
  /** MachineConfig pool role. */
  role?: string | undefined;
}

export interface ContainersNodeConfig {
  policyJson: string;
  registriesDFile: string;
  registriesDYaml: string;
  machineConfigYaml: string;
  /** Where the MachineConfig installs the public key on nodes. */
  nodeKeyPath: string;
}

const NAME_RE = /^[a-z0-9]([a-z0-9-]{0,40}[a-z0-9])?$/;
const HOST_RE = /^(?:localhost|\*\.[a-z0-9.-]+|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+|\[[0-9a-fA-F:]+\]|[a-zA-Z0-9.-]+:[0-9]+)(?::[0-9]+)?$/;
const PATH_RE = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;

/** containers-policy.json docker scopes are fully qualified: no scheme, an explicit host. */
export function validateScope(scope: string): string {
  const hint = 'use REGISTRY[:PORT] or REGISTRY[:PORT]/NAMESPACE/REPO, e.g. registry.example.com/team/app';
  if (scope.includes('://')) throw usageError(`scope "${scope}" must not have a scheme`, hint);
  const [host = '', ...path] = scope.split('/');
  if (!HOST_RE.test(host)) throw usageError(`scope "${scope}" does not start with a registry host`, hint);
  if (host.startsWith('*.') && path.length > 0) throw usageError(`wildcard scope "${scope}" cannot have a repository path`, 'use *.example.com alone');
  for (const component of path) {
    if (!PATH_RE.test(component)) throw usageError(`scope "${scope}" has an invalid repository component "${component}"`, hint);
  }
  return scope;
}

/** The URL nodes read from: the HTTP base for a signature server, the URL itself otherwise. */
export function readUrl(lookaside: string): string {
  const spec = parseStoreUrl(lookaside);
  return spec.kind === 'sigserver' ? spec.base.href.replace(/\/+$/, '') : spec.url;
}

function dataUrl(bytes: Uint8Array, mediaType: string): string {
  return `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;
}

export function containersNodeConfig(input: ContainersNodeConfigInput): ContainersNodeConfig {
  const name = input.name ?? 'signet';
  if (!NAME_RE.test(name)) throw usageError(`name "${name}" is not usable in file and object names`, 'use lowercase letters, digits and -');
  const role = input.role ?? 'worker';
  if (!NAME_RE.test(role)) throw usageError(`role "${role}" is not a valid MachineConfig pool role`, 'use e.g. worker or master');
  if (input.scopes.length === 0) throw usageError('no scope given', 'pass --scope REGISTRY/REPO at least once');
  const scopes = [...new Set(input.scopes.map(validateScope))];
  const nodeKeyPath = `/etc/pki/containers/${name}.gpg`;
  const keyPath = input.keyPath ?? nodeKeyPath;
  const lookaside = readUrl(input.lookaside);

  const accept = [{ type: 'insecureAcceptAnything' }];
  const policyFor = (path: string) => ({
    default: input.defaultPolicy === 'reject' ? [{ type: 'reject' }] : accept,
    transports: {
      docker: Object.fromEntries(scopes.map((s) => [s, [{ type: 'signedBy', keyType: 'GPGKeys', keyPath: path }]])),
      // Images already in the local daemon were checked when they were pulled.
      'docker-daemon': { '': accept },
    },
  });
  const policy = policyFor(keyPath);
  const policyJson = `${JSON.stringify(policy, null, 2)}\n`;

  // `sigstore` rather than `lookaside`: containers/image >= 5.24 reads both spellings, but
  // the 5.2x in Debian bookworm's skopeo 1.9 and older RHCOS/CRI-O only know `sigstore`.
  const registriesD = { docker: Object.fromEntries(scopes.map((s) => [s, { sigstore: lookaside }])) };
  const registriesDYaml = stringify(registriesD);
  const registriesDFile = `${name}.yaml`;

  const file = (path: string, contents: Uint8Array, mediaType: string) => ({
    path,
    mode: 0o644,
    overwrite: true,
    contents: { source: dataUrl(contents, mediaType) },
  });
  const machineConfig = {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    metadata: {
      name: `51-${role}-${name}-image-signatures`,
      labels: { 'machineconfiguration.openshift.io/role': role },
    },
    spec: {
      config: {
        ignition: { version: '3.2.0' },
        storage: {
          files: [
            // The node's policy names the key where this MachineConfig puts it, whatever --key-path said.
            file('/etc/containers/policy.json', Buffer.from(`${JSON.stringify(policyFor(nodeKeyPath), null, 2)}\n`), 'text/plain;charset=utf-8'),
            file(`/etc/containers/registries.d/${registriesDFile}`, Buffer.from(registriesDYaml), 'text/plain;charset=utf-8'),
            file(nodeKeyPath, input.publicKey, 'application/pgp-keys'),
          ],
        },
      },
    },
  };
  return { policyJson, registriesDFile, registriesDYaml, machineConfigYaml: stringify(machineConfig), nodeKeyPath };
}
