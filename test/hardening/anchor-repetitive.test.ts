/**
 * Quotes in repetitive sources (regression: the fuzzy search found a start
 * for every closest match, and in a text of one repeated letter there is one
 * at nearly every unit: a 1 001-unit quote took 9 s in 32 KB of "a" and
 * `check` on 5 MB did not finish; an ambiguous quote's reason listed every
 * tied place, 66 MB of text for 4 M places). Each source at three sizes; only
 * the answers are asserted — the status, a reason that says what to do and
 * stays short (past `MAX_SCORED_OCCURRENCES` exact places, counted rather
 * than tied: the 256 K source). The times are in docs/limits.md, measured by hand.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, MAX_SCORED_OCCURRENCES, prepareText, type AnchorQuery } from '../../src/anchor/index.js';

const K = 1024;
const SIZES = [16 * K, 64 * K, 256 * K];

/** A source of `size` units repeating `unit`. */
const repeated = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const CROWDED = /^the quote occurs in very many places: its closest matches \(\d+ edits?\) end at \d+ places, too many to tell apart.*add a prefix or suffix/;
const TIED = /^\d+ places match about equally well \(scores .* and \d+ more; offsets .* and \d+ more\); a prefix, suffix or position hint would pick one$/;
const COUNTED = new RegExp(`^the quote occurs \\d+ times, more than the ${MAX_SCORED_OCCURRENCES} places scored one by one \\(such as offsets [0-9, ]+\\); quote more words`);

/** An exact quote at `places` places: tied when each is scored, counted past the places scored one by one. */
const tiedOrCounted = (places: number): RegExp => (places > MAX_SCORED_OCCURRENCES ? COUNTED : TIED);

const CASES: readonly { name: string; unit: string; query: (size: number) => AnchorQuery; reason: (size: number) => RegExp }[] = [
  { name: '"a"×1000 + "b" in "aaaa…"', unit: 'a', query: () => ({ exact: `${'a'.repeat(1000)}b` }), reason: () => CROWDED },
  { name: '"aaab" + "a"×3000 in "aaaa…"', unit: 'a', query: () => ({ exact: `aaab${'a'.repeat(3000)}` }), reason: () => CROWDED },
  { name: '"a"×300 + "b" with a hint, in "aaaa…"', unit: 'a', query: (n) => ({ exact: `${'a'.repeat(300)}b`, hint: n >> 1 }), reason: () => CROWDED },
  {
    name: '"a"×300 + "b" with a prefix and suffix of "a", in "aaaa…"',
    unit: 'a',
    query: (n) => ({ exact: `${'a'.repeat(300)}b`, prefix: 'a'.repeat(32), suffix: 'a'.repeat(32), hint: n >> 2 }),
    reason: () => CROWDED,
  },
  { name: '"ab"×100 + "c" in "abab…"', unit: 'ab', query: () => ({ exact: `${'ab'.repeat(100)}c` }), reason: () => CROWDED },
  { name: '"a"×50 (exact, everywhere) in "aaaa…"', unit: 'a', query: () => ({ exact: 'a'.repeat(50) }), reason: (n) => tiedOrCounted(n - 49) },
];

describe.each(CASES)('$name', ({ unit, query, reason }) => {
  it.each(SIZES)('is ambiguous with a short reason in %i units', (size) => {
    const r = anchorQuote(prepareText(repeated(unit, size)), query(size));
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.reason).toMatch(reason(size));
    expect(r.reason.length).toBeLessThan(400);
    expect(r.candidates.length).toBeGreaterThan(0);
  });
});

describe('the cap only bites on crowded text', () => {
  it('a quote with a typo in ordinary text still anchors where it stands', () => {
    const text = `${repeated('the coalition said on Friday that members signed. ', 4 * K)}Pax Silica was launched with five founding members.`;
    const r = anchorQuote(prepareText(text), { exact: 'Pax Silica was lanched with five founding members.' });
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy', start: text.indexOf('Pax Silica') });
  });

  it('an exact quote among repetitive text is still picked by its context', () => {
    const text = `${'a'.repeat(64 * K)}The reserve holds 12 tonnes.${'a'.repeat(64 * K)}`;
    const r = anchorQuote(prepareText(text), { exact: 'The reserve holds 12 tonnes.', prefix: 'aaaa', suffix: 'aaaa' });
    expect(r).toMatchObject({ status: 'anchored', start: 64 * K });
  });
});
