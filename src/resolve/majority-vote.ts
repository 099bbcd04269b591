/**
 * Majority vote: the baseline every truth-discovery paper reports ("NAIVE"
 * in Dong et al. 2009, "Vote" in Li et al. 2012). Each source has one vote
 * per group, split evenly when it gives several values; a value's confidence
 * is its share of the group's sources.
 */
import { buildResolution } from './build-resolution.js';
import { compileProblem } from './compile-problem.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { agreementWithBest, bestValues } from './value-scores.js';

const resolveByVote = (problem: ResolutionProblem): Resolution => {
  const p = compileProblem(problem);
  const confidence = new Float64Array(p.valueKeys.length);
  for (let v = 0; v < confidence.length; v++) {
    let w = 0;
    for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) w += p.voteWeight[t]!;
    const total = p.groupSourceCount[p.valueGroup[v]!]!;
    confidence[v] = total === 0 ? 0 : w / total;
  }
  // Trust, for information: the share of a source's votes that went to the winner.
  const trust = agreementWithBest(p, bestValues(p, confidence));
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
