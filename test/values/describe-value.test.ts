import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/value.js';
import { parseQuantity } from '../../src/normalize/index.js';
import { describeValue } from '../../src/values/index.js';
import { toPrecisionOf } from '../../src/values/number-format.js';

// One value per row, in every style: normalized, quoted, message, export.
const rows: readonly (readonly [Value, string, string, string, string])[] = [
  [{ type: 'entity', name: 'MP Materials' }, 'MP Materials', 'MP Materials', 'MP Materials', 'MP Materials'],
  [{ type: 'entity', name: 'UK', id: 'country:GB' as never }, 'UK (country:GB)', 'UK (country:GB)', 'UK', 'UK'],
  [
    { type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] },
    'the complete list {Japan, Israel}',
    'the complete list {Japan, Israel}',
    'Japan and Israel',
    'Japan and Israel (complete list)',
  ],
  [
    { type: 'entity-set', mode: 'open', members: [{ name: 'UAE' }], count: 9 },
    'the partial list {UAE, …} (9 in all)',
    'the partial list {UAE, …} (9 in all)',
    'UAE among others (of nine)',
    'UAE (among others, 9 in all)',
  ],
  [{ type: 'entity-set', mode: 'count', members: [], count: 5 }, 'a count of 5 members', 'a count of 5 members', 'five members', '5 members'],
  [
    { type: 'quantity', low: 11e9, high: 12e9, lowInclusive: true, highInclusive: false, currency: 'USD', raw: 'nearly $12 billion' },
    '[11 billion, 12 billion) USD',
    '"nearly $12 billion" ([11 billion, 12 billion) USD)',
    'nearly $12 billion',
    '[USD 11,000,000,000, 12,000,000,000) ("nearly $12 billion")',
  ],
  [
    { type: 'quantity', low: 50, high: null, lowInclusive: false, highInclusive: false, unit: 'countries' },
    'more than 50 countries',
    'more than 50 countries',
    'more than 50 countries',
    'more than 50 countries',
  ],
  [{ type: 'quantity', low: 1234.5, high: 1234.5, lowInclusive: true, highInclusive: true, currency: 'EUR' }, '1234.5 EUR', '1234.5 EUR', '€1234.5', 'EUR 1,234.5'],
  [{ type: 'quantity', low: 54, high: 55, lowInclusive: true, highInclusive: true, unit: '%' }, '[54, 55]%', '[54, 55]%', '54–55 %', '[54, 55] %'],
  [
    { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day', raw: 'Dec 12, 2025' },
    '2025-12-12',
    '"Dec 12, 2025" (2025-12-12)',
    '2025-12-12',
    '2025-12-12 ("Dec 12, 2025")',
  ],
  [{ type: 'date', start: '2025-12-01', end: '2025-12-31', precision: 'month' }, '2025-12-01..2025-12-31', '2025-12-01..2025-12-31', '2025-12-01..2025-12-31', '2025-12-01/2025-12-31'],
  [{ type: 'weekday', weekday: 'friday', raw: 'on Friday' }, 'a Friday', '"on Friday" (a Friday)', 'on Friday', 'Friday ("on Friday")'],
  [{ type: 'weekday', weekday: 'friday' }, 'a Friday', 'a Friday', 'friday', 'Friday'],
  [{ type: 'boolean', value: false }, 'false', 'false', 'no', 'false'],
  [{ type: 'text', text: 'a strategic response' }, '"a strategic response"', '"a strategic response"', '“a strategic response”', 'a strategic response'],
];

describe('describeValue: one value in every style', () => {
  it.each(rows)('%j', (value, normalized, quoted, message, exported) => {
    expect(describeValue(value, 'normalized')).toBe(normalized);
    expect(describeValue(value, 'quoted')).toBe(quoted);
    expect(describeValue(value)).toBe(quoted);
    expect(describeValue(value, 'message')).toBe(message);
    expect(describeValue(value, 'export')).toBe(exported);
  });

  it('cuts long source words in the quoted style', () => {
    const raw = 'x'.repeat(80);
    expect(describeValue({ type: 'text', text: 'y', raw }, 'quoted')).toBe(`"${'x'.repeat(60)}…" ("y")`);
  });
});

describe('a quantity with a rounding step is shown no finer than its rounding', () => {
  it.each([
    ['two-thirds', '67% ±5'],
    ['one in six', '17% ±5'],
    ['between a third and a half', '[33, 50]% ±5'],
    ['1 in 200', '0.5% ±0.25'],
    ['7.5 per cent', '7.5% ±0.05'],
    ['0.125%', '0.125% ±0.0005'],
    ['$1.67 billion', '1.67 billion USD ±5 million'],
    ['£1.25m', '1.25 million GBP ±5,000'],
  ])('%s → %s', (words, shown) => {
    const r = parseQuantity(words);
    expect(r.ok && describeValue(r.value, 'normalized')).toBe(shown);
  });

  // A hedge that makes the figure a bound drops the step (the bound is the figure written, as for money):
  // the ends are shown to the digits of the words, not to every digit of 100 / 3.
  it.each([
    ['more than a third', 'more than 33.3%'],
    ['more than two thirds', 'more than 66.7%'],
    ['at least one in eight', 'at least 12.5%'],
    ['under one in three', '[0, 33.3)%'],
    ['nearly two-thirds', '[60, 66.7]%'],
    ['just over a third', '(33.3, 38.3]%'],
    ['about two-thirds', '[60, 73.3]%'],
    ['more than 40%', 'more than 40%'],
    ['more than 33.35%', 'more than 33.35%'],
  ])('a share bounded by its words: %s → %s', (words, shown) => {
    const r = parseQuantity(words);
    expect(r.ok && r.value.step).toBeUndefined();
    expect(r.ok && describeValue(r.value, 'normalized')).toBe(shown);
  });

  it.each([
    [66.6666666667, 5, 67],
    [66.6666666667, 0.5, 66.7],
    [0.5, 0.25, 0.5],
    [1 / 3, 0.005, 0.333],
    [1.675e9, 5e6, 1.675e9],
    [-2.3456, 0.05, -2.35],
    [12, 0, 12],
    [Number.NaN, 1, Number.NaN],
  ])('toPrecisionOf(%d, %d) = %d', (x, precision, rounded) => {
    expect(toPrecisionOf(x, precision)).toBe(rounded);
  });
});
