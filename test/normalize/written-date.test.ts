import { describe, expect, it } from 'vitest';
import type { ParseDateOptions } from '../../src/normalize/index.js';
import { parseDate, parseDateWithChrono } from '../../src/normalize/parse-date.js';
import { readWrittenDate } from '../../src/normalize/written-date.js';

describe('readWrittenDate: the common written forms, read without chrono-node', () => {
  it.each([
    ['2025-12-12', { kind: 'day', start: { year: 2025, month: 12, day: 12 } }],
    ['Dec 12, 2025', { kind: 'day', start: { year: 2025, month: 12, day: 12 } }],
    ['February 4, 2026', { kind: 'day', start: { year: 2026, month: 2, day: 4 } }],
    ['Sept. 3rd 2025', { kind: 'day', start: { year: 2025, month: 9, day: 3 } }],
    ['12 December 2025', { kind: 'day', start: { year: 2025, month: 12, day: 12 } }],
    ['December 2025', { kind: 'day', start: { year: 2025, month: 12, day: undefined } }],
    ['Dec 12-14, 2025', { kind: 'day', start: { year: 2025, month: 12, day: 12 }, end: { year: 2025, month: 12, day: 14 } }],
    ['October 29', { kind: 'day', start: { year: undefined, month: 10, day: 29 } }],
    ['3 March', { kind: 'day', start: { year: undefined, month: 3, day: 3 } }],
    ['today', { kind: 'relative-day', offset: 0 }],
    ['Yesterday', { kind: 'relative-day', offset: -1 }],
    ['tomorrow', { kind: 'relative-day', offset: 1 }],
  ] as const)('%s', (text, expected) => {
    expect(readWrittenDate(text)).toEqual(expected);
  });

  it.each([
    // left to chrono-node: other forms, days that do not exist, Feb 29 without a year, ranges without a year
    'Friday, Dec 12, 2025',
    'Dec 12, 2025 07:45 PM',
    'last year',
    'in December',
    'Feb 29',
    'Feb 30, 2025',
    '2025-02-30',
    'Dec 12-14',
    'Dec 30 - Jan 2',
    'December 12 and 14',
    'Dec 12, 25',
    'constructor',
    'toString',
    '',
  ])('%j is chrono-node’s to read', (text) => {
    expect(readWrittenDate(text)).toBeUndefined();
  });
});

// A differential test: every generated text the exact reader claims must give
// parseDate exactly what chrono-node alone gives, with and without a
// publication date, in both directions.
const MONTH_SPELLINGS = ['January', 'jan', 'Feb.', 'FEBRUARY', 'March', 'Mar', 'April', 'apr.', 'May', 'may', 'June', 'Jun', 'July', 'jul.', 'August', 'Aug', 'September', 'Sept', 'sept.', 'Sep', 'October', 'Oct.', 'November', 'nov', 'December', 'Dec', 'dec.'];
const DAYS = ['1', '01', '1st', '2nd', '3rd', '4th', '9', '11th', '12', '21st', '22nd', '23rd', '28', '29', '29th', '30', '31', '31st', '0', '32', '1th'];
const YEARS = ['2025', '2024', '2000', '1999', '1900', '1066', '2100', '2999'];
const OPTIONS: readonly ParseDateOptions[] = [
  {},
  { publishedAt: { precision: 'day', value: '2025-12-24' } },
  { publishedAt: '2024-03-01' },
  // the reference chrono's relative test reads against when there is no publication date
  { publishedAt: '2001-03-14' },
  { publishedAt: '2025-12-12', direction: 'future' },
];

const generated = (): string[] => {
  const texts = new Set<string>();
  for (const month of MONTH_SPELLINGS) {
    for (const day of DAYS) {
      texts.add(`${month} ${day}`);
      texts.add(`${day} ${month}`);
      for (const year of YEARS.slice(0, 3)) {
        texts.add(`${month} ${day}, ${year}`);
        texts.add(`${month} ${day} ${year}`);
        texts.add(`${day} ${month} ${year}`);
      }
    }
    for (const year of YEARS) {
      texts.add(`${month} ${year}`);
      texts.add(`${month}, ${year}`);
      texts.add(`14 ${month}, ${year}`);
      texts.add(`${month} 14, ${year}`);
      texts.add(`14 ${month} ${year}`);
    }
    for (const [from, to] of [['12', '14'], ['1', '31'], ['12', '10'], ['29', '30'], ['3rd', '5th'], ['14', '14']] as const) {
      for (const dash of ['-', ' - ', '- ', ' -', '–', ' – ']) {
        texts.add(`${month} ${from}${dash}${to}, 2025`);
        texts.add(`${month} ${from}${dash}${to} 2024`);
      }
    }
  }
  for (const year of ['2025', '2024', '2000', '1999']) {
    for (const month of ['01', '02', '06', '09', '12', '13', '00']) for (const day of ['01', '09', '15', '28', '29', '30', '31', '32']) texts.add(`${year}-${month}-${day}`);
  }
  for (const word of ['today', 'Today', 'TODAY', 'yesterday', 'Yesterday', 'tomorrow', 'Tomorrow']) texts.add(word);
  return [...texts];
};

describe('parseDate reads the common forms exactly as chrono-node does', () => {
  const texts = generated();

  it('the exact reader claims most of the generated texts (the comparison below is not vacuous)', () => {
    const claimed = texts.filter((t) => readWrittenDate(t) !== undefined);
    expect(texts.length).toBeGreaterThan(2000);
    expect(claimed.length / texts.length).toBeGreaterThan(0.8);
  });

  it.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('with options %s', (_, options) => {
    const differences: string[] = [];
    let compared = 0;
    for (const text of texts) {
      if (readWrittenDate(text) === undefined) continue;
      compared += 1;
      const exact = parseDate(text, options);
      const chrono = parseDateWithChrono(text, options);
      const shown = (r: typeof exact): string => JSON.stringify(r.ok ? r.value : r.messages.map((m) => [m.code, m.message]));
      if (shown(exact) !== shown(chrono)) differences.push(`${text}: exact ${shown(exact)} · chrono ${shown(chrono)}`);
    }
    expect(compared).toBeGreaterThan(2000);
    expect(differences.slice(0, 20)).toEqual([]);
  }, 60_000);
});
