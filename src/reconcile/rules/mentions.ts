/**
 * Mentions of entities by sources, found for a batch of questions at once:
 * which claims of source S name entity E (as their subject, their entity
 * value, or a member of their entity set)? A rule collects every question
 * its findings ask, then this walks the claim groups once and looks only
 * at the claims of the sources asked about — no index of the whole corpus,
 * and nothing at all when nobody asks.
 */
import type { SourceId } from '../../model/ids.js';
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import { NAMES_ENTITY, NAMES_SET, groupFacts } from './group-facts.js';
import type { RuleContext } from '../rule.js';
import { type EntityKeyOf, entityKeys } from '../entity-keys.js';
import { type GroupSources, groupSourcesOf } from '../columns/source-column.js';

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
  // What each claim's source is asked about: by source index when grouping kept the claims' sources (an array
  // read per claim), else by source id (a string hashed per claim).
  const sources = groupSourcesOf(context);
  const wantedOf = sources !== undefined ? sources.ids.map((id) => asked.get(id)) : undefined;
  const add = (c: GroupClaim, key: string): void => {
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
    // Whether anybody asks about the group's subject: looked up at most once per group (not once per claim), and
    // only when a claim of an asked source comes (most groups have none, and the key string is cold).
    const subject = group.subject;
    let subjectAsked: boolean | undefined;
    if (((facts[g] as number) & (NAMES_ENTITY | NAMES_SET)) === 0) {
      subjectAsked = keys.has(subject);
      if (!subjectAsked) continue;
    }
    const claims = group.claims;
    const start = sources !== undefined ? (sources.starts[g] as number) : 0;
    for (let i = 0; i < claims.length; i += 1) {
      const c = claims[i] as GroupClaim;
      const wanted = wantedOf !== undefined ? wantedOf[(sources as GroupSources).sourceOf[start + i] as number] : asked.get(c.sourceId);
      if (wanted === undefined) continue;
      // What `namedKeys` visits: the subject, then the entity value or each member.
      const named = c.subject;
      if (named === subject) subjectAsked ??= keys.has(subject);
      if ((named === subject ? subjectAsked : keys.has(named)) && wanted.has(named)) add(c, named);
      const value = c.value;
      if (value.type === 'entity') {
        const key = keyOf(value);
        if (wanted.has(key)) add(c, key);
      } else if (value.type === 'entity-set') {
        for (const m of value.members) {
          const key = keyOf(m);
          if (wanted.has(key)) add(c, key);
        }
      }
    }
  }
  return (sourceId, entity) => found.get(sourceId)?.get(entity) ?? NONE;
};
