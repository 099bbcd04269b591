/**
 * The strategies the evaluation runs on every data set, given the data
 * set's value similarity (author-list containment for books, time
 * proximity for flights), and which of them is the library's default.
 */
import { createAccu } from '../resolve/accu.js';
import { majorityVote } from '../resolve/majority-vote.js';
import type { Strategy } from '../resolve/problem.js';
import { builtinStrategies, defaultStrategy } from '../resolve/resolve-groups.js';
import { createTruthFinder } from '../resolve/truth-finder.js';
import type { ValueSimilarity } from '../resolve/value-similarity.js';

/** Id of the library's default strategy (`defaultStrategy`), whose rows the evaluation marks. */
export const DEFAULT_STRATEGY_ID: string = defaultStrategy.id;

/**
 * Baseline first; every parameter is the paper's default unless named:
 * - `majority-vote`;
 * - `truth-finder`: γ 0.3, ρ 0.5, base similarity 0.5, t0 0.9, implication from `similarity`;
 * - `accu`: n 100, A0 0.8, no dependence (ACCU-NoDep);
 * - `accu-copy`: ACCU with Bayesian copy detection (α 0.2, c 0.8), shared
 *   false values weighed by popularity;
 * - `accu-copy-sim`: the same with similar values supporting each other (ρ 0.5, SIM);
 * - `accu-mirrors`: ACCU whose only dependence is mirrors (sources agreeing on
 *   ≥ 98 % of ≥ 50 shared items), no learned copying (α 0);
 * - `sums`, `average-log`, `investment` (g 1.2), `pooled-investment` (g 1.4,
 *   10 rounds): Pasternack & Roth 2010;
 * - `crh` (Li et al. 2014), `catd` (Li et al. 2015, α 0.05): type-aware losses;
 * - `attribute-accu`, the default: its own type-aware similarity, not the
 *   data set's (it is one strategy for every corpus).
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
  // The other built-ins as they are (they take no similarity, or their own).
  ...builtinStrategies.filter((s) => !WITH_DATA_SET_SIMILARITY.has(s.id)),
];

/** Built-ins the evaluation builds itself above, with the data set's similarity or variants. */
const WITH_DATA_SET_SIMILARITY: ReadonlySet<string> = new Set(['majority-vote', 'truth-finder', 'accu', 'accu-copy']);
