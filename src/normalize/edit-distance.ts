/**
 * Whether two short strings are within `k` edits (insertions, deletions,
 * substitutions, adjacent transpositions) of each other. Banded, so the
 * cost is O(length × k), and it stops as soon as the band exceeds `k`.
 */
export const withinEditDistance = (a: string, b: string, k: number): boolean => {
  if (Math.abs(a.length - b.length) > k) return false;
  if (a === b) return true;
  const n = a.length;
  const m = b.length;
  const INF = k + 1;
  // rows of the optimal-string-alignment matrix, only cells with |i - j| <= k
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => (j <= k ? j : INF));
  for (let i = 1; i <= n; i += 1) {
    const row: number[] = new Array<number>(m + 1).fill(INF);
    if (i <= k) row[0] = i;
    let best = row[0] ?? INF;
    const from = Math.max(1, i - k);
    const to = Math.min(m, i + k);
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? INF) + 1, (row[j - 1] ?? INF) + 1, (prev[j - 1] ?? INF) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? INF) + 1);
      row[j] = Math.min(v, INF);
      if (v < best) best = v;
    }
    if (best > k) return false;
    prev2 = prev;
    prev = row;
  }
  return (prev[m] ?? INF) <= k;
};
