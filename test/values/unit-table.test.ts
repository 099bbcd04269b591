/**
 * A claims folder's unit synonyms (`units:` in predicates.yaml,
 * docs/claim-files.md): entries match by unit key, fold whole word
 * sequences, follow chains, and refuse a cycle, a unit mapped to two units
 * and a percentage — each problem at the index of its entry.
 */
import { describe, expect, it } from 'vitest';
import { settled } from '../../src/model/result.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues } from '../../src/values/index.js';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';
import { createUnitTable, foldUnit, NO_UNIT_SYNONYMS, type UnitSynonym } from '../../src/values/unit-table.js';

const table = (entries: Record<string, string>) => createUnitTable(Object.entries(entries).map(([unit, means]) => ({ unit, means })));
const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok || r.value.type !== 'quantity') throw new Error(text);
  return r.value;
};

describe('createUnitTable: folding', () => {
  const units = settled(table({ 'container ships': 'ships', boats: 'ships', boxships: 'container ships', lorries: 'trucks', 'feeder vessels': 'feeders' }));
  it.each([
    // unit as written, what it folds to (undefined: kept as written)
    ['container ships', 'ship'],
    ['Container Ships', 'ship'],
    ['container ship', 'ship'],
    ['boats', 'ship'],
    ['boat', 'ship'],
    ['boxships', 'ship'], // a chain: boxships → container ships → ships
    ['fishing boats', 'fishing ship'], // an entry folds inside a longer unit
    ['container ships carrying grain', 'ship carrying grain'],
    ['lorries and boats', 'truck and ship'],
    ['feeder vessels', 'feeder'], // matched after the built-in fold (vessels → ship)
    ['ships', undefined],
    ['vessels', undefined], // the built-in fold needs no entry
    ['containers', undefined],
    ['container', undefined],
    ['% of boats', '% of ship'],
  ])('%j → %j', (unit, folded) => {
    expect(units.canonical(unit)).toBe(folded);
  });

  it('applies the longest entry first', () => {
    const t = settled(table({ container: 'box', 'container ships': 'ships' }));
    expect(t.canonical('container ships')).toBe('ship');
    expect(t.canonical('container')).toBe('box');
  });

  it('accepts an entry the built-in synonyms already make one unit, and folds nothing with it', () => {
    const t = table({ vessels: 'ships' });
    expect(t.ok && t.messages).toEqual([]);
    expect(settled(t).canonical('vessels')).toBeUndefined();
  });

  it('folds nothing with no table', () => {
    expect(NO_UNIT_SYNONYMS.canonical('boats')).toBeUndefined();
    expect(settled(createUnitTable([])).canonical('boats')).toBeUndefined();
  });
});

