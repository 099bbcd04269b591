/**
 * Precision on pages the project does not ship, with claims written as a
 * new user writes them (test/fixtures/claims/newsroom: five short news
 * pages on one story, a wire, a gazette, an undated newsletter, a tribune
 * and a weekend digest). The real disagreements are found — a tenfold
 * amount, a loan, a private stake, components that cannot add up, a
 * misspelled programme name — and nothing else: rounding, hedges ("nearly
 * all", "more than half"), partial lists, an organisation given as a
 * place, different measures and a date without a year are not conflicts.
 */
import { describe, expect, it } from 'vitest';
import { checkedInBeforeAll } from '../support/checked-folder.js';

const FOLDER = 'test/fixtures/claims/newsroom';
const corpus = checkedInBeforeAll(FOLDER);
const { about, claim } = corpus;

describe('five news pages a new user wrote claims for', () => {
  it('loads without a problem', () => {
    expect(corpus.messages).toEqual([]);
  });

  it('finds the real disagreements, each once, errors by discrepancy first', () => {
    expect(corpus.reconciled.result.findings.map((f) => [f.severity, f.kind, f.key?.predicate ?? '', f.discrepancy?.grade ?? ''])).toEqual([
      ['error', 'value-conflict', 'amount', 'magnitude'],
      ['error', 'value-conflict', 'loan-amount', 'magnitude'],
      ['error', 'value-conflict', 'stake-size', 'substantial'],
      ['error', 'value-conflict', 'private-capital', 'substantial'],
      ['error', 'sum-mismatch', 'amount', 'substantial'],
      ['warning', 'name-variant', '', ''],
    ]);
  });

  it('reads a tenfold amount as an order of magnitude, with every other source on one side', () => {
    const [amount] = about('amount').filter((f) => f.kind === 'value-conflict');
    expect(amount?.discrepancy?.label).toBe('about tenfold apart');
    expect(amount?.sides.map((s) => s.sources)).toEqual([['tribune-feb7', 'wire-feb5'], ['digest-feb8']]);
  });

  it('adds up each page: $10 billion + $5 billion is not $12 billion; $10 billion + nearly $1.67 billion is', () => {
    const [sum] = about('amount').filter((f) => f.kind === 'sum-mismatch');
    expect(sum?.message).toContain('Project Vault, size: tribune-feb7 gives $12 billion, but its components add up to loan ($10 billion) + private capital ($5 billion)');
    expect(sum?.sides.flatMap((s) => s.sources)).toEqual(['tribune-feb7', 'tribune-feb7', 'tribune-feb7']);
  });

  it('finds "Project Vualt", a one-letter swap in the first four letters of a one-word name', () => {
    const [variant] = corpus.reconciled.result.findings.filter((f) => f.kind === 'name-variant');
    expect(variant?.data?.['names']).toEqual(['Project Vault', 'Project Vualt']);
  });

  it.each([
    ['attendance', '"more than 50 countries" vs "Fifty-four countries"; "countries and organizations" is another measure'],
    ['location', 'Washington vs "the U.S. capital" (an alias) vs the State Department (an organisation, not a place)'],
    ['occurred-on', '"Wednesday" on pages of 5 and 8 Feb vs "February 4" with and without a year'],
    ['refining-share', '"nearly all" vs "roughly 90%" vs "more than 85%"'],
    ['mining-share', '"about 70%" vs "69%"'],
    ['participants', 'two partial lists naming different countries'],
    ['said', 'one quote from "Secretary of State Marco Rubio" and "Rubio"'],
  ])('calls no conflict on %s: %s', (predicate) => {
    expect(about(predicate)).toEqual([]);
  });

  it('keeps a date without a year as a partial date that agrees with the dated pages', () => {
    expect(claim('ministerial-date-newsletter')?.value).toMatchObject({ type: 'partial-date', month: 2, day: 4 });
  });
});
