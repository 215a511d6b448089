/**
 * What to do about an engine error, worded by the front end: core errors carry a code and the
 * facts (`data`), and only the CLI knows its flags and the environment variables it reads.
 */
import type { SignetError } from '@signet/core';

type Data = Readonly<Record<string, unknown>>;
const text = (data: Data, key: string): string => (typeof data[key] === 'string' ? (data[key] as string) : '');

const HINTS: Readonly<Record<string, (data: Data) => string>> = {
  'registry.unreachable': (d) =>
    d.plainHttp ? 'check the registry address and that it is running' : 'check the registry address and network; for a plain-HTTP registry pass --allow-http-registry or set SIGNET_INSECURE_REGISTRIES',
  'registry.timeout': (d) =>
    d.plainHttp
      ? 'the registry did not answer in time: check that it is running, or raise --request-timeout'
      : 'the registry did not answer in time: check the registry and network, or raise --request-timeout',
  'registry.unauthorized': (d) => `run \`docker login ${text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
  'registry.auth-failed': (d) =>
    d.withCredentials ? 'check the registry username and password (docker login again)' : `run \`docker login ${text(d, 'registry')}\` or set SIGNET_REGISTRY_USERNAME/SIGNET_REGISTRY_PASSWORD`,
  'registry.denied': (d) => `grant the account ${text(d, 'access')} permission on ${text(d, 'repository')}`,
  'registry.not-found': () => 'check the repository name',
  'registry.rate-limited': () => 'wait and retry, lower --concurrency, or authenticate for a higher limit',
  'registry.status': () => 'retry later; if it persists, check the registry',
  'registry.bad-response': () => 'the registry does not follow the distribution protocol; check it',
  'registry.digest-mismatch': () => 'the registry or a proxy altered the content',
  'registry.size-mismatch': () => 'the registry or a proxy altered the content',
  'registry.invalid-digest': () => 'the registry or a signature manifest is broken or hostile; nothing was requested with that value',
  'registry.insecure-transport': (d) =>
    `fix the registry's token realm to use https, or, if plain HTTP is intended there, set SIGNET_INSECURE_REGISTRIES=${text(d, 'host')}`,
  'limit.body-size': () => 'if the content is expected, raise --max-manifest-size or --max-attachment-size',
  'limit.blob-size': () => 'if the attachment is expected, raise --max-attachment-size (or COSIGN_MAX_ATTACHMENT_SIZE)',
  'limit.layers': () => 'if the set is expected, raise --max-signature-layers (cosign refuses more than 1000)',
};

/** The error's own hint, else the front end's wording for its code. */
export function hintFor(e: SignetError): string | undefined {
  if (e.hint) return e.hint;
  const word = e.code ? HINTS[e.code] : undefined;
  return word ? word(e.data) : undefined;
}
