/**
 * Docker Content Trust verification of an image reference: the tag's signed target from
 * verified trust data (GUN = registry/repository) must be the manifest the registry serves for
 * that tag, digest and size. One trust-data read per repository per batch.
 */
import { SignetError, usageError } from '../errors.ts';
import { parseTarget, type Reference } from '../reference/index.ts';
import type { TargetContext } from '../targets/open-image.ts';
import { allTargets, findSignedTarget, roleName, type SignedTarget } from './lookup.ts';
import type { RootPin } from './pin.ts';
import type { NotaryServer } from './server.ts';
import { loadTrustedRepository, type LoadOptions, type TrustedRepository } from './trust.ts';

export interface NotaryImageVerification {
  /** `registry/repo@digest` when the registry resolved it, else the input. */
  image: string;
  gun: string;
  tag: string | undefined;
  ok: boolean;
  reason: string | undefined;
  target: SignedTarget | undefined;
}

/** The GUN docker uses for a reference: `docker.io/library/alpine`, `registry:5000/team/app`. */
export function gunOf(ref: Pick<Reference, 'registry' | 'repository'>): string {
  return `${ref.registry}/${ref.repository}`;
}

export function registryReference(input: string): Reference {
  const target = parseTarget(input);
  if (target.kind !== 'registry') throw usageError(`${input}: Notary trust data is kept per registry repository; an OCI layout has none`, 'name the pushed image');
  return target.reference;
}

export interface NotaryVerifierOptions extends Omit<LoadOptions, 'pin'> {
  pin: RootPin;
  /** Roles that must each have signed the tag (Connaisseur `delegations`). */
  roles?: readonly string[] | undefined;
}

export class NotaryVerifier {
  readonly #server: NotaryServer;
  readonly #options: NotaryVerifierOptions;
  readonly #repos = new Map<string, Promise<TrustedRepository>>();

  constructor(server: NotaryServer, options: NotaryVerifierOptions) {
    this.#server = server;
    this.#options = options;
  }

  repository(gun: string): Promise<TrustedRepository> {
    let found = this.#repos.get(gun);
    if (!found) {
      found = loadTrustedRepository(this.#server, gun, this.#options);
      this.#repos.set(gun, found);
    }
    return found;
  }

  async verify(input: string, ctx: TargetContext): Promise<NotaryImageVerification> {
    const ref = registryReference(input);
    const gun = gunOf(ref);
    const tag = ref.digest ? ref.tag : (ref.tag ?? 'latest');
    const fail = (reason: string, target?: SignedTarget, image = input): NotaryImageVerification => ({ image, gun, tag, ok: false, reason, target });
    let repo: TrustedRepository;
    try {
      repo = await this.repository(gun);
    } catch (e) {
      if (e instanceof SignetError && e.kind === 'verification') return fail(e.message);
      throw e;
    }
    let target: SignedTarget;
    try {
      if (tag !== undefined) target = findSignedTarget(repo, tag, this.#options.roles);
      else {
        // By digest: any tag whose signed target (in the required roles) is this digest.
        const roles = this.#options.roles?.map(roleName);
        const hit = allTargets(repo).find((t) => t.digest === ref.digest && (!roles || roles.includes(t.role)));
        if (!hit) return fail(`${gun}@${ref.digest}: no signed tag of the trust data has this digest`);
        target = findSignedTarget(repo, hit.tag, this.#options.roles);
        if (target.digest !== ref.digest) return fail(`${gun}@${ref.digest}: tag ${hit.tag} is signed for ${target.digest}`);
      }
    } catch (e) {
      if (e instanceof SignetError && e.kind === 'verification') return fail(e.message);
      throw e;
    }
    // TAG@DIGEST (a build's tag and digest): the tag must be signed for exactly that digest.
    if (ref.digest !== undefined && ref.tag !== undefined && target.digest !== ref.digest) {
      return fail(`${gun}:${tag}: ${target.roles.join(', ')} signed ${target.digest} for the tag, not ${ref.digest}`, target);
    }
    const repository = ctx.registry.repository(ref.registry, ref.repository);
    const served = await repository.resolve(ref.digest ?? tag!);
    if (!served) return fail(`${gun}:${tag ?? ref.digest}: the registry has no such manifest (trust data signs ${target.digest})`, target);
    const image = `${gun}@${served.digest}`;
    if (served.digest !== target.digest) {
      return fail(`${gun}:${tag}: the registry serves ${served.digest} but ${target.roles.join(', ')} signed ${target.digest}`, target, image);
    }
    if (served.size > 0 && served.size !== target.length) {
      return fail(`${gun}:${tag}: the registry's manifest is ${served.size} bytes but ${target.roles.join(', ')} signed ${target.length}`, target, image);
    }
    return { image, gun, tag: target.tag, ok: true, reason: undefined, target };
  }
}
