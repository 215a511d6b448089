/**
 * Sigstore bundles stored as OCI 1.1 referrers of the image, as cosign v3 writes them: one
 * artifact manifest per bundle (empty config, artifactType = the bundle media type, subject =
 * the image, one layer = the bundle JSON). When the registry confirms it indexed the referrer
 * (OCI-Subject) it keeps the index; otherwise the fallback index tagged `sha256-<hex>` is appended to with the
 * same race-safe protocol as the legacy `.sig` manifest (guarded-append.ts), because it has the
 * same read-modify-write race (ggcr, and so cosign v3, appends to it without any protection).
 */
import type { BundleWithDsseEnvelope } from '@sigstore/bundle';
import { sha256Digest } from '../oci/digest.ts';
import { readLimits, tooManyLayers } from '../oci/limits.ts';
import { MediaTypes, type ArtifactRepository, type Descriptor } from '../oci/types.ts';
import {
  buildReferrerManifest,
  buildReferrersIndex,
  EMPTY_CONFIG,
  EMPTY_CONFIG_DIGEST,
  parseReferrerManifest,
  parseReferrersIndex,
  referrersTag,
} from '../formats/referrers.ts';
import { parseBundle } from '../formats/sigstore-bundle.ts';
import { guardedAppend, type AppendOptions, type AppendResult, type DescriptorSet, type TaggedSet } from './guarded-append.ts';
import { putWhileBlobsLink } from '../oci/blob-linking.ts';

/** Manifest annotations cosign v3 puts on a bundle referrer (cosign specs/BUNDLE_SPEC.md). */
export const BundleAnnotations = {
  content: 'dev.sigstore.bundle.content',
  predicateType: 'dev.sigstore.bundle.predicateType',
  created: 'org.opencontainers.image.created',
} as const;

export interface ReferrerList {
  /** Where the list was read, for messages. */
  location: string;
  /** True when the registry's Referrers API answered (no fallback tag involved). */
  viaApi: boolean;
  entries: Descriptor[];
}

export interface StoredBundle {
  /** Digest of the referrer manifest holding the bundle. */
  manifestDigest: string;
  bundle: BundleWithDsseEnvelope | undefined;
  /** Why the referrer could not be used, when `bundle` is undefined. */
  problem: string | undefined;
  /** The error behind `problem` when reading failed: a temporary one makes an otherwise unverified image a registry failure. */
  failure?: unknown;
}

export interface PublishOptions extends AppendOptions {
  /** Extra manifest annotations, e.g. the in-toto predicate type. */
  annotations?: Record<string, string>;
}

export class BundleReferrerStore {
  readonly repository: ArtifactRepository;

  constructor(repository: ArtifactRepository) {
    this.repository = repository;
  }

  /** The fallback index location, e.g. "localhost:5000/app:sha256-…". */
  location(digest: string): string {
    return `${this.repository.location}:${referrersTag(digest)}`;
  }

