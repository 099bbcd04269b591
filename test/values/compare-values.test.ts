import { describe, expect, it } from 'vitest';
import { entityId } from '../../src/model/ids.js';
import type { EntitySetValue, Value } from '../../src/model/value.js';
import { createEntityResolver, parseDate, parseQuantity, type ParseDateOptions } from '../../src/normalize/index.js';
import { compareValues, type ComparisonVerdict } from '../../src/values/index.js';

const resolver = createEntityResolver({
  entities: [
    { id: entityId('org:us-dod'), name: 'Department of Defense', kind: 'organization', aliases: ['Pentagon', 'DoD'] },
    { id: entityId('org:us-state'), name: 'U.S. Department of State', kind: 'organization', aliases: ['State Department'] },
    { id: entityId('washington-dc'), name: 'Washington, D.C.', kind: 'place', aliases: ['Washington'], locatedIn: [entityId('country:US')] },
    { id: entityId('foggy-bottom'), name: 'Foggy Bottom', kind: 'place', aliases: [], locatedIn: [entityId('washington-dc')] },
    { id: entityId('new-york'), name: 'New York City', kind: 'place', aliases: ['New York'], locatedIn: [entityId('country:US')] },
    { id: entityId('mineral-security-unit'), name: 'Mineral Security Unit', kind: 'organization', aliases: [], partOf: [entityId('org:us-state')] },
  ],
});

const q = (text: string): Value => {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(r.messages[0]?.message);
  return r.value;
};
const d = (text: string, options: ParseDateOptions = {}): Value => {
  const r = parseDate(text, options);
  if (!r.ok) throw new Error(r.messages[0]?.message);
  return r.value;
};
const entity = (name: string): Value => ({ type: 'entity', name });
const set = (mode: EntitySetValue['mode'], names: string[], count?: number): EntitySetValue => ({
  type: 'entity-set',
  mode,
  members: names.map((name) => ({ name })),
  ...(count !== undefined ? { count } : {}),
});

// The founding members as the seed articles give them.
const founding5 = set('closed', ['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel']);
const founding5Aliased = set('closed', ['Israel', 'Republic of Korea', 'Japan', 'Australia', 'Singapore']);
const among8 = set('open', ['Singapore', 'Australia', 'Japan', 'South Korea', 'the United Arab Emirates', 'the Netherlands', 'the UK', 'Israel']);
const closed8 = set('closed', ['Singapore', 'Australia', 'Japan', 'South Korea', 'UAE', 'Netherlands', 'U.K.', 'Israel']);
const amongTwo = set('open', ['Japan', 'Australia']);
const amongUAE = set('open', ['UAE']);

