import { describe, expect, it } from 'vitest';
import { createFactFinder, pooledInvestment, type ResolutionProblem } from '../../src/resolve/index.js';
import { group } from './fixtures.js';

/**
 * The worked example: three sources, two items.
 *   x: s1 = a, s2 = a, s3 = b
 *   y: s1 = d, s3 = c
 * so |C_s1| = 2, |C_s2| = 1, |C_s3| = 2.
 */
const example: ResolutionProblem = {
  groups: [
    group('x', [
      ['s1', 'a'],
      ['s2', 'a'],
      ['s3', 'b'],
    ]),
    group('y', [
      ['s1', 'd'],
      ['s3', 'c'],
    ]),
  ],
};

const confidenceOf = (r: ReturnType<typeof pooledInvestment.resolve>, key: string, value: string): number =>
  r.groups.find((g) => g.key === key)!.values.find((v) => v.valueKey === value)!.confidence;

describe('Sums (Hubs and Authorities), one round by hand', () => {
  // B0 = 1: T = (2, 1, 2) → ÷2 = (1, ½, 1); B(a) = 1.5, B(b) = B(c) = B(d) = 1.
  const r = createFactFinder({ kind: 'sums', iterations: 1 }).resolve(example);
  it('trust is the sum of the claims\' belief, scaled to the largest', () => {
    expect(r.sources.map((s) => s.trust)).toEqual([1, 0.5, 1]);
  });
  it('belief is the sum of the sources\' trust; confidence is its share of the item', () => {
    expect(confidenceOf(r, 'x', 'a')).toBeCloseTo(1.5 / 2.5, 12);
    expect(confidenceOf(r, 'x', 'b')).toBeCloseTo(1 / 2.5, 12);
    expect(confidenceOf(r, 'y', 'c')).toBeCloseTo(0.5, 12);
  });
});

describe('PooledInvestment, one round by hand (g = 1.4)', () => {
  // B0 = 1/|M| = ½. Investments per claim: s1 ½, s2 1, s3 ½; invested(a) = 1.5, (b) = (c) = (d) = ½.
  // T(s1) = ½·(½/1.5) + ½·(½/½) = 2/3, T(s2) = ½·(1/1.5) = 1/3, T(s3) = ½ + ½ = 1.
  // H(a) = (2/3)/2 + (1/3)/1 = 2/3, H(b) = 1/2, H(c) = 1/2, H(d) = (2/3)/2 = 1/3.
  const r = createFactFinder({ kind: 'pooled-investment', iterations: 1 }).resolve(example);
  const pool = (h: number, others: readonly number[]): number => (h * h ** 1.4) / [h, ...others].reduce((a, x) => a + x ** 1.4, 0);
  it('trust is the return on investment, scaled to the largest', () => {
    const t = r.sources.map((s) => s.trust);
    expect(t[0]).toBeCloseTo(2 / 3, 12);
    expect(t[1]).toBeCloseTo(1 / 3, 12);
    expect(t[2]).toBeCloseTo(1, 12);
  });
  it('each item\'s pool is shared in proportion to H^1.4', () => {
    const ba = pool(2 / 3, [1 / 2]);
    const bb = pool(1 / 2, [2 / 3]);
    expect(confidenceOf(r, 'x', 'a')).toBeCloseTo(ba / (ba + bb), 12);
    const bc = pool(1 / 2, [1 / 3]);
    const bd = pool(1 / 3, [1 / 2]);
    expect(confidenceOf(r, 'y', 'c')).toBeCloseTo(bc / (bc + bd), 12);
  });
});

describe('Investment, one round by hand (g = 1.2, voted prior)', () => {
  // B0 = vote share: a ⅔, b ⅓, c ½, d ½. T(s1) = ⅔·(½/1.5) + ½·1 = 13/18, T(s2) = ⅔·(1/1.5) = 4/9, T(s3) = ⅓ + ½ = 5/6.
  const r = createFactFinder({ kind: 'investment', iterations: 1 }).resolve(example);
  it('trust is the return on investment, scaled to the largest', () => {
    const t = r.sources.map((s) => s.trust);
    expect(t[0]).toBeCloseTo(13 / 18 / (5 / 6), 12);
    expect(t[1]).toBeCloseTo(4 / 9 / (5 / 6), 12);
    expect(t[2]).toBeCloseTo(1, 12);
  });
});

describe('the fact-finders on their own terms', () => {
  it.each(['sums', 'average-log', 'investment', 'pooled-investment'] as const)('%s prefers the value of the sources that agree elsewhere', (kind) => {
    // s1, s2 and s5 agree on ten items where s3 and s4 share a wrong value; on the contested item s1 + s2 face s3 + s4.
    const groups = [];
    for (let i = 0; i < 10; i++) {
      groups.push(group(`item-${i}`, [['s1', 't'], ['s2', 't'], ['s5', 't'], ['s3', 'w'], ['s4', 'w']]));
    }
    groups.push(group('contested', [['s1', 'right'], ['s2', 'right'], ['s3', 'wrong'], ['s4', 'wrong']]));
    const r = createFactFinder({ kind }).resolve({ groups });
    expect(r.groups.find((g) => g.key === 'contested')!.preferred!.valueKey).toBe('right');
  });

  it('counts a source that gives two values for an item half for each', () => {
    const r = createFactFinder({ kind: 'sums', iterations: 1 }).resolve({
      groups: [group('x', [['s1', 'a'], ['s1', 'b'], ['s2', 'a']])],
    });
    // B0 = 1: T(s1) = ½ + ½ = 1, T(s2) = 1; B(a) = ½·1 + 1 = 1.5, B(b) = ½.
    expect(confidenceOf(r, 'x', 'a')).toBeCloseTo(0.75, 12);
  });
});
