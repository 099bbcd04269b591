/**
 * Three pages on the 2026 sewage penalties against six water companies, each
 * of a shape the other corpora lack, captured with `claimtrace add` from
 * test/fixtures/sewage-spill-pages/ and given claims by hand as a new user
 * writes them (test/fixtures/sewage-spills/):
 *
 * - The Department for Water and Rivers (17 November): a government press
 *   release with a cookie banner, breadcrumbs, a numbered list of measures, a
 *   minister's quotation in a blockquote after "… said:", and "Notes to
 *   editors"; its <title> ends "- GOV.EXAMPLE" and it names no site.
 * - The Northern Ledger (18 November): British English — "£426m", "£1.2bn",
 *   "1,200-odd towns", "a fortnight ago", "on Tuesday", "last Tuesday" — a
 *   nav bar whose last link is "Log in", and a quotation over two paragraphs;
 *   it says Hartwell spilled "more than 4,000 times".
 * - RiverWatch (20 November): a league table whose figures sit in an HTML
 *   <table> with a caption and a footnote row.
 *
 * Expected from the pages, not from the output: Hartwell's 3,214 spill events
 * (the department, and RiverWatch's table) against the Ledger's "more than
 * 4,000" is a real conflict, two independent witnesses against one; the
 * £1.18 billion total and the Ledger's rounded £1.2bn agree, as do £426
 * million and £426m, and "on Tuesday" (written on Wednesday 18 November) is
 * the department's 17 November.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reconciled } from '../../src/check/index.js';
import { loadCorpus } from '../../src/claims/index.js';
import type { Corpus } from '../../src/model/corpus.js';
import { settled } from '../../src/model/result.js';
import { suggestClaims, type Suggestion } from '../../src/suggest/index.js';
import { checkedFolder, findingsAbout, groupClaimOf } from '../support/checked-folder.js';

const FOLDER = 'test/fixtures/sewage-spills';
const DWR = 'water-companies-pay-1-18-billion';
const LEDGER = 'hartwell-water-hit-with-426m-fine';
const RIVERWATCH = 'sewage-spill-league-table-2025';

let reconciled: Reconciled;
let messages: readonly string[];
let corpus: Corpus;

beforeAll(async () => {
  ({ reconciled, messages } = await checkedFolder(FOLDER));
  ({ corpus } = settled(await loadCorpus(FOLDER)));
});

const about = (predicate: string) => findingsAbout(reconciled, predicate);
const claim = (id: string) => groupClaimOf(reconciled, id);
const source = (id: string) => corpus.sources.find((s) => s.source.id === id);

describe('three pages on the sewage penalties, claims by a new user', () => {
  it('loads without a problem: every quote anchors, every value normalizes', () => {
    expect(messages).toEqual([]);
  });

  it('captures the press release’s title without the site’s suffix, and its chrome as non-content', () => {
    expect(source(DWR)?.source.title).toBe('Water companies to pay £1.18 billion for sewage spills');
    expect(source(DWR)?.source.nonContent.map((n) => n.kind)).toEqual(expect.arrayContaining(['cookie-banner', 'navigation', 'page-chrome']));
  });

  it('captures the Ledger’s nav bar, whose last link is "Log in", as navigation', () => {
    const text = readFileSync(`${FOLDER}/sources/${LEDGER}.txt`, 'utf8');
    const navBar = source(LEDGER)?.source.nonContent.find((n) => text.slice(n.range.start, n.range.end).startsWith('The Northern Ledger News'));
    expect(navBar?.kind).toBe('navigation');
  });

  it('keeps RiverWatch’s table as article text, a row a line, with its caption and footnote', () => {
    const text = readFileSync(`${FOLDER}/sources/${RIVERWATCH}.txt`, 'utf8');
    const article = (words: string) => {
      const at = text.indexOf(words);
      return at >= 0 && !(source(RIVERWATCH)?.source.nonContent ?? []).some((n) => n.range.start < at + words.length && at < n.range.end);
    };
    for (const line of ['Table 1: Spill events and hours by company, 2025', 'Hartwell Water 3,214 27,980 +12%', 'Tamar Valley Water* 731 4,420 n/a', "* Tamar Valley Water's 2024 returns were incomplete"]) {
      expect(article(line), line).toBe(true);
    }
  });

  it('finds 3,214 spill events (department, RiverWatch) against the Ledger’s "more than 4,000", reviewed', () => {
    const findings = about('spill-events');
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['value-conflict', 'error']]);
    expect(new Set(findings[0]?.sides.map((s) => [...s.sources].sort().join()))).toEqual(new Set([[DWR, RIVERWATCH].sort().join(), LEDGER]));
    expect(reconciled.comparison.statusOf.get(findings[0]?.id ?? '')).toBe('reviewed');
  });

  it('counts the three pages as three witnesses: they share no passage', () => {
    expect(reconciled.result.dependence.groups.map((g) => g.sources.length)).toEqual([1, 1, 1]);
  });

  it.each([
    ['total-penalties', '"£1.18 billion" and the rounded "£1.2bn"'],
    ['penalty', '"£426 million" = "£426m"'],
    ['announced-on', '"on Tuesday", written on Wednesday 18 November = "17 November 2026"'],
  ])('calls no conflict on %s: %s', (predicate) => {
    expect(about(predicate)).toEqual([]);
  });

  it.each([
    ['ledger-announced', '2026-11-17'],
    ['dwr-announced', '2026-11-17'],
    ['ledger-photographs', '2026-11-04'],
  ])('places %s on %s', (id, day) => {
    expect(claim(id)?.value).toMatchObject({ type: 'date', start: day, end: day });
  });

  it('reads the British figures: £1.2bn is 1.2 billion pounds rounded to a tenth, £426m 426 million', () => {
    expect(claim('ledger-total')?.value).toMatchObject({ type: 'quantity', low: 1.2e9, high: 1.2e9, currency: 'GBP' });
    expect(claim('ledger-hartwell-penalty')?.value).toMatchObject({ type: 'quantity', low: 426e6, high: 426e6, currency: 'GBP' });
  });

  it('reads "1,200-odd towns and villages" as a little over 1,200 towns and villages, not 1,200 "odd towns"', () => {
    expect(claim('ledger-towns')?.value).toMatchObject({ type: 'quantity', low: 1200, high: 1300, lowInclusive: false, highInclusive: false, unit: 'towns and villages' });
  });

  it('reads the Ledger’s "last Tuesday" (written on Wednesday 18 November) as either Tuesday: the 17th or the 10th', () => {
    expect(claim('ledger-bonus-waiver')?.value).toMatchObject({ type: 'date', start: '2026-11-10', end: '2026-11-17', precision: 'either' });
  });
});

describe('suggest on the captured pages: one candidate per value, and who says it', () => {
  let suggestions: ReadonlyMap<string, readonly Suggestion[]>;
  beforeAll(() => {
    const bare = { ...corpus, claims: [] };
    suggestions = new Map(
      [DWR, LEDGER, RIVERWATCH].map((id) => {
        const result = suggestClaims(bare, id, { minConfidence: 0 });
        if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
        return [id, result.value.suggestions];
      }),
    );
  });
  const of = (sourceId: string, exact: string) => (suggestions.get(sourceId) ?? []).filter((s) => s.quote.exact === exact);

  it.each([
    [LEDGER, '£426m', 'pay '],
    [DWR, '£1.18 billion', 'totalling '],
  ])('offers the headline’s %s value once, from the article’s sentence', (sourceId, exact, prefix) => {
    expect(of(sourceId, exact).map((s) => s.quote.prefix)).toEqual([prefix]);
  });

  it('offers "today (17 November 2026)" once, as the date', () => {
    expect(of(DWR, '17 November 2026')).toHaveLength(1);
    expect(of(DWR, 'today').filter((s) => s.sentence.start === of(DWR, '17 November 2026')[0]?.sentence.start)).toEqual([]);
  });

  it.each([
    [LEDGER, '43 criminal investigations', 'The environment agency'],
    [LEDGER, '£310m', 'Hartwell'],
    [LEDGER, '1,200-odd', 'Hartwell'],
    [LEDGER, '£1.4m', 'Andrew Holroyd'],
    // The second paragraph of Martin Clegg's quotation.
    [LEDGER, 'Today', 'Martin Clegg'],
    // The blockquote after "Water Minister Priya Raman said:".
    [DWR, 'Today', 'Priya Raman'],
    [DWR, 'today', 'Ofwat'],
  ])('%s: "%s" is attributed to %s', (sourceId, exact, speaker) => {
    expect(of(sourceId, exact).map((s) => s.attribution?.speaker)).toContain(speaker);
  });

  it('proposes neither the league table’s byline ("Published 20 November 2026 by the RiverWatch data team") nor a possessive as a subject', () => {
    expect(of(RIVERWATCH, '20 November 2026')).toEqual([]);
    // "Hartwell's parent company": the alias Hartwell, so the entity's name.
    expect(of(LEDGER, 'almost 6%').map((s) => s.subject)).toEqual(['Hartwell Water']);
  });

  it('proposes nothing from the nav bar, the related links or the footer', () => {
    const text = readFileSync(`${FOLDER}/sources/${LEDGER}.txt`, 'utf8');
    const chrome = source(LEDGER)?.source.nonContent ?? [];
    const inChrome = (suggestions.get(LEDGER) ?? []).filter((s) => chrome.some((n) => n.range.start <= s.quote.start && s.quote.end <= n.range.end));
    expect(inChrome.map((s) => text.slice(s.quote.start, s.quote.end))).toEqual([]);
  });
});
