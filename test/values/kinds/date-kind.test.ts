import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../../src/model/source.js';
import { createEntityResolver } from '../../../src/normalize/index.js';
import { dateKind } from '../../../src/values/kinds/date.js';
import type { ShorthandContext } from '../../../src/values/value-kind.js';

// How the `date` shorthand of a claim file reads its words: back from publication, or forward in
// an expected claim (`hedge: expected` gives direction 'future'), at most MAX_FORWARD_DAYS (183)
// ahead — the one rule in parse-date.ts's nearestYearOnSide, with nothing re-read here.
// Publication: Friday 12 December 2025; 2026-06-13 is 183 days later.
const fri12: PublishedAt = { precision: 'day', value: '2025-12-12' };
const resolver = createEntityResolver();
// The `{ date: … }` form (validated by its schema before the loader calls `read`).
const read = dateKind.shorthands[0]!.read as (written: { date: string }, context: ShorthandContext) => ReturnType<(typeof dateKind.shorthands)[0]['read']>;

const cases: [words: string, direction: 'past' | 'future' | undefined, start: string, end: string][] = [
  ['Tuesday', 'future', '2025-12-16', '2025-12-16'],
  ['Tuesday', 'past', '2025-12-09', '2025-12-09'],
  ['Tuesday', undefined, '2025-12-09', '2025-12-09'],
  ['June 13', 'future', '2026-06-13', '2026-06-13'],
  ['June 14', 'future', '2025-06-14', '2025-06-14'],
  ['June 13', 'past', '2025-06-13', '2025-06-13'],
  ['in June', 'future', '2026-06-01', '2026-06-30'],
  ['in July', 'future', '2025-07-01', '2025-07-31'],
  ['Q2', 'future', '2026-04-01', '2026-06-30'],
  ['Q3', 'future', '2025-07-01', '2025-09-30'],
  ['January 10', 'past', '2026-01-10', '2026-01-10'],
  ['June 14, 2026', 'future', '2026-06-14', '2026-06-14'],
];

describe('the date kind reads a claim’s words back, or forward in an expected claim', () => {
  it.each(cases)('%s (%s) → %s..%s', (words, direction, start, end) => {
    const value = read({ date: words }, { publishedAt: fri12, resolver, ...(direction === undefined ? {} : { direction }) });
    expect(value).toMatchObject({ ok: true, value: { type: 'date', start, end, raw: words } });
  });
});
