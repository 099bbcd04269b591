import { describe, expect, it } from 'vitest';
import { describeValue, summarizeClaim } from '../../src/export/describe-claim.js';
import type { Value } from '../../src/model/index.js';
import { claims, predicates } from './fixture-corpus.js';

describe('describeValue', () => {
  it.each<[Value, string]>([
    [{ type: 'entity', name: 'MP Materials' }, 'MP Materials'],
    [{ type: 'entity-set', mode: 'closed', members: [{ name: 'Japan' }, { name: 'Israel' }] }, 'Japan and Israel (complete list)'],
    [{ type: 'entity-set', mode: 'open', members: [{ name: 'UAE' }], count: 9 }, 'UAE (among others, 9 in all)'],
    [{ type: 'entity-set', mode: 'count', members: [], count: 5 }, '5 members'],
    [{ type: 'quantity', low: 11e9, high: 12e9, lowInclusive: true, highInclusive: false, currency: 'USD', raw: 'nearly $12 billion' }, '[USD 11,000,000,000, 12,000,000,000) ("nearly $12 billion")'],
    [{ type: 'quantity', low: 50, high: null, lowInclusive: false, highInclusive: false, unit: 'countries' }, 'more than 50 countries'],
    [{ type: 'quantity', low: 5, high: 5, lowInclusive: true, highInclusive: true }, '5'],
    [{ type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day', raw: 'Dec 12, 2025' }, '2025-12-12 ("Dec 12, 2025")'],
    [{ type: 'date', start: '2025-12-01', end: '2025-12-31', precision: 'month' }, '2025-12-01/2025-12-31'],
    [{ type: 'weekday', weekday: 'friday' }, 'Friday'],
    [{ type: 'boolean', value: false }, 'false'],
    [{ type: 'text', text: 'a strategic response' }, 'a strategic response'],
  ])('%j → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

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
