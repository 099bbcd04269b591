/**
 * Three news pages on a dockworkers' strike at the Port of Busan, captured
 * with `claimtrace add` from test/fixtures/busan-strike-pages/ and given
 * claims by hand as a new user writes them (test/fixtures/claims/busan-strike):
 *
 * - Harbour Daily (Busan, 12 March 2026): the first report.
 * - Global Freight Wire (13 March): copies two of Harbour Daily's paragraphs
 *   word for word, and gives its own, partly different, figures.
 * - The Ledger (London, 16 March): the European angle, with some of the same
 *   figures, in euros, pounds and won.
 *
 * Expected from the articles, not from the output: the pages disagree on
 * how many workers are out (some 4,000 vs more than 6,000), the container
 * backlog (nearly 40,000 / about 38,000 vs 52,000), how many ships were
 * diverted (a dozen / 12 vs more than 20) and how many berths are idle
 * (two-thirds vs roughly half). They agree, however differently written, on
 * the cost (1.2 trillion won = ₩1.2 trillion), the pay figures (7.5% vs
 * 7%, 4.2 vs 4 per cent: rounding), the day talks resume ("next Tuesday" =
 * "March 17th" = "Tuesday, 17 March") and when the new terminal opens
 * ("mid-2027", "by the end of 2027", "the second half of 2027").
 */
import { describe, expect, it } from 'vitest';
import { checkedInBeforeAll } from '../support/checked-folder.js';

const FOLDER = 'test/fixtures/claims/busan-strike';
const HARBOUR = 'busan-dockworkers-strike-enters-second-week';
const WIRE = 'busan-port-strike-carriers-divert-ships';
const LEDGER = 'korean-port-strike-leaves-european-carmakers';

const corpus = checkedInBeforeAll(FOLDER);
const { about, claim } = corpus;

describe('three pages on the Busan port strike, claims by a new user', () => {
  it('loads without a problem: every quote anchors, every value normalizes', () => {
    expect(corpus.messages).toEqual([]);
  });

  it('sees that the wire copies Harbour Daily and counts the two as one witness', () => {
    const passages = corpus.reconciled.result.dependence.passages.filter((p) => [p.a.sourceId, p.b.sourceId].sort().join() === [HARBOUR, WIRE].sort().join());
    expect(passages.length).toBe(2); // Kim Min-jun's quote and the throughput paragraph
    const groups = corpus.reconciled.result.dependence.groups.map((g) => [...g.sources].sort());
    expect(groups).toContainEqual([HARBOUR, WIRE].sort());
    expect(groups.some((g) => g.some((s) => s === LEDGER) && g.length > 1)).toBe(false);
  });

  it.each([
    // predicate, the value on one side, the value on the other
    ['strikers', '"some 4,000" (Harbour Daily, The Ledger) vs "more than 6,000" (the wire)', [[HARBOUR, LEDGER], [WIRE]]],
    ['container-backlog', '"nearly 40,000" / "about 38,000" vs 52,000 (Drewry, in The Ledger)', [[HARBOUR, WIRE], [LEDGER]]],
    ['diverted-vessels', '"a dozen" / 12 vs "more than 20"', [[HARBOUR, WIRE], [LEDGER]]],
  ] as const)('finds the disagreement on %s: %s', (predicate, _what, sides) => {
    const findings = about(predicate);
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['value-conflict', 'error']]);
    const sourcesOf = new Set(findings[0]?.sides.map((s) => [...s.sources].sort().join()));
    expect(sourcesOf).toEqual(new Set(sides.map((s) => [...s].sort().join())));
  });

  it('finds two-thirds of the berths idle (Harbour Daily) against roughly half (the wire)', () => {
    const findings = about('idle-berth-share');
    expect(findings.map((f) => f.kind)).toEqual(['value-conflict']);
    expect(findings[0]?.sides.flatMap((s) => s.sources).sort()).toEqual([HARBOUR, WIRE].sort());
  });

  it.each([
    ['economic-cost', '"1.2 trillion won" = "₩1.2 trillion"'],
    ['wage-demand', '"7.5%" = "7.5 per cent" ≈ "7%" (rounded)'],
    ['wage-offer', '"4.2 per cent" ≈ "4 per cent" (rounded)'],
    ['talks-resume', '"next Tuesday" (12 March) = "March 17th" = "Tuesday, 17 March" (16 March)'],
    ['opening-date', '"mid-2027" within "by the end of 2027"; overlaps "the second half of 2027"'],
    ['annual-throughput', '"23.4 million TEU", copied'],
    ['added-capacity', '"2.4 million TEU" = "2.4m TEU"'],
    ['support-package', '"300 billion won" twice'],
    ['leader', 'Kim Min-jun, with and without his name in Hangul'],
  ])('calls no conflict on %s: %s', (predicate) => {
    expect(about(predicate)).toEqual([]);
  });

  it('reads the cost in won as one amount whether written with the word or the sign', () => {
    for (const id of ['hd-cost', 'gfw-cost', 'ldg-cost']) {
      expect(claim(id)?.value).toMatchObject({ type: 'quantity', low: 1.2e12, high: 1.2e12, currency: 'KRW' });
    }
  });

  it('places the talks on Tuesday 17 March 2026 from every page', () => {
    for (const id of ['hd-talks', 'gfw-talks', 'ldg-talks']) {
      expect(claim(id)?.value).toMatchObject({ type: 'date', start: '2026-03-17', end: '2026-03-17' });
    }
  });

  it('reads parts of a year and deadlines as spans of months', () => {
    expect(claim('hd-terminal-open')?.value).toMatchObject({ start: '2027-05-01', end: '2027-08-31' });
    expect(claim('ldg-terminal-open')?.value).toMatchObject({ start: '2027-07-01', end: '2027-12-31' });
    expect(claim('gfw-terminal-open')?.value).toMatchObject({ start: '2026-03-13', end: '2027-12-31' });
    expect(claim('ldg-sales-period')?.value).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(claim('ldg-sourcing-by')?.value).toMatchObject({ start: '2026-03-16', end: '2030-12-31' });
  });

  // Harbour Daily says the strike began on 2 March, the wire on the 3rd: a
  // day apart, which two pages alone report as a minor tension. The Ledger's
  // "earlier this month" agrees with both: it is set apart in a cluster of
  // its own, in conflict with neither, instead of chaining the two into one.
  it('finds 2 March against the 3rd of March although a third page says only "earlier this month"', () => {
    expect(about('strike-start').map((f) => [f.kind, f.severity])).toEqual([['value-conflict', 'warning']]);
  });
});
