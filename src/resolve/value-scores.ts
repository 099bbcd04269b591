/**
 * Operations on one score per value of a compiled problem (global value
 * indexes): the best value of every group, scores normalized within their
 * group, and how often each source agrees with the best values.
 */
import type { CompiledProblem } from './compile-problem.js';

/**
 * The best value of every group: highest score, then most vote weight, then
 * the lowest key (values are in key order). `-1` for an empty group.
 *
 * @example
 * const best = bestValues(p, belief); // best[g] is a global value index
 */
export const bestValues = (p: CompiledProblem, score: ArrayLike<number>): Int32Array => {
  const nGroups = p.groupKeys.length;
  const best = new Int32Array(nGroups).fill(-1);
  for (let g = 0; g < nGroups; g++) {
    let b = -1;
    let bs = -Infinity;
    let bw = -Infinity;
    for (let v = p.groupValueStart[g]!; v < p.groupValueStart[g + 1]!; v++) {
      const s = score[v]!;
      if (s < bs) continue;
      let w = 0;
      for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) w += p.voteWeight[t]!;
      if (s > bs || w > bw) {
        b = v;
        bs = s;
        bw = w;
      }
    }
    best[g] = b;
  }
  return best;
};

/**
 * Divide every value's score by its group's total (scores ≥ 0), so the
 * values of a group sum to 1; a group whose scores are all 0 gets equal shares.
 */
export const shareWithinGroups = (p: CompiledProblem, score: ArrayLike<number>, out = new Float64Array(p.valueKeys.length)): Float64Array => {
  for (let g = 0; g < p.groupKeys.length; g++) {
    const v0 = p.groupValueStart[g]!;
    const v1 = p.groupValueStart[g + 1]!;
    let z = 0;
    for (let v = v0; v < v1; v++) z += Math.max(0, score[v]!);
    for (let v = v0; v < v1; v++) out[v] = z > 0 ? Math.max(0, score[v]!) / z : 1 / (v1 - v0);
  }
  return out;
};

/** Per source, the (weighted) share of its votes that went to its group's best value. */
export const agreementWithBest = (p: CompiledProblem, best: Int32Array): Float64Array => {
  const n = p.sourceIds.length;
  const out = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    let agree = 0;
    let total = 0;
    for (let i = p.sourceVoteStart[s]!; i < p.sourceVoteStart[s + 1]!; i++) {
      const t = p.sourceVotes[i]!;
      const v = p.voteValue[t]!;
      total += p.voteWeight[t]!;
      if (best[p.valueGroup[v]!] === v) agree += p.voteWeight[t]!;
    }
    out[s] = total === 0 ? 0 : agree / total;
  }
  return out;
};