const cases: [string, Value, Value, ComparisonVerdict, string?][] = [
  // quantities
  ['$12B vs $120B', q('$12 billion'), q('$120 billion'), 'conflict', 'do not overlap'],
  ['nearly $12 billion vs $12B', q('nearly $12 billion'), q('$12B'), 'compatible', 'overlap'],
  ['$12 billion vs $12.4 billion (rounding)', q('$12 billion'), q('$12.4 billion'), 'compatible', 'once their rounding is allowed for'],
  ['nearly $12 billion vs $12.5 billion (a bound is the figure written)', q('nearly $12 billion'), q('$12.5 billion'), 'conflict', 'do not overlap'],
  ['nearly $12 billion vs $13.5 billion', q('nearly $12 billion'), q('$13.5 billion'), 'conflict'],
  ['54% vs 54.4% (rounding)', q('54%'), q('54.4%'), 'compatible', 'rounding'],
  // neighbouring round figures: 53.5 up to 54.5, and 54.5 up to 55.5, share no value
  ['54% vs 55% (neighbouring round figures)', q('54%'), q('55%'), 'conflict'],
  ['over 40% vs 40%', q('over 40%'), q('40%'), 'compatible'],
  // "about $4 million" is 3.5–4.5 million (its rounding is wider than its hedge), not both: 3.1–4.9
  ['nearly $3.4 million vs about $4 million', q('nearly $3.4 million'), q('about $4 million'), 'conflict'],
  ['50 countries vs 54 countries (exact counts)', q('50 countries'), q('54 countries'), 'conflict'],
  ['nearly all vs 95%', q('nearly all'), q('95%'), 'compatible'],
  ['most vs 30%', q('most'), q('30%'), 'conflict'],
  ['about $12 billion vs $13 billion', q('about $12 billion'), q('$13 billion'), 'compatible'],
  ['more than 50 vs 50', q('more than 50 countries'), q('50 countries'), 'conflict'],
  ['50+ vs more than 50', q('50+ countries'), q('more than 50 countries'), 'compatible'],
  ['countries vs countries and organizations', q('more than 50 countries'), q('over 50 countries and organizations'), 'different-measure'],
  ['1 country vs 5 countries', q('1 country'), q('5 countries'), 'conflict'],
  // units: plurals folded (irregular ones too) and true synonyms only
  ['12 ships vs more than 20 vessels', q('12 ships'), q('more than 20 vessels'), 'conflict'],
  ['a dozen vessels vs 12 ships', q('a dozen vessels'), q('12 ships'), 'compatible'],
  ['12 cargo vessels vs 12 cargo ships', q('12 cargo vessels'), q('12 cargo ships'), 'compatible'],
  ['one person vs 40 people', q('one person'), q('40 people'), 'conflict'],
  ['4,000 people vs some 4,000 persons', q('4,000 people'), q('some 4,000 persons'), 'compatible'],
  ['20 children vs 25 child', q('20 children'), q('25 child'), 'conflict'],
  ['workers vs employees: not synonyms', q('4,000 workers'), q('6,000 employees'), 'different-measure'],
  ['ships vs boats: not synonyms', q('12 ships'), q('20 boats'), 'different-measure'],
  ['container ships vs ships: a kind is another measure', q('a dozen container ships'), q('20 ships'), 'different-measure'],
  ['EUR vs USD', q('€12 billion'), q('$12 billion'), 'different-measure', 'different currencies'],
  ['money vs counted unit', q('$12 billion'), q('12 billion barrels'), 'different-measure'],
  ['bare number vs money', q('12 billion'), q('$12 billion'), 'compatible'],
  ['majority vs 51%', q('a majority stake'), q('51%'), 'compatible'],
  ['majority vs 50% (rounding)', q('a majority'), q('50%'), 'compatible'],
  ['majority vs 49%', q('a majority'), q('49%'), 'conflict'],
  ['percentage vs money', q('54%'), q('$54'), 'different-measure'],
  ['range vs point', q('54–55'), q('55'), 'compatible'],
  ['hundreds of billions vs nearly $12 billion', q('hundreds of billions'), q('nearly $12 billion'), 'conflict'],
  ['up to 20 vs 25', q('up to 20'), q('25'), 'conflict'],
  ['less than 10 vs 10', q('less than 10'), q('10'), 'conflict'],
  // dates without a year (a partial date, from a page with no publication date)
  ['a month-day vs that day of a year', d('March 3'), d('March 3, 2026'), 'compatible'],
  ['a month-day vs the next day', d('March 3'), d('March 4, 2026'), 'conflict', 'is not'],
  ['a month-day vs its month', d('March 3'), d('March 2026'), 'compatible'],
  ['a month-day vs a whole year', d('March 3'), d('2026'), 'compatible'],
  ['a month vs a day in it', d('in December'), d('Dec 12, 2025'), 'compatible'],
  ['two month-days', d('March 3'), d('March 5'), 'conflict', 'two days apart'],
  ['a month-day vs its month without a year', d('March 3'), d('in March'), 'compatible'],
  ['a month-day vs a weekday', d('March 3'), d('Friday'), 'compatible', 'no year'],
  // dates
  ['weekday vs the day it is', d('Wednesday'), d('February 4, 2026'), 'compatible', 'is a Wednesday'],
  ['weekday vs another day', d('Wednesday'), d('February 5, 2026'), 'conflict', 'Thursday'],
  ['weekday vs a month', d('Monday'), d('December 2025'), 'compatible'],
  ['weekday vs a short range', d('Sunday'), d('Dec 8-12, 2025'), 'conflict'],
  ['weekday vs weekday', d('Friday'), d('Friday'), 'compatible'],
  ['weekday vs other weekday', d('Friday'), d('Thursday'), 'conflict'],
  ['Dec 12 vs Dec 24', d('Dec 12, 2025'), d('Dec 24, 2025'), 'conflict', '12 days apart'],
  ['"Friday" resolved vs Dec 12', d('Friday', { publishedAt: '2025-12-12' }), d('Dec 12, 2025'), 'compatible'],
  ['day in month', d('Dec 12, 2025'), d('December 2025'), 'compatible'],
  ['last year vs 2025', d('last year', { publishedAt: '2025-12-24' }), d('2025'), 'conflict'],
  // entities
  ['aliases of one country', entity('U.K.'), entity('Britain'), 'compatible'],
  ['Pentagon vs DoD', entity('Pentagon'), entity('DoD'), 'compatible'],
  ['two countries', entity('United States'), entity('United Kingdom'), 'conflict', 'different entities'],
  ['near-duplicate names', entity('MP Minerals'), entity('MP Materials'), 'conflict', 'probably one entity'],
  // entity sets
  ['closed 5 vs closed 8: symmetric difference', founding5, closed8, 'conflict', 'only the second lists'],
  ['closed vs same closed, other names and order', founding5, founding5Aliased, 'compatible'],
  ['open 8 vs closed 5: members the closed list lacks', among8, founding5, 'conflict', 'lacks'],
  ['open subset vs closed', amongTwo, founding5, 'compatible'],
  ['closed 8 vs open 8', closed8, among8, 'compatible'],
  ['count 5 vs closed 5', set('count', [], 5), founding5, 'compatible'],
  ['count 9 vs closed 5', set('count', [], 9), founding5, 'conflict'],
  ['count 9 vs open of 2: lower bound only', set('count', [], 9), amongTwo, 'compatible'],
  ['count 5 vs open of 8', set('count', [], 5), among8, 'conflict'],
  ['open with total vs closed of another size', set('open', ['Japan'], 9), founding5, 'conflict'],
  ['open vs open', amongTwo, amongUAE, 'compatible'],
  ['open with total 2 vs open naming a third', set('open', ['Japan', 'Australia'], 2), amongUAE, 'conflict'],
  ['count vs count', set('count', [], 9), set('count', [], 9), 'compatible'],
  ['entity in closed list', entity('Republic of Korea'), founding5, 'compatible'],
  ['entity missing from closed list', entity('UAE'), founding5, 'conflict', 'does not include'],
  ['entity vs open list', entity('UAE'), amongTwo, 'compatible'],
  ['"nine partners" vs closed 5', q('nine partners'), founding5, 'conflict'],
  ['"five founding members" vs closed 5', q('five founding members'), founding5, 'compatible'],
  ['"more than 5" vs open of 8', q('more than five'), among8, 'compatible'],
  // entity kinds and where an entity sits (locatedIn / partOf)
  ['an organisation vs a place', entity('U.S. Department of State'), entity('Washington'), 'different-measure', 'not the same kind of thing'],
  ['a city vs its country', entity('Washington'), entity('United States'), 'compatible', 'is within'],
  ['a district vs its country (through the city)', entity('Foggy Bottom'), entity('the US'), 'compatible', 'is within'],
  ['two cities', entity('Washington'), entity('New York'), 'conflict'],
  ['a unit vs its department (partOf)', entity('Mineral Security Unit'), entity('State Department'), 'compatible', 'is within'],
  ['two departments', entity('State Department'), entity('Pentagon'), 'conflict'],
  ['a country vs another country', entity('Japan'), entity('South Korea'), 'conflict'],
  // other kinds
  ['booleans agree', { type: 'boolean', value: true }, { type: 'boolean', value: true }, 'compatible'],
  ['booleans disagree', { type: 'boolean', value: true }, { type: 'boolean', value: false }, 'conflict'],
  ['same text', { type: 'text', text: 'A trade bloc.' }, { type: 'text', text: 'a trade bloc' }, 'compatible'],
  ['different text', { type: 'text', text: 'a trade bloc' }, { type: 'text', text: 'a price floor' }, 'unknown'],
  ['text vs quantity', { type: 'text', text: 'many' }, q('5'), 'unknown'],
  ['quantity vs date', q('2025'), d('2025'), 'different-measure'],
  ['entity vs quantity', entity('Japan'), q('5'), 'different-measure'],
  ['money vs list', q('$5'), founding5, 'different-measure'],
];

