import { describe, expect, it } from 'vitest';
import { nameVariantRule } from '../../../src/reconcile/index.js';
import { corpus, predicate, run, runExample, v } from '../fixture.js';
import type { Corpus } from '../../../src/model/corpus.js';
import type { ClaimId } from '../../../src/model/ids.js';
import { groupSubjectsOf } from '../../../src/reconcile/columns/subject-table.js';
import { syntheticCorpus } from '../../tools/bench/reconcile.js';
import { contextOf, helperCorpora } from './captured-context.js';
import { countingNearDuplicates } from './counting-near-duplicates.js';
import { MAX_VARIANT_WORD_LENGTH } from '../../../src/reconcile/rules/name-variant.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('name-variant', () => {
  it('shows each spelling with the claims and sources that use it', () => {
    const [f] = runExample(nameVariantRule, nameVariantRule.meta.examples[0]).findings;
    expect(f?.severity).toBe('warning');
    expect(f?.sides.map((s) => [s.label, s.claims.map((c) => c.claimId)])).toEqual([
      ['“MP Materials” in 003', ['investment-003']],
      ['“MP Minerals” in 002', ['stake-002']],
    ]);
  });
});

describe('name-variant blocking: one-edit misspellings anywhere in a word, never all pairs', () => {
  const seat = predicate('partner', 'entity', 'multi', 'partner');
  /** Two sources, each naming one spelling, among `decoys` other names split over both. */
  const pairAmong = (a: string, b: string, decoys: number) => {
    const names = Array.from({ length: decoys }, (_, i) => `Decoy ${(i * 7919).toString(36)}${String.fromCharCode(97 + (i % 26))}${i}`);
    const x = [a, ...names.filter((_, i) => i % 2 === 0)];
    const y = [b, ...names.filter((_, i) => i % 2 === 1)];
    const text = (list: string[]) => list.join('. ');
    return corpus({
      sources: [
        { id: 'x', text: text(x) },
        { id: 'y', text: text(y) },
      ],
      predicates: [seat],
      claims: [
        ...x.map((n, i) => ({ id: `x${i}`, source: 'x', quote: n, subject: 'Coalition', predicate: 'partner', value: v.entity(n) })),
        ...y.map((n, i) => ({ id: `y${i}`, source: 'y', quote: n, subject: 'Coalition', predicate: 'partner', value: v.entity(n) })),
      ],
    });
  };

  it.each([
    ['a swap in the first letters', 'Project Vault', 'Project Vualt'],
    ['a changed first letter', 'Tellurex', 'Dellurex'],
    ['a dropped letter', 'Neodymia Holdings', 'Neodymi Holdings'],
    ['an added letter at the end', 'Vulcan Metals', 'Vulcann Metals'],
    ['a changed middle letter', 'Arafura Resources', 'Arafira Resources'],
  ])('finds %s ("%s" / "%s")', (_t, a, b) => {
    const { findings } = run([nameVariantRule], pairAmong(a, b, 40));
    expect(findings.map((f) => f.data?.['names'])).toEqual([[a, b].sort()]);
  });

  // A one-word name of `length` letters and the same with its middle letter changed: words longer than
  // MAX_VARIANT_WORD_LENGTH get no deletion keys (their keys cost the square of their length), so the two never
  // meet in a block and are never compared (the resolver would not take them for one name anyway).
  const longWord = (length: number): string => Array.from({ length }, (_, i) => 'tellurexamonikad'[i % 16]).join('').replace(/^t/, 'T');
  const typo = (word: string): string => {
    const at = word.length >> 1;
    return `${word.slice(0, at)}${word[at] === 'q' ? 'z' : 'q'}${word.slice(at + 1)}`;
  };
  it.each([
    ['20 letters', 20, 1, true],
    ['MAX_VARIANT_WORD_LENGTH letters', MAX_VARIANT_WORD_LENGTH, 1, true],
    ['one letter more', MAX_VARIANT_WORD_LENGTH + 1, 0, false],
    ['20,000 letters', 20_000, 0, false],
  ])('a typo in a word of %s', (_t, length, compared, found) => {
    const a = longWord(length);
    const b = typo(a);
    const { result, calls } = countingNearDuplicates(pairAmong(a, b, 0));
    expect(calls).toBe(compared);
    expect(result.findings.map((f) => f.data?.['names'])).toEqual(found ? [[a, b].sort()] : []);
  });

  it('compares far fewer pairs than all of them (2,000 names)', () => {
    const { result, calls } = countingNearDuplicates(pairAmong('Project Vault', 'Project Vualt', 2000));
    expect(result.findings.map((f) => f.data?.['names'])).toEqual([['Project Vault', 'Project Vualt']]);
    // all pairs would be about 2 million
    expect(calls).toBeLessThan(20_000);
  });
});

