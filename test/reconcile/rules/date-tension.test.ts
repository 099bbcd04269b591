import { describe, expect, it } from 'vitest';
import { dateTensionRule } from '../../../src/reconcile/index.js';
import { run, runExample } from '../fixture.js';
import { buildTestCorpus } from '../../../src/testing/corpus-builder.js';
import { formattedDay } from '../../../src/reconcile/rules/published-day.js';
import type { PublishedAt } from '../../../src/model/source.js';
import { publicationDay } from '../../../src/normalize/publication-day.js';
import { formatDay } from '../../../src/normalize/calendar-day.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('date-tension', () => {
  it('dates the late report against the earliest event date', () => {
    const [f] = runExample(dateTensionRule, dateTensionRule.meta.examples[0]).findings;
    expect(f?.data).toMatchObject({ publishedAt: '2025-12-24', eventDate: '2025-12-12', days: 12 });
  });

  it('refuses options that are not a number of days, and does not run', () => {
    const example = dateTensionRule.meta.examples[0];
    const built = buildTestCorpus(example ?? { sources: [], predicates: [], claims: [] });
    if (!built.ok) throw new Error('example');
    const result = run([dateTensionRule], built.value, { 'date-tension': ['on', { lateAfterDays: 'a week' }] });
    expect(result.findings).toEqual([]);
    expect(result.messages).toEqual([expect.objectContaining({ code: 'invalid-rule-options', ruleId: 'date-tension', path: ['lateAfterDays'] })]);
  });
});

describe('date-tension: weekdays read against each source\'s publication day', () => {
  // Sources share publication days and weekdays: each reading is worked out once per run and must
  // still be each source's own (same day and weekday: same answer; a different day or weekday: its own).
  const pages: readonly (readonly [id: string, published: string, weekday: 'monday' | 'friday' | 'sunday', resolved: string | undefined])[] = [
    ['010', '2025-12-24', 'friday', '2025-12-19'],
    ['011', '2025-12-24', 'friday', '2025-12-19'],
    ['012', '2025-12-24', 'monday', '2025-12-22'],
    ['013', '2025-12-20', 'friday', '2025-12-19'],
    ['014', '2025-12-21', 'sunday', '2025-12-21'],
    ['015', '2025-12-15', 'friday', undefined], // the 12th, the day 001 gives: no tension
  ];
  const example = {
    sources: [
      { id: '001', published: '2025-12-12T14:11', text: 'The coalition was officially launched today.' },
      ...pages.map(([id, published, weekday]) => ({ id, published, text: `The coalition was launched on ${weekday}.` })),
    ],
    predicates: [{ id: 'launched-on', valueType: 'date' as const, cardinality: 'functional' as const, label: 'launched on' }],
    claims: [
      { id: 'launch-001', source: '001', quote: 'officially launched', subject: 'Pax Silica', predicate: 'launched-on', value: { date: 'December 12, 2025' } },
      ...pages.map(([id, , weekday]) => ({ id: `launch-${id}`, source: id, quote: `launched on ${weekday}`, subject: 'Pax Silica', predicate: 'launched-on', value: { type: 'weekday', weekday } })),
    ],
  };

  it.each(pages)('source %s, published %s, "%s" → %s', (id, published, _weekday, resolved) => {
    const built = buildTestCorpus(example);
    if (!built.ok) throw new Error('example');
    const findings = run([dateTensionRule], built.value, {}).findings.filter((f) => f.kind === 'relative-date' && f.sides.some((s) => s.claims.some((c) => c.sourceId === id)));
    if (resolved === undefined) expect(findings).toEqual([]);
    else expect(findings.map((f) => f.data)).toEqual([{ publishedAt: published, resolved, eventDates: ['2025-12-12'] }]);
  });
});

