/**
 * Medians over repeated runs: every figure the benchmarks report is the
 * median of several runs, each in its own process.
 */

/**
 * The median of a non-empty list (mean of the two middle values for an even
 * count); `NaN` for an empty list.
 *
 * @example
 * median([3, 1, 2]) // 2
 * median([4, 1, 3, 2]) // 2.5
 */
export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Per numeric field, the median over runs. Fields missing or non-numeric in
 * some run are taken over the runs that have them.
 *
 * @example
 * medianOfRuns([{ ms: 10, rss: 5 }, { ms: 30, rss: 7 }, { ms: 20, rss: 6 }]) // { ms: 20, rss: 6 }
 */
export const medianOfRuns = <K extends string>(runs: readonly Readonly<Partial<Record<K, number>>>[]): Record<K, number> => {
  const keys = new Set<K>();
  for (const r of runs) for (const k of Object.keys(r) as K[]) keys.add(k);
  const out = {} as Record<K, number>;
  for (const k of [...keys].sort()) {
    const xs = runs.map((r) => r[k]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    out[k] = median(xs);
  }
  return out;
};
