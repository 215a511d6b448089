/**
 * Race-safe read-modify-write of a list of descriptors kept in ONE tagged manifest: the layers
 * of cosign's `sha256-<hex>.sig` manifest, or the manifests[] of the OCI referrers fallback
 * index `sha256-<hex>`. Registries offer no compare-and-swap on tags, so two writers that read
 * the same version would each drop the other's entry; the protocol here (docs/concurrency.md)
 * makes every writer confirm, repair and guard what it saw. The set's format is supplied by a
 * `TaggedSet`; the protocol knows only descriptors.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { SignetError } from '../errors.ts';
import { sha256Digest } from '../oci/digest.ts';
import type { ArtifactRepository, Descriptor } from '../oci/types.ts';
import { StaleWriteError } from '../oci/stale-write.ts';
import type { Logger } from '../log.ts';
import { blobLinkingPause, isBlobStillLinking } from '../oci/blob-linking.ts';

/** One read of the set: where it lives, which manifest version, and its entries. */
export interface DescriptorSet {
  location: string;
  manifestDigest: string | undefined;
  entries: Descriptor[];
}

/** What the protocol needs to know about one tagged set and the entry being added to it. */
export interface TaggedSet {
  readonly repository: ArtifactRepository;
  /** The tag the set's manifest lives under. */
  readonly tag: string;
  /** For messages, e.g. "localhost:5000/app:sha256-….sig". */
  readonly location: string;
  /** The entry this writer adds. */
  readonly candidate: Descriptor;
  /** What "entry" means in messages: "signature", "referrer". */
  readonly noun: string;
  read(): Promise<DescriptorSet>;
  /** The manifest (or index) bytes holding exactly `entries`, and its media type. */
  build(entries: Descriptor[]): { bytes: Uint8Array; mediaType: string };
  /** Exactly our entry (not merely an equivalent one). */
  isOurs(entry: Descriptor): boolean;
  /** An equivalent of our entry is present, so nothing needs adding (a dedupe rule). */
  hasEquivalent(entries: Descriptor[]): boolean;
  /** Identity of an entry for guarding; default `entryKey` (digest plus every annotation). */
  key?(entry: Descriptor): string;
}

export interface AppendResult {
  location: string;
  appended: boolean;
  manifestDigest: string;
  /**
   * With `deferConfirm`: run no earlier than needed (it waits itself) to check the entry
   * survived concurrent writers, re-appending if not.
   */
  confirm?: () => Promise<AppendResult>;
}

export interface AppendOptions {
  /** Wait between our write and the confirmation read; default windowBound + margin. 0 skips it. */
  settleMs?: number;
  /** No manifest PUT attempt is sent later than this after the read it is based on was sent. */
  windowBoundMs?: number;
  maxAttempts?: number;
  /** Return the confirmation as `confirm` instead of waiting for it. */
  deferConfirm?: boolean;
  onConflict?: (attempt: number) => void;
  /** Debug lines about writes, restores and timings (never secrets). */
  logger?: Logger;
}

/**
 * How long after its read was *sent* a writer may still send the manifest PUT. It is a contract
 * between all signet writers, not a per-run figure: every writer's confirmation wait covers the
 * others' bound, so a writer that chose a longer bound for itself (a slow network path, a
 * CPU-starved process) could write after its peers have confirmed and left. Counted from the
 * read's request, not its answer, so a writer stalled after the answer arrived is refused too.
 * Generous against a real registry's round trips (the window holds one GET and one PUT);
 * docs/concurrency.md says why it cannot adapt per run.
 */
export const DEFAULT_WINDOW_BOUND_MS = 500;
const SETTLE_MARGIN_MS = 200;
/** The margin is at least this many times the slowest exchange seen: a loaded registry applies late. */
const SLOWNESS_FACTOR = 3;
const MAX_SETTLE_MARGIN_MS = 5_000;
/** Between reads of the set while one of our writes is overdue. */
const WATCH_INTERVAL_MS = 100;
/**
 * Random spread added to each confirmation wait so that batched confirmations do not read in
 * lockstep. It only lengthens the wait (safety comes from the bound and the margin).
 */
const CONFIRM_JITTER_MS = 50;

/** Adds `set.candidate` to the set without losing any concurrent writer's entry. */
export function guardedAppend(set: TaggedSet, options: AppendOptions = {}): Promise<AppendResult> {
  return new AppendOperation(set, options).run(1, options.deferConfirm ?? false);
}

/**
 * Identity of an entry for guarding: media type, digest, artifact type and every annotation
 * (a signature annotation among them), so two signers of one payload are two entries.
 */
