import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, nameSimilarity } from '../../src/normalize/index.js';

describe('nameKey', () => {
  it.each([
    ['U.K.', 'uk'],
    ['U.S.', 'us'],
    ['The  Netherlands', 'netherlands'],
    ['Democratic Republic of the Congo', 'democratic republic of congo'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['Türkiye', 'turkiye'],
    ['AT&T', 'at and t'],
    ['Trump-administrationen', 'trump administrationen'],
    ['“Pax Silica”', 'pax silica'],
    ['ＭＰ　Materials', 'mp materials'], // full-width letters and space: NFKC
    ['Straße', 'strasse'],
    ['  ', ''],
    // Printable ASCII: lower-cased words between single spaces are their own key; anything else is folded.
    ['', ''],
    ['Kalo Mira 12', 'kalo mira 12'],
    ['kalo mira', 'kalo mira'],
    ['the', ''],
    ['The Hague', 'hague'],
    ['Hague, the', 'hague'],
    ['thermal theory bathe', 'thermal theory bathe'],
    ['other th', 'other th'],
    [' Kalo', 'kalo'],
    ['Kalo ', 'kalo'],
    ['Kalo  Mira', 'kalo mira'],
    ['O\'Brien`s U.S.A.', 'obriens usa'],
    ['a.b c', 'ab c'],
    ['R&D', 'r and d'],
    ['x-y_z', 'x y z'],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('nameKey on printable ASCII (its fast path) agrees with the Unicode path', () => {
  it('gives every ASCII string the key the Unicode path gives it', () => {
    // A non-ASCII word appended sends the whole string down the Unicode path; its own token is "e".
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(
      fc.property(ascii, (s) => nameKey(`${s} é`) === [nameKey(s), 'e'].filter((t) => t.length > 0).join(' ')),
      { numRuns: 2000 },
    );
  });
});

describe('nameSimilarity (string-similarity over keys)', () => {
  it.each([
    ['Project Vaut', 'PROJECT VAULT', 0.857],
    ['MP Minerals', 'mp materials', 0.526],
    ['U.K.', 'UK', 1],
  ])('%s / %s ≈ %s', (a, b, score) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(score, 3);
  });
});
