/**
 * Reads and appends signatures in cosign's legacy `.sig` layout on any ArtifactRepository
 * (a registry repository, possibly COSIGN_REPOSITORY, or an OCI layout).
 */
import { SignetError } from '../errors.ts';
import { sha256Digest } from '../oci/digest.ts';
import type { ArtifactRepository, Descriptor } from '../oci/types.ts';
import {
  Annotations,
  buildSignatureManifest,
  newSignatureLayer,
  parseSignatureManifest,
  signatureTag,
} from '../formats/signature-manifest.ts';
import { MediaTypes } from '../oci/types.ts';
import { StaleWriteError } from '../oci/stale-write.ts';

export interface StoredSignature {
  layer: Descriptor;
  payload: Uint8Array;
  /** Decoded signature bytes; empty when the annotation is missing or not base64. */
  signature: Uint8Array;
  certificatePem: string | undefined;
  chainPem: string | undefined;
}

export interface SignatureSet {
  /** Where the set lives, e.g. "localhost:5000/app:sha256-….sig". */
  location: string;
  manifestDigest: string | undefined;
  layers: Descriptor[];
}

export interface AppendResult {
  location: string;
  appended: boolean;
  manifestDigest: string;
  /**
   * With `deferConfirm`: run no earlier than needed (it waits itself) to check the signature
   * survived concurrent writers, re-appending if not.
   */
  confirm?: () => Promise<AppendResult>;
}

/**
 * How long after its read a writer may still send the manifest PUT. Generous against a real
 * registry's round trips (the window holds one GET and one PUT), small enough that waiting it
 * out once per batch is cheap.
 */
