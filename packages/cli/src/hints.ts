/**
 * What to do about an engine error, worded by the front end: core errors carry a code and the
 * facts (`data`), and only the CLI knows its flags and the environment variables it reads.
 */
import type { SignetError } from '@signet/core';

type Data = Readonly<Record<string, unknown>>;
const text = (data: Data, key: string): string => (typeof data[key] === 'string' ? (data[key] as string) : '');

const NO_ROOT = 'pass --trusted-root or signet initialize --mirror URL --root root.json';

const HINTS: Readonly<Record<string, (data: Data) => string>> = {
  'registry.unreachable': (d) =>
    d.tls === 'untrusted'
      ? "pass the CA that issued the registry's certificate with --registry-cacert FILE (or NODE_EXTRA_CA_CERTS); --allow-insecure-registry skips the check (testing only)"
      : d.tls === 'client-certificate'
        ? 'the registry wants a client certificate it trusts: pass --registry-client-cert FILE and --registry-client-key FILE'
        : d.plainHttp ? 'check the registry address and that it is running' : 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES',
  'registry.timeout': (d) =>
    d.plainHttp
      ? 'the registry did not answer in time: check that it is running, or raise --request-timeout'
      : 'the registry did not answer in time: check the registry and network, or raise --request-timeout',
  'registry.unauthorized': (d) => `run \`docker login ${text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
  'registry.auth-failed': (d) =>
    d.withCredentials ? 'check the registry username and password (or token) there, e.g. docker login again' : `run \`docker login ${text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
  'registry.denied': (d) => `grant the account ${text(d, 'access')} permission on ${text(d, 'repository')}`,
  'registry.not-found': () => 'check the repository name',
  'registry.rate-limited': () => 'wait and retry, lower --concurrency, or authenticate for a higher limit',
  'registry.status': () => 'retry later; if it persists, check the registry',
  'registry.bad-response': () => 'the registry does not follow the distribution protocol; check it',
  'registry.digest-mismatch': () => 'the registry or a proxy altered the content',
  'registry.size-mismatch': () => 'the registry or a proxy altered the content',
  'registry.invalid-digest': () => 'the registry or a signature manifest is broken or hostile; nothing was requested with that value',
  'registry.invalid-descriptor': () => 'the registry or a signature manifest is broken or hostile; nothing was read with that size',
  'registry.insecure-transport': (d) =>
    `fix the registry's token realm to use https, or, if plain HTTP is intended there, set SIGNET_INSECURE_REGISTRIES=${text(d, 'host')}`,
  'notary.unauthorized': (d) =>
    `run \`docker login ${text(d, 'registry')}\` (docker sends the registry's credentials to its Notary server; a \`docker login ${text(d, 'host')}\` entry is used first) or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
  'notary.auth-failed': (d) =>
    `check the username and password there (they are looked up for ${text(d, 'host')}, then, as docker sends them, for the registry ${text(d, 'registry')}), e.g. docker login again`,
  'notary.denied': (d) => `grant the account ${d.access === 'push' ? 'push (publish)' : 'pull'} access to ${text(d, 'gun')} on the Notary server's token service`,
  'limit.body-size': () => 'if the content is expected, raise --max-manifest-size or --max-attachment-size',
  'limit.blob-size': () => 'if the attachment is expected, raise --max-attachment-size (or COSIGN_MAX_ATTACHMENT_SIZE)',
  'limit.layers': () => 'if the set is expected, raise --max-signature-layers (cosign refuses more than 1000)',
  // Keys and certificates.
  'key.file-missing': () => 'check the --key path, or create one with `signet generate-key-pair`',
  'key.empty-reference': () => 'pass --key with a path, env://VAR, k8s://ns/name or hashivault://name',
  'key.password-missing': () => 'set COSIGN_PASSWORD',
  'key.password-wrong': (d) => (d.format === 'cosign' ? 'set COSIGN_PASSWORD to the password the key was created with' : "set COSIGN_PASSWORD to the key's passphrase"),
  'certificate.key-mismatch': () => 'pass the certificate issued for this key with --cert',
  'key.cosign-key-invalid': () => 'regenerate it with `signet generate-key-pair` or re-import the PEM key',
  'k8s.secret-exists': () => 'pass --force to replace it',
  'k8s.secret-not-found': () => 'create it with `signet generate-key-pair k8s://NS/NAME`',
  'k8s.entry-missing': () => 'create it with `signet generate-key-pair k8s://NS/NAME` or add the entry',
  'vault.key-not-found': (d) =>
    d.mountMayBeWrong ? 'create it with `signet generate-key-pair hashivault://NAME`, or set TRANSIT_SECRET_ENGINE_PATH to the mount' : 'create it with `signet generate-key-pair hashivault://NAME`',
  'vault.key-exists': () => 'pass --force to rotate it to a new version',
  // GPG and trust policies.
  'gpg.keyring-missing': () => 'pass --keyring with an armored or binary OpenPGP public key file',
  'gpg.secret-key-missing': () => 'pass --sign-by with a secret key file, env://VAR, or a gpg key ID',
  'gpg.not-installed': () => 'install gnupg, or pass --sign-by with an armored secret key file',
  'policy.file-missing': () => 'pass --policy with the path of a TrustPolicy YAML file',
  'lookaside.credentials-in-url': () => 'set SIGNET_LOOKASIDE_USERNAME/SIGNET_LOOKASIDE_PASSWORD or use ~/.netrc',
  'signatures.not-a-signature-manifest': () => 'the .sig tag was overwritten by something else; inspect it with `signet triangulate`',
  // Targets.
  'target.not-in-layout': () => 'list its tags with `signet triangulate`, or name the image by digest',
  'target.signature-repository-pinned': () => 'set COSIGN_REPOSITORY to a repository such as registry.example.com/signatures',
  // Keyless, transparency logs, TUF.
  'keyless.no-token': () => 'pass --identity-token, set SIGSTORE_ID_TOKEN, or in GitHub Actions grant `permissions: id-token: write`',
  'keyless.signing-failed': () => 'check --fulcio-url, --rekor-url, --timestamp-server-url and the identity token',
  'tlog.signing-failed': () => 'check --rekor-url (and that the log accepts this key type)',
  'tlog.no-log': () => 'checking tlog entries needs the Rekor log key; or pass --insecure-ignore-tlog',
  'tuf.unreachable': (d) => (d.isDefault ? `offline? ${NO_ROOT}` : `check the mirror, or ${NO_ROOT}`),
  'tuf.not-a-repository': () => 'check the URL given to signet initialize --mirror (or TUF_MIRROR)',
  'tuf.unsigned': () => "the root.json given to signet initialize --root (or TUF_ROOT_JSON) is not this repository's",
  'tuf.expired': () => 'the repository must re-sign its metadata; meanwhile pass --trusted-root',
  'tuf.missing-target': () => 'the repository must publish the sigstore trusted root as a TUF target; or pass --trusted-root',
  'tuf.invalid': () => NO_ROOT,
  'tuf.no-mirror': () => 'run signet initialize again (with --mirror for a private TUF repository)',
  'tuf.unknown-root': (d) => `run signet initialize --mirror ${text(d, 'mirror')} --root root.json, or set TUF_ROOT_JSON`,
};

/** Codes the CLI words (for tests: every code core raises has wording here). */
export const WORDED_CODES: readonly string[] = Object.keys(HINTS);

/** The error's own hint, else the front end's wording for its code. */
export function hintFor(e: SignetError): string | undefined {
  if (e.hint) return e.hint;
  const word = e.code ? HINTS[e.code] : undefined;
  return word ? word(e.data) : undefined;
}
