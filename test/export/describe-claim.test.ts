import { describe, expect, it } from 'vitest';
import { CLAIM_REVIEWED_MAX_LENGTH, claimHeadline, summarizeClaim } from '../../src/export/describe-claim.js';
import { claims, predicates } from './fixture-corpus.js';

describe('summarizeClaim', () => {
  it.each([
    ['founders-001', 'Pax Silica — founding members: Singapore, Australia, Japan, South Korea and Israel (complete list)'],
    ['partners-emoji', 'Pax Silica — partner-count: 9 members, according to officials'],
    ['members-002', expect.stringMatching(/according to politico\.com \[reported\]$/)],
  ])('%s', (id, expected) => {
    const claim = claims.find((c) => c.id === id);
    if (claim === undefined) throw new Error('fixture');
    expect(summarizeClaim(claim, predicates.find((p) => p.id === claim.predicate))).toEqual(expected);
  });
});

describe('claimHeadline: claimReviewed in at most 75 characters', () => {
  const claim = (id: string) => {
    const found = claims.find((c) => c.id === id);
    if (found === undefined) throw new Error('fixture');
    return found;
  };
  const predicate = (id: string) => predicates.find((p) => p.id === claim(id).predicate);

  it('is the whole line when it fits', () => {
    expect(claimHeadline(claim('partners-emoji'), predicate('partners-emoji'))).toBe('Pax Silica — partner-count: 9 members, according to officials');
  });

  it('drops the source words, attribution and hedge, then cuts at a word with … when it does not', () => {
    const headline = claimHeadline(claim('members-002'), predicate('members-002'));
    expect([...headline].length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
    expect(headline).toMatch(/^Pax Silica — founding members: Singapore, Australia, .*\S…$/);
    expect(headline).not.toMatch(/politico/);
  });

  it.each([10, 20, 40, 75])('never exceeds %d code points, and never splits a character outside the BMP', (max) => {
    const emoji = { ...claim('partners-emoji'), subject: { name: '𝔓𝔞𝔵 𝔖𝔦𝔩𝔦𝔠𝔞 🚨 coalition of many partners and more' } };
    const headline = claimHeadline(emoji, predicate('partners-emoji'), max);
    expect([...headline].length).toBeLessThanOrEqual(max);
    expect(headline).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
