/**
 * A screen before clustering: whether two affirmative value classes of a
 * claim group conflict at all. Which clusters of a group are in dispute is
 * decided by comparing cluster leaders, and every leader is a class's
 * representative (its first claim); so when no two representatives
 * conflict, no cluster is in dispute and value-conflict has nothing to
 * report — without building the group's classes and clusters, which would
 * otherwise be kept in the context until coverage reads them (half the
 * groups whose values differ agree: "$12 billion" and "about $12 billion").
 *
 * "Conflict" is exactly what the context's dispute test asks of two
 * leaders: different value keys, the same scope (`sameScope`) and
 * `compareValues` saying `conflict`. The screen allocates nothing: a
 * class's representative is the first claim (in claim order) with its class
 * key, found by a look back along the few claims of the group.
 */
import type { GroupClaim } from '../claim-groups.js';
import type { CompareValues } from '../contract.js';
import { SHORT } from '../short-sort.js';
import { sameScope } from './value-classes.js';

/** Whether `claims[i]` is the first claim with its class key (its class's representative). */
const leads = (claims: readonly GroupClaim[], i: number): boolean => {
  const key = (claims[i] as GroupClaim).classKey;
  for (let k = 0; k < i; k += 1) if ((claims[k] as GroupClaim).classKey === key) return false;
  return true;
};

/**
 * Whether the representatives of two affirmative value classes of the
 * claims conflict (`true` for a group of more than `SHORT` claims, which
 * the screen does not look at: the full path decides).
 *
 * @example
 * mayConflict(group.claims, context.compareValues) // false: value-conflict reports nothing for the group
 */
export const mayConflict = (claims: readonly GroupClaim[], compare: CompareValues): boolean => {
  const n = claims.length;
  if (n > SHORT) return true;
  for (let i = 1; i < n; i += 1) {
    const b = claims[i] as GroupClaim;
    if (b.polarity !== 'affirmative' || !leads(claims, i)) continue;
    for (let j = 0; j < i; j += 1) {
      const a = claims[j] as GroupClaim;
      if (a.polarity !== 'affirmative' || a.valueKey === b.valueKey || !leads(claims, j)) continue;
      if (sameScope(a, b, compare) && compare(a.value, b.value).verdict === 'conflict') return true;
    }
  }
  return false;
};
