/**
 * Reads and appends signatures in cosign's legacy `.sig` layout on any ArtifactRepository
 * (a registry repository, possibly COSIGN_REPOSITORY, or an OCI layout).
 */
import type { ArtifactRepository, Descriptor } from '../oci/types.ts';
import {
  Annotations,
  buildSignatureManifest,
  newSignatureLayer,
  parseSignatureManifest,
  signatureTag,
} from '../formats/signature-manifest.ts';
import { MediaTypes } from '../oci/types.ts';
import { sha256Digest } from '../oci/digest.ts';
import { guardedAppend, type AppendOptions, type AppendResult, type TaggedSet } from './guarded-append.ts';

export { DEFAULT_WINDOW_BOUND_MS, type AppendOptions, type AppendResult } from './guarded-append.ts';

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

export class CosignSignatureStore {
  readonly repository: ArtifactRepository;
  /** Uploads started by `stage`, by payload digest: `append` waits for them instead of uploading again. */
  readonly #staged = new Map<string, Promise<void>>();

  constructor(repository: ArtifactRepository) {
    this.repository = repository;
  }

  /**
   * Uploads the blobs an append of `payload` will name (the payload, the constant config), so
   * that this can run while the signature is still being made (a key decrypting, a KMS round
   * trip). Blobs alone change nothing anybody reads; only the manifest PUT publishes.
   */
  stage(payload: Uint8Array): Promise<void> {
    const key = sha256Digest(payload);
    let staged = this.#staged.get(key);
    if (!staged) {
      staged = (async () => {
        await this.repository.putBlob(key, payload);
        // Constant: upload it (once per repository) before the read so the write window is short.
        const empty = buildSignatureManifest([]);
        await this.repository.ensureBlob(empty.configDigest, empty.config);
      })();
      this.#staged.set(key, staged);
      // A failed upload is retried by the next stage or append, not remembered.
      staged.catch(() => this.#staged.delete(key));
    }
    return staged;
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
    await this.stage(payload);
    const location = this.location(digest);
    const set: TaggedSet = {
      repository: this.repository,
      tag: signatureTag(digest),
      location,
      candidate: candidate.descriptor,
      noun: 'signature',
      read: async () => {
        const current = await this.read(digest);
        return { location: current.location, manifestDigest: current.manifestDigest, entries: current.layers };
      },
      build: (layers) => ({ bytes: buildSignatureManifest(layers).manifest, mediaType: MediaTypes.ociManifest }),
      isOurs: (layer) => isOurs(layer, candidate.descriptor, annotations),
      hasEquivalent: (layers) => this.findEquivalent(layers, candidate.descriptor, payload, annotations, isSameSigner) !== undefined,
    };
    return guardedAppend(set, options);
  }

  /** Layers equivalent to `candidate` under cosign's dedupe rule (same payload and annotations, same signer). */
  findEquivalent(
    layers: Descriptor[],
    candidate: Descriptor,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
  ): Descriptor | undefined {
    return layers.find((layer) => {
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

/** Exactly our layer: other signers of the same payload differ only in the signature. */
function isOurs(layer: Descriptor, candidate: Descriptor, annotations: Record<string, string>): boolean {
  return (
    layer.digest === candidate.digest &&
    layer.annotations?.[Annotations.signature] === annotations[Annotations.signature] &&
    sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations)
  );
}

function sameAnnotationsExceptSignature(existing: Record<string, string>, wanted: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(wanted)) {
    if (key === Annotations.signature) continue;
    if (existing[key] !== value) return false;
  }
  return true;
}

function decodeBase64(text: string): Uint8Array {
  // Go's base64.StdEncoding (cosign, containers/image) skips \r and \n anywhere, so a wrapped
  // annotation is the same signature to them; any other stray character is refused, as there.
  const unwrapped = text.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(unwrapped) || unwrapped.length % 4 !== 0) return new Uint8Array();
  return Buffer.from(unwrapped, 'base64');
}
