/**
 * Reads and appends signatures in cosign's legacy `.sig` layout on any ArtifactRepository
 * (a registry repository, possibly COSIGN_REPOSITORY, or an OCI layout).
 */
import { setTimeout as delay } from 'node:timers/promises';
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
import type { Logger } from '../log.ts';

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
/** The margin is at least this many times the slowest exchange seen: a loaded registry applies late. */
const SLOWNESS_FACTOR = 3;
const MAX_SETTLE_MARGIN_MS = 5_000;
/** Between reads of the set while one of our writes is overdue. */
const WATCH_INTERVAL_MS = 100;
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
    const op = new AppendOperation(this, digest, candidate.descriptor, payload, annotations, isSameSigner, options);
    return op.run(1, options.deferConfirm ?? false);
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

/**
 * One signer's append (docs/concurrency.md). Besides its own layer, it guards every layer it
 * has seen during the operation: a write based on a stale read that drops one of them is
 * repaired by whichever signer is still confirming, so a late write (a registry that applies a
 * PUT long after it was sent) loses nothing while any writer that saw the layer is still around.
 */
class AppendOperation {
  readonly #store: CosignSignatureStore;
  readonly #digest: string;
  readonly #candidate: Descriptor;
  readonly #payload: Uint8Array;
  readonly #annotations: Record<string, string>;
  readonly #isSameSigner: (existing: StoredSignature) => boolean;
  readonly #options: AppendOptions;
  readonly #windowBoundMs: number;
  /** Every layer read during this operation, by identity. */
  readonly #seen = new Map<string, Descriptor>();
  /** True once a PUT of ours may have reached the registry (a lost response still counts). */
  #wrote = false;
  #addedOurs = false;
  /** Slowest manifest read or write observed: the confirmation margin scales with it. */
  #slowestMs = 0;

  constructor(
    store: CosignSignatureStore,
    digest: string,
    candidate: Descriptor,
    payload: Uint8Array,
    annotations: Record<string, string>,
    isSameSigner: (existing: StoredSignature) => boolean,
    options: AppendOptions,
  ) {
    this.#store = store;
    this.#digest = digest;
    this.#candidate = candidate;
    this.#payload = payload;
    this.#annotations = annotations;
    this.#isSameSigner = isSameSigner;
    this.#options = options;
    this.#windowBoundMs = options.windowBoundMs ?? DEFAULT_WINDOW_BOUND_MS;
  }

