/**
 * Opens what the user named (a registry reference or `oci:DIR[:tag]`) as a repository plus
 * the digest to sign or verify, and decides where its signatures live. Tags are resolved to
 * digests here, once: everything downstream works on digests only.
 */
import type { ReadLimits } from '../oci/limits.ts';
import { basename, resolve as resolvePath } from 'node:path';
import { codedError, SignetError } from '../errors.ts';
import { OciLayout } from '../layout/index.ts';
import type { Logger } from '../log.ts';
import type { ArtifactRepository, Descriptor } from '../oci/types.ts';
import {
  formatReference,
  parseReference,
  parseTarget,
  repositoryName,
  withDigest,
  type Reference,
  type Target,
} from '../reference/index.ts';
import { CosignSignatureStore } from '../stores/cosign-signatures.ts';
import type { CredentialProvider } from '../registry/credentials.ts';
import { BundleReferrerStore } from '../stores/bundle-referrers.ts';

/** Opens a registry's repositories: a `RegistryClient`, or any store speaking ArtifactRepository. */
export interface Repositories {
  repository(registry: string, repository: string): ArtifactRepository;
  /** Read limits for what these repositories serve; OCI layouts opened alongside get the same. */
  readonly limits?: Partial<ReadLimits> | undefined;
  /** The session's credential sources; a registry's Notary server is sent the same (docker does). */
  readonly credentials?: CredentialProvider | undefined;
}

export interface TargetContext {
  registry: Repositories;
  logger: Logger;
  /** COSIGN_REPOSITORY: a repository ("host/repo") or `oci:DIR` holding the `.sig` tags. */
  signatureRepository?: string | undefined;
}

export interface OpenedImage {
  /** What the user typed, for messages. */
  input: string;
  /** Canonical `repo@digest` (or `oci:DIR@digest`). */
  display: string;
  digest: string;
  /**
   * The manifest's descriptor (media type, size) as the image was resolved when opening it;
   * undefined when it was opened without asking the store (`checkDigestExists: false`).
   */
  descriptor: Descriptor | undefined;
  repository: ArtifactRepository;
  /** Identity cosign would write for this image: ggcr's Repository.Name(). */
  dockerReference: string;
  /** The registry reference as the user named it (tag and digest included); undefined for an OCI layout. */
  reference: Reference | undefined;
  /** The tag the digest was resolved from, when the user gave a tag. */
  resolvedFromTag: string | undefined;
  signatures: CosignSignatureStore;
  /** Sigstore bundle referrers (cosign v3), in the same repository as `signatures`. */
  bundles: BundleReferrerStore;
  /** Whether a signed `docker-reference` names this image's repository. */
  identityMatches(dockerReference: string): boolean;
}

const LAYOUT_IDENTITY_PREFIX = 'localhost/oci-layout';

