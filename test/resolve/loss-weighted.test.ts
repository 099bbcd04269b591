import { describe, expect, it } from 'vitest';
import { chiSquaredQuantile, normalQuantile } from '../../src/resolve/chi-squared.js';
import { catd, crh, createLossWeighted, type ClaimGroup, type Observation } from '../../src/resolve/index.js';
import { group } from './fixtures.js';

const time = (sourceId: string, minute: string): Observation => ({ sourceId, value: { type: 'text', text: minute }, valueKey: minute });
const timeGroup = (key: string, pairs: readonly (readonly [string, string])[]): ClaimGroup => ({ key, functional: true, observations: pairs.map(([s, m]) => time(s, m)) });

describe('CRH, categorical data by hand', () => {
  // g1: s1 = a, s2 = a, s3 = b;  g2: s1 = c, s2 = d, s3 = d.
  // Vote: truths a, d. Losses (0-1): s1 1, s2 0, s3 1 → w = −log(L / 2): s1 = s3 = ln 2, s2 large.
  const r = crh.resolve({
    groups: [
      group('g1', [['s1', 'a'], ['s2', 'a'], ['s3', 'b']]),
      group('g2', [['s1', 'c'], ['s2', 'd'], ['s3', 'd']]),
    ],
  });
  it('weighs the source that is never wrong most, the others alike', () => {
    const [s1, s2, s3] = r.sources.map((s) => s.trust);
    expect(s2).toBe(1);
    expect(s1).toBeCloseTo(s3!, 12);
    expect(s1).toBeLessThan(0.05);
  });
  it('takes the weighted vote as the truth and converges at once', () => {
    expect(r.groups.map((g) => g.preferred!.valueKey)).toEqual(['a', 'd']);
    expect(r.converged).toBe(true);
  });
});

describe('CRH on times: loss grows with distance', () => {
  const groups: ClaimGroup[] = [];
  for (let i = 0; i < 8; i++) {
    const h = String(10 + i).padStart(2, '0');
    groups.push(
      timeGroup(`t${i}`, [
        ['exact', `2011-12-01T${h}:07`],
        ['one-off', `2011-12-01T${h}:08`],
        ['hour-off', `2011-12-01T${h}:59`],
        ['exact-2', `2011-12-01T${h}:07`],
      ]),
    );
  }
  const r = crh.resolve({ groups });
  const trust = Object.fromEntries(r.sources.map((s) => [s.sourceId, s.trust]));
  it('trusts a source one minute off more than one an hour off', () => {
    expect(trust['one-off']).toBeGreaterThan(trust['hour-off']!);
    expect(trust['exact']).toBeGreaterThan(trust['one-off']!);
  });
  it('takes the weighted median, a value a source gave', () => {
    expect(r.groups.every((g) => /:07$/.test(g.preferred!.valueKey))).toBe(true);
  });
  it('treats the same data as categorical when told there are no numbers', () => {
    const cat = createLossWeighted({ method: 'crh', numericValue: () => undefined }).resolve({ groups });
    const t = Object.fromEntries(cat.sources.map((s) => [s.sourceId, s.trust]));
    expect(t['one-off']).toBeCloseTo(t['hour-off']!, 12);
  });
});

describe('CATD: long-tail sources', () => {
  it('uses the chi-squared lower quantile (exact for 1 and 2 degrees of freedom)', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(chiSquaredQuantile(0.025, 1)).toBeCloseTo(0.000982, 6);
    expect(chiSquaredQuantile(0.025, 2)).toBeCloseTo(0.050636, 6);
    expect(chiSquaredQuantile(0.025, 100)).toBeCloseTo(74.222, 0);
  });

  it('does not let a source right on its only item outweigh one right on 49 of 50 (CRH does)', () => {
    const groups: ClaimGroup[] = [];
    for (let i = 0; i < 50; i++) groups.push(group(`item-${i}`, [['big', i === 0 ? 'wrong' : 't'], ['other', 't'], ['third', 't']]));
    groups.push(group('solo', [['small', 'y']]));
    // A tie at first; the lower key ('a-small') starts as the truth.
    groups.push(group('contested', [['big', 'b-big'], ['small', 'a-small']]));
    const catdR = catd.resolve({ groups });
    const trust = Object.fromEntries(catdR.sources.map((s) => [s.sourceId, s.trust]));
    expect(trust['big']).toBeGreaterThan(trust['small']!);
    expect(catdR.groups.find((g) => g.key === 'contested')!.preferred!.valueKey).toBe('b-big');
    // CRH: the small source's total loss is 0, so its weight is the largest.
    expect(crh.resolve({ groups }).groups.find((g) => g.key === 'contested')!.preferred!.valueKey).toBe('a-small');
  });
});
