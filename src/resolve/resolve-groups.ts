/**
 * Run several strategies over one problem, and the built-in strategy list.
 */
import { createMessage, type Message } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import { accu, accuCopy } from './accu.js';
import { attributeAccu } from './attribute-accuracy.js';
import { averageLog, investment, pooledInvestment, sums } from './fact-finders.js';
import { catd, crh } from './loss-weighted.js';
import { majorityVote } from './majority-vote.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { truthFinder } from './truth-finder.js';

/**
 * The default strategy (`attribute-accu`): what the conflict report's
 * "most likely true" and `resolveGroups` use unless told otherwise. It was
 * chosen by leave-one-day-out selection on the development data; see
 * docs/truth-discovery.md for the rule and the figures.
 */
export const defaultStrategy: Strategy = attributeAccu;

/** The built-in strategies with the papers' parameters, baseline first, the default last. */
export const builtinStrategies: readonly Strategy[] = Object.freeze([
  majorityVote,
  truthFinder,
  accu,
  accuCopy,
  sums,
  averageLog,
  investment,
  pooledInvestment,
  crh,
  catd,
  attributeAccu,
]);

/** Result of `resolveGroups`: one resolution per strategy, or the duplicate strategy ids that prevented it. */
export type ResolveGroupsResult = Result<readonly Resolution[]>;

/**
 * Resolve a problem with each strategy given, in order (default: the
 * default strategy alone). Strategy ids must be unique (they key the results).
 *
 * @example
 * const result = resolveGroups(problem); // [defaultStrategy]
 * const all = resolveGroups(problem, builtinStrategies);
 * if (all.ok) for (const r of all.value) console.log(r.strategyId, r.groups[0]?.preferred?.valueKey);
 */
export const resolveGroups = (problem: ResolutionProblem, strategies: readonly Strategy[] = [defaultStrategy]): ResolveGroupsResult => {
  const seen = new Set<string>();
  const problems: Message[] = [];
  for (const s of strategies) {
    if (seen.has(s.id)) problems.push(createMessage('duplicate-strategy-id', `strategy id "${s.id}" is used twice`, { hint: 'give each strategy a distinct id' }));
    seen.add(s.id);
  }
  if (problems.length > 0) return failed(problems);
  return ok(strategies.map((s) => s.resolve(problem)));
};
