/**
 * The name-variant rule indexes names in integers (issue 19, round 6): the
 * same drafts, byte for byte, as the rule before it (kept in
 * reference/name-variant-before.ts) on corpora made to meet every path —
 * typos and deletions, aliases, Unicode folding, names that fold alike,
 * numbers, blocks at the `maxBlock` / `maxTypoBlock` limits, subjects named
 * like values, and 50,000 all-distinct names.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/model/corpus.js';
import type { AliasEntry } from '../../../src/model/entity.js';
import { nameVariantRule } from '../../../src/reconcile/index.js';
import { createNameTable } from '../../../src/reconcile/rules/name-table.js';
import { alias, corpus, predicate, v } from '../fixture.js';
import { contextOf } from './captured-context.js';
import { countingNearDuplicates } from './counting-near-duplicates.js';
import { nameVariantRule as nameVariantBefore } from './reference/name-variant-before.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';

const partner = predicate('partner', 'entity', 'multi', 'partner');
const members = predicate('members', 'entity-set', 'multi', 'members');

/** Claims naming things: [source, subject, value names] (one name: an entity; more: an open list). */
type Use = readonly [string, string, readonly string[]];

const corpusOf = (uses: readonly Use[], entities: readonly AliasEntry[] = []): Corpus => {
  const sources = [...new Set(uses.map(([s]) => s))];
  return corpus({
    sources: sources.map((id) => ({ id, text: `Text of ${id}.` })),
    predicates: [partner, members],
    claims: uses.map(([source, subject, names], i) => ({
      id: `c${String(i).padStart(6, '0')}`,
      source,
      quote: `Text of ${source}`,
      subject,
      predicate: names.length === 1 ? 'partner' : 'members',
      value: names.length === 1 ? v.entity(names[0] as string) : v.open([...names]),
    })),
    entities,
  });
};

/** Each name as a value in its own source (x, y, z in turn), all about one subject. */
const valuesIn = (names: readonly string[], subject = 'Coalition'): Use[] => names.map((n, i) => [['x', 'y', 'z'][i % 3] as string, subject, [n]]);
/** Each name as the subject of a claim in its own source. */
const subjectsIn = (names: readonly string[]): Use[] => names.map((n, i) => [['x', 'y', 'z'][i % 3] as string, n, ['Japan']]);

/** `count` one-word names that all share the deletion "vaul" ("vaula", "vaulb", …): one deletion block of `count` names. */
const typoBlock = (count: number): string[] => Array.from({ length: count }, (_, i) => `Vaul${String.fromCharCode(97 + i)}`);
/** `count` names sharing the word "Kalomira", their other words far apart: one word block of `count` names. */
const wordBlock = (count: number): string[] => Array.from({ length: count }, (_, i) => `Kalomira ${(i * 7919 + 104729).toString(36)}q${i}`);

