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
}

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
   * blobs first; read, merge, write; then wait a settle time longer than any protocol-following
   * writer's read-to-write window and read again. If our layer is gone, merge again. Writers
   * whose own window exceeds the bound re-read instead of writing, which is what makes the
   * settle time sufficient.
   */
  async append(
    digest: string,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const maxAttempts = options.maxAttempts ?? 8;
    const windowBoundMs = options.windowBoundMs ?? 5_000;
    const candidate = newSignatureLayer(payload, annotations);
    await this.repository.putBlob(candidate.descriptor.digest, payload);
    let wrote = false;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const started = Date.now();
      const current = await this.read(digest);
      const duplicate = this.#findEquivalent(current, candidate.descriptor, payload, annotations, isSameSigner);
      if (duplicate) {
        return { location: current.location, appended: wrote, manifestDigest: current.manifestDigest ?? '' };
      }
      const built = buildSignatureManifest([...current.layers, candidate.descriptor]);
      await this.repository.ensureBlob(built.configDigest, built.config);
      if (Date.now() - started > windowBoundMs) continue; // our read is stale: others may have settled already
      const manifestDigest = await this.repository.putManifest(signatureTag(digest), built.manifest, MediaTypes.ociManifest);
      if (manifestDigest !== sha256Digest(built.manifest)) {
        throw new SignetError('remote', `${current.location} stored a different manifest than was sent`);
      }
      wrote = true;
      if (options.settleMs === 0) return { location: current.location, appended: true, manifestDigest };
      const window = Date.now() - started;
      await sleep(settleDelay(options.settleMs, window, windowBoundMs));
      const after = await this.read(digest);
      // Exactly our layer: other signers of the same payload differ only in the signature.
      const ours = (l: Descriptor) =>
        l.digest === candidate.descriptor.digest &&
        l.annotations?.[Annotations.signature] === annotations[Annotations.signature] &&
        sameAnnotationsExceptSignature(l.annotations ?? {}, annotations);
      if (after.layers.some(ours)) {
        return { location: after.location, appended: true, manifestDigest: after.manifestDigest ?? manifestDigest };
      }
      options.onConflict?.(attempt);
    }
    throw new SignetError('remote', `could not append a signature to ${this.location(digest)} after ${maxAttempts} attempts`, {
      hint: 'other writers keep replacing the signature manifest; retry later or lower the concurrency',
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
  /** Fixed settle time; default adapts to the observed window. 0 disables the confirmation read. */
  settleMs?: number;
  /** A writer whose read-to-write window exceeds this re-reads instead of writing. */
  windowBoundMs?: number;
  maxAttempts?: number;
  onConflict?: (attempt: number) => void;
}

/**
 * Long enough that a concurrent writer which read before our write has written by now (its
 * window is at most windowBound, typically it is about ours), jittered so retries spread out.
 */
function settleDelay(fixed: number | undefined, window: number, windowBoundMs: number): number {
  if (fixed !== undefined) return fixed;
  const base = Math.min(windowBoundMs, Math.max(150, 3 * window));
  return base + Math.floor(Math.random() * base * 0.5);
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
