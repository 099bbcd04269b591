import { describe, expect, it } from 'vitest';
import type { ClaimGroup, GroupClaim } from '../../../src/reconcile/claim-groups.js';
import type { RuleContext } from '../../../src/reconcile/rule.js';
import { dayOf } from '../../../src/reconcile/rules/event-date.js';
import {
  AFFIRMS_DIFFERENT,
  ATTRIBUTES_TWICE,
  createFactsTally,
  DATES_A_DAY,
  DENIES,
  groupFacts,
  LISTS_MEMBERS,
  NAMES_ENTITY,
  NAMES_SET,
  saysOneThing,
} from '../../../src/reconcile/rules/group-facts.js';
import { paxSilicaCorpus } from '../pax-silica-corpus.js';
import { contextOf, helperCorpora } from './captured-context.js';

const affirmative = (g: ClaimGroup): readonly GroupClaim[] => g.claims.filter((c) => c.polarity === 'affirmative');

// Each fact as its plain definition over the group's claims (what the rules asked before, claim by claim).
const definitions: readonly (readonly [string, number, (g: ClaimGroup) => boolean])[] = [
  ['a claim denies a value', DENIES, (g) => g.claims.some((c) => c.polarity === 'negative')],
  ['the claims that do not deny say different things', AFFIRMS_DIFFERENT, (g) => new Set(g.claims.filter((c) => c.polarity !== 'negative').map((c) => c.classKey)).size > 1],
  ['an affirmative claim dates the event on one day', DATES_A_DAY, (g) => affirmative(g).some((c) => dayOf(c) !== undefined)],
  [
    'two affirmative claims name a speaker, or two relay a quote from an outlet',
    ATTRIBUTES_TWICE,
    (g) =>
      affirmative(g).filter((c) => c.attribution?.speaker !== undefined).length >= 2 ||
      affirmative(g).filter((c) => c.attribution !== undefined && c.attribution.speaker === undefined && c.attribution.outlet !== undefined && c.value.type === 'text').length >= 2,
  ],
  ['a claim names an entity', NAMES_ENTITY, (g) => g.claims.some((c) => c.value.type === 'entity')],
  ['a claim names an entity set', NAMES_SET, (g) => g.claims.some((c) => c.value.type === 'entity-set')],
  ['a claim that does not deny lists members', LISTS_MEMBERS, (g) => g.claims.some((c) => c.value.type === 'entity-set' && c.polarity !== 'negative')],
];

describe('groupFacts: what one walk over the claims tells the rules about each group', () => {
  it.each(helperCorpora(11))('gives each group exactly the facts its claims have (%s)', (_name, make) => {
    const context = contextOf(make());
    const facts = groupFacts(context);
    expect(facts).toHaveLength(context.groups.length);
    for (const [what, bit, holds] of definitions) {
      const expected = context.groups.map((g) => holds(g));
      const actual = context.groups.map((_, g) => ((facts[g] as number) & bit) !== 0);
      expect(actual, what).toEqual(expected);
      // every fact is seen in the synthetic corpus, both ways, except denials (it has none)
      if (_name.startsWith('a synthetic') && bit !== DENIES) expect(new Set(actual), what).toEqual(new Set([true, false]));
    }
  });

  it.each(helperCorpora(11))('says a group says one thing exactly when its claims all affirm one class key (%s)', (_name, make) => {
    const context = contextOf(make());
    const facts = groupFacts(context);
    const oneThing = (g: ClaimGroup): boolean => g.claims.every((c) => c.polarity === 'affirmative') && new Set(g.claims.map((c) => c.classKey)).size <= 1;
    const expected = context.groups.map(oneThing);
    expect(context.groups.map((_, g) => saysOneThing(facts[g] as number))).toEqual(expected);
    expect(new Set(expected)).toEqual(new Set([true, false]));
  });

  it.each(helperCorpora(13))('a context made elsewhere gets the same facts from one walk over its claims as grouping tallied (%s)', (_name, make) => {
    const context = contextOf(make());
    const elsewhere: RuleContext = { ...context };
    const walked = groupFacts(elsewhere);
    expect(walked).not.toBe(groupFacts(context));
    expect(walked).toEqual(groupFacts(context));
    for (const [what, bit, holds] of definitions) {
      expect(context.groups.map((_, g) => ((walked[g] as number) & bit) !== 0), what).toEqual(context.groups.map((g) => holds(g)));
    }
  });

  it('tallies claims told in any order and groups in any order', () => {
    const context = contextOf(paxSilicaCorpus());
    const groups = context.groups;
    // Groups told in reverse, each group's claims in reverse, then put back in order by `sorted`.
    const tally = createFactsTally();
    for (let g = groups.length - 1; g >= 0; g -= 1) {
      const claims = (groups[g] as ClaimGroup).claims;
      for (let i = claims.length - 1; i >= 0; i -= 1) tally.claim(groups.length - 1 - g, claims[i] as GroupClaim);
    }
    tally.sorted(groups.map((_, index) => groups.length - 1 - index));
    expect(tally.facts(groups.length)).toEqual(groupFacts(context));
  });

  it('starts afresh once it has given its facts (it keeps nothing of what it was told)', () => {
    const context = contextOf(paxSilicaCorpus());
    const groups = context.groups;
    const tally = createFactsTally();
    const tell = () => groups.forEach((group, g) => group.claims.forEach((c) => tally.claim(g, c)));
    tell();
    expect(tally.facts(groups.length)).toEqual(groupFacts(context));
    expect([...tally.facts(groups.length)]).toEqual(groups.map(() => 0));
    tell();
    expect(tally.facts(groups.length)).toEqual(groupFacts(context));
    // the facts hold something to forget
    expect(groupFacts(context).some((facts) => facts !== 0)).toBe(true);
  });

  it.each([
    { name: 'one by one past the first capacity', ids: Array.from({ length: 3000 }, (_, g) => g) },
    { name: 'a jump far past it', ids: [0, 1, 5000] },
  ])('keeps every group told of, however many ($name)', ({ ids }) => {
    const claim = (polarity: string, classKey: string) => ({ polarity, classKey, value: { type: 'text', text: classKey } }) as unknown as GroupClaim;
    const tally = createFactsTally();
    // even ids: two affirmative claims that differ; odd ids: one denial
    for (const g of ids) {
      if (g % 2 === 0) {
        tally.claim(g, claim('affirmative', 'a'));
        tally.claim(g, claim('affirmative', 'b'));
      } else tally.claim(g, claim('negative', 'a'));
    }
    const count = (ids.at(-1) as number) + 2;
    const told = new Set(ids);
    expect([...tally.facts(count)]).toEqual(
      Array.from({ length: count }, (_, g) => (!told.has(g) ? 0 : g % 2 === 0 ? AFFIRMS_DIFFERENT : DENIES)),
    );
  });

  it('walks the claims once per run: the same facts for the same context, fresh ones for another run', () => {
    const corpus = paxSilicaCorpus();
    const context = contextOf(corpus);
    expect(groupFacts(context)).toBe(groupFacts(context));
    const other = contextOf(corpus);
    expect(groupFacts(other)).not.toBe(groupFacts(context));
    expect(groupFacts(other)).toEqual(groupFacts(context));
  });
});
