// The rule as it was before issue 19 round 6 (main 805dd8e), kept to prove the faster one gives the same drafts: not part of the library.
/**
 * Mentions of entities by sources, found for a batch of questions at once:
 * which claims of source S name entity E (as their subject, their entity
 * value, or a member of their entity set)? A rule collects every question
 * its findings ask, then this walks the claim groups once and looks only
 * at the claims of the sources asked about — no index of the whole corpus,
 * and nothing at all when nobody asks.
 */
import type { SourceId } from '../../../../src/model/ids.js';
import type { ClaimGroup, GroupClaim } from '../../../../src/reconcile/claim-groups.js';
import { NAMES_ENTITY, NAMES_SET, groupFacts } from '../../../../src/reconcile/rules/group-facts.js';
import type { RuleContext } from '../../../../src/reconcile/rule.js';
import { type EntityKeyOf, entityKeys, namedKeys } from '../../../../src/reconcile/entity-keys.js';

/** The answers: claims of a source naming an entity (by `entityKey`), in group order, claim order, each once. */
export type Mentions = (sourceId: SourceId, entity: string) => readonly GroupClaim[];

const NONE: readonly GroupClaim[] = Object.freeze([]);

/**
 * The claims of each asked source that name each asked entity key: the
 * same claims, in the same order, as `context.mentionsIn(source, key)`.
 * `keyOf` gives the keys of entity values and members (a run's memoized `entityKey`).
 *
 * @example
 * const mentions = mentionsOf(context, new Map([['001', new Set(['country:AE'])]]));
 * mentions('001', 'country:AE') // [the summit's participants claim, …]
 */
export const mentionsOf = (context: RuleContext, asked: ReadonlyMap<SourceId, ReadonlySet<string>>, keyOf: EntityKeyOf = entityKeys()): Mentions => {
  const found = new Map<SourceId, Map<string, GroupClaim[]>>();
  if (asked.size === 0) return () => NONE;
  // A group's claims all name its subject (`GroupClaim.subject` is the group's); other names come only from entity
  // values and members. A group whose subject nobody asks about and whose claims name no entity has no answer.
  const keys = new Set<string>();
  for (const wanted of asked.values()) for (const key of wanted) keys.add(key);
  const facts = groupFacts(context);
  const groups = context.groups;
  // The claim at hand and what its source asks about, for `add` (one closure per run, not per claim).
  let claim: GroupClaim | undefined;
  let wanted: ReadonlySet<string> | undefined;
  const add = (key: string): void => {
    if (!(wanted as ReadonlySet<string>).has(key)) return;
    const c = claim as GroupClaim;
    let bySource = found.get(c.sourceId);
    if (bySource === undefined) {
      bySource = new Map();
      found.set(c.sourceId, bySource);
    }
    const list = bySource.get(key);
    if (list === undefined) bySource.set(key, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  for (let g = 0; g < groups.length; g += 1) {
    const group = groups[g] as ClaimGroup;
    if (((facts[g] as number) & (NAMES_ENTITY | NAMES_SET)) === 0 && !keys.has(group.subject)) continue;
    for (const c of group.claims) {
      wanted = asked.get(c.sourceId);
      if (wanted === undefined) continue;
      claim = c;
      namedKeys(c, keyOf, add);
    }
  }
  return (sourceId, entity) => found.get(sourceId)?.get(entity) ?? NONE;
};