describe('compareValues', () => {
  it.each(cases)('%s → %s', (_name, a, b, verdict, phrase) => {
    const result = compareValues(a, b, { resolver });
    expect(result.verdict).toBe(verdict);
    expect(result.reason.length).toBeGreaterThan(10);
    if (phrase !== undefined) expect(result.reason).toContain(phrase);
  });

  it('gives the verdict whatever the order of the two values', () => {
    for (const [, a, b] of cases) {
      expect(compareValues(b, a, { resolver }).verdict).toBe(compareValues(a, b, { resolver }).verdict);
    }
  });

  it('says "$12 billion and $120 billion do not overlap" in the source words', () => {
    const result = compareValues(q('$12 billion'), q('$120 billion'));
    expect(result.reason).toMatch(/^"\$12 billion" .* and "\$120 billion" .* do not overlap$/);
  });

  it('returns the symmetric difference of two closed lists as data', () => {
    const result = compareValues(founding5, closed8, { resolver });
    expect(result.details).toEqual({
      kind: 'entity-set',
      logic: 'symmetric-difference',
      onlyInA: [],
      onlyInB: [{ name: 'UAE' }, { name: 'Netherlands' }, { name: 'U.K.' }],
      cardinalityA: { low: 5, high: 5 },
      cardinalityB: { low: 8, high: 8 },
    });
  });

  it('returns the members an open list names and the closed list lacks', () => {
    const result = compareValues(founding5, among8, { resolver });
    expect(result.details).toMatchObject({
      logic: 'missing-members',
      onlyInA: [],
      onlyInB: [{ name: 'the United Arab Emirates' }, { name: 'the Netherlands' }, { name: 'the UK' }],
      cardinalityB: { low: 8, high: null },
    });
  });

  it('compares entity names by key without a resolver, and by id with one', () => {
    expect(compareValues(entity('U.K.'), entity('UK')).verdict).toBe('compatible');
    expect(compareValues(entity('Britain'), entity('UK')).verdict).toBe('conflict');
    expect(compareValues(entity('Britain'), entity('UK'), { resolver }).verdict).toBe('compatible');
    const near = compareValues(entity('MP Minerals'), entity('MP Materials'), { resolver });
    expect(near.details).toMatchObject({ kind: 'entity', nearDuplicate: { similar: true } });
  });

  it('reports the gap between two dates in days', () => {
    expect(compareValues(d('Dec 12, 2025'), d('Dec 24, 2025')).details).toEqual({ kind: 'date', gapDays: 12 });
  });
});