describe('formattedDay: a publication day read once per date as written', () => {
  // The full path: `publicationDay` of the source's date, formatted.
  const full = (publishedAt: PublishedAt | undefined): string | undefined => {
    const day = publicationDay(publishedAt);
    return day.ok && day.value !== undefined ? formatDay(day.value) : undefined;
  };
  const cases: readonly (readonly [string, PublishedAt | undefined])[] = [
    ['a day', { precision: 'day', value: '2025-12-24' }],
    ['a minute with an offset (the day as written)', { precision: 'minute', value: '2025-12-12T23:45+08:00' }],
    ['a minute without an offset', { precision: 'minute', value: '2025-12-31T00:05' }],
    ['no date', { precision: 'unknown' }],
    ['no publication date at all', undefined],
    ['an impossible day (not validated by the caller)', { precision: 'day', value: '2025-02-30' } as PublishedAt],
    ['not a date (not validated by the caller)', { precision: 'day', value: 'yesterday' } as PublishedAt],
  ];

  it.each(cases)('gives what publicationDay gives, the first time and from the cache (%s)', (_what, publishedAt) => {
    const byText = new Map<string, string | null>();
    expect(formattedDay(byText, publishedAt)).toBe(full(publishedAt));
    expect(formattedDay(byText, publishedAt)).toBe(full(publishedAt));
  });

  it('shares one reading between sources that write the same date, and keeps different dates apart', () => {
    const byText = new Map<string, string | null>();
    for (const [, publishedAt] of cases) formattedDay(byText, publishedAt);
    // One entry per date as written (a day or a minute), none for a source without one.
    expect([...byText.keys()].sort()).toEqual(['2025-02-30', '2025-12-12T23:45+08:00', '2025-12-24', '2025-12-31T00:05', 'yesterday']);
    for (const [, publishedAt] of cases) expect(formattedDay(byText, publishedAt)).toBe(full(publishedAt));
  });
});

describe('date-tension: a vague value does not make two conflicting values one event on different days', () => {
  // "date-disagreement" says one event is dated on different days. A value that fits two values in
  // conflict with each other ("between 30 and 50" fits 30 and 50) cannot say which of them it is the
  // same event as: it is set apart (clusterValues' `conflicting`), not a bridge that makes
  // "30 on the 2nd" and "50 on the 3rd" — a toll that changed — one event dated on three days.
  const source = (id: string, text: string) => ({ id, published: '2026-03-05', text });
  const claim = (id: string, quote: string, value: string, day: string) => ({
    id: `toll-${id}`, source: id, quote, subject: 'Busan strike', predicate: 'injured', value: { quantity: value }, qualifiers: { time: { date: day } },
  });
  const predicates = [{ id: 'injured', valueType: 'quantity' as const, cardinality: 'functional' as const, label: 'injured' }];
  const cases: readonly (readonly [name: string, claims: readonly ReturnType<typeof claim>[], days: readonly (readonly string[])[]])[] = [
    [
      'a range that fits 30 and 50 bridges nothing',
      [claim('a', '30 people were injured', '30 people', 'March 2, 2026'), claim('b', '50 people were injured', '50 people', 'March 3, 2026'), claim('c', 'between 30 and 50 people were injured', 'between 30 and 50 people', 'March 4, 2026')],
      [],
    ],
    [
      'the same number on two days is still one event on two days, the range beside them apart',
      [claim('a', '30 people were injured', '30 people', 'March 2, 2026'), claim('b', '30 people were injured', '30 people', 'March 3, 2026'), claim('c', 'between 30 and 50 people were injured', 'between 30 and 50 people', 'March 4, 2026'), claim('d', '50 people were injured', '50 people', 'March 4, 2026')],
      [['2026-03-02', '2026-03-03']],
    ],
    [
      'a range that fits only one value joins it',
      [claim('a', '30 people were injured', '30 people', 'March 2, 2026'), claim('c', 'between 25 and 35 people were injured', 'between 25 and 35 people', 'March 4, 2026')],
      [['2026-03-02', '2026-03-04']],
    ],
  ];
  it.each(cases)('%s', (_name, claims, days) => {
    const built = buildTestCorpus({ sources: claims.map((c) => source(c.source, c.quote)), predicates, claims });
    if (!built.ok) throw new Error('example');
    const findings = run([dateTensionRule], built.value, {}).findings.filter((f) => f.kind === 'date-disagreement');
    expect(findings.map((f) => (f.data as { dates: readonly string[] }).dates)).toEqual(days);
  });
});