export function entryKey(entry: Descriptor): string {
  const annotations = Object.entries(entry.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([entry.mediaType, entry.digest, entry.artifactType ?? null, annotations]);
}

/**
 * One writer's append. Besides its own entry, it guards every entry it has seen during the
 * operation: a write based on a stale read that drops one of them is repaired by whichever
 * writer is still confirming, so a late write (a registry that applies a PUT long after it was
 * sent) loses nothing while any writer that saw the entry is still around.
 */
class AppendOperation {
  readonly #set: TaggedSet;
  readonly #options: AppendOptions;
  readonly #windowBoundMs: number;
  /** Every entry read during this operation, by identity. */
  readonly #seen = new Map<string, Descriptor>();
  /** True once a PUT of ours may have reached the registry (a lost response still counts). */
  #wrote = false;
  #addedOurs = false;
  /** Slowest manifest read or write observed: the confirmation margin scales with it. */
  #slowestMs = 0;

  constructor(set: TaggedSet, options: AppendOptions) {
    this.#set = set;
    this.#options = options;
    this.#windowBoundMs = options.windowBoundMs ?? DEFAULT_WINDOW_BOUND_MS;
  }

  /** `defer`: hand the confirmation back instead of waiting for it (only for the first write). */
  async run(firstAttempt: number, defer: boolean): Promise<AppendResult> {
    // A stale write (a read slower than the window: a slow registry, a loaded machine) costs one
    // read to retry, so the bound is generous; a clobber or a refused manifest also counts.
    const maxAttempts = this.#options.maxAttempts ?? 16;
    const noun = this.#set.noun;
    for (let attempt = firstAttempt; attempt <= maxAttempts; attempt++) {
      const readAt = Date.now();
      const current = await this.#read();
      this.#debug(`${current.location}: read ${current.entries.length} ${noun}(s)`);
      const missing = this.#missingFrom(current.entries);
      for (const entry of current.entries) this.#seen.set(this.#key(entry), entry);
      const present = this.#present(current.entries);
      if (present && missing.length === 0) {
        // Our earlier PUT (its response lost) may have landed, and can still be clobbered: it
        // is confirmed like a fresh write. Without a PUT of ours it is an equivalent entry.
        if (this.#wrote) {
          // Exactly our entry (not an equivalent one): the PUT whose answer was lost, or whose
          // retry was too late to send, did land, so this writer added it.
          if (current.entries.some((e) => this.#set.isOurs(e))) this.#addedOurs = true;
          return this.#confirmable(attempt, Date.now(), current.location, current.manifestDigest ?? '', defer);
        }
        return { location: current.location, appended: false, manifestDigest: current.manifestDigest ?? '' };
      }
      if (missing.length > 0) {
        this.#debug(`${current.location}: restoring ${missing.length} ${noun}(s) a concurrent writer dropped`);
      }
      // Our own entry may be among the missing ones (a clobber after our write): add it once.
      const restoresOurs = missing.some((e) => this.#set.isOurs(e));
      const entries = [...current.entries, ...missing, ...(present || restoresOurs ? [] : [this.#set.candidate])];
      const built = this.#set.build(entries);
      let manifestDigest: string;
      const sentAt = Date.now();
      this.#wrote = true;
      const put = this.#set.repository.putManifest(this.#set.tag, built.bytes, built.mediaType, {
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
        if (isBlobStillLinking(e)) {
          // Refused while concurrent uploads of one of its blobs are linked: read and write again.
          await blobLinkingPause();
          continue;
        }
        throw e;
      } finally {
        await stopWatching();
      }
      const wroteAt = Date.now();
      this.#observe(wroteAt - sentAt);
      if (!present) this.#addedOurs = true;
      if (manifestDigest !== sha256Digest(built.bytes)) {
        throw new SignetError('remote', `${current.location} stored a different manifest than was sent`);
      }
      this.#debug(`${current.location}: wrote ${entries.length} ${noun}(s) ${wroteAt - readAt} ms after the read (PUT ${wroteAt - sentAt} ms)`);
      for (const entry of entries) this.#seen.set(this.#key(entry), entry);
      return this.#confirmable(attempt, wroteAt, current.location, manifestDigest, defer);
    }
    throw new SignetError('remote', `could not append a ${noun} to ${this.#set.location} after ${maxAttempts} attempts`, {
      hint: `other writers keep replacing the ${noun} manifest, or the registry is too slow to write within the window; retry later or lower the concurrency`,
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
      if (wait > 0) await sleep(wait + Math.floor(Math.random() * CONFIRM_JITTER_MS));
      const after = await this.#read();
      this.#debug(`${after.location}: confirmation read ${after.entries.length} ${this.#set.noun}(s)`);
      if (this.#present(after.entries) && this.#missingFrom(after.entries).length === 0) {
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
   * writers have confirmed and left, dropping their entries. While it is outstanding we keep
   * reading the set, so every entry it may drop is in `#seen` and our confirmation restores it.
   */
  #watchWhileOverdue(pending: Promise<unknown>, overdueAt: number): () => Promise<void> {
    const stop = new AbortController();
    const settled = pending.then(
      () => stop.abort(),
      () => stop.abort(),
    );
    const watching = (async () => {
      if (!(await pause(overdueAt - Date.now(), stop.signal))) return;
      this.#debug(`${this.#set.location}: write not answered within the window; watching the set until it is`);
      while (!stop.signal.aborted) {
        try {
          const set = await this.#set.read();
          for (const entry of set.entries) this.#seen.set(this.#key(entry), entry);
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

  async #read(): Promise<DescriptorSet> {
    const started = Date.now();
    const set = await this.#set.read();
    this.#observe(Date.now() - started);
    return set;
  }

  #observe(ms: number): void {
    if (ms > this.#slowestMs) this.#slowestMs = ms;
  }

  /** Our entry, or an equivalent one (the set's dedupe rule), is among `entries`. */
  #present(entries: Descriptor[]): boolean {
    return entries.some((e) => this.#set.isOurs(e)) || this.#set.hasEquivalent(entries);
  }

  #missingFrom(entries: Descriptor[]): Descriptor[] {
    const have = new Set(entries.map((e) => this.#key(e)));
    return [...this.#seen.entries()].filter(([key]) => !have.has(key)).map(([, entry]) => entry);
  }

  #key(entry: Descriptor): string {
    return this.#set.key ? this.#set.key(entry) : entryKey(entry);
  }

  #debug(message: string): void {
    this.#options.logger?.debug(message);
  }
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
