/**
 * Group facts: what one walk over every claim of a run tells the built-in
 * rules about each claim group, one byte per group — whether a claim denies
 * a value, whether the affirmed values differ, whether a claim dates the
 * event, names a speaker, lists members… Each rule used to walk every
 * claim of every group to find the few groups it can report on; at a
 * million claims those walks (a claim, its value, its qualifiers and its
 * attribution, far apart in memory) cost more than the reports. Now the
 * first rule that asks pays one walk for all of them, and each rule reads
 * a byte per group and looks only at the groups that may concern it.
 *
 * The facts are a pure function of `context.groups` (immutable for the
 * run), kept per context in a WeakMap: nothing outlives the run.
 */
import type { ClaimGroup, GroupClaim } from '../claim-groups.js';
import type { RuleContext } from '../rule.js';
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

/** One byte of facts per group, by the group's place in `context.groups`. */
export type GroupFacts = Uint8Array;

const cache = new WeakMap<RuleContext, GroupFacts>();

/** The facts of one group's claims. */
const factsOf = (claims: readonly GroupClaim[]): number => {
  let facts = 0;
  let first: string | undefined;
  let speakers = 0;
  let relayed = 0;
  for (let i = 0; i < claims.length; i += 1) {
    const c = claims[i] as GroupClaim;
    const type = c.value.type;
    if (c.polarity === 'negative') facts |= DENIES;
    else {
      if (first === undefined) first = c.classKey;
      else if (c.classKey !== first) facts |= AFFIRMS_DIFFERENT;
      if (type === 'entity-set') facts |= LISTS_MEMBERS;
    }
    if (type === 'entity') facts |= NAMES_ENTITY;
    else if (type === 'entity-set') facts |= NAMES_SET;
    if (c.polarity !== 'affirmative') continue;
    if ((facts & DATES_A_DAY) === 0 && dayOf(c) !== undefined) facts |= DATES_A_DAY;
    const attribution = c.attribution;
    if (attribution === undefined) continue;
    if (attribution.speaker !== undefined) speakers += 1;
    else if (attribution.outlet !== undefined && type === 'text') relayed += 1;
  }
  if (speakers >= 2 || relayed >= 2) facts |= ATTRIBUTES_TWICE;
  return facts;
};

/**
 * The facts of every group of the run, made on first use (one walk over
 * every claim), then shared by every rule of the run.
 *
 * @example
 * const facts = groupFacts(context);
 * context.groups.filter((_, g) => (facts[g] & DENIES) !== 0) // the groups where a claim denies a value
 */
export const groupFacts = (context: RuleContext): GroupFacts => {
  let facts = cache.get(context);
  if (facts === undefined) {
    const groups = context.groups;
    facts = new Uint8Array(groups.length);
    for (let g = 0; g < groups.length; g += 1) facts[g] = factsOf((groups[g] as ClaimGroup).claims);
    cache.set(context, facts);
  }
  return facts;
};
