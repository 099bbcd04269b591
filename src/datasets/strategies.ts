/**
 * The strategies the evaluation runs on every data set, given the data
 * set's value similarity (author-list containment for books, time
 * proximity for flights).
 */
import { createAccu } from '../resolve/accu.js';
import { majorityVote } from '../resolve/majority-vote.js';
import type { Strategy } from '../resolve/problem.js';
import { createTruthFinder } from '../resolve/truth-finder.js';
import type { ValueSimilarity } from '../resolve/value-similarity.js';

/**
 * Baseline first; every parameter is the paper's default unless named:
 * - `majority-vote`;
 * - `truth-finder`: γ 0.3, ρ 0.5, base similarity 0.5, t0 0.9, implication from `similarity`;
 * - `accu`: n 100, A0 0.8, no dependence (ACCU-NoDep);
 * - `accu-copy`: ACCU with Bayesian copy detection (α 0.2, c 0.8), shared
 *   false values weighed by popularity;
 * - `accu-copy-sim`: the same with similar values supporting each other (ρ 0.5, SIM);
 * - `accu-mirrors`: ACCU whose only dependence is mirrors (sources agreeing on
 *   ≥ 98 % of ≥ 50 shared items), no learned copying (α 0).
 *
 * @example
 * for (const s of evaluationStrategies(entitySetContainment)) s.resolve(problem);
 */
export const evaluationStrategies = (similarity: ValueSimilarity): readonly Strategy[] => [
  majorityVote,
  createTruthFinder({ similarity }),
  createAccu({ copyDetection: false }),
  createAccu({ id: 'accu-copy' }),
  createAccu({ id: 'accu-copy-sim', similarity }),
  createAccu({ id: 'accu-mirrors', mirrors: true, alpha: 0 }),
];
