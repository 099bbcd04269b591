/**
 * A bound against a figure at the bound (docs/normalization.md, "Bounds"):
 * an inclusive bound ("at least", "up to", "no more than") contains its
 * figure — compatible; a strict bound ("under", "more than", "fewer than")
 * excludes it in arithmetic, but one writer's "more than 5 miles" against
 * another's "5 miles" is a minor tension, said as a reader sees it ("5 miles
 * lies on the bound 'more than 5 miles'"), never "0% apart". A figure that
 * is itself rounded ("20 km" is 19.5 up to 20.5) reaches past the bound and
 * is compatible. Two bounds or ranges on opposite sides of one figure ("up
 * to 200" and "more than 200") say opposite things: a substantial conflict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuantityValue } from '../../src/values/kinds/quantity.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { compareValues, valueKinds } from '../../src/values/index.js';
import { valueConflictRule } from '../../src/reconcile/index.js';
import { runExample } from '../reconcile/fixture.js';

const q = (text: string): QuantityValue => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(`not a quantity: ${text}`);
  return r.value;
};

type Grade = 'minor' | 'substantial' | undefined;

describe('a bound against a figure: compatible, a minor tension or a conflict, and what the finding says', () => {
  it.each<readonly [string, string, 'compatible' | 'conflict', Grade, string | undefined]>([
    // inclusive bounds contain their figure
    ['at least 4', '4', 'compatible', undefined, undefined],
    ['up to 200', '200', 'compatible', undefined, undefined],
    ['no more than 200 tons', '200 tons', 'compatible', undefined, undefined],
    ['at most 9 people', '9 people', 'compatible', undefined, undefined],
    ['no fewer than 50 countries', '50 countries', 'compatible', undefined, undefined],
    ['50 or more countries', '50 countries', 'compatible', undefined, undefined],
    // a strict bound on an exact figure (a lone digit of a unit, a count): a minor tension, said in words
    ['under 3 km', '3 km', 'conflict', 'minor', "3 km lies on the bound 'under 3 km'"],
    ['more than 5 miles', '5 miles', 'conflict', 'minor', "5 miles lies on the bound 'more than 5 miles'"],
    ['fewer than 10 people', '10 people', 'conflict', 'minor', "10 people lies on the bound 'fewer than 10 people'"],
    ['less than 10', '10', 'conflict', 'minor', "10 lies on the bound 'less than 10'"],
    ['more than 50 countries', '50 countries', 'conflict', 'minor', "50 countries lies on the bound 'more than 50 countries'"],
    ['over 1,234 homes', '1,234 homes', 'conflict', 'minor', "1,234 homes lies on the bound 'over 1,234 homes'"],
    // a strict bound on a rounded figure: the rounding reaches past the bound
    ['under 20 km', '20 km', 'compatible', undefined, undefined],
    ['over 40%', '40%', 'compatible', undefined, undefined],
    ['more than $2 billion', '$2 billion', 'compatible', undefined, undefined],
    ['more than 2,000 homes', '2,000 homes', 'compatible', undefined, undefined], // 1,950 up to 2,050
    ['under 3 km', '3.0 km', 'compatible', undefined, undefined], // 2.95 up to 3.05
    // a strict bound and a figure past it: how far, in percent
    ['more than 50 countries', '49 countries', 'conflict', 'minor', 'minor tension: 2% apart'],
    ['under 3 km', '4 km', 'conflict', 'substantial', '25% apart'],
    // two bounds, or a bound and a range, on opposite sides of one figure
    ['up to 200 people', 'more than 200 people', 'conflict', 'substantial', 'opposite sides of 200'],
    ['more than half', 'less than half', 'conflict', 'substantial', 'opposite sides of 50'],
    ['at least 5 members', 'fewer than 5 members', 'conflict', 'substantial', 'opposite sides of 5'],
    ['2–3 km', 'more than 3 km', 'conflict', 'substantial', 'opposite sides of 3'],
  ])('%s against %s → %s (%s: %s)', (bound, figure, verdict, grade, label) => {
    for (const [a, b] of [
      [bound, figure],
      [figure, bound],
    ] as const) {
      expect(compareValues(q(a), q(b)).verdict).toBe(verdict);
      const d = valueKinds.discrepancy(q(a), q(b));
      expect(d?.grade).toBe(grade);
      if (label !== undefined) expect(d?.label).toContain(label);
    }
  });

  it('the finding says where the figure lies, as a warning, and not "0% apart"', () => {
    const distance = { id: 'distance', valueType: 'quantity', cardinality: 'functional', label: 'distance' } as const;
    const sources = [
      { id: 'a', text: 'The fire stopped under 3 km from the school.' },
      { id: 'b', text: 'The fire stopped 3 km from the school.' },
    ];
    const claims = [
      { id: 'ca', source: 'a', quote: 'under 3 km', subject: 'the fire', predicate: 'distance', value: { quantity: 'under 3 km' } },
      { id: 'cb', source: 'b', quote: '3 km', subject: 'the fire', predicate: 'distance', value: { quantity: '3 km' } },
    ];
    const [f] = runExample(valueConflictRule, { title: 'on the bound', sources, predicates: [distance], claims, findings: ['value-conflict'] }).findings;
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/only one can be true — minor tension: 3 km lies on the bound 'under 3 km'$/);
    expect(f?.message).not.toContain('0%');
  });
});

describe('a discrepancy label never reads "0% apart"', () => {
  const hedges = ['', 'under ', 'more than ', 'at least ', 'up to ', 'about ', 'nearly ', 'fewer than ', 'over '];
  const units = ['', ' km', '%', ' people', ' tons'];
  const figure = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([w, f]) => `${w}.${f}`),
  );
  const amount = fc.tuple(fc.constantFrom(...hedges), figure, fc.constantFrom(...units)).map(([h, x, u]) => `${h}${x}${u}`);

  it('for any two amounts of one measure in conflict', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const qa = parseQuantity(a);
        const qb = parseQuantity(b);
        if (!qa.ok || !qb.ok) return;
        const d = valueKinds.discrepancy(qa.value, qb.value);
        if (d === undefined) return;
        expect(d.label).not.toMatch(/(^|[^\d.])0% apart/);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    // exact counts a hair apart: the gap is shown, however small
    ['1,000,001 people', '1,000,002 people', 'minor tension: less than 0.01% apart'],
    ['1,234 homes', '1,235 homes', 'minor tension: 0.08% apart'],
  ])('%s against %s → %s', (a, b, label) => {
    expect(valueKinds.discrepancy(q(a), q(b))?.label).toBe(label);
  });
});
