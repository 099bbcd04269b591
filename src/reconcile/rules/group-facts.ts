/**
 * Group facts: what one walk over every claim of a run tells the built-in
 * rules about each claim group, one byte per group — whether a claim denies
 * a value, whether the affirmed values differ, whether a claim dates the
 * event, names a speaker, lists members… Each rule used to walk every
 * claim of every group to find the few groups it can report on; at a
 * million claims those walks (a claim, its value, its qualifiers and its
 * attribution, far apart in memory) cost more than the reports. Now
 * grouping tallies the facts while it makes each claim (no walk at all),
 * and each rule reads a byte per group and looks only at the groups that
 * may concern it. For a context made elsewhere the first rule that asks
 * pays one walk for all of them.
 *
 * The facts are a pure function of `context.groups` (immutable for the
 * run), kept per context in a WeakMap: nothing outlives the run.
 */
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { RuleContext } from '../rule.js';
import { grown } from '../columns/typed-column.js';
import { dayOf } from './event-date.js';

/** A claim denies a value (polarity `negative`). */
export const DENIES = 1;
/** Two claims that do not deny affirm different things (their class keys differ). */
export const AFFIRMS_DIFFERENT = 2;
/** An affirmative claim dates the event on one day (`dayOf`). */
export const DATES_A_DAY = 4;
/** Two affirmative claims name a speaker, or two relay a quote (text value) from an outlet with no speaker. */
export const ATTRIBUTES_TWICE = 8;
/** A claim's value is an entity (affirmed or denied). */
export const NAMES_ENTITY = 16;
/** A claim's value is an entity set (affirmed or denied). */
export const NAMES_SET = 32;
/** A claim that does not deny has an entity-set value (a list view of its own). */
export const LISTS_MEMBERS = 64;

/**
 * Whether a group's facts say its claims all affirm one value class: no claim denies, and the affirmed
 * values do not differ (true of a group with no claims, too). The one question value-conflict,
 * attribution-conflict (`oneClass`) and coverage ask before looking at a group's classes.
 *
 * @example
 * if (saysOneThing(groupFacts(context)[g])) continue; // nothing in dispute here
 */
export const saysOneThing = (facts: number): boolean => (facts & (AFFIRMS_DIFFERENT | DENIES)) === 0;

/** One byte of facts per group, by the group's place in `context.groups`. */
export type GroupFacts = Uint8Array;

const cache = new WeakMap<RuleContext, GroupFacts>();

/**
 * The facts of groups, told one claim at a time in any order: what grouping
 * fills while it makes each claim (see `GroupingObserver`), and what the
 * walk over a context made elsewhere uses — one definition of every fact.
 */
export interface GroupFactsTally {
  /** One more claim of the group with this id (ids are dense, from 0). */
  readonly claim: (group: number, claim: GroupClaim) => void;
  /** The groups' order: `order[index]` is the id of the group at `index` (ids in order when never told). */
  readonly sorted: (order: readonly number[]) => void;
  /**
   * The facts by group index, for `count` groups; the tally then starts afresh, keeping nothing of what
   * it was told (a tally held by the closures of a run holds no per-group arrays after it: 8 MB at a
   * million claims).
   */
  readonly facts: (count: number) => GroupFacts;
}

// A tally's first capacity, in groups (its byte columns double from there).
const INITIAL_GROUPS = 1024;

/**
 * An empty tally.
 *
 * @example
 * const tally = createFactsTally();
 * for (const c of group.claims) tally.claim(0, c);
 * tally.facts(1)[0] & DENIES
 */
export const createFactsTally = (): GroupFactsTally => {
  // By group id: the facts so far, the first class key affirmed, how many affirmative claims name a speaker / relay
  // a quote (up to 2). Byte columns grown by doubling (off the collected heap; no array copied at every push).
  let told = 0;
  let bits = new Uint8Array(INITIAL_GROUPS);
  let speakers = new Uint8Array(INITIAL_GROUPS);
  let relayed = new Uint8Array(INITIAL_GROUPS);
  let first: (string | undefined)[] = [];
  let order: readonly number[] | undefined;
  const claim = (group: number, c: GroupClaim): void => {
    if (group >= told) {
      if (group >= bits.length) {
        bits = grown(bits, group + 1);
        speakers = grown(speakers, group + 1);
        relayed = grown(relayed, group + 1);
      }
      while (first.length <= group) first.push(undefined);
      told = group + 1;
    }
    let facts = bits[group] as number;
    const type = c.value.type;
    if (c.polarity === 'negative') facts |= DENIES;
    else {
      const affirmed = first[group];
      if (affirmed === undefined) first[group] = c.classKey;
      else if (c.classKey !== affirmed) facts |= AFFIRMS_DIFFERENT;
      if (type === 'entity-set') facts |= LISTS_MEMBERS;
    }
    if (type === 'entity') facts |= NAMES_ENTITY;
    else if (type === 'entity-set') facts |= NAMES_SET;
    if (c.polarity === 'affirmative') {
      if ((facts & DATES_A_DAY) === 0 && dayOf(c) !== undefined) facts |= DATES_A_DAY;
      const attribution = c.attribution;
      if (attribution !== undefined) {
        if (attribution.speaker !== undefined) {
          if ((speakers[group] as number) < 2) speakers[group] = (speakers[group] as number) + 1;
        } else if (attribution.outlet !== undefined && type === 'text' && (relayed[group] as number) < 2) relayed[group] = (relayed[group] as number) + 1;
      }
    }
    bits[group] = facts;
  };
  const facts = (count: number): GroupFacts => {
    const out = new Uint8Array(count);
    for (let index = 0; index < count; index += 1) {
      const g = order !== undefined ? (order[index] as number) : index;
      if (g >= told) continue;
      out[index] = (bits[g] as number) | ((speakers[g] as number) >= 2 || (relayed[g] as number) >= 2 ? ATTRIBUTES_TWICE : 0);
    }
    told = 0;
    bits = new Uint8Array(INITIAL_GROUPS);
    speakers = new Uint8Array(INITIAL_GROUPS);
    relayed = new Uint8Array(INITIAL_GROUPS);
    first = [];
    order = undefined;
    return out;
  };
  return { claim, sorted: (given) => void (order = given), facts };
};

/**
 * Keep the facts grouping told for the context it built (`buildContext`
 * tallies them while it makes each claim): `groupFacts` then walks nothing.
 */
export const keepGroupFacts = (context: RuleContext, facts: GroupFacts): void => {
  if (facts.length === context.groups.length) cache.set(context, facts);
};

/**
 * The facts of every group of the run: those grouping told (a context
 * `buildContext` made), else made on first use (one walk over every claim);
 * then shared by every rule of the run.
 *
 * @example
 * const facts = groupFacts(context);
 * context.groups.filter((_, g) => (facts[g] & DENIES) !== 0) // the groups where a claim denies a value
 */
export const groupFacts = (context: RuleContext): GroupFacts => {
  let facts = cache.get(context);
  if (facts === undefined) {
    const groups = context.groups;
    const tally = createFactsTally();
    for (let g = 0; g < groups.length; g += 1) {
      const claims = (groups[g] as ClaimGroup).claims;
      for (let i = 0; i < claims.length; i += 1) tally.claim(g, claims[i] as GroupClaim);
    }
    facts = tally.facts(groups.length);
    cache.set(context, facts);
  }
  return facts;
};