/** Letters only, all distinct, from a seeded generator. */
const distinctNames = (count: number, seed: number): string[] => {
  let s = seed >>> 0;
  const random = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const seen = new Set<string>();
  while (seen.size < count) {
    const word = (): string => Array.from({ length: 4 + Math.floor(random() * 5) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    seen.add(random() < 0.5 ? word() : `${word()} ${word()}`);
  }
  return [...seen];
};

const cases: readonly (readonly [string, () => Corpus, boolean])[] = [
  ['typos anywhere in a word', () => corpusOf(valuesIn(['Project Vault', 'Project Vualt', 'Tellurex', 'Dellurex', 'Lynas Rare Earths', 'Lyans Rare Earths'])), true],
  ['deletions and additions', () => corpusOf(valuesIn(['Neodymia Holdings', 'Neodymi Holdings', 'Vulcan Metals', 'Vulcann Metals', 'Arafura', 'Arafuura'])), true],
  [
    'aliases: known names, names the tables join and tell apart',
    () =>
      corpusOf(valuesIn(['MP Materials', 'MP Mat', 'MP Minerals', 'Austria', 'Australia', 'Lynas', 'Lynas Corp']), [
        alias('company:mp', 'MP Materials', ['MP Mat']),
        alias('country:AT', 'Austria', [], 'country'),
        alias('country:AU', 'Australia', [], 'country'),
        alias('company:lynas', 'Lynas', ['Lynas Corp']),
      ]),
    true,
  ],
  ['Unicode folding', () => corpusOf(valuesIn(['Côte d’Ivoire Mining', 'Cote dIvoire Minning', 'Zürich Metals', 'Zurich Metalls', 'ＡＢＣＤ Mining', 'ABCE Mining', 'Straße Resources', 'Strasse Resources'])), true],
  ['names that fold alike', () => corpusOf([...valuesIn(['the U.K.', 'UK', 'u.k.', 'The Netherlands', 'Netherlands', 'Netherland']), ...subjectsIn(['U.K.', 'the Netherland'])]), true],
  ['kind words', () => corpusOf(valuesIn(['Pax Silica', 'Pax Silica Summit', 'Pax Silca', 'Pax Silica Summitt', 'Silica Fund', 'Silica Funds'])), true],
  ['numbers in names', () => corpusOf(valuesIn(['Group 7', 'Group 07', 'Group 7 Holdings', '12345678 Metals', '123456789 Metals', '12345679 Metals', 'Lot 0', 'Lot 00', 'Lot 000000000', 'Lot 99999999'])), true],
  ['subjects and values with one name, first used as either', () => corpusOf([...subjectsIn(['Kalo Mira', 'Vulcan Metals']), ...valuesIn(['Kalo Mira', 'Kalo Mirra', 'Vulcan Metals', 'Vulcann Metals']), ...subjectsIn(['Kalo Mirra'])]), true],
  ['one spelling used by one source only', () => corpusOf([['x', 'Coalition', ['Vulcan Metals']], ['x', 'Coalition', ['Vulcann Metals']], ['y', 'Other', ['Vulcan Metals']]]), true],
  ['lists of members', () => corpusOf([['x', 'Pact', ['Japan', 'Lynas', 'Arafura']], ['y', 'Pact', ['Japan', 'Lyans', 'Arafuraa']], ['z', 'Pact', ['Japan', 'Iluka']]]), true],
  // Far more names than claims: the index of uses, sized for one use per claim, grows several times.
  [
    'long lists of members, more names than claims',
    () => corpusOf([['x', 'Pact', [...wordBlock(40), 'Lynas', 'Arafura']], ['y', 'Pact', [...wordBlock(40).reverse(), 'Lyans', 'Arafuraa']], ['z', 'Accord', typoBlock(12)]]),
    true,
  ],
  ['a deletion block at maxTypoBlock (12 names)', () => corpusOf(valuesIn(typoBlock(12))), true],
  ['a deletion block one over maxTypoBlock (13 names)', () => corpusOf(valuesIn(typoBlock(13))), false],
  // "Minerals" / "Materials" are more than one edit apart: the two names meet only in the block of "Kalomira"
  ['a word block at maxBlock (50 names)', () => corpusOf([...valuesIn(wordBlock(48)), ...valuesIn(['Kalomira Minerals', 'Kalomira Materials'])]), true],
  ['a word block one over maxBlock (51 names)', () => corpusOf([...valuesIn(wordBlock(49)), ...valuesIn(['Kalomira Minerals', 'Kalomira Materials'])]), true],
  ['a synthetic corpus of 6,000 claims', () => syntheticCorpus(6000, 5), true],
];

const optionSets = [{}, { maxBlock: 2 }, { maxTypoBlock: 2 }, { maxBlock: 51, maxTypoBlock: 13 }, { maxBlock: 1, maxTypoBlock: 1 }] as const;

describe('name-variant gives the drafts it gave before names were indexed in integers', () => {
  it.each(cases)('%s', (_title, make, reports) => {
    const context = contextOf(make());
    let any = 0;
    for (const given of optionSets) {
      const options = nameVariantRule.meta.options.parse(given);
      const drafts = nameVariantRule.check(context, options);
      expect(drafts).toEqual(nameVariantBefore.check(context, options));
      // a context made elsewhere (no subject columns) too
      expect(nameVariantRule.check({ ...context }, options)).toEqual(drafts);
      any += drafts.length;
    }
    if (reports) expect(any).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['maxTypoBlock', typoBlock(12), typoBlock(13)],
    ['maxBlock', [...wordBlock(48), 'Kalomira Minerals', 'Kalomira Materials'], [...wordBlock(49), 'Kalomira Minerals', 'Kalomira Materials']],
  ] as const)('the limits are where the rule says: a block of %s names is tested, one more is skipped', (_limit, at, over) => {
    const options = nameVariantRule.meta.options.parse({});
    expect(nameVariantRule.check(contextOf(corpusOf(valuesIn(at))), options).length).toBeGreaterThan(0);
    expect(nameVariantRule.check(contextOf(corpusOf(valuesIn(over))), options)).toEqual([]);
  });

  it('50,000 all-distinct names: the same drafts, and far fewer comparisons than pairs', { timeout: 120_000 }, () => {
    const names = distinctNames(50_000, 7);
    const made = corpusOf([...subjectsIn(names.slice(0, 25_000)), ...valuesIn(names.slice(25_000))]);
    const context = contextOf(made);
    const options = nameVariantRule.meta.options.parse({});
    expect(nameVariantRule.check(context, options)).toEqual(nameVariantBefore.check(context, options));
    const { calls } = countingNearDuplicates(made);
    // all pairs would be 1.25 billion
    expect(calls).toBeLessThan(200_000);
  });
});

describe('the name table: each distinct folded name once, in word ids', () => {
  it.each([
    ['one word', ['vault', 'vault'], [0, 0]],
    ['words in order', ['pax silica', 'silica pax', 'pax silica'], [0, 1, 0]],
    ['empty words between spaces are words', ['a  b', 'a b', 'a  b'], [0, 1, 0]],
    ['numbers with and without leading zeros', ['lot 7', 'lot 07', 'lot 007', 'lot 7'], [0, 1, 2, 0]],
    ['long numbers are words like any other', ['lot 123456789', 'lot 12345678', 'lot 123456789'], [0, 1, 0]],
    ['a key read after its prefix', ['name:kalo mira', 'kalo mira'], [0, 0]],
  ] as const)('%s', (_title, texts, ids) => {
    const table = createNameTable((w) => w === 'summit');
    const got = texts.map((t) => {
      const from = t.startsWith('name:') ? 5 : 0;
      const found = table.find(t, from);
      return found !== -1 ? found : table.add();
    });
    expect(got).toEqual(ids);
    for (const t of texts) expect(table.folded(table.find(t, t.startsWith('name:') ? 5 : 0))).toBe(t.startsWith('name:') ? t.slice(5) : t);
  });

  it('grows past its first tables and keeps every name', { timeout: 60_000 }, () => {
    const table = createNameTable(() => false);
    const texts = Array.from({ length: 20_000 }, (_, i) => `w${i % 997} ${i.toString(36)} ${i}`);
    expect(texts.map((t) => (table.find(t, 0) === -1 ? table.add() : -1))).toEqual(texts.map((_, i) => i));
    expect(texts.map((t) => table.find(t, 0))).toEqual(texts.map((_, i) => i));
    expect(table.folded(12_345)).toBe(texts[12_345]);
  });
});
