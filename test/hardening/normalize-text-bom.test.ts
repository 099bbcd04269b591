/**
 * Regression found by the normalization property (test/properties): a text
 * starting with two byte-order marks normalized to one that still started
 * with a BOM, so normalizing twice changed the text (and its hash).
 */
import { describe, expect, it } from 'vitest';
import { contentHash, normalizeText } from '../../src/ingest/index.js';

describe('normalizeText and repeated byte-order marks', () => {
  it.each([
    { raw: '\uFEFF\uFEFF', expected: '' },
    { raw: '\uFEFF\uFEFFPax Silica', expected: 'Pax Silica' },
    { raw: '\uFEFF\uFEFF\uFEFF\r\nPax', expected: '\nPax' },
    { raw: 'Pax\uFEFF\uFEFFSilica', expected: 'Pax\uFEFF\uFEFFSilica' },
  ])('normalizes $raw to $expected, and again to the same', ({ raw, expected }) => {
    const once = normalizeText(raw);
    expect(once).toBe(expected);
    expect(normalizeText(once)).toBe(once);
    expect(contentHash(normalizeText(once))).toBe(contentHash(once));
  });
});
