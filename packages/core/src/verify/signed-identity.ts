/**
 * Which signed identity (`critical.identity.docker-reference`, a bundle's subject name, an atomic
 * signature's docker-reference) a signature may carry for an image, in containers/image's
 * `signedIdentity` vocabulary (containers-policy.json(5)), so one rule reads the same in the
 * trust policy, the CLI and the generated node policy.
 *
 * The default is the image's own repository. Promotion copies an image and its signatures to
 * another repository (skopeo copy, cosign copy): the digest stays, the signed identity still names
 * the repository it was signed in. `exactRepository` and `remapIdentity` accept those, and only
 * those: the digest is always checked.
 */
import { usageError } from '../errors.ts';
import { parseReference, type Reference } from '../reference/index.ts';

export type SignedIdentity =
  /** The signed identity names the image's own repository (signet's default). */
  | { type: 'matchRepository' }
  /** The signed identity names this repository, whatever repository the image is in now. */
  | { type: 'exactRepository'; dockerRepository: string }
  /** The image's name with `prefix` replaced by `signedPrefix` is what must have been signed. */
  | { type: 'remapIdentity'; prefix: string; signedPrefix: string };

export const SIGNED_IDENTITY_TYPES = ['matchRepository', 'exactRepository', 'remapIdentity'] as const;

function tryParse(reference: string): Reference | undefined {
  try {
    return parseReference(reference);
  } catch {
    return undefined;
  }
}

/** registry/repository as containers/image names it (docker.io for Docker Hub). */
function repositoryOf(ref: Pick<Reference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

/** A repository, namespace or host prefix, normalized the way references are. */
function normalizePrefix(prefix: string, what: string): string {
  const trimmed = prefix.trim().replace(/\/+$/, '');
  if (!trimmed || /[@]/.test(trimmed)) throw usageError(`${what} "${prefix}" must be a host, a namespace or a repository (no tag or digest)`);
  if (!trimmed.includes('/')) return trimmed;
  const parsed = tryParse(trimmed);
  if (!parsed || parsed.tag !== undefined) throw usageError(`${what} "${prefix}" must be a host, a namespace or a repository (no tag or digest)`);
  return repositoryOf(parsed);
}

/** Checks the fields of a rule (for the trust policy and the CLI flags) and normalizes them. */
export function normalizeSignedIdentity(rule: SignedIdentity): SignedIdentity {
  if (rule.type === 'matchRepository') return rule;
  if (rule.type === 'exactRepository') {
    const parsed = tryParse(rule.dockerRepository);
    if (!parsed || parsed.tag !== undefined || parsed.digest !== undefined) {
      throw usageError(`signed repository "${rule.dockerRepository}" must be a repository without tag or digest`, 'e.g. registry.example.com/staging/app');
    }
    return { type: 'exactRepository', dockerRepository: repositoryOf(parsed) };
  }
  return { type: 'remapIdentity', prefix: normalizePrefix(rule.prefix, 'remapIdentity prefix'), signedPrefix: normalizePrefix(rule.signedPrefix, 'remapIdentity signedPrefix') };
}

/** `name` with `prefix` replaced, when `name` starts with it at a path boundary. */
export function remapName(name: string, prefix: string, signedPrefix: string): string {
  if (name === prefix) return signedPrefix;
  return name.startsWith(`${prefix}/`) ? `${signedPrefix}${name.slice(prefix.length)}` : name;
}

/** The repository a signature's identity must name for this image under the rule (as normalizeSignedIdentity returns it). */
export function expectedSignedRepository(imageRepository: string, rule: SignedIdentity | undefined): string {
  const own = tryParse(imageRepository);
  const name = own ? repositoryOf(own) : imageRepository;
  if (!rule || rule.type === 'matchRepository') return name;
  if (rule.type === 'exactRepository') return rule.dockerRepository;
  return remapName(name, rule.prefix, rule.signedPrefix);
}

/**
 * Why `signed` is not an acceptable identity for the image (its repository name, cosign or
 * containers flavour), or undefined. The hint names the promotion options when the signature
 * was made for another repository.
 */
export function signedIdentityProblem(imageRepository: string, signed: string, rule: SignedIdentity | undefined, prefix = 'payload identity'): string | undefined {
  const parsed = tryParse(signed);
  const expected = expectedSignedRepository(imageRepository, rule);
  if (parsed && repositoryOf(parsed) === expected) return undefined;
  const own = tryParse(imageRepository);
  const shown = own ? repositoryOf(own) : imageRepository;
  const under = rule && rule.type !== 'matchRepository' ? ` (the signed identity rule wants ${expected})` : '';
  const promoted = parsed && !under
    ? `; if the image was promoted (copied with its signatures) from ${repositoryOf(parsed)}, accept that with --signed-repository ${repositoryOf(parsed)} or --remap-identity PREFIX=SIGNED_PREFIX (trust policy: signedIdentity)`
    : '';
  return `${prefix} "${signed}" does not name this image's repository (${shown})${under}${promoted}`;
}
