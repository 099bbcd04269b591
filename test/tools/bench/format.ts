/**
 * Number formatting for benchmark tables: thousands separators, fixed
 * decimals, bytes as MB, durations that pick ms or s.
 */

/** `1234567` → `1,234,567`. */
export const formatCount = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');

/** Fixed decimals, `n/a` for NaN. */
export const formatFixed = (n: number, digits: number): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Bytes as decimal megabytes without decimals: `1.5e9` → `1,500 MB`. */
export const formatMegabytes = (bytes: number): string => (Number.isFinite(bytes) ? `${formatCount(bytes / 1e6)} MB` : 'n/a');

/**
 * A duration: `850 ms`, `12.3 s`.
 *
 * @example
 * formatDuration(12_345) // '12.3 s'
 */
export const formatDuration = (ms: number): string =>
  !Number.isFinite(ms) ? 'n/a' : ms < 1000 ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

/** A ratio as `1.27×`. */
export const formatRatio = (r: number): string => (Number.isFinite(r) ? `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×` : 'n/a');

/** A share as a percentage with one decimal: `0.8645` → `86.5%`. */
export const formatPercent = (share: number): string => (Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : 'n/a');
