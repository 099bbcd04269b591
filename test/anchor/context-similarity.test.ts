import { describe, expect, it } from 'vitest';
import { pinnedEditDistance, prefixSimilarity, suffixSimilarity } from '../../src/anchor/context-similarity.js';
import { combineScore, positionCloseness, POSITION_SCALE } from '../../src/anchor/scoring.js';

describe('pinnedEditDistance (pattern pinned to the start of the text, free end)', () => {
  it.each([
    { pattern: 'abc', text: 'abcdef', distance: 0 },
    { pattern: 'abc', text: 'abxdef', distance: 1 }, // substitution
    { pattern: 'abc', text: 'axbcdef', distance: 1 }, // an extra character in the text
    { pattern: 'abc', text: 'acdef', distance: 1 }, // a missing character
    { pattern: 'abc', text: 'xyzabc', distance: 3 }, // not found anywhere: pinned to the start
    { pattern: 'abc', text: '', distance: 3 },
    { pattern: '', text: 'abc', distance: 0 },
  ])('$pattern in $text: $distance', ({ pattern, text, distance }) => {
    expect(pinnedEditDistance(pattern, text)).toBe(distance);
  });
});

describe('context similarity is pinned to the candidate', () => {
  it.each([
    { expected: 'signed the ', before: 'Friday they signed the ', similarity: 1 },
    { expected: 'signed the ', before: 'signed the 12345678', similarity: 1 - 8 / 11 }, // 8 units lie between
    { expected: 'signed the ', before: 'Signed the ', similarity: 1 - 1 / 11 },
    { expected: '', before: 'anything', similarity: 1 },
  ])('prefix $expected before "$before": $similarity', ({ expected, before, similarity }) => {
    expect(prefixSimilarity(expected, before)).toBeCloseTo(similarity, 10);
  });

  it.each([
    { expected: ' as founding members', after: ' as founding members.', similarity: 1 },
    { expected: ' as founding members', after: '. Later, as founding members', similarity: 1 - 8 / 20 },
    { expected: ' today', after: ' tomorrow', similarity: 1 - 3 / 6 }, // "day" → "mor"
    { expected: ' today', after: '', similarity: 0 },
  ])('suffix $expected after "$after": $similarity', ({ expected, after, similarity }) => {
    expect(suffixSimilarity(expected, after)).toBeCloseTo(similarity, 10);
  });
});

describe('scoring', () => {
  it.each([
    { distance: 0, closeness: 1 },
    { distance: POSITION_SCALE, closeness: 0.5 },
    { distance: -3 * POSITION_SCALE, closeness: 0.25 },
  ])('a candidate $distance units from the hint is $closeness close', ({ distance, closeness }) => {
    expect(positionCloseness(1000 + distance, 1000)).toBeCloseTo(closeness, 10);
  });

  it.each([
    { parts: { quote: 1 }, score: 1 },
    { parts: { quote: 0.5 }, score: 0.5 },
    { parts: { quote: 1, prefix: 0, suffix: 0 }, score: 50 / 90 },
    { parts: { quote: 1, prefix: 1, suffix: 1, position: 0 }, score: 90 / 100 },
    { parts: { quote: 0.8, suffix: 1 }, score: (40 + 20) / 70 },
  ])('only the evidence given is weighed: $parts → $score', ({ parts, score }) => {
    expect(combineScore(parts)).toBeCloseTo(score, 10);
  });
});
