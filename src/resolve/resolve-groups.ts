/**
 * Run several strategies over one problem, and the built-in strategy list.
 */
import { createMessage, type Message } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import { accu, accuCopy } from './accu.js';
import { majorityVote } from './majority-vote.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { truthFinder } from './truth-finder.js';

/** The built-in strategies with the papers' parameters, baseline first. */
export const builtinStrategies: readonly Strategy[] = Object.freeze([majorityVote, truthFinder, accu, accuCopy]);

/** Result of `resolveGroups`: one resolution per strategy, or the duplicate strategy ids that prevented it. */
export type ResolveGroupsResult = Result<readonly Resolution[]>;

/**
 * Resolve a problem with every strategy, in the order given. Strategy ids
 * must be unique (they key the results).
 *
 * @example
 * const result = resolveGroups(problem, builtinStrategies);
 * if (result.ok) for (const r of result.value) console.log(r.strategyId, r.groups[0]?.preferred?.valueKey);
 */
export const resolveGroups = (problem: ResolutionProblem, strategies: readonly Strategy[] = builtinStrategies): ResolveGroupsResult => {
  const seen = new Set<string>();
  const problems: Message[] = [];
  for (const s of strategies) {
    if (seen.has(s.id)) problems.push(createMessage('duplicate-strategy-id', `strategy id "${s.id}" is used twice`, { hint: 'give each strategy a distinct id' }));
    seen.add(s.id);
  }
  if (problems.length > 0) return failed(problems);
  return ok(strategies.map((s) => s.resolve(problem)));
};
