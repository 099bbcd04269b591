/**
 * Majority vote: the baseline every truth-discovery paper reports ("NAIVE"
 * in Dong et al. 2009, "Vote" in Li et al. 2012). Each source has one vote
 * per group, split evenly when it gives several values; a value's confidence
 * is its share of the group's sources.
 */
import { buildResolution } from './build-resolution.js';
import { compileProblem } from './compile-problem.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';

const resolveByVote = (problem: ResolutionProblem): Resolution => {
  const p = compileProblem(problem);
  const confidence = p.groups.map((g) => {
    const total = g.sources.length;
    return Float64Array.from(g.values, (v) => (total === 0 ? 0 : v.weights.reduce((a, w) => a + w, 0) / total));
  });
  // Trust, for information: the share of a source's votes that went to the winner.
  const winner = confidence.map((c) => {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < c.length; i++) {
      if (c[i]! > bestScore) {
        best = i;
        bestScore = c[i]!;
      }
    }
    return best;
  });
  const trust = Float64Array.from(p.entries, (es) => {
    let agree = 0;
    let total = 0;
    for (const e of es) {
      total += e.weight;
      if (winner[e.group] === e.value) agree += e.weight;
    }
    return total === 0 ? 0 : agree / total;
  });
  return buildResolution('majority-vote', p, { confidence, trust, iterations: 1, converged: true });
};

/**
 * The majority-vote strategy.
 *
 * @example
 * const r = majorityVote.resolve({ groups: [{ key: 'book:1/authors', functional: true, observations }] });
 * r.groups[0]?.preferred?.valueKey;
 */
export const majorityVote: Strategy = Object.freeze({
  id: 'majority-vote',
  meta: Object.freeze({
    description: 'Each source gets one vote per group; the value with most votes wins. Ignores source quality and copying.',
  }),
  resolve: resolveByVote,
});
