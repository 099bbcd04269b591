import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/normalize/index.js';

// Amounts as international business news writes them, each row written from
// the meaning of the words: [text, low, high, currency, unit].
type Row = [text: string, low: number, high: number, currency: string | undefined, unit: string | undefined];

const rows: Row[] = [
  // currencies written as words after the amount
  ['1.2 trillion won', 1.2e12, 1.2e12, 'KRW', undefined],
  ['300 billion won', 3e11, 3e11, 'KRW', undefined],
  ['1,200 won', 1200, 1200, 'KRW', undefined],
  ['5 million ringgit', 5e6, 5e6, 'MYR', undefined],
  ['40bn baht', 4e10, 4e10, 'THB', undefined],
  ['2 billion rupiah', 2e9, 2e9, 'IDR', undefined],
  ['3 billion kronor', 3e9, 3e9, 'SEK', undefined],
  // the Indian numbering system: a lakh is 100,000, a crore ten million
  ['₹1,200 crore', 1.2e10, 1.2e10, 'INR', undefined],
  ['₹5 lakh', 5e5, 5e5, 'INR', undefined],
  ['2.5 crore rupees', 2.5e7, 2.5e7, 'INR', undefined],
  // an article before the number
  ['a 12% rise', 12, 12, undefined, '% rise'],
  ['a 4.2 per cent pay rise', 4.2, 4.2, undefined, '% pay rise'],
  ['a $3bn deal', 3e9, 3e9, 'USD', 'deal'],
  ['an 8,000 strong crowd', 8000, 8000, undefined, 'strong crowd'],
  // …but "A$" is still Australian dollars
  ['A$5 billion', 5e9, 5e9, 'AUD', undefined],
  // fractions with any denominator up to ten, as percentages
  ['a tenth', 10, 10, undefined, '%'],
  ['a sixth', 100 / 6, 100 / 6, undefined, '%'],
  ['seven-tenths', 70, 70, undefined, '%'],
  ['three eighths of the fleet', 37.5, 37.5, undefined, '% of the fleet'],
  ['two-thirds', 200 / 3, 200 / 3, undefined, '%'],
  // "N in M", "N out of M": a proportion
  ['nine in ten', 90, 90, undefined, '%'],
  ['one in five', 20, 20, undefined, '%'],
  ['3 out of 4', 75, 75, undefined, '%'],
  ['one in four households', 25, 25, undefined, '% households'],
  ['1 in 200', 0.5, 0.5, undefined, '%'],
  // a hyphen joining the amount to a word is not part of the unit
  ['3.5-fold', 3.5, 3.5, undefined, 'fold'],
  ['an 8,000-strong crowd', 8000, 8000, undefined, 'strong crowd'],
  ['a 20-year deal', 20, 20, undefined, 'year deal'],
  // …and "-plus" is "or more"
  ['€1.5bn-plus', 1.5e9, Infinity, 'EUR', undefined],
];

describe('parseQuantity: amounts in international news', () => {
  it.each(rows)('%s', (text, low, high, currency, unit) => {
    const r = parseQuantity(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.low).toBeCloseTo(low, 6);
    if (high === Infinity) expect(r.value.high).toBeNull();
    else expect(r.value.high).toBeCloseTo(high, 6);
    expect(r.value.currency).toBe(currency);
    expect(r.value.unit).toBe(unit);
  });

  it.each([
    // a proportion in words is as precise as one part in M, never finer than a fraction in words (10 points)
    ['nine in ten', 10],
    ['1 in 200', 0.5],
    ['a tenth', 10],
  ])('%s has step %d', (text, step) => {
    const r = parseQuantity(text);
    expect(r.ok && r.value.step).toBe(step);
  });

  it.each([
    // hedges apply to the new forms as to numbers
    // "roughly" widens a fraction in words once: by the hedge (±1) or its rounding (±5), the wider
    ['roughly a tenth', 5, 15],
    // "nearly" leaves the low end approximate (the hedge's 18 or the rounding's 15, the wider) and makes 20% the bound
    ['nearly one in five', 15, 20],
    ['more than 1.2 trillion won', 1.2e12, null],
  ])('%s is [%d, %s]', (text, low, high) => {
    const r = parseQuantity(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.low).toBeCloseTo(low, 6);
    if (high === null) expect(r.value.high).toBeNull();
    else expect(r.value.high).toBeCloseTo(high, 6);
  });

  it.each([
    // "in" before a year or a month is not a proportion
    ['12 in 2025', 'unrecognized'],
    ['a lot', 'no-number'],
  ])('%s is refused (%s)', (text, code) => {
    const r = parseQuantity(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[0]?.code).toBe(code);
  });

  it.each([
    // "-odd" (British): a little more than the round figure, short of the next step of its last non-zero digit
    ['1,200-odd towns and villages', 1200, 1300, undefined, 'towns and villages'],
    ['20-odd years', 20, 30, undefined, 'years'],
    ['100-odd people', 100, 200, undefined, 'people'],
    ['a 40-odd-page report', 40, 50, undefined, 'page report'],
    // a scale written after the hedge applies to both ends
    ['£30-odd million', 30e6, 40e6, 'GBP', undefined],
    ['a £30-odd million deal', 30e6, 40e6, 'GBP', 'deal'],
    ['£30-odd bn', 30e9, 40e9, 'GBP', undefined],
    ['40-odd thousand', 40e3, 50e3, undefined, undefined],
    ['40-odd thousand fans', 40e3, 50e3, undefined, 'fans'],
    // a one-letter scale after the hedge as after a number: a scale in an amount with a currency, else a unit ("5 m" is metres)
    ['£30-odd m', 30e6, 40e6, 'GBP', undefined],
    ['30-odd m', 30, 40, undefined, 'm'],
    // no scale: the figure alone
    ['30-odd', 30, 40, undefined, undefined],
  ] as const)('%s is above %d and below %d', (text, low, high, currency, unit) => {
    const r = parseQuantity(text);
    expect(r.ok && r.value).toMatchObject({ low, high, lowInclusive: false, highInclusive: false });
    expect(r.ok && [r.value.currency, r.value.unit]).toEqual([currency, unit]);
  });

  it.each([
    // only joined by a hyphen: apart, "odd" is the unit's word
    ['1,200 odd numbers', 1200, 1200, 'odd numbers'],
    // a hedge before the amount says the same and wins; the word is still not the unit's
    ['about 1,200-odd towns', 1080, 1320, 'towns'],
  ] as const)('%s is [%d, %d] %s', (text, low, high, unit) => {
    const r = parseQuantity(text);
    expect(r.ok && r.value).toMatchObject({ low, high, unit });
  });

  it('"5 in March" keeps "in march" as words, not a proportion', () => {
    const r = parseQuantity('5 in March');
    expect(r.ok && { low: r.value.low, unit: r.value.unit }).toEqual({ low: 5, unit: 'in march' });
  });
});
