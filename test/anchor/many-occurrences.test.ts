/**
 * A quote found exactly more than MAX_SCORED_OCCURRENCES times (a one-letter
 * quote in a source of that letter) is not scored place by place: only the
 * few places nearest the hint are, a perfect match exactly at the hint is
 * taken (as scoring every place takes it), and anything else is ambiguous,
 * with the count. Just under the cap, every place is scored as before.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote, prepareText, type AnchorOptions, type AnchorQuery } from '../../src/anchor/index.js';
import { nearestOffsets } from '../../src/anchor/occurrences.js';
import { MAX_SCORED_OCCURRENCES } from '../../src/anchor/scoring.js';
import { loadCorpus } from '../../src/claims/index.js';
import { contentHash } from '../../src/ingest/index.js';
import { settled } from '../../src/model/result.js';
import { flat } from '../support/flat-message.js';

describe('nearestOffsets', () => {
  it.each([
    { offsets: [0, 10, 20, 30, 40], target: 24, count: 2, expected: [20, 30] },
    { offsets: [0, 10, 20, 30, 40], target: 26, count: 1, expected: [30] },
    { offsets: [0, 10, 20, 30, 40], target: 25, count: 1, expected: [20] },
    { offsets: [0, 10, 20, 30, 40], target: 0, count: 3, expected: [0, 10, 20] },
    { offsets: [0, 10, 20, 30, 40], target: 99, count: 3, expected: [20, 30, 40] },
    { offsets: [0, 10, 20], target: 10, count: 9, expected: [0, 10, 20] },
    { offsets: [], target: 5, count: 3, expected: [] },
  ])('$count of $offsets nearest $target', ({ offsets, target, count, expected }) => {
    expect(nearestOffsets(offsets, target, count)).toEqual(expected);
  });
});

const under = prepareText('a'.repeat(MAX_SCORED_OCCURRENCES));
const over = prepareText('a'.repeat(MAX_SCORED_OCCURRENCES + 8));

interface Case {
  readonly name: string;
  readonly query: AnchorQuery;
  readonly options?: AnchorOptions;
  readonly status: 'anchored' | 'ambiguous';
  readonly start?: number;
}

// The same answer whether every place is scored (just under the cap; seconds) or not (over it).
const SAME_ANSWER: readonly Case[] = [
  { name: 'no context, no hint', query: { exact: 'a' }, status: 'ambiguous' },
  { name: 'a hint alone', query: { exact: 'a', hint: 1000 }, status: 'anchored', start: 1000 },
  { name: 'a prefix and suffix that hold, and a hint', query: { exact: 'a', prefix: 'aaaa', suffix: 'aaaa', hint: 5000 }, status: 'anchored', start: 5000 },
];

describe.each(SAME_ANSWER)('a one-letter source, quote "$query.exact": $name', ({ query, status, start }) => {
  it.each(['just under the cap (every place scored)', 'over the cap'])('%s', (side) => {
    const r = anchorQuote(side === 'over the cap' ? over : under, query);
    expect(r.status).toBe(status);
    if (r.status === 'anchored') expect(r).toMatchObject({ start, end: start! + query.exact.length, method: 'exact', parts: { quote: 1 } });
  });
});

// Over the cap only: a perfect match at the hint is taken, and anything else is ambiguous, even
// where scoring every place would have ruled them all out (a prefix that holds nowhere: under
// the cap that is `orphaned`, below the minimum score) — the quote does occur, too often to score.
const OVER_THE_CAP: readonly Case[] = [
  { name: 'a prefix and suffix that hold everywhere, no hint', query: { exact: 'a', prefix: 'aaaa', suffix: 'aaaa' }, status: 'ambiguous' },
  { name: 'a prefix that reaches the text start, and its hint', query: { exact: 'aa', prefix: 'aaa', prefixReachesStart: true, hint: 3 }, status: 'anchored', start: 3 },
  { name: 'a prefix that reaches the text start, a hint elsewhere', query: { exact: 'aa', prefix: 'aaa', prefixReachesStart: true, hint: 4 }, status: 'ambiguous' },
  { name: 'a prefix that holds nowhere, and a hint', query: { exact: 'a', prefix: 'b', hint: 1000 }, status: 'ambiguous' },
  { name: 'a suffix that holds, a hint past the end', query: { exact: 'a', suffix: 'a', hint: 10 * MAX_SCORED_OCCURRENCES }, status: 'ambiguous' },
  { name: 'a hint alone, inside non-content', query: { exact: 'a', hint: 1000 }, options: { nonContent: [{ start: 990, end: 1010 }] }, status: 'ambiguous' },
  { name: 'a hint alone, next to non-content', query: { exact: 'a', hint: 1010 }, options: { nonContent: [{ start: 990, end: 1010 }] }, status: 'anchored', start: 1010 },
];

describe.each(OVER_THE_CAP)('over the cap, quote "$query.exact": $name', ({ query, options, status, start }) => {
  it(`is ${status}`, () => {
    const r = anchorQuote(over, query, options);
    expect(r.status).toBe(status);
    if (r.status === 'anchored') expect(r.start).toBe(start);
    if (r.status === 'ambiguous') expect(r.crowded).toEqual({ ends: MAX_SCORED_OCCURRENCES + 9 - query.exact.length, errors: 0 });
  });
});

describe('over the cap, the ambiguous answer', () => {
  it('counts every occurrence and shows the few nearest the hint', () => {
    const r = anchorQuote(over, { exact: 'a', prefix: 'b', hint: 30_000 });
    expect(r).toMatchObject({ status: 'ambiguous', crowded: { ends: MAX_SCORED_OCCURRENCES + 8, errors: 0 } });
    if (r.status !== 'ambiguous') return;
    expect(r.reason).toMatch(new RegExp(`^the quote occurs ${MAX_SCORED_OCCURRENCES + 8} times, more than the ${MAX_SCORED_OCCURRENCES} places scored one by one \\(such as offsets 30000, 29999, 30001, [0-9, ]+\\); quote more words`));
    expect(r.candidates.map((c) => c.start).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => 29_992 + i));
  });

  it('without a hint shows the first places', () => {
    const r = anchorQuote(over, { exact: 'a' });
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.start).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });
});

describe('check on a source of one letter quoted by one letter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-many-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says where the claim is and how often its quote occurs', async () => {
    const text = 'a'.repeat(2 * MAX_SCORED_OCCURRENCES);
    cpSync(fileURLToPath(new URL('../fixtures/claims/minimal', import.meta.url)), dir, { recursive: true });
    writeFileSync(join(dir, 'sources/big.yaml'), `id: big\ntext: big.txt\npublishedAt: unknown\ncontentHash: ${contentHash(text)}\n`);
    writeFileSync(join(dir, 'sources/big.txt'), text);
    writeFileSync(
      join(dir, 'claims/big.yaml'),
      'source: big\nclaims:\n  - id: one-letter\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n    quote: "a"\n',
    );
    const result = await loadCorpus(dir);
    const found = result.messages.map(flat).find((d) => d.claimId === 'one-letter');
    expect(found).toMatchObject({ code: 'quote-ambiguous', file: 'claims/big.yaml', line: 7, column: 12 });
    expect(found?.message).toContain(`occurs ${2 * MAX_SCORED_OCCURRENCES} times in big (line 1, column 1;`);
    expect(found?.message).toMatch(/…\), too often for the words around it to pick one$/);
    expect(found?.hint).toMatch(/^quote more words/);
    expect(settled(result).corpus.claims.map((c) => c.id)).not.toContain('one-letter');
  });
});
