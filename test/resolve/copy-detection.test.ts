import { describe, expect, it } from 'vitest';
import { dependencePosterior, detectMirrors } from '../../src/resolve/index.js';
import { group } from './fixtures.js';

const model = { n: 100, alpha: 0.2, c: 0.8 };

describe('dependencePosterior (uniform false values, as in Dong et al. 2009)', () => {
  it.each([
    ['ten shared false values', { kt: 2, kf: 10, kd: 0 }, 'dependent'],
    ['one shared false value, no disagreement', { kt: 5, kf: 1, kd: 0 }, 'dependent'],
    ['only a few shared true values', { kt: 5, kf: 0, kd: 0 }, 'independent'],
    ['shared false values outweighed by many disagreements', { kt: 10, kf: 1, kd: 20 }, 'independent'],
    ['nothing shared', { kt: 0, kf: 0, kd: 0 }, 'independent'],
  ] as const)('%s → %s', (_name, counts, expected) => {
    const p = dependencePosterior(counts, 0.8, 0.8, model);
    expect(p.independent + p.iCopiesJ + p.jCopiesI).toBeCloseTo(1, 10);
    if (expected === 'dependent') expect(p.independent).toBeLessThan(0.05);
    else expect(p.independent).toBeGreaterThan(0.5);
  });

  it('with no evidence the posterior is the prior', () => {
    expect(dependencePosterior({ kt: 0, kf: 0, kd: 0 }, 0.8, 0.6, model).independent).toBeCloseTo(0.8, 10);
    expect(dependencePosterior({ kt: 0, kf: 0, kd: 0 }, 0.8, 0.6, model, 1).independent).toBe(0);
  });

  it('takes the less accurate source as the origin of shared false values', () => {
    // A copier of an error-prone source inherits many false values; a copier
    // of an accurate one inherits few. Ten shared false values fit "j copies i"
    // (i makes the mistakes) better than "i copies j".
    const p = dependencePosterior({ kt: 10, kf: 5, kd: 0 }, 0.6, 0.9, model);
    expect(p.jCopiesI).toBeGreaterThan(p.iCopiesJ);
  });
});

describe('detectMirrors', () => {
  const items = (n: number, rows: (i: number) => [string, string][]) => Array.from({ length: n }, (_, i) => group(`k${i}`, rows(i)));

  it('finds pairs that agree on nearly every shared item, whatever the truth', () => {
    const problem = {
      groups: items(60, (i) => [
        ['site-a', `v${i}`],
        ['site-a-whitelabel', `v${i}`],
        ['site-b', i % 10 === 0 ? `other${i}` : `v${i}`],
      ]),
    };
    expect(detectMirrors(problem)).toEqual([
      { sources: ['site-a', 'site-a-whitelabel'], probability: 1, reason: 'same value on 60 of 60 shared items' },
    ]);
  });

  it.each([
    ['too few shared items', 49, 1, 0],
    ['enough items, full agreement', 50, 1, 1],
    ['98 % agreement', 100, 0.98, 1],
    ['97 % agreement', 100, 0.97, 0],
  ] as const)('%s (%d items, %d agreement) → %d pairs', (_name, n, agreement, pairs) => {
    const disagree = Math.round(n * (1 - agreement));
    const problem = { groups: items(n, (i) => [['x', `v${i}`], ['y', i < disagree ? `w${i}` : `v${i}`]]) };
    expect(detectMirrors(problem)).toHaveLength(pairs);
  });
});
