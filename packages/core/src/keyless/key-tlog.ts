/**
 * Transparency-log checks for key signatures (`verify --key` given a Rekor key): what cosign
 * does by default for keys, and signet does when the user names the log to trust, with
 * `--trusted-root` (its tlogs) or cosign's SIGSTORE_REKOR_PUBLIC_KEY. The entry's SET must
 * verify with the log key, its body must be this signature over this payload (or envelope)
 * by this key, and the signature must verify with the key: @sigstore/verify's checks, with
 * the user's key standing in for the bundle's key hint.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Bundle } from '@sigstore/bundle';
import { codedError, usageError } from '../errors.ts';
import { Annotations } from '../formats/signature-manifest.ts';
import { legacyToBundle, loggedVerifierProblem, type LegacySignature } from '../formats/cosign-tlog.ts';
import { sigstoreProblem, type KeylessTrustMaterial } from './keyless.ts';

export interface TlogSource {
  /** A sigstore trusted_root.json: its `tlogs` are the logs trusted. */
  trustedRoot?: string | undefined;
  /** A Rekor public key PEM file (cosign's SIGSTORE_REKOR_PUBLIC_KEY). */
  rekorPublicKey?: string | undefined;
}

/** The logs to trust for `key`'s signatures; one entry from one of them is required. */
export async function loadKeyTlogTrust(key: KeyObject, source: TlogSource): Promise<KeylessTrustMaterial> {
  const [{ TrustedRoot }, { toSignedEntity, toTrustMaterial, Verifier }] = await Promise.all([import('@sigstore/protobuf-specs'), import('@sigstore/verify')]);
  let json: unknown;
  let where: string;
  if (source.trustedRoot) {
    where = `--trusted-root ${source.trustedRoot}`;
    try {
      json = JSON.parse(await readFile(source.trustedRoot, 'utf8'));
    } catch (e) {
      throw usageError(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  } else if (source.rekorPublicKey) {
    where = `SIGSTORE_REKOR_PUBLIC_KEY ${source.rekorPublicKey}`;
    json = rootForLogKey(await readLogKey(source.rekorPublicKey, where));
  } else {
    throw new Error('loadKeyTlogTrust needs a trusted root or a Rekor key');
  }
  let root: ReturnType<typeof TrustedRoot.fromJSON>;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (e) {
    throw usageError(`${where}: not a sigstore trusted root (${e instanceof Error ? e.message : String(e)})`);
  }
  if (root.tlogs.length === 0) throw codedError('usage', 'tlog.no-log', `${where} lists no transparency log`);
  const trust = toTrustMaterial(root, () => ({ publicKey: key, validFor: () => true }));
  // Keys have no certificate: no CT log; the log's integrated time is the one timestamp.
  return { verifier: new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }), toSignedEntity, source: where };
}

async function readLogKey(path: string, where: string): Promise<Buffer> {
  try {
    return createPublicKey(await readFile(path, 'utf8')).export({ type: 'spki', format: 'der' });
  } catch (e) {
    throw usageError(`${where}: not a PEM public key (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** A trusted root naming one log by its key, as cosign builds one from SIGSTORE_REKOR_PUBLIC_KEY. */
function rootForLogKey(der: Buffer): unknown {
  const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
  const details = key.asymmetricKeyType === 'ed25519' ? 'PKIX_ED25519' : key.asymmetricKeyType === 'rsa' ? 'PKIX_RSA_PKCS1V15_2048_SHA256' : 'PKIX_ECDSA_P256_SHA_256';
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.invalid',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: der.toString('base64'), keyDetails: details, validFor: { start: '1970-01-01T00:00:00Z' } },
        logId: { keyId: createHash('sha256').update(der).digest('base64') },
      },
    ],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  };
}

/** A legacy `.sig` key signature's log entry (the `dev.sigstore.cosign/bundle` annotation), or why it fails. */
export function legacyKeyTlogProblem(sig: Omit<LegacySignature, 'leaf'>, trust: KeylessTrustMaterial, key: KeyObject): string | undefined {
  if (sig.annotations[Annotations.bundle] === undefined) return `no transparency log entry (${Annotations.bundle} annotation missing; pass --insecure-ignore-tlog to accept it)`;
  const bundle = legacyToBundle(sig);
  if (typeof bundle === 'string') return bundle;
  return prefixed(sigstoreProblem(bundle, trust, sig.payload) ?? loggedVerifierProblem(sig, key));
}

/** A key bundle's tlog entry, or why it fails. */
export function bundleKeyTlogProblem(bundle: Bundle, trust: KeylessTrustMaterial): string | undefined {
  if (bundle.verificationMaterial.tlogEntries.length === 0) return 'no transparency log entry in the bundle (pass --insecure-ignore-tlog to accept it)';
  return prefixed(sigstoreProblem(bundle, trust));
}

const prefixed = (problem: string | undefined): string | undefined => (problem ? `transparency log: ${problem}` : undefined);
