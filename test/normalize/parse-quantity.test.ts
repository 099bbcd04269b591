import { describe, expect, it } from 'vitest';
import { QuantityValueSchema } from '../../src/model/value.js';
import { parseQuantity } from '../../src/normalize/index.js';

/** [low, high, lowInclusive, highInclusive] (null = unbounded), then unit and currency. */
type Expected = {
  interval: [number | null, number | null, boolean, boolean];
  unit?: string;
  currency?: string;
};

const cases: [string, Expected][] = [
  // hedges (δ = 10%)
  ['nearly $12 billion', { interval: [10.8e9, 12e9, true, true], currency: 'USD' }],
  ['almost 50', { interval: [45, 50, true, true] }],
  ['just under 100', { interval: [90, 100, true, true] }],
  ['about 100', { interval: [90, 110, true, true] }],
  ['around 20 countries', { interval: [18, 22, true, true], unit: 'countries' }],
  ['roughly 1,000', { interval: [900, 1100, true, true] }],
  ['approximately 40%', { interval: [36, 44, true, true], unit: '%' }],
  ['some 50 countries', { interval: [45, 55, true, true], unit: 'countries' }],
  ['≈ 5', { interval: [4.5, 5.5, true, true] }],
  ['~200', { interval: [180, 220, true, true] }],
  ['more than 50 countries', { interval: [50, null, false, false], unit: 'countries' }],
  ['over 50 countries and organizations', { interval: [50, null, false, false], unit: 'countries and organizations' }],
  ['above 3', { interval: [3, null, false, false] }],
  ['at least 5', { interval: [5, null, true, false] }],
  ['50+ countries', { interval: [50, null, true, false], unit: 'countries' }],
  ['50 or more', { interval: [50, null, true, false] }],
  ['up to 20', { interval: [0, 20, true, true] }],
  ['as much as $5bn', { interval: [0, 5e9, true, true], currency: 'USD' }],
  ['up to -5 degrees', { interval: [null, -5, false, true], unit: 'degrees' }],
  ['less than 10', { interval: [0, 10, true, false] }],
  ['fewer than 9 partners', { interval: [0, 9, true, false], unit: 'partners' }],
  ['just over 50', { interval: [50, 55, false, true] }],
  ['>= 7', { interval: [7, null, true, false] }],
  // ranges
  ['54–55', { interval: [54, 55, true, true] }],
  ['54-55%', { interval: [54, 55, true, true], unit: '%' }],
  ['between 10 and 12', { interval: [10, 12, true, true] }],
  ['from 3 to 4 million', { interval: [3e6, 4e6, true, true] }],
  ['$10-12 billion', { interval: [10e9, 12e9, true, true], currency: 'USD' }],
  ['about 10-12', { interval: [9, 13.2, true, true] }],
  ['between $10 and $12 billion', { interval: [10e9, 12e9, true, true], currency: 'USD' }],
  ['500 to 2 million', { interval: [500, 2e6, true, true] }],
  ['$12 billion to $15 billion', { interval: [12e9, 15e9, true, true], currency: 'USD' }],
  // scales and suffixes
  ['12 billion', { interval: [12e9, 12e9, true, true] }],
  ['12B', { interval: [12e9, 12e9, true, true] }],
  ['$12B', { interval: [12e9, 12e9, true, true], currency: 'USD' }],
  ['£5bn', { interval: [5e9, 5e9, true, true], currency: 'GBP' }],
  ['€3m', { interval: [3e6, 3e6, true, true], currency: 'EUR' }],
  ['US$21 million', { interval: [21e6, 21e6, true, true], currency: 'USD' }],
  ['5k', { interval: [5000, 5000, true, true] }],
  ['2.5 trillion', { interval: [2.5e12, 2.5e12, true, true] }],
  ['40 mn barrels', { interval: [40e6, 40e6, true, true], unit: 'barrels' }],
  ['5 m', { interval: [5, 5, true, true], unit: 'm' }],
  ['1,200,000', { interval: [1.2e6, 1.2e6, true, true] }],
  // currencies
  ['¥100', { interval: [100, 100, true, true], currency: 'JPY' }],
  ['EUR 12 million', { interval: [12e6, 12e6, true, true], currency: 'EUR' }],
  ['12 million USD', { interval: [12e6, 12e6, true, true], currency: 'USD' }],
  ['12 billion dollars', { interval: [12e9, 12e9, true, true], currency: 'USD' }],
  ['3 billion Australian dollars', { interval: [3e9, 3e9, true, true], currency: 'AUD' }],
  ['A$3 billion', { interval: [3e9, 3e9, true, true], currency: 'AUD' }],
  ['10 billion yuan', { interval: [10e9, 10e9, true, true], currency: 'CNY' }],
  // vague amounts
  ['hundreds of billions', { interval: [200e9, 1000e9, true, false] }],
  ['hundreds of billions of capital', { interval: [200e9, 1000e9, true, false], unit: 'capital' }],
  ['dozens of countries', { interval: [24, 120, true, false], unit: 'countries' }],
  ['tens of thousands of people', { interval: [20000, 100000, true, false], unit: 'people' }],
  ['a dozen', { interval: [12, 12, true, true] }],
  ['about a dozen nations', { interval: [10.8, 13.2, true, true], unit: 'nations' }],
  ['two dozen', { interval: [24, 24, true, true] }],
  // percentages and majorities
  ['54%', { interval: [54, 54, true, true], unit: '%' }],
  ['12.5 percent', { interval: [12.5, 12.5, true, true], unit: '%' }],
  ['30 per cent of exports', { interval: [30, 30, true, true], unit: '% of exports' }],
  ['a majority', { interval: [50, 100, false, true], unit: '%' }],
  ['a majority stake', { interval: [50, 100, false, true], unit: '% stake' }],
  ['more than 50%', { interval: [50, null, false, false], unit: '%' }],
  // number words
  ['nine partners', { interval: [9, 9, true, true], unit: 'partners' }],
  ['five founding members', { interval: [5, 5, true, true], unit: 'founding members' }],
  ['twenty-six new investments', { interval: [26, 26, true, true], unit: 'new investments' }],
  ['twenty six', { interval: [26, 26, true, true] }],
  ['one hundred and twenty', { interval: [120, 120, true, true] }],
  ['a hundred', { interval: [100, 100, true, true] }],
  ['two hundred thousand', { interval: [200e3, 200e3, true, true] }],
  ['twelve billion dollars', { interval: [12e9, 12e9, true, true], currency: 'USD' }],
  ['more than fifty countries', { interval: [50, null, false, false], unit: 'countries' }],
  ['half a million', { interval: [500e3, 500e3, true, true] }],
  ['half a billion dollars', { interval: [500e6, 500e6, true, true], currency: 'USD' }],
  // plain numbers and units
  ['26 new investments and partnerships', { interval: [26, 26, true, true], unit: 'new investments and partnerships' }],
  ['-5', { interval: [-5, -5, true, true] }],
  ['１２ billion', { interval: [12e9, 12e9, true, true] }], // full-width digits, NFKC
];

