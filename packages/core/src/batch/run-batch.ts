/**
 * Works through many images with bounded concurrency. One failure never stops the others;
 * every item ends as a result or an error, in input order.
 */
export type Outcome<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export async function runBatch<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T) => Promise<R>,
  onSettled?: (outcome: Outcome<T, R>, done: number, total: number) => void,
): Promise<Outcome<T, R>[]> {
  const outcomes: Outcome<T, R>[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      let outcome: Outcome<T, R>;
      try {
        outcome = { item, ok: true, value: await worker(item) };
      } catch (error) {
        outcome = { item, ok: false, error };
      }
      outcomes[index] = outcome;
      onSettled?.(outcome, ++done, items.length);
    }
  });
  await Promise.all(lanes);
  return outcomes;
}

/**
 * `work`'s result with the seconds it took. process.hrtime, not the global `performance`: the
 * first use of `performance` loads perf_hooks and eight internal modules with it, a cost every
 * one-image verify process paid for one subtraction.
 */
export async function timed<R extends object>(work: () => Promise<R>): Promise<R & { seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ...result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
