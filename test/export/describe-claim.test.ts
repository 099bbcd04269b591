import { describe, expect, it } from 'vitest';
import { summarizeClaim } from '../../src/export/describe-claim.js';
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
