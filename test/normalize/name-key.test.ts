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
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
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
