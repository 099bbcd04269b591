/**
 * Dates are validated where they enter — claim and source files, baselines,
 * publication dates given to the API, `export --date`, parsed values — so an
 * impossible calendar date (2025-02-30, 2026-13-45), time (T25:99) or offset
 * (+25:00) is an error, never exported as an invalid xsd:date; a year is
 * never read as 19xx; and a range written backwards ("Dec 12-10, 2025") is an
 * error, not a year-long interval.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClaimsFolder } from '../../src/check/index.js';
import { isIsoDate } from '../../src/model/iso-date.js';
import { parseDate } from '../../src/normalize/parse-date.js';
import { runInProcess } from '../cli/memory-io.js';
import { flat, type FlatMessage } from '../support/flat-message.js';
import { scratchFolders } from '../support/scratch-folders.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/claims/minimal');
const { copyOf } = scratchFolders('dates');

/** An independent calendar: whether year-month-day exists (JavaScript's own Date, with full years). */
const realDay = (y: number, m: number, d: number): boolean => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('ISO dates at the boundary', () => {
  it.each([
    ['2025-12-24', true],
    ['2024-02-29', true],
    ['0050-06-15', true],
    ['2025-12-12T19:45', true],
    ['2025-12-12T19:45+08:00', true],
    ['2026-01-14T10:00:00Z', true],
    ['2025-12-12T10:00-14:00', true],
    ['2025-02-30', false],
    ['2026-13-45', false],
    ['2100-02-29', false],
    ['0000-01-01', false],
    ['2025-12-12T25:99', false],
    ['2025-12-12T24:00', false],
    ['2025-12-12T10:00+25:00', false],
    ['2025-12-12T10:00+14:30', false],
    ['Dec 12, 2025', false],
    ['6/15/50', false],
  ])('%s → %s', (value, valid) => expect(isIsoDate(value)).toBe(valid));

  it('agrees with the calendar for any year 0001–9999, month 1–12 and day 1–31 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        expect(isIsoDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(realDay(y, m, d));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('publication dates given to the API', () => {
  it.each(['2025-02-30', '2026-13-45', '2025-12-12T25:99', '2025-12-12T10:00+25:00', '6/15/50', 'June 15, 50', '0000-01-01'])('"%s" is not a publication date', (publishedAt) => {
    const parsed = parseDate('Friday', { publishedAt });
    expect(parsed.ok).toBe(false);
    expect(parsed.messages[0]?.code).toBe('invalid-publication-date');
  });

  it('a year below 100 is that year, never 19xx', () => {
    const parsed = parseDate('Friday', { publishedAt: '0050-06-15' });
    expect(parsed.ok && parsed.value.type === 'date' ? parsed.value.start : undefined).toBe('0050-06-10');
  });
});

describe('ranges written backwards', () => {
  it.each([
    ['Dec 12-10, 2025', undefined],
    ['12-10 December 2025', undefined],
    ['Dec 12, 2025 - Dec 10, 2025', undefined],
    ['December 12 to 10', undefined],
    ['Dec 12 - Nov 10, 2025', undefined],
    ['Dec 10-12, 2025', ['2025-12-10', '2025-12-12']],
    ['Dec 30 - Jan 2, 2026', ['2025-12-30', '2026-01-02']],
    ['Dec 30, 2025 - Jan 2', ['2025-12-30', '2026-01-02']],
    ['Dec 30 - Jan 2', ['2025-12-30', '2026-01-02']],
  ] as const)('%s → %j', (text, interval) => {
    const parsed = parseDate(text, { publishedAt: '2026-01-20' });
    if (interval === undefined) {
      expect(parsed.ok).toBe(false);
      expect(parsed.messages[0]).toMatchObject({ code: 'invalid-range' });
    } else {
      expect(parsed.ok && parsed.value.type === 'date' ? [parsed.value.start, parsed.value.end] : parsed.messages).toEqual(interval);
    }
  });

  it('"<month> <later>-<earlier>, <year>" is always an error, and the forward form the interval (property)', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 27 }), (year, month, a, b) => {
        fc.pre(a !== b);
        const [low, high] = a < b ? [a, b] : [b, a];
        const name = MONTHS[month - 1] ?? 'January';
        const backwards = parseDate(`${name} ${high}-${low}, ${year}`);
        expect(backwards.ok).toBe(false);
        const forward = parseDate(`${name} ${low}-${high}, ${year}`);
        expect(forward.ok && forward.value.type === 'date' ? [forward.value.start, forward.value.end] : forward.messages).toEqual([
          `${year}-${pad(month, 2)}-${pad(low, 2)}`,
          `${year}-${pad(month, 2)}-${pad(high, 2)}`,
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates in the claims folder', () => {
  interface DateCase {
    readonly name: string;
    readonly change: (dir: string) => void;
    readonly expected: Partial<FlatMessage>;
  }
  const replaceIn = (dir: string, file: string, find: string, replace: string): void =>
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(find, replace));
  const CASES: readonly DateCase[] = [
    { name: 'publishedAt { date: 2025-02-30 }', change: (d) => replaceIn(d, 'sources/wire.yaml', '2025-12-12', '2025-02-30'), expected: { code: 'schema', file: 'sources/wire.yaml', line: 6 } },
    { name: 'publishedAt { date: 2026-13-45 }', change: (d) => replaceIn(d, 'sources/wire.yaml', '2025-12-12', '2026-13-45'), expected: { code: 'schema', file: 'sources/wire.yaml', line: 6 } },
    {
      name: 'publishedAt { datetime: 2025-12-12T25:99 }',
      change: (d) => replaceIn(d, 'sources/wire.yaml', '{ date: 2025-12-12 }', '{ datetime: "2025-12-12T25:99" }'),
      expected: { code: 'schema', file: 'sources/wire.yaml', line: 6 },
    },
    {
      name: 'publishedAt with offset +25:00',
      change: (d) => replaceIn(d, 'sources/wire.yaml', '{ date: 2025-12-12 }', '{ datetime: "2025-12-12T10:00+25:00" }'),
      expected: { code: 'schema', file: 'sources/wire.yaml', line: 6 },
    },
    { name: 'retrievedAt: yesterday', change: (d) => replaceIn(d, 'sources/wire.yaml', 'language: en', 'language: en\nretrievedAt: yesterday'), expected: { code: 'schema', file: 'sources/wire.yaml', line: 6 } },
    {
      name: 'a baseline reviewedAt of 2026-13-45',
      change: (d) => writeFileSync(join(d, 'baseline.yaml'), 'findings:\n  - id: value-conflict:000000000000\n    rule: value-conflict\n    verdict: tension\n    reason: checked\n    reviewedBy: me\n    reviewedAt: 2026-13-45\n'),
      expected: { code: 'baseline-schema', file: 'baseline.yaml', line: 7 },
    },
    {
      name: 'a date value in normalized form on 2025-02-30',
      change: (d) => replaceIn(d, 'claims/wire.yaml', '{ date: Friday }', '{ type: date, start: "2025-02-30", end: "2025-02-30", precision: day }'),
      expected: { code: 'invalid-value', file: 'claims/wire.yaml', claimId: 'signed' },
    },
    {
      name: 'a date value written backwards',
      change: (d) => replaceIn(d, 'claims/wire.yaml', '{ date: Friday }', '{ date: "Dec 12-10, 2025" }'),
      expected: { code: 'invalid-value', file: 'claims/wire.yaml', line: 11, claimId: 'signed' },
    },
  ];

  it.each(CASES)('$name: an error at its place', async ({ change, expected }) => {
    const dir = copyOf(FIXTURE);
    change(dir);
    const check = await checkClaimsFolder(dir);
    expect(check.ok).toBe(false);
    expect(check.messages.map(flat)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('export --date', () => {
  it.each([
    ['2026-13-45', 2],
    ['2025-02-30', 2],
    ['2025-12-12T10:00+25:00', 2],
    ['2026-01-15', 0],
    ['2026-01-15T09:30:00Z', 0],
  ] as const)('--date %s → exit %d', async (date, code) => {
    const args = ['--base-url', 'https://example.org/reviews', '--author', 'Example Checks', '--date', date];
    const result = await runInProcess(['export', FIXTURE, '--format', 'claimreview', ...args], { env: { NO_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(code);
    if (code === 2) expect(result.stderr).toContain(`--date must be a real ISO 8601 date such as 2026-01-15 (got "${date}")`);
  });
});