describe('name-variant: spellings across sources, told from where each name is first and otherwise used', () => {
  const partner = predicate('partner', 'entity', 'multi', 'partner');
  const text = 'Vulcan Metals and Vulcann Metals signed.';
  /** Claims naming a spelling in a source: [claim id, source, spelling]. */
  const uses = (list: readonly (readonly [string, string, string])[]) =>
    corpus({
      sources: [
        { id: 'x', text },
        { id: 'y', text },
      ],
      predicates: [partner],
      claims: list.map(([id, source, name]) => ({ id, source, quote: name, subject: 'Coalition', predicate: 'partner', value: v.entity(name) })),
    });

  it.each([
    ['both spellings in one source only', [['a1', 'x', 'Vulcan Metals'], ['a2', 'x', 'Vulcann Metals'], ['a3', 'x', 'Vulcan Metals']], []],
    ['each spelling in its own source', [['a1', 'x', 'Vulcan Metals'], ['b1', 'y', 'Vulcann Metals']], [['a1'], ['b1']]],
    ['one spelling in both sources, the other in the first one', [['a1', 'x', 'Vulcan Metals'], ['a2', 'y', 'Vulcan Metals'], ['b1', 'x', 'Vulcann Metals']], [['a1', 'a2'], ['b1']]],
    // the sides come in order of support: the spelling two claims use first
    ['one spelling first in the second source', [['a1', 'y', 'Vulcan Metals'], ['b1', 'x', 'Vulcann Metals'], ['b2', 'x', 'Vulcann Metals']], [['b1', 'b2'], ['a1']]],
  ] as const)('%s', (_title, list, sides) => {
    const { findings, messages } = run([nameVariantRule], uses(list));
    expect(messages).toEqual([]);
    expect(findings.map((f) => f.sides.map((s) => s.claims.map((c) => c.claimId)))).toEqual(sides.length === 0 ? [] : [sides]);
  });
});

describe('name-variant reads each group’s subject from grouping’s subject columns', () => {
  // A subject the tables do not know whose folded name is also a value's name, a known subject, names that fold alike.
  const mixed = (): Corpus => {
    const synthetic = syntheticCorpus(3_000, 17);
    const extra = synthetic.claims.slice(0, 40).map((c, i) => ({
      ...c,
      id: `${c.id}-x${i}` as ClaimId,
      subject: { name: i % 3 === 0 ? 'Japan' : i % 3 === 1 ? (((synthetic.claims[i]?.value as { name?: string }).name ?? 'Japan').toUpperCase()) : `the ${c.subject.name}.` },
    }));
    return { ...synthetic, claims: [...synthetic.claims, ...extra] };
  };
  it.each([...helperCorpora(23), ['a synthetic corpus with subjects named like values', mixed] as const])('a context made elsewhere gets the same drafts (%s)', (_name, make) => {
    const context = contextOf(make());
    expect(groupSubjectsOf(context)).toBeDefined();
    const options = nameVariantRule.meta.options.parse({});
    const built = nameVariantRule.check(context, options);
    expect(built).toEqual(nameVariantRule.check({ ...context }, options));
    if (_name.startsWith('a synthetic')) expect(built.length).toBeGreaterThan(0);
  });
});
