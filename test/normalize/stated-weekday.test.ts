import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../src/model/source.js';
import { parseDate } from '../../src/normalize/index.js';

// A date without a year takes the year that puts it on or before publication —
// unless the text also names the weekday, which says which year it is.
// Publication: Monday 16 March 2026. 17 March 2026 is a Tuesday, 17 March 2025 a Monday.
const mar16: PublishedAt = { precision: 'day', value: '2026-03-16' };

const cases: [text: string, day: string][] = [
  // the weekday puts it after publication: an announced meeting
  ['Tuesday, 17 March', '2026-03-17'],
  ['Tuesday 17 March', '2026-03-17'],
  ['Tue, March 17', '2026-03-17'],
  // the weekday agrees with the year before: last year's date
  ['Monday, 17 March', '2025-03-17'],
  // no weekday: on or before publication, or at most a month after it, as documented
  ['17 March', '2026-03-17'],
  // a weekday that agrees with the publication year's date before publication
  ['Thursday, March 5', '2026-03-05'],
  // 12 December 2025 was a Friday
  ['Friday, Dec 12', '2025-12-12'],
];

describe('parseDate: a stated weekday picks the year of a date without one', () => {
  it.each(cases)('%s → %s', (text, day) => {
    const r = parseDate(text, { publishedAt: mar16 });
    expect(r.ok ? [r.value.type, 'start' in r.value ? r.value.start : undefined, 'end' in r.value ? r.value.end : undefined] : r.messages).toEqual(['date', day, day]);
  });
});
