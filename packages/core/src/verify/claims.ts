/**
 * The claims check, one for both signature layouts: a signature whose cryptography holds
 * counts only when it names this digest, this image's repository (unless the caller turned the
 * identity check off) and carries every required annotation. The layouts differ only in where
 * the claims sit (a simple-signing payload, an in-toto statement's subject) and in the words
 * that name them.
 */
import type { OpenedImage } from '../targets/open-image.ts';
import { signedIdentityProblem } from './signed-identity.ts';
import { rejection, type ClaimRequirements, type Rejection } from './types.ts';

export interface SignedClaims {
  /** Whether the signed digest is this image's; `digestProblem` words it when not. */
  digestMatches: boolean;
  digestProblem: string;
  /** The signed docker-reference; undefined when the layout signs none (cosign v3's bundles). */
  identity: string | undefined;
  /** How the layout names the identity in messages: "payload identity", "subject name". */
  identityNoun: string;
  /** The signed `optional` annotations. */
  annotations: Readonly<Record<string, unknown>>;
}

export function claimsProblem(image: OpenedImage, claims: SignedClaims, required: ClaimRequirements): Rejection | undefined {
  if (!claims.digestMatches) return rejection('digest', claims.digestProblem);
  if (claims.identity !== undefined && required.checkIdentity !== false) {
    // Without a signedIdentity rule the image's own matcher decides (it knows layouts too); the
    // rule's wording still explains a promoted signature.
    const rule = required.signedIdentity;
    const wrong = rule
      ? signedIdentityProblem(image.dockerReference, claims.identity, rule, claims.identityNoun)
      : image.identityMatches(claims.identity)
        ? undefined
        : (signedIdentityProblem(image.dockerReference, claims.identity, undefined, claims.identityNoun) ??
          `${claims.identityNoun} "${claims.identity}" does not name this image's repository (${image.dockerReference})`);
    if (wrong) return rejection('identity', wrong);
  }
  for (const [key, value] of Object.entries(required.annotations ?? {})) {
    // Own keys only: `optional.__proto__` or `optional.constructor` must not be inherited values.
    const actual = Object.hasOwn(claims.annotations, key) ? claims.annotations[key] : undefined;
    if (actual !== value) {
      return rejection('annotation', actual === undefined ? `annotation ${key} missing (want "${value}")` : `annotation ${key}="${String(actual)}", want "${value}"`);
    }
  }
  return undefined;
}
