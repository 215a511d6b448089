/** The "Verification for ... --" lines cosign prints on stderr, once per run rather than per image. */
import { stderrLogger } from './context.ts';

/** What the claims check covered: the digest is always checked; identity only with --check-claims. */
export function claimsChecked(checkClaims: boolean, annotations: Record<string, string>): string {
  const annotated = Object.keys(annotations).length > 0 ? ' and annotations' : '';
  return checkClaims
    ? `The cosign claims were validated (digest, identity${annotated})`
    : `The signed digest${annotated ? ' and annotations were' : ' was'} validated; the identity claim was NOT checked (--check-claims=false)`;
}

/** One block for the verified images: the image itself for one, a count for a batch. */
export function printChecks(verified: readonly string[], checks: string): void {
  if (verified.length === 0) return;
  const what = verified.length === 1 ? verified[0] : `${verified.length} images`;
  stderrLogger.info(`Verification for ${what} --\n${checks}`);
}
