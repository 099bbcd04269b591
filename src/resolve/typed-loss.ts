/**
 * Type-aware losses for the optimization-based methods (CRH, CATD): how far
 * a source's value is from the current truth of a group.
 *
 * - **Categorical** values (gates, author lists, names): 0-1 loss.
 * - **Numbers and times** (quantities, days, clock minutes): the absolute
 *   difference divided by the spread (standard deviation) of the group's
 *   observed values, so a time one minute off costs little and a time an
 *   hour off costs much, and groups with different units weigh alike
 *   (Li et al., SIGMOD 2014, section 3.2).
 *
 * A group is numeric when every one of its values has a number; the truth
 * of a numeric group is the weighted median of its values (the minimizer of
 * the weighted absolute loss, always one of the observed values), and that
 * of a categorical group the weighted vote.
 */
import type { Value } from '../model/value.js';
import type { CompiledProblem } from './compile-problem.js';

/** The number a value stands for, or `undefined` when it is categorical. */
export type NumericValue = (value: Value, valueKey: string) => number | undefined;

const ISO_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Default reading of numbers: a point quantity (low = high), a one-day
 * date (in days), and a text or key that is an ISO local minute
 * `YYYY-MM-DDThh:mm` (in minutes). Anything else is categorical.
 *
 * @example
 * defaultNumericValue({ type: 'text', text: '2011-12-01T14:07' }, '2011-12-01T14:07') // minutes since 1970
 */
export const defaultNumericValue: NumericValue = (value, valueKey) => {
  if (value.type === 'quantity') return value.low !== null && value.low === value.high ? value.low : undefined;
  if (value.type === 'date') return value.start === value.end ? Date.parse(`${value.start}T00:00:00Z`) / 86_400_000 : undefined;
  const m = ISO_MINUTE.exec(valueKey);
  if (m === null) return undefined;
  const t = Date.parse(`${valueKey}:00Z`);
  return Number.isNaN(t) ? undefined : t / 60_000;
};

/** Per value its number (NaN when categorical) and per group its kind and spread. */
export interface TypedValues {
  readonly number: Float64Array;
  /** 1 when the group is numeric. */
  readonly numeric: Uint8Array;
  /** Standard deviation of the group's observed numbers (over votes); 0 for categorical or constant groups. */
  readonly spread: Float64Array;
}

/** Read every value's number and every group's kind and spread. */
export const typedValues = (p: CompiledProblem, numericValue: NumericValue = defaultNumericValue): TypedValues => {
  const nValues = p.valueKeys.length;
  const nGroups = p.groupKeys.length;
  const number = new Float64Array(nValues).fill(Number.NaN);
  const numeric = new Uint8Array(nGroups);
  const spread = new Float64Array(nGroups);
  for (let g = 0; g < nGroups; g++) {
    const v0 = p.groupValueStart[g]!;
    const v1 = p.groupValueStart[g + 1]!;
    let all = true;
    for (let v = v0; v < v1; v++) {
      const x = numericValue(p.valueOf(v), p.valueKeys[v]!);
      if (x === undefined || !Number.isFinite(x)) all = false;
      else number[v] = x;
    }
    if (!all) {
      for (let v = v0; v < v1; v++) number[v] = Number.NaN;
      continue;
    }
    numeric[g] = 1;
    let w = 0;
    let mean = 0;
    for (let v = v0; v < v1; v++) {
      for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) {
        w += p.voteWeight[t]!;
        mean += p.voteWeight[t]! * number[v]!;
      }
    }
    mean /= w;
    let sq = 0;
    for (let v = v0; v < v1; v++) {
      for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) sq += p.voteWeight[t]! * (number[v]! - mean) ** 2;
    }
    spread[g] = Math.sqrt(sq / w);
  }
  return { number, numeric, spread };
};

/** Loss of saying value `v` when `truth` is true (same group). */
export const lossBetween = (tv: TypedValues, g: number, v: number, truth: number): number => {
  if (v === truth) return 0;
  if (tv.numeric[g] === 0) return 1;
  const s = tv.spread[g]!;
  return s > 0 ? Math.abs(tv.number[v]! - tv.number[truth]!) / s : 0;
};

/**
 * Given a weight per source, a score per value whose best value in each
 * group is that group's truth: the weighted vote share for categorical
 * groups; for numeric groups e^{−D(v)} normalized within the group, where
 * D(v) is the weighted mean normalized distance from v to the sources'
 * values (least at the weighted median).
 */
export const scoreValues = (p: CompiledProblem, tv: TypedValues, weight: ArrayLike<number>, out: Float64Array = new Float64Array(p.valueKeys.length)): Float64Array => {
  for (let g = 0; g < p.groupKeys.length; g++) {
    const v0 = p.groupValueStart[g]!;
    const v1 = p.groupValueStart[g + 1]!;
    let total = 0;
    for (let v = v0; v < v1; v++) {
      let w = 0;
      for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) w += weight[p.voteSource[t]!]! * p.voteWeight[t]!;
      out[v] = w;
      total += w;
    }
    if (tv.numeric[g] === 0 || v1 - v0 < 2 || tv.spread[g] === 0) {
      for (let v = v0; v < v1; v++) out[v] = total > 0 ? out[v]! / total : 1 / (v1 - v0);
      continue;
    }
    // D(v) = Σ_u w(u) |x_u − x_v| / (spread · Σ w).
    const s = tv.spread[g]!;
    const d = new Float64Array(v1 - v0);
    let min = Infinity;
    for (let a = v0; a < v1; a++) {
      let acc = 0;
      for (let b = v0; b < v1; b++) acc += out[b]! * Math.abs(tv.number[a]! - tv.number[b]!);
      d[a - v0] = total > 0 ? acc / (s * total) : 0;
      min = Math.min(min, d[a - v0]!);
    }
    let z = 0;
    for (let a = v0; a < v1; a++) z += Math.exp(-(d[a - v0]! - min));
    for (let a = v0; a < v1; a++) out[a] = Math.exp(-(d[a - v0]! - min)) / z;
  }
  return out;
};