describe('parseQuantity', () => {
  it.each(cases)('%s', (text, expected) => {
    const result = parseQuantity(text);
    if (!result.ok) throw new Error(`expected a quantity, got ${JSON.stringify(result.messages[0])}`);
    const q = result.value;
    expect([q.low, q.high, q.lowInclusive, q.highInclusive]).toEqual(expected.interval);
    expect(q.unit).toBe(expected.unit);
    expect(q.currency).toBe(expected.currency);
    expect(q.raw).toBe(text);
    expect(QuantityValueSchema.safeParse(q).success).toBe(true);
  });

  it.each([
    [0.2, 'nearly 100', [80, 100]],
    [0.05, 'about 1000', [950, 1050]],
    [0, 'about 7', [7, 7]],
  ] as const)('δ = %s: %s', (delta, text, [low, high]) => {
    const result = parseQuantity(text, { delta });
    expect(result.ok && [result.value.low, result.value.high]).toEqual([low, high]);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['several', 'no-number'],
    ['some countries', 'no-number'],
    ['55-54', 'invalid-range'],
    ['between 10', 'invalid-range'],
    ['$5 to €6', 'invalid-range'],
    ['12 and 14 countries', 'unrecognized'],
    ['the Pentagon bought 12', 'unrecognized'],
    ['€5 million USD', 'unrecognized'],
  ] as const)('%j is refused with %s', (text, code) => {
    const result = parseQuantity(text);
    expect(!result.ok && result.messages[0]?.code).toBe(code);
    if (!result.ok) expect(result.messages[0]?.message.length).toBeGreaterThan(10);
  });

  // A range that runs backwards is refused whatever joins its ends, with one message.
  it.each([
    ['55-54', '55 > 54'],
    ['55 to 54', '55 > 54'],
    ['between 10 and 5', '10 > 5'],
    ['from 10 to 5', '10 > 5'],
    ['10-5 million', '10000000 > 5000000'],
    ['10–5 million', '10000000 > 5000000'],
    ['$10-5bn', '10000000000 > 5000000000'],
    ['10-5%', '10 > 5'],
  ])('%j runs backwards and is refused (%s)', (text, ends) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages[0]?.code).toBe('invalid-range');
    expect(result.messages[0]?.message).toContain(`the range starts above where it ends (${ends})`);
  });

  it.each([
    // joined by a word, the first end may stand alone: "from 500 to 2 million" is 500 to 2,000,000
    ['500 to 2 million', 500, 2e6],
    ['between 500 and 2 million', 500, 2e6],
    ['10-12 million', 10e6, 12e6],
    ['$10-12 billion', 10e9, 12e9],
  ])('%j is a range from %d to %d', (text, low, high) => {
    const result = parseQuantity(text);
    expect(result.ok && [result.value.low, result.value.high]).toEqual([low, high]);
  });

  // Proportions and fractions in words are percentages (docs/normalization.md).
  it.each([
    ['nearly all of them', [90, 100, true, false], '% of them'],
    ['almost all', [90, 100, true, false], '%'],
    ['most of its output', [50, 100, false, true], '% of its output'],
    ['a majority stake', [50, 100, false, true], '% stake'],
    ['the vast majority', [80, 100, true, true], '%'],
    ['a minority', [0, 50, true, false], '%'],
    ['all', [100, 100, true, true], '%'],
    ['half', [50, 50, true, true], '%'],
    ['nearly half of exports', [45, 50, true, true], '% of exports'],
    ['two-thirds', [66.6666666667, 66.6666666667, true, true], '%'],
    ['more than a third', [33.3333333333, null, false, false], '%'],
    ['three quarters of supply', [75, 75, true, true], '% of supply'],
  ] as const)('%j is the proportion %j %s', (text, [low, high, lowInclusive, highInclusive], unit) => {
    const result = parseQuantity(text);
    expect(result.ok && result.value).toMatchObject({ low, high, lowInclusive, highInclusive, unit });
  });

  // The precision the words imply (`step`): the place of the last significant digit; counts of things are exact.
  it.each([
    ['$2 billion', 1e9],
    ['$1.67 billion', 0.01e9],
    ['1.67', 0.01],
    ['$12 billion', 1e9],
    ['$120 billion', 10e9],
    ['$100 billion', 10e9],
    ['54%', 1],
    ['40%', 1],
    ['54-55%', 1],
    // a hedge widens once, by its hedge or its rounding, and its bound is the figure written: the step is folded into the interval
    ['nearly $3.4 million', undefined],
    ['about $4 million', undefined],
    ['$10-12 billion', 1e9],
    ['half', 10],
    ['300 tonnes', 10],
    ['2 million people', 1e6],
    // a count is exact unless its trailing zeros go past two significant digits: "2,300 jobs" may be rounded to its hundreds
    ['2,300 jobs', 100],
    ['2,340 jobs', 10],
    ['2,341 jobs', undefined],
    ['50 countries', undefined],
    ['five countries', undefined],
    ['54 countries', undefined],
    ['more than 50 countries', undefined],
    ['nearly all', undefined],
  ] as const)('%j has step %s', (text, step) => {
    const result = parseQuantity(text);
    expect(result.ok && result.value.step).toBe(step);
  });

  it('refuses a hedge width outside [0, 1)', () => {
    expect(!parseQuantity('about 5', { delta: 1.5 }).ok).toBe(true);
    expect(!parseQuantity('about 5', { delta: -0.1 }).ok).toBe(true);
  });
});
