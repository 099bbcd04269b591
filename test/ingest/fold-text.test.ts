import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldString, foldText } from '../../src/ingest/index.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/anchor/${name}`, import.meta.url), 'utf8');

describe('foldText', () => {
  it.each([
    { name: 'NBSP becomes a space', text: 'SOURCE\u00a0/\u00a0ECONOMY', folded: 'SOURCE / ECONOMY' },
    { name: 'narrow NBSP and thin space become spaces', text: '12\u202f000\u2009t', folded: '12 000 t' },
    { name: 'a run of mixed white space becomes one space', text: 'a \t\n\u00a0\n b', folded: 'a b' },
    { name: 'newlines are white space', text: 'production.\n\n\u00a0\n\nWannan', folded: 'production. Wannan' },
    { name: 'curly single quotes become straight', text: '\u2018Pax Silica\u2019', folded: "'Pax Silica'" },
    { name: 'curly apostrophe becomes straight', text: 'China\u2019s', folded: "China's" },
    { name: 'curly double quotes become straight', text: '\u201cPax Silica\u201d', folded: '"Pax Silica"' },
    { name: 'low quotes and guillemets become straight', text: '\u201eja\u201c \u00abnon\u00bb', folded: '"ja" "non"' },
    { name: 'primes become quotes', text: '5\u2032 10\u2033', folded: `5' 10"` },
    { name: 'en and em dashes and minus become hyphens', text: '2020\u20132025 \u2014 \u22123', folded: '2020-2025 - -3' },
    { name: 'ellipsis becomes three dots', text: 'wait\u2026', folded: 'wait...' },
    { name: 'soft hyphen and zero-width space are dropped', text: 'Sil\u00adica\u200b!', folded: 'Silica!' },
    { name: 'white space runs continue across dropped characters', text: 'a \u200b b', folded: 'a b' },
    { name: 'emoji and ZWJ sequences are kept', text: '\uD83D\uDC69\u200D\uD83D\uDCBB ok', folded: '\uD83D\uDC69\u200D\uD83D\uDCBB ok' },
    { name: 'case and accents are kept', text: '\u00c9tat Uni', folded: '\u00c9tat Uni' },
    { name: 'a word hyphenated at a line end is joined', text: 'the infra-\nstructure', folded: 'the infrastructure' },
    { name: 'hyphenation with blanks and CR around the break', text: 'fam- \r\n  ilies', folded: 'families' },
    { name: 'U+2010 hyphen at a line end is joined', text: 'Replace\u2010\nment', folded: 'Replacement' },
    { name: 'a hyphen before a capital stays (a name)', text: 'Jean-\nPaul', folded: 'Jean- Paul' },
    { name: 'a hyphen after a digit stays (a range)', text: '2020-\n2025', folded: '2020- 2025' },
    { name: 'a list dash at a line start stays', text: 'items:\n- one\n- two', folded: 'items: - one - two' },
    { name: 'a hyphen with no line break stays', text: 'infra- structure', folded: 'infra- structure' },
    { name: 'a paragraph break after a hyphen is joined too', text: 'well-\nknown', folded: 'wellknown' },
  ])('$name', ({ text, folded }) => {
    expect(foldText(text).folded).toBe(folded);
    expect(foldString(text)).toBe(folded);
  });

  it.each([
    // [text, folded substring, original range it must map to]
    { text: 'It\u2019s  a\u00a0test', find: 'a test', range: [6, 12] },
    { text: 'It\u2019s  a\u00a0test', find: "It's ", range: [0, 6] },
    { text: 'x\n\n\u00a0\n\ny', find: ' ', range: [1, 6] },
    { text: 'wait\u2026 now', find: '... now', range: [4, 9] },
    { text: 'Sil\u00adica', find: 'Silica', range: [0, 7] },
    { text: 'to the infra-\nstructure now', find: 'infrastructure', range: [7, 23] },
    { text: 'to the infra-\nstructure now', find: 'structure now', range: [14, 27] },
    { text: '\uD83D\uDC4D  yes', find: '\uD83D\uDC4D yes', range: [0, 7] },
  ])('maps $find back to the original range $range', ({ text, find, range }) => {
    const f = foldText(text);
    const at = f.folded.indexOf(find);
    expect(at).toBeGreaterThanOrEqual(0);
    expect([f.toOriginal(at), f.toOriginalEnd(at + find.length)]).toEqual(range);
  });

  it.each(['coalition-001.txt', 'daily-caller-002.txt', 'global-times-004-excerpt.txt'])(
    'on %s: the map is monotone, covers the text and folding is idempotent',
    (name) => {
      const text = fixture(name);
      const f = foldText(text);
      expect(f.toOriginal(0)).toBe(0);
      expect(f.toOriginal(f.folded.length)).toBe(text.length);
      expect(f.toOriginalEnd(f.folded.length)).toBe(text.length);
      for (let i = 0; i < f.folded.length; i += 1) {
        expect(f.toOriginal(i)).toBeLessThan(f.toOriginal(i + 1));
        expect(f.toOriginalEnd(i + 1)).toBeGreaterThan(f.toOriginal(i));
        // every folded unit comes from an original one that folds to it
        expect(foldString(text.slice(f.toOriginal(i), f.toOriginalEnd(i + 1))).includes(f.folded.charAt(i))).toBe(true);
      }
      expect(foldString(f.folded)).toBe(f.folded);
    },
  );

  it('clamps offsets outside the folded text', () => {
    const f = foldText('a  b');
    expect(f.toOriginal(-5)).toBe(0);
    expect(f.toOriginal(99)).toBe(4);
    expect(f.toOriginalEnd(99)).toBe(4);
  });
});
