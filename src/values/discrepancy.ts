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

const percent = (x: number): string => {
  const p = x * 100;
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
 * - opposite signs, or nearest written ends {@link MAGNITUDE_RATIO} or more
 *   times apart → `magnitude`;
 * - a gap of at most {@link MINOR_RELATIVE_GAP} of the larger compared end → `minor`;
 * - otherwise `substantial`.
 *
 * @example
 * numberDiscrepancy([a, b], [aRounded, bRounded]) // { grade: 'magnitude', score: 2.1, label: 'about tenfold apart' }
 */
export const numberDiscrepancy = (
  written: readonly [Bounds, Bounds],
  compared: readonly [Bounds, Bounds],
): Discrepancy | undefined => {
  const [ca, cb] = compared;
  if (intervalsOverlap(ca, cb)) return undefined;
  // Which interval lies below the other (they are disjoint, so the nearest ends are finite).
  const aBelow = ca.high !== null && cb.low !== null && ca.high <= cb.low;
  const [lowC, highC] = aBelow ? [ca, cb] : [cb, ca];
  const [lowW, highW] = aBelow ? [written[0], written[1]] : [written[1], written[0]];
  const x = lowC.high as number;
  const y = highC.low as number;
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