describe('createUnitTable: refused entries', () => {
  it.each<[string, UnitSynonym[], number, string]>([
    // entries, index of the entry refused, words of the message
    ['two targets', [{ unit: 'boats', means: 'ships' }, { unit: 'boat', means: 'dinghies' }], 1, 'entry 1 ("boats: ships") maps it to "ships"'],
    ['two targets, built-in plural', [{ unit: 'people', means: 'workers' }, { unit: 'persons', means: 'residents' }], 1, 'maps it to "workers"'],
    ['a cycle of two', [{ unit: 'boats', means: 'ships' }, { unit: 'ships', means: 'boats' }], 0, 'cycle: "boat" → "ship" → "boat"'],
    ['a cycle of three', [{ unit: 'a', means: 'b' }, { unit: 'b', means: 'c' }, { unit: 'c', means: 'a' }], 0, 'cycle'],
    ['a cycle through a built-in synonym', [{ unit: 'ships', means: 'boats' }, { unit: 'boats', means: 'vessels' }], 0, 'cycle'],
    ['a percentage', [{ unit: '% of exports', means: 'exports' }], 0, 'without digits or "%"'],
    ['a number', [{ unit: 'boats', means: '12 ships' }], 0, 'without digits'],
    ['blank words', [{ unit: '  ', means: 'ships' }], 0, 'maps words to words'],
  ])('%s', (_, entries, index, words) => {
    const t = createUnitTable(entries);
    expect(t.ok).toBe(false);
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ code: 'invalid-unit-synonym', path: [index] });
    expect(t.messages[0]?.message).toContain(words);
  });

  it('keeps the entries around a refused one', () => {
    const t = createUnitTable([
      { unit: 'boats', means: 'ships' },
      { unit: 'boat', means: 'dinghies' },
      { unit: 'lorries', means: 'trucks' },
      { unit: 'a', means: 'b' },
      { unit: 'b', means: 'a' },
      { unit: 'c', means: 'a' }, // leads into the cycle: not folded, not reported twice
    ]);
    expect(t.messages.map((m) => m.path)).toEqual([[1], [3]]);
    const units = settled(t);
    expect([units.canonical('boats'), units.canonical('lorries'), units.canonical('c')]).toEqual(['ship', 'truck', undefined]);
  });

  // `accepted`: what a corpus keeps (Corpus.units) — the entries that fold or change nothing, not a
  // cycle's other entries, which its one message does not name.
  it.each<[string, UnitSynonym[], number[]]>([
    ['every entry of a good table', [{ unit: 'boats', means: 'ships' }, { unit: 'lorries', means: 'trucks' }], [0, 1]],
    ['a chain', [{ unit: 'boxships', means: 'container ships' }, { unit: 'container ships', means: 'ships' }], [0, 1]],
    ['an entry that changes nothing, and one given twice alike', [{ unit: 'vessels', means: 'ships' }, { unit: 'boats', means: 'ships' }, { unit: 'boat', means: 'ships' }], [0, 1, 2]],
    ['a cycle of two: neither entry', [{ unit: 'boats', means: 'ships' }, { unit: 'ships', means: 'boats' }, { unit: 'lorries', means: 'trucks' }], [2]],
    ['a cycle of three: none of its entries', [{ unit: 'a', means: 'b' }, { unit: 'b', means: 'c' }, { unit: 'c', means: 'a' }, { unit: 'lorries', means: 'trucks' }], [3]],
    ['an entry leading into a cycle', [{ unit: 'lorries', means: 'trucks' }, { unit: 'a', means: 'b' }, { unit: 'b', means: 'a' }, { unit: 'c', means: 'a' }], [0]],
    ['two targets: the second refused', [{ unit: 'boats', means: 'ships' }, { unit: 'boat', means: 'dinghies' }], [0]],
    ['not words', [{ unit: '% of exports', means: 'exports' }, { unit: 'boats', means: 'ships' }], [1]],
  ])('accepts exactly the entries it keeps: %s', (_, entries, accepted) => {
    expect(settled(createUnitTable(entries)).accepted).toEqual(accepted);
  });
});

describe('foldUnit: comparison sees the unit a synonym means', () => {
  const units = settled(table({ 'container ships': 'ships', boxships: 'container ships' }));
  it.each([
    // a, b, verdict without the table, verdict with it
    ['a dozen container ships', '20 ships', 'different-measure', 'conflict'],
    ['nine boxships', 'at least 14 container ships', 'different-measure', 'conflict'],
    ['12 boxships', 'a dozen container vessels', 'different-measure', 'compatible'],
    ['12 boxships', '12 containers', 'different-measure', 'different-measure'],
    ['$12 billion', '$12 billion', 'compatible', 'compatible'],
  ])('%s vs %s: %s, then %s', (a, b, without, withTable) => {
    expect(compareValues(q(a), q(b)).verdict).toBe(without);
    expect(compareValues(foldUnit(q(a), units), foldUnit(q(b), units)).verdict).toBe(withTable);
  });

  it('keeps the source words in raw and leaves other values alone', () => {
    expect(foldUnit(q('nine boxships'), units)).toMatchObject({ unit: 'ship', raw: 'nine boxships' });
    const plain = q('nine containers');
    expect(foldUnit(plain, units)).toBe(plain);
    const entity = { type: 'entity', name: 'boats' } as const;
    expect(foldUnit(entity, units)).toBe(entity);
  });
});