export const DEFAULT_WINDOW_BOUND_MS = 500;
const SETTLE_MARGIN_MS = 200;
const TRANSIENT_BLOB_STATES = new Set(['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);

export class CosignSignatureStore {
  readonly repository: ArtifactRepository;

  constructor(repository: ArtifactRepository) {
    this.repository = repository;
  }

  location(digest: string): string {
    return `${this.repository.location}:${signatureTag(digest)}`;
  }

  async read(digest: string): Promise<SignatureSet> {
    const location = this.location(digest);
    const fetched = await this.repository.getManifest(signatureTag(digest));
    if (!fetched) return { location, manifestDigest: undefined, layers: [] };
    const manifest = parseSignatureManifest(fetched.bytes, location);
    return { location, manifestDigest: fetched.digest, layers: manifest.layers };
  }

  /** Fetches the payloads of simple-signing layers; other layer types are skipped. */
  async load(set: SignatureSet): Promise<StoredSignature[]> {
    const layers = set.layers.filter((l) => l.mediaType === MediaTypes.cosignSimpleSigning);
    return Promise.all(
      layers.map(async (layer) => {
        const payload = await this.repository.getBlob(layer.digest);
        const b64 = layer.annotations?.[Annotations.signature] ?? '';
        return {
          layer,
          payload,
          signature: decodeBase64(b64),
          certificatePem: layer.annotations?.[Annotations.certificate],
          chainPem: layer.annotations?.[Annotations.chain],
        };
      }),
    );
  }

  /**
   * Appends one signature unless an equivalent one is already there (same payload and
   * annotations, and `isSameSigner` accepts the existing signature: cosign's dedupe rule).
   *
   * Registries have no compare-and-swap for tags, so a read-modify-write can be overwritten by
   * a concurrent signer that read the manifest before our write. Protocol (docs/concurrency.md):
   * blobs first; read, merge, write, where no write attempt (retries included) is sent later
   * than `windowBoundMs` after its read; then, at least the bound plus a margin after our write,
   * read again and merge again if our layer is gone. With `deferConfirm` the confirmation is
   * returned for the caller to run later, so a batch waits once rather than per image.
   */
  async append(
    digest: string,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const candidate = newSignatureLayer(payload, annotations);
    await this.repository.putBlob(candidate.descriptor.digest, payload);
    // Constant: upload it (once per repository) before the read so the write window is short.
    const empty = buildSignatureManifest([]);
    await this.repository.ensureBlob(empty.configDigest, empty.config);
    return this.#appendLoop(digest, candidate.descriptor, payload, annotations, isSameSigner, options, 0, false);
  }

  async #appendLoop(
    digest: string,
    candidate: Descriptor,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
    options: AppendOptions,
    attemptsUsed: number,
    alreadyWrote: boolean,
  ): Promise<AppendResult> {
    const maxAttempts = options.maxAttempts ?? 8;
    const windowBoundMs = options.windowBoundMs ?? DEFAULT_WINDOW_BOUND_MS;
    const settleMs = options.settleMs ?? windowBoundMs + SETTLE_MARGIN_MS;
    // True once a PUT of ours may have reached the registry (a lost response still counts).
    let wrote = alreadyWrote;

    const confirmable = (attempt: number, wroteAt: number, location: string, manifestDigest: string): Promise<AppendResult> | AppendResult => {
      const confirm = async (): Promise<AppendResult> => {
        const wait = wroteAt + settleMs - Date.now();
        if (wait > 0) await sleep(wait + Math.floor(Math.random() * SETTLE_MARGIN_MS));
        const after = await this.read(digest);
        if (after.layers.some((l) => isOurs(l, candidate, annotations))) {
          return { location: after.location, appended: true, manifestDigest: after.manifestDigest ?? manifestDigest };
        }
        // A writer that read before our PUT replaced the manifest: merge again.
        options.onConflict?.(attempt);
        return this.#appendLoop(digest, candidate, payload, annotations, isSameSigner, options, attempt, true);
      };
      if (settleMs === 0) return { location, appended: true, manifestDigest };
      if (options.deferConfirm) return { location, appended: true, manifestDigest, confirm };
      return confirm();
    };

    for (let attempt = attemptsUsed + 1; attempt <= maxAttempts; attempt++) {
      const readAt = Date.now();
      const current = await this.read(digest);
      if (current.layers.some((l) => isOurs(l, candidate, annotations))) {
        // Our earlier PUT (its response lost) landed; it can still be clobbered, so it is
        // confirmed like a fresh write. Without a PUT of ours it is an identical signature.
        if (wrote) return confirmable(attempt, Date.now(), current.location, current.manifestDigest ?? '');
        return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
      }
      const duplicate = this.#findEquivalent(current, candidate, payload, annotations, isSameSigner);
      if (duplicate) {
        return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
      }
      const built = buildSignatureManifest([...current.layers, candidate]);
      let manifestDigest: string;
      try {
        wrote = true;
        manifestDigest = await this.repository.putManifest(signatureTag(digest), built.manifest, MediaTypes.ociManifest, {
          notAfter: readAt + windowBoundMs,
        });
      } catch (e) {
        if (e instanceof StaleWriteError) {
          options.onConflict?.(attempt);
          continue; // our read is too old to write from: read again
        }
        if (e instanceof SignetError && TRANSIENT_BLOB_STATES.has(e.code ?? '')) {
          // distribution links a blob into the repository non-atomically; while concurrent
          // uploads of the same blob (signers of one payload) link it, a manifest naming it
          // is refused. Moments later it is accepted.
          await sleep(50 + Math.floor(Math.random() * 150));
          continue;
        }
        throw e;
      }
      if (manifestDigest !== sha256Digest(built.manifest)) {
        throw new SignetError('remote', `${current.location} stored a different manifest than was sent`);
      }
      return confirmable(attempt, Date.now(), current.location, manifestDigest);
    }
    throw new SignetError('remote', `could not append a signature to ${this.location(digest)} after ${maxAttempts} attempts`, {
      hint: 'other writers keep replacing the signature manifest, or the registry is too slow to write within the window; retry later or lower the concurrency',
    });
  }

  #findEquivalent(
    set: SignatureSet,
    candidate: Descriptor,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
  ): Descriptor | undefined {
    return set.layers.find((layer) => {
      if (layer.digest !== candidate.digest || layer.mediaType !== candidate.mediaType) return false;
      if (!sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations)) return false;
      return isSameSigner({
        layer,
        payload,
        signature: decodeBase64(layer.annotations?.[Annotations.signature] ?? ''),
        certificatePem: layer.annotations?.[Annotations.certificate],
        chainPem: layer.annotations?.[Annotations.chain],
      });
    });
  }
}

export interface AppendOptions {
  /** Wait between our write and the confirmation read; default windowBound + margin. 0 skips it. */
  settleMs?: number;
  /** No manifest PUT attempt is sent later than this after the read it is based on. */
  windowBoundMs?: number;
  maxAttempts?: number;
  /** Return the confirmation as `confirm` instead of waiting for it. */
  deferConfirm?: boolean;
  onConflict?: (attempt: number) => void;
}

/** Exactly our layer: other signers of the same payload differ only in the signature. */
function isOurs(layer: Descriptor, candidate: Descriptor, annotations: Record<string, string>): boolean {
  return (
    layer.digest === candidate.digest &&
    layer.annotations?.[Annotations.signature] === annotations[Annotations.signature] &&
    sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations)
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function sameAnnotationsExceptSignature(existing: Record<string, string>, wanted: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(wanted)) {
    if (key === Annotations.signature) continue;
    if (existing[key] !== value) return false;
  }
  return true;
}

function decodeBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return new Uint8Array();
  return Buffer.from(text, 'base64');
}
