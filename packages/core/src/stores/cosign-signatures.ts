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
   * annotations, and `isSameSigner` accepts the existing signature — cosign's dedupe rule).
   * Blobs are written before the manifest so a reader never sees a layer without its blob.
   */
  async append(
    digest: string,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
  ): Promise<AppendResult> {
    const current = await this.read(digest);
    const candidate = newSignatureLayer(payload, annotations);
    for (const layer of current.layers) {
      if (layer.digest !== candidate.descriptor.digest || layer.mediaType !== candidate.descriptor.mediaType) continue;
      if (!sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations)) continue;
      const existing: StoredSignature = {
        layer,
        payload,
        signature: decodeBase64(layer.annotations?.[Annotations.signature] ?? ''),
        certificatePem: layer.annotations?.[Annotations.certificate],
        chainPem: layer.annotations?.[Annotations.chain],
      };
      if (isSameSigner(existing)) {
        return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
      }
    }
    const layers = [...current.layers, candidate.descriptor];
    const built = buildSignatureManifest(layers);
    await this.repository.putBlob(candidate.descriptor.digest, payload);
    await this.repository.putBlob(built.configDigest, built.config);
    const manifestDigest = await this.repository.putManifest(signatureTag(digest), built.manifest, MediaTypes.ociManifest);
    if (manifestDigest !== sha256Digest(built.manifest)) {
      throw new SignetError('remote', `${current.location} stored a different manifest than was sent`);
    }
    return { location: current.location, appended: true, manifestDigest };
  }
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