  /** Every referrer of `digest` (API first, then the fallback tag), optionally by artifactType. */
  async list(digest: string, artifactType?: string): Promise<ReferrerList> {
    const viaApi = await this.repository.referrers?.(digest);
    const limits = readLimits(this.repository.limits);
    if (viaApi && viaApi.length > limits.maxLayers) throw tooManyLayers(`the referrers of ${this.repository.location}@${digest}`, viaApi.length, limits);
    const list: ReferrerList = viaApi
      ? { location: `${this.repository.location} referrers of ${digest}`, viaApi: true, entries: viaApi }
      : { ...(await this.#readFallback(digest, { reading: true })), viaApi: false };
    if (artifactType === undefined) return list;
    // Kept too, as which artifact it is then shows only in its manifest (load() checks it): an
    // entry without artifactType, and one whose registry reported the empty config's media type
    // instead of the manifest's artifactType (pre-1.1 registries; go-containerregistry's does).
    const maybe = (e: Descriptor) => e.artifactType === undefined || e.artifactType === artifactType || e.artifactType === MediaTypes.ociEmpty;
    return { ...list, entries: list.entries.filter(maybe) };
  }

  /**
   * Fetches the bundles the entries point at. A referrer that is not a bundle of this subject
   * (wrong subject, no bundle layer, unparsable) comes back with `problem` set.
   */
  async load(subjectDigest: string, entries: readonly Descriptor[]): Promise<StoredBundle[]> {
    return Promise.all(
      entries.map(async (entry): Promise<StoredBundle> => {
        const fail = (problem: string): StoredBundle => ({ manifestDigest: entry.digest, bundle: undefined, problem });
        try {
          const fetched = await this.repository.getManifest(entry.digest);
          if (!fetched) return fail('referrer manifest listed in the index does not exist');
          const manifest = parseReferrerManifest(fetched.bytes);
          if (!manifest) return fail('referrer is not an image manifest');
          if (manifest.subject?.digest !== subjectDigest) return fail(`referrer's subject is ${manifest.subject?.digest ?? 'missing'}, not ${subjectDigest}`);
          const layer = manifest.layers.find((l) => l.mediaType === MediaTypes.sigstoreBundle);
          if (!layer) return fail('referrer holds no sigstore bundle layer');
          const parsed = parseBundle(await this.repository.getBlob(layer.digest, layer.size));
          if (typeof parsed === 'string') return fail(parsed);
          return { manifestDigest: entry.digest, bundle: parsed, problem: undefined };
        } catch (e) {
          // One unreadable referrer is one signature that does not verify, as in cosign.
          return { ...fail(`not readable: ${(e as Error).message}`), failure: e };
        }
      }),
    );
  }

  /**
   * Publishes `bundle` as a referrer of `subject`. The referrer manifest is pushed by digest;
   * a registry that confirms it indexed it (OCI-Subject) keeps the list itself, otherwise it is
   * added to the fallback index without losing entries added concurrently by other signers.
   */
  async publish(subject: Descriptor, bundle: Uint8Array, options: PublishOptions = {}): Promise<AppendResult> {
    const bundleDigest = sha256Digest(bundle);
    await this.repository.putBlob(bundleDigest, bundle);
    await this.repository.ensureBlob(EMPTY_CONFIG_DIGEST, EMPTY_CONFIG);
    const referrer = buildReferrerManifest({
      artifactType: MediaTypes.sigstoreBundle,
      subject,
      layers: [{ mediaType: MediaTypes.sigstoreBundle, digest: bundleDigest, size: bundle.byteLength }],
      annotations: { [BundleAnnotations.content]: 'dsse-envelope', [BundleAnnotations.created]: rfc3339Now(), ...options.annotations },
    });
    // Only the registry's own confirmation (OCI-Subject on this PUT) spares the fallback tag, as
    // the distribution spec requires; a referrers query answering is not enough (a registry
    // may serve the API yet not have indexed this push) and would cost a request.
    const repository = this.repository;
    const indexed = await putWhileBlobsLink(async () =>
      repository.putReferrer
        ? repository.putReferrer(referrer.digest, referrer.bytes, MediaTypes.ociManifest, subject.digest)
        : (await repository.putManifest(referrer.digest, referrer.bytes, MediaTypes.ociManifest), false),
    );
    if (indexed) return { location: `${this.repository.location}@${referrer.digest}`, appended: true, manifestDigest: referrer.digest };
    return guardedAppend(this.#fallbackSet(subject.digest, referrer.descriptor), options);
  }

  #fallbackSet(subjectDigest: string, candidate: Descriptor): TaggedSet {
    return {
      repository: this.repository,
      tag: referrersTag(subjectDigest),
      location: this.location(subjectDigest),
      candidate,
      noun: 'referrer',
      read: () => this.#readFallback(subjectDigest),
      build: (entries) => ({ bytes: buildReferrersIndex(mergeReferrers(entries)), mediaType: MediaTypes.ociIndex }),
      isOurs: (entry) => entry.digest === candidate.digest,
      // Every bundle is a new manifest (randomized signature, creation time): none is equivalent.
      hasEquivalent: () => false,
      // A referrer is its manifest: another tool's entry for it with other annotations is the same one.
      key: (entry) => entry.digest,
    };
  }

  /**
   * The fallback index. Something else under its tag is reported when writing (it is someone
   * else's data, not ours to overwrite), and read as "no referrers": `cosign copy` (v2) tags the
   * copied image itself `sha256-<hex>`, which must not make a promoted image unverifiable.
   */
  async #readFallback(subjectDigest: string, options: { reading?: boolean } = {}): Promise<DescriptorSet> {
    const location = this.location(subjectDigest);
    const fetched = await this.repository.getManifest(referrersTag(subjectDigest));
    if (!fetched) return { location, manifestDigest: undefined, entries: [] };
    if (options.reading && !looksLikeIndex(fetched.bytes)) return { location, manifestDigest: fetched.digest, entries: [] };
    const entries = parseReferrersIndex(fetched.bytes, location);
    const limits = readLimits(this.repository.limits);
    if (entries.length > limits.maxLayers) throw tooManyLayers(location, entries.length, limits);
    return { location, manifestDigest: fetched.digest, entries };
  }
}

function looksLikeIndex(bytes: Uint8Array): boolean {
  try {
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { manifests?: unknown } | null;
    return Array.isArray(doc?.manifests);
  } catch {
    return false;
  }
}

/**
 * One entry per referrer manifest, first occurrence kept. A referrer is identified by its
 * digest alone (its annotations are copies of the manifest's), so an entry written by another
 * tool with different or no annotations must not make the index list the manifest twice.
 */
export function mergeReferrers(entries: readonly Descriptor[]): Descriptor[] {
  const seen = new Set<string>();
  const out: Descriptor[] = [];
  for (const entry of entries) {
    if (seen.has(entry.digest)) continue;
    seen.add(entry.digest);
    out.push(entry);
  }
  return out;
}

/** RFC 3339 to the second, as cosign writes `org.opencontainers.image.created`. */
function rfc3339Now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
