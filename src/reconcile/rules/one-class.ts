/**
 * The value class of a group whose claims all say the same thing, read
 * from the group facts instead of the context: `context.classes(group)`
 * keeps what it makes in the context's cache for the rest of the run (a
 * record per group, carried by every collection until coverage), which a
 * rule that reads a group's one class once need not pay for.
 */
import type { ClaimGroup } from '../claim-groups.js';
import type { RuleContext } from '../rule.js';
import { clustersByClass } from '../rule-context.js';
import { saysOneThing } from './group-facts.js';
import type { ValueClass } from './value-classes.js';

/**
 * The one value class of a group whose claims all say the same thing (the group facts tell: no claim
 * denies, the affirmed values do not differ: `saysOneThing`), for a context `buildContext` made — what
 * `context.classes(group)` gives it, without keeping it in the context's cache for the rest of the run.
 * `undefined` for any other group or context: ask the context.
 *
 * @example
 * const one = oneClass(context, groupFacts(context)[g], group);
 * const classes = one !== undefined ? [one] : context.classes(group);
 */
export const oneClass = (context: RuleContext, facts: number, group: ClaimGroup): ValueClass | undefined => {
  const first = group.claims[0];
  if (first === undefined || !saysOneThing(facts) || !clustersByClass(context)) return undefined;
  return { key: first.classKey, claims: group.claims };
};
