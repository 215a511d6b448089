/**
 * Image references parsed and normalized as the container tools do (distribution/reference's
 * ParseNormalizedNamed): Docker Hub is `docker.io`, single names get `library/`, the first path
 * component is a registry only when it looks like a host. This is the one parser in signet.
 */
import { usageError } from '../errors.ts';

export interface Reference {
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

export const DOCKER_HUB = 'docker.io';
/** go-containerregistry's spelling of Docker Hub, which cosign writes into payloads. */
const DOCKER_HUB_GGCR = 'index.docker.io';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

const EXAMPLE = 'e.g. registry.example.com/team/app@sha256:<64 hex> or alpine:3.20';

function invalid(input: string, why: string): never {
  throw usageError(`invalid image reference "${input}": ${why}`, `write it as ${EXAMPLE}`);
}

/** distribution's splitDockerDomain rule. */
function splitDomain(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isDomain = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  if (!isDomain) return { registry: DOCKER_HUB, path: name };
  return { registry: first, path: name.slice(slash + 1) };
}

export function parseReference(input: string): Reference {
  if (input.trim() !== input || input === '') invalid(input, input === '' ? 'it is empty' : 'it has surrounding whitespace');
  if (/\s/.test(input)) invalid(input, 'it contains whitespace');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest) invalid(input, '"@" must be followed by a digest');
    if (!digest.includes(':')) invalid(input, `"${digest}" is not a digest (expected sha256:<64 hex>)`);
    if (!digest.startsWith('sha256:')) invalid(input, `digest algorithm "${digest.split(':')[0]}" is not supported (only sha256)`);
    if (!DIGEST_RE.test(digest)) invalid(input, 'a sha256 digest has exactly 64 lowercase hex characters');
  }

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG_RE.test(tag)) invalid(input, tag === '' ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`);
  }
  if (rest === '') invalid(input, 'the repository name is missing');
  if (rest.length > NAME_TOTAL_LENGTH_MAX) invalid(input, `the name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);

  const split = splitDomain(rest);
  let registry = split.registry;
  let path = split.path;
  if (!DOMAIN_RE.test(registry)) invalid(input, `"${registry}" is not a valid registry host`);
  if (registry === DOCKER_HUB_GGCR) registry = DOCKER_HUB;
  if (path === '') invalid(input, 'the repository name is missing');
  if (path.toLowerCase() !== path) {
    throw usageError(`invalid image reference "${input}": repository name must be lowercase`, `use ${registry === DOCKER_HUB ? '' : `${registry}/`}${path.toLowerCase()}`);
  }
  for (const component of path.split('/')) {
    if (component === '') invalid(input, 'the repository path has an empty component ("//" or a trailing "/")');
    if (!PATH_COMPONENT_RE.test(component)) invalid(input, `"${component}" is not a valid repository path component (lowercase letters, digits, and . _ - between them)`);
  }
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`;

  return { registry, repository: path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/**
 * `containers`: what containers/image (skopeo, CRI-O) writes, `docker.io/library/x`.
 * `cosign`: go-containerregistry's Repository.Name(), `index.docker.io/library/x` for Docker Hub.
 */
export function repositoryName(ref: Pick<Reference, 'registry' | 'repository'>, flavor: 'cosign' | 'containers' = 'containers'): string {
  const registry = flavor === 'cosign' && ref.registry === DOCKER_HUB ? DOCKER_HUB_GGCR : ref.registry;
  return `${registry}/${ref.repository}`;
}

export function withDigest(ref: Reference, digest: string): Reference {
  return { ...ref, digest };
}

export type Target = { kind: 'registry'; reference: Reference } | { kind: 'layout'; path: string; tag?: string; digest?: string };

/** `oci:DIR[:tag]` or `oci:DIR@sha256:…` is an OCI layout; anything else a registry reference. */
export function parseTarget(input: string): Target {
  if (!input.startsWith('oci:')) return { kind: 'registry', reference: parseReference(input) };
  let rest = input.slice(4);
  let digest: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at !== -1 && rest.slice(at + 1).startsWith('sha256:')) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw usageError(`invalid layout reference "${input}": bad digest`, 'use oci:DIR@sha256:<64 hex>');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1 && colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw usageError(`invalid layout reference "${input}": "${tag}" is not a valid tag`, 'use oci:DIR[:TAG]');
  }
  if (rest === '') throw usageError(`invalid layout reference "${input}": the directory is missing`, 'use oci:DIR[:TAG]');
  return { kind: 'layout', path: rest, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
