/**
 * Graded discrepancy: how far apart two conflicting values are, relative to
 * their size and the precision their words imply. A finding carries the
 * largest discrepancy between its value clusters; it sets the finding's
 * severity (a minor tension is at most a warning) and orders the report.
 *
 * Three grades:
 * - `minor`: a tension a rounding or a reporting lag can explain — numbers
 *   at most {@link MINOR_RELATIVE_GAP} apart once their rounding is allowed
 *   for, dates a day apart;
 * - `substantial`: different values that cannot both be right;
 * - `magnitude`: an order-of-magnitude or sign-level difference — a slipped
 *   digit (`$12 billion` vs `$120 billion`), a sign, a year.
 *
 * The `score` orders findings: the grade's rank (minor 0, substantial 1,
 * magnitude 2) plus a fraction within the grade, so it lies in [0, 3).
 */
import { z } from 'zod';
import type { Bounds } from './interval.js';
import { intervalsOverlap } from './interval.js';
import { formatNumber } from './number-format.js';

export const DiscrepancyGradeSchema = z.enum(['minor', 'substantial', 'magnitude']);
export type DiscrepancyGrade = z.infer<typeof DiscrepancyGradeSchema>;

export const DiscrepancySchema = z.object({
  grade: DiscrepancyGradeSchema,
  /** Larger is further apart: the grade's rank (0, 1, 2) plus a fraction within it. */
  score: z.number().min(0).lt(3),
  /** In words: "minor tension: 3% apart", "about tenfold apart", "twelve days apart". */
  label: z.string(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** Numbers at most this far apart (relative to the larger, after rounding) are a minor tension. */
export const MINOR_RELATIVE_GAP = 0.1;
/** Numbers this many times apart (or more) are an order of magnitude apart: 10^0.95 ≈ 8.9, so a slipped digit still counts when one side is rounded. */
export const MAGNITUDE_RATIO = 10 ** 0.95;

const GRADE_RANK: Readonly<Record<DiscrepancyGrade, number>> = { minor: 0, substantial: 1, magnitude: 2 };

/**
 * A discrepancy of a grade, `within` (0–1) placing it inside the grade.
 *
 * @example
 * graded('minor', 0.3, 'minor tension: 3% apart') // { grade: 'minor', score: 0.3, label: … }
 */
export const graded = (grade: DiscrepancyGrade, within: number, label: string): Discrepancy => {
  const fraction = Number.isFinite(within) ? Math.min(0.999, Math.max(0, within)) : 0.999;
  return { grade, score: Math.round((GRADE_RANK[grade] + fraction) * 1000) / 1000, label };
};

/** The discrepancy of a conflict no kind measures (two different entities, lists, booleans). */
export const DIFFERENT_VALUES: Discrepancy = graded('substantial', 0.5, 'different values');

/** The largest of some discrepancies (`undefined` for none). */
export const largestDiscrepancy = (list: readonly (Discrepancy | undefined)[]): Discrepancy | undefined => {
  let best: Discrepancy | undefined;
  for (const d of list) if (d !== undefined && (best === undefined || d.score > best.score)) best = d;
  return best;
};

/** The severity a grade implies: a minor tension is a warning, the rest errors. */
export const severityOfGrade = (grade: DiscrepancyGrade): 'error' | 'warning' => (grade === 'minor' ? 'warning' : 'error');

/** A relative gap in percent, never "0%": a gap too small to show is "less than 0.01%" (a gap of none is said in words, `touching`). */
const percent = (x: number): string => {
  const p = x * 100;
  if (p < 0.005) return 'less than 0.01%';
  return p >= 10 ? `${Math.round(p)}%` : p >= 1 ? `${Math.round(p * 10) / 10}%` : `${Math.round(p * 100) / 100}%`;
};

const times = (ratio: number): string => {
  if (ratio >= 9 && ratio < 11) return 'about tenfold';
  if (ratio >= 90 && ratio < 110) return 'about a hundredfold';
  return ratio >= 100 ? `${formatNumber(Math.round(ratio))} times` : `${Math.round(ratio * 10) / 10} times`;
};

/**
 * The discrepancy of two number intervals: `written` as the words give them,
 * `compared` widened by their rounding. `undefined` when the compared
 * intervals overlap (the values are compatible).
 *
 * - intervals that meet at one value neither holds (`touching`): a figure on
 *   a strict bound ("3 km", "under 3 km") or neighbouring round figures
 *   ("1,100", "1,200") → `minor`; two bounds or ranges on opposite sides of
 *   one figure ("up to 200", "more than 200") → `substantial`;
 * - opposite signs, or nearest written ends {@link MAGNITUDE_RATIO} or more
 *   times apart → `magnitude`;
 * - a gap of at most {@link MINOR_RELATIVE_GAP} of the larger compared end → `minor`;
 * - otherwise `substantial`.
 *
 * `words`, the two values as a message says them, name them in a label
 * that needs them ("3 km lies on the bound 'under 3 km'").
 *
 * @example
 * numberDiscrepancy([a, b], [aRounded, bRounded]) // { grade: 'magnitude', score: 2.1, label: 'about tenfold apart' }
 */
export const numberDiscrepancy = (
  written: readonly [Bounds, Bounds],
  compared: readonly [Bounds, Bounds],
  words?: readonly [string, string],
): Discrepancy | undefined => {
  const [ca, cb] = compared;
  if (intervalsOverlap(ca, cb)) return undefined;
  // Which interval lies below the other (they are disjoint, so the nearest ends are finite).
  const aBelow = ca.high !== null && cb.low !== null && ca.high <= cb.low;
  const [lowC, highC] = aBelow ? [ca, cb] : [cb, ca];
  const [lowW, highW] = aBelow ? [written[0], written[1]] : [written[1], written[0]];
  const x = lowC.high as number;
  const y = highC.low as number;
  if (x === y) {
    const [lowWords, highWords] = words === undefined ? [undefined, undefined] : aBelow ? words : [words[1], words[0]];
    return touching(lowW, highW, x, lowWords, highWords);
  }
  const scale = Math.max(Math.abs(x), Math.abs(y));
  const relative = scale === 0 ? 1 : (y - x) / scale;
  const xs = lowW.high ?? x;
  const ys = highW.low ?? y;
  if (xs < 0 && ys > 0) return graded('magnitude', 0.999, 'opposite signs');
  const ratio = xs > 0 && ys > 0 ? ys / xs : xs < 0 && ys < 0 ? xs / ys : Number.POSITIVE_INFINITY;
  if (Number.isFinite(ratio) && ratio >= MAGNITUDE_RATIO) return graded('magnitude', Math.log10(ratio) / 10, `${times(ratio)} apart`);
  if (relative <= MINOR_RELATIVE_GAP) return graded('minor', relative / MINOR_RELATIVE_GAP, `minor tension: ${percent(relative)} apart`);
  return graded('substantial', Number.isFinite(ratio) ? Math.log10(ratio) / Math.log10(MAGNITUDE_RATIO) : 0.5, `${percent(relative)} apart`);
};

/**
 * Two intervals that meet at one value, `at`, which one of them excludes (a
 * gap of none: "0% apart" says nothing to a reader). `low` lies below, `high`
 * above, as written; the words name them when given.
 *
 * - A rounding reaches the meeting value (an end written elsewhere was
 *   widened to it): neighbouring round figures ("1,100" and "1,200" meet
 *   only at 1,150, which rounds to one of them), a minor tension shown with
 *   the gap between the figures written;
 * - a single figure on a strict bound ("3 km", "under 3 km"; "5 miles",
 *   "more than 5 miles"): a minor tension — the bound excludes it in
 *   arithmetic, but a reader sees one writer rounding the other's figure;
 * - two bounds or ranges on opposite sides of one figure ("up to 200" and
 *   "more than 200", "more than half" and "under half"): they say opposite
 *   things about it, a substantial conflict.
 */
const touching = (low: Bounds, high: Bounds, at: number, lowWords: string | undefined, highWords: string | undefined): Discrepancy => {
  const xs = low.high ?? at;
  const ys = high.low ?? at;
  if (xs !== at || ys !== at) {
    const scale = Math.max(Math.abs(xs), Math.abs(ys));
    const relative = scale === 0 ? 1 : (ys - xs) / scale;
    const label = xs !== at && ys !== at ? `neighbouring round figures, ${percent(relative)} apart` : `${percent(relative)} apart, meeting only at the edge of a rounding`;
    return graded('minor', relative / MINOR_RELATIVE_GAP, `minor tension: ${label}`);
  }
  const lowPoint = low.low === low.high;
  const highPoint = high.low === high.high;
  if (lowPoint || highPoint) {
    const [point, bound] = lowPoint ? [lowWords, highWords] : [highWords, lowWords];
    const label = point !== undefined && bound !== undefined ? `${point} lies on the bound '${bound}'` : `${formatNumber(at)} lies on a bound that excludes it`;
    return graded('minor', 0, `minor tension: ${label}`);
  }
  return graded('substantial', 0, `opposite sides of ${formatNumber(at)}`);
};