/** Identity for an image in a layout: it has no registry name until it is pushed. */
export function layoutIdentity(path: string): string {
  const name = basename(resolvePath(path)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'image';
  return `${LAYOUT_IDENTITY_PREFIX}/${name}`;
}

function sameRepository(a: Reference, b: Reference): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

function identityMatcher(expected: Reference): (dockerReference: string) => boolean {
  return (dockerReference: string) => {
    try {
      return sameRepository(parseReference(dockerReference), expected);
    } catch {
      return false;
    }
  };
}

async function openSignatureRepository(ctx: TargetContext, fallback: ArtifactRepository): Promise<ArtifactRepository> {
  const spec = ctx.signatureRepository;
  if (!spec) return fallback;
  const target = parseTarget(spec);
  if (target.kind === 'layout') return OciLayout.open(target.path, { create: true, logger: ctx.logger, limits: ctx.registry.limits });
  const ref = target.reference;
  if (ref.tag !== undefined || ref.digest !== undefined) {
    throw codedError('usage', 'target.signature-repository-pinned', `signature repository "${spec}" must not carry a tag or digest`, { spec });
  }
  return ctx.registry.repository(ref.registry, ref.repository);
}

export interface OpenOptions {
  /**
   * Check that a digest reference exists (one HEAD) before returning. Signing must; verification
   * asks `imageExists` in parallel with reading the signatures instead, saving a round trip.
   */
  checkDigestExists?: boolean;
  /** `input` already parsed (parseTarget), by a caller that needed it first. */
  target?: Target | undefined;
  /** What is done with the digest, for the tag warning: "signing" (default), "verifying", ... */
  purpose?: string;
}

const existence = new WeakMap<OpenedImage, Promise<boolean>>();

/**
 * Does the image itself exist? Asked once per opened image (a policy with several signers
 * checks one image several times); verification requires it (verify-image.ts).
 */
export function imageExists(image: OpenedImage): Promise<boolean> {
  // Opened by resolving it (signing, a tag, GPG verification): known to exist, no request.
  if (image.descriptor) return Promise.resolve(true);
  let known = existence.get(image);
  if (!known) {
    known = image.repository.resolve(image.digest).then((found) => found !== undefined);
    existence.set(image, known);
    known.catch(() => existence.delete(image));
  }
  return known;
}

export async function openImage(input: string, ctx: TargetContext, options: OpenOptions = {}): Promise<OpenedImage> {
  const target = options.target ?? parseTarget(input);
  if (target.kind === 'layout') {
    const layout = await OciLayout.open(target.path, { logger: ctx.logger, limits: ctx.registry.limits });
    const wanted = target.digest ?? target.tag ?? 'latest';
    const found = await layout.resolve(wanted);
    if (!found) {
      throw codedError('usage', 'target.not-in-layout', `${input}: no image "${wanted}" in the layout at ${target.path}`, { path: target.path, wanted });
    }
    if (!target.digest) ctx.logger.warn(`${input}: resolved tag "${wanted}" to ${found.digest}; ${options.purpose ?? 'signing'} the digest`);
    const identity = layoutIdentity(target.path);
    const signatureRepository = await openSignatureRepository(ctx, layout);
    return {
      input,
      display: `oci:${target.path}@${found.digest}`,
      digest: found.digest,
      descriptor: found,
      repository: layout,
      dockerReference: identity,
      reference: undefined,
      resolvedFromTag: target.digest ? undefined : wanted,
      signatures: new CosignSignatureStore(signatureRepository),
      bundles: new BundleReferrerStore(signatureRepository),
      identityMatches: (ref) => ref === identity || ref.startsWith(`${identity}:`) || ref.startsWith(`${identity}@`),
    };
  }

  const ref = target.reference;
  const repository = ctx.registry.repository(ref.registry, ref.repository);
  let digest = ref.digest;
  let descriptor: Descriptor | undefined;
  let resolvedFromTag: string | undefined;
  if (digest) {
    if (options.checkDigestExists !== false) {
      descriptor = await repository.resolve(digest);
      if (!descriptor) throw new SignetError('usage', `image ${formatReference(ref)} not found`, { hint: 'push the image first, or check the repository name and digest' });
    }
  } else {
    const tag = ref.tag ?? 'latest';
    const found = await repository.resolve(tag);
    if (!found) throw new SignetError('usage', `image ${formatReference(ref)} not found (no tag "${tag}")`, { hint: 'push the image first, or check the repository name and tag' });
    digest = found.digest;
    descriptor = found;
    resolvedFromTag = tag;
    ctx.logger.warn(`${input}: resolved tag "${tag}" to ${digest}; ${options.purpose ?? 'signing'} the digest (pass IMAGE@DIGEST to avoid this)`);
  }
  const signatureRepository = await openSignatureRepository(ctx, repository);
  const pinned = withDigest({ registry: ref.registry, repository: ref.repository }, digest);
  return {
    input,
    display: formatReference(pinned),
    digest,
    descriptor,
    repository,
    dockerReference: repositoryName(ref, 'cosign'),
    reference: ref,
    resolvedFromTag,
    signatures: new CosignSignatureStore(signatureRepository),
    bundles: new BundleReferrerStore(signatureRepository),
    identityMatches: identityMatcher(ref),
  };
}