  /** `defer`: hand the confirmation back instead of waiting for it (only for the first write). */
  async run(firstAttempt: number, defer: boolean): Promise<AppendResult> {
    const maxAttempts = this.#options.maxAttempts ?? 8;
    const tag = signatureTag(this.#digest);
    for (let attempt = firstAttempt; attempt <= maxAttempts; attempt++) {
      const readAt = Date.now();
      const current = await this.#read();
      this.#debug(`${current.location}: read ${current.layers.length} layer(s)`);
      const missing = this.#missingFrom(current.layers);
      for (const layer of current.layers) this.#seen.set(layerKey(layer), layer);
      const present = this.#present(current.layers);
      if (present && missing.length === 0) {
        // Our earlier PUT (its response lost) may have landed, and can still be clobbered: it
        // is confirmed like a fresh write. Without a PUT of ours it is an equivalent signature.
        if (this.#wrote) return this.#confirmable(attempt, Date.now(), current.location, current.manifestDigest ?? '', defer);
        return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
      }
      if (missing.length > 0) {
        this.#debug(`${current.location}: restoring ${missing.length} signature(s) a concurrent writer dropped`);
      }
      // Our own layer may be among the missing ones (a clobber after our write): add it once.
      const restoresOurs = missing.some((l) => isOurs(l, this.#candidate, this.#annotations));
      const layers = [...current.layers, ...missing, ...(present || restoresOurs ? [] : [this.#candidate])];
      const built = buildSignatureManifest(layers);
      let manifestDigest: string;
      const sentAt = Date.now();
      this.#wrote = true;
      const put = this.#store.repository.putManifest(tag, built.manifest, MediaTypes.ociManifest, {
        notAfter: readAt + this.#windowBoundMs,
      });
      const stopWatching = this.#watchWhileOverdue(put, readAt + this.#windowBoundMs + SETTLE_MARGIN_MS);
      try {
        manifestDigest = await put;
      } catch (e) {
        if (e instanceof StaleWriteError) {
          this.#options.onConflict?.(attempt);
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
      } finally {
        await stopWatching();
      }
      const wroteAt = Date.now();
      this.#observe(wroteAt - sentAt);
      if (!present) this.#addedOurs = true;
      if (manifestDigest !== sha256Digest(built.manifest)) {
        throw new SignetError('remote', `${current.location} stored a different manifest than was sent`);
      }
      this.#debug(`${current.location}: wrote ${layers.length} layer(s) ${wroteAt - readAt} ms after the read (PUT ${wroteAt - sentAt} ms)`);
      for (const layer of layers) this.#seen.set(layerKey(layer), layer);
      return this.#confirmable(attempt, wroteAt, current.location, manifestDigest, defer);
    }
    throw new SignetError('remote', `could not append a signature to ${this.#store.location(this.#digest)} after ${maxAttempts} attempts`, {
      hint: 'other writers keep replacing the signature manifest, or the registry is too slow to write within the window; retry later or lower the concurrency',
    });
  }

  /**
   * Safe to end once a read later than the window bound plus a margin after our write still
   * shows everything we guard: any writer that missed it read before our write, so its PUT was
   * sent within the bound of that and has been applied by then, unless the registry took
   * longer than the margin to apply it. The margin grows with the slowest exchange we saw.
   */
  #confirmable(attempt: number, wroteAt: number, location: string, manifestDigest: string, defer: boolean): Promise<AppendResult> | AppendResult {
    const settleMs = this.#options.settleMs ?? this.#windowBoundMs + this.#margin();
    if (settleMs === 0) return { location, appended: this.#addedOurs, manifestDigest };
    const confirm = async (): Promise<AppendResult> => {
      const wait = wroteAt + settleMs - Date.now();
      if (wait > 0) await sleep(wait + Math.floor(Math.random() * SETTLE_MARGIN_MS));
      const after = await this.#read();
      this.#debug(`${after.location}: confirmation read ${after.layers.length} layer(s)`);
      if (this.#present(after.layers) && this.#missingFrom(after.layers).length === 0) {
        return { location: after.location, appended: this.#addedOurs, manifestDigest: after.manifestDigest ?? manifestDigest };
      }
      // A writer that read before one of the writes we guard replaced the manifest: merge
      // again, and this time wait for the confirmation: whoever ran this one expects it final.
      this.#options.onConflict?.(attempt);
      return this.run(attempt + 1, false);
    };
    if (defer) return { location, appended: this.#addedOurs, manifestDigest, confirm };
    return confirm();
  }

  /**
   * A PUT still unanswered after the window bound plus the margin may be applied after other
   * writers have confirmed and left, dropping their layers. While it is outstanding we keep
   * reading the set, so every layer it may drop is in `#seen` and our confirmation restores it.
   */
  #watchWhileOverdue(pending: Promise<unknown>, overdueAt: number): () => Promise<void> {
    const stop = new AbortController();
    const settled = pending.then(
      () => stop.abort(),
      () => stop.abort(),
    );
    const watching = (async () => {
      if (!(await pause(overdueAt - Date.now(), stop.signal))) return;
      this.#debug(`${this.#store.location(this.#digest)}: write not answered within the window; watching the set until it is`);
      while (!stop.signal.aborted) {
        try {
          const set = await this.#store.read(this.#digest);
          for (const layer of set.layers) this.#seen.set(layerKey(layer), layer);
        } catch {
          // Best effort: the outcome of the write itself decides what happens next.
        }
        if (!(await pause(WATCH_INTERVAL_MS, stop.signal))) return;
      }
    })();
    return async () => {
      await settled;
      await watching;
    };
  }

  #margin(): number {
    return Math.min(MAX_SETTLE_MARGIN_MS, Math.max(SETTLE_MARGIN_MS, SLOWNESS_FACTOR * this.#slowestMs));
  }

  async #read(): Promise<SignatureSet> {
    const started = Date.now();
    const set = await this.#store.read(this.#digest);
    this.#observe(Date.now() - started);
    return set;
  }

  #observe(ms: number): void {
    if (ms > this.#slowestMs) this.#slowestMs = ms;
  }

  /** Our signature, or an equivalent one (cosign's dedupe rule), is among `layers`. */
  #present(layers: Descriptor[]): boolean {
    if (layers.some((l) => isOurs(l, this.#candidate, this.#annotations))) return true;
    return this.#store.findEquivalent(layers, this.#candidate, this.#payload, this.#annotations, this.#isSameSigner) !== undefined;
  }

  #missingFrom(layers: Descriptor[]): Descriptor[] {
    const have = new Set(layers.map(layerKey));
    return [...this.#seen.entries()].filter(([key]) => !have.has(key)).map(([, layer]) => layer);
  }

  #debug(message: string): void {
    this.#options.logger?.debug(message);
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
  /** Debug lines about writes, restores and timings (never secrets). */
  logger?: Logger;
}

/** Identity of a layer for guarding: digest plus every annotation (the signature among them). */
function layerKey(layer: Descriptor): string {
  const annotations = Object.entries(layer.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([layer.mediaType, layer.digest, annotations]);
}

/** Exactly our layer: other signers of the same payload differ only in the signature. */
function isOurs(layer: Descriptor, candidate: Descriptor, annotations: Record<string, string>): boolean {
  return (
    layer.digest === candidate.digest &&
    layer.annotations?.[Annotations.signature] === annotations[Annotations.signature] &&
    sameAnnotationsExceptSignature(layer.annotations ?? {}, annotations)
  );
}

/** Waits `ms` unless `signal` aborts first; true when the full time passed. */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (ms <= 0) return true;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
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