describe('a date against a weekday', () => {
  const day = (start: string, end = start, raw?: string): Value => ({ type: 'date', start, end, precision: start === end ? 'day' : 'month', ...(raw !== undefined ? { raw } : {}) });
  const weekday = (w: 'monday' | 'wednesday' | 'thursday' | 'friday' | 'sunday'): Value => ({ type: 'weekday', weekday: w });
  // The reasons word for word: comparisons of a date value with a weekday are kept and shared, and
  // must read as they did when each was worked out anew.
  const table: [string, Value, Value, ComparisonVerdict, string][] = [
    ['the day it is', day('2026-02-04'), weekday('wednesday'), 'compatible', '2026-02-04 is a Wednesday'],
    ['another day', day('2026-02-05'), weekday('wednesday'), 'conflict', '2026-02-05 is a Thursday, not a Wednesday'],
    ['a range with the day', day('2025-12-08', '2025-12-12', 'Dec 8-12'), weekday('thursday'), 'compatible', '"Dec 8-12" (2025-12-08..2025-12-12) includes a Thursday'],
    ['a range without it', day('2025-12-08', '2025-12-12'), weekday('sunday'), 'conflict', '2025-12-08..2025-12-12 has no Sunday (only Monday, Tuesday, Wednesday, Thursday, Friday)'],
    ['a whole month', day('2025-12-01', '2025-12-31', 'December 2025'), weekday('monday'), 'compatible', '"December 2025" (2025-12-01..2025-12-31) spans a whole week, so it contains a Monday'],
  ];
  it.each(table)('%s', (_name, date, w, verdict, reason) => {
    // Twice each way round: the first call works it out, the others read it back.
    for (const [a, b] of [[date, w], [w, date], [date, w], [w, date]] as const) {
      expect(compareValues(a, b)).toEqual({ verdict, reason });
    }
  });

  it('answers each weekday of one date value for itself', () => {
    const date = day('2026-02-04');
    expect(compareValues(date, weekday('wednesday')).verdict).toBe('compatible');
    expect(compareValues(date, weekday('friday'))).toEqual({ verdict: 'conflict', reason: '2026-02-04 is a Wednesday, not a Friday' });
    expect(compareValues(date, weekday('wednesday')).verdict).toBe('compatible');
  });

  it('works a date value out again when it has changed since', () => {
    const date = { type: 'date', start: '2026-02-04', end: '2026-02-04', precision: 'day' } as { type: 'date'; start: string; end: string; precision: 'day' };
    expect(compareValues(date, weekday('wednesday')).verdict).toBe('compatible');
    date.start = '2026-02-05';
    date.end = '2026-02-05';
    expect(compareValues(date, weekday('wednesday'))).toEqual({ verdict: 'conflict', reason: '2026-02-05 is a Thursday, not a Wednesday' });
  });

  it('gives a comparison no caller can change for the next one', () => {
    const first = compareValues(day('2026-02-04'), weekday('wednesday'));
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('compareValues answers for every pair of value types', () => {
  const samples: Value[] = [
    entity('Japan'),
    founding5,
    q('nearly $12 billion'),
    d('Dec 12, 2025'),
    d('Friday'),
    { type: 'boolean', value: true },
    { type: 'text', text: 'a trade bloc' },
  ];
  const pairs = samples.flatMap((a) => samples.map((b) => [a.type, b.type, a, b] as const));
  it.each(pairs)('%s vs %s', (_ta, _tb, a, b) => {
    const result = compareValues(a, b, { resolver });
    expect(['compatible', 'conflict', 'different-measure', 'unknown']).toContain(result.verdict);
    expect(result.reason.length).toBeGreaterThan(10);
    expect(compareValues(b, a, { resolver }).verdict).toBe(result.verdict);
  });
});
