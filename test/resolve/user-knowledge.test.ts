import { describe, expect, it } from 'vitest';
import { attributeAccu, builtinStrategies, type ResolutionProblem, type Strategy } from '../../src/resolve/index.js';
import { group } from './fixtures.js';

/** A contested item between two equal camps, plus items where the camps do not meet. */
const tie = (): ResolutionProblem => ({
  groups: [
    group('contested', [['a1', 'A'], ['a2', 'A'], ['b1', 'B'], ['b2', 'B']]),
    ...Array.from({ length: 6 }, (_, i) => group(`other-${i}`, [['a1', `x${i}`], ['a2', `x${i}`], ['b1', `x${i}`], ['b2', `x${i}`]])),
  ],
});

/** A camp of three sources that agree on everything. */
const copies = (): ResolutionProblem => ({
  groups: [
    group('contested', [['orig', 'W'], ['copy-1', 'W'], ['copy-2', 'W'], ['i1', 'T'], ['i2', 'T']]),
    ...Array.from({ length: 6 }, (_, i) => group(`other-${i}`, [['orig', `y${i}`], ['copy-1', `y${i}`], ['copy-2', `y${i}`], ['i1', `y${i}`], ['i2', `y${i}`]])),
  ],
});

const preferred = (s: Strategy, p: ResolutionProblem, key = 'contested'): string | undefined => s.resolve(p).groups.find((g) => g.key === key)?.preferred?.valueKey;

describe('user knowledge', () => {
  describe.each(builtinStrategies.filter((s) => s.id !== 'majority-vote' && s.id !== 'truth-finder' && !s.id.startsWith('accu')).map((s) => [s.id, s] as const))('%s', (_id, s) => {
    it('a label fixes the labelled item and is never contradicted', () => {
      expect(preferred(s, { ...tie(), labels: [{ groupKey: 'contested', valueKey: 'B' }] })).toBe('B');
      expect(preferred(s, { ...tie(), labels: [{ groupKey: 'contested', valueKey: 'A' }] })).toBe('A');
    });
  });

  it('a label teaches source accuracy: the sources that agree with it win elsewhere', () => {
    const p: ResolutionProblem = {
      groups: [...tie().groups, group('second', [['a1', 'P'], ['a2', 'P'], ['b1', 'Q'], ['b2', 'Q']])],
      labels: [{ groupKey: 'contested', valueKey: 'B' }],
    };
    expect(preferred(attributeAccu, p, 'second')).toBe('Q');
  });

  it('a trust prior tips an even contest towards the trusted source', () => {
    const prior = (sourceId: string): ResolutionProblem => ({ ...tie(), sourcePriors: [{ sourceId, trust: 0.99, reason: 'authoritative' }] });
    expect(preferred(attributeAccu, prior('b1'))).toBe('B');
    expect(preferred(attributeAccu, prior('a1'))).toBe('A');
  });

  it('declared copying counts a family of copies once, and the explanation names them', () => {
    expect(preferred(attributeAccu, copies())).toBe('W');
    const declared: ResolutionProblem = {
      ...copies(),
      dependence: [
        { sources: ['orig', 'copy-1'], probability: 1, reason: 'white label' },
        { sources: ['orig', 'copy-2'], probability: 1, reason: 'white label' },
      ],
    };
    const g = attributeAccu.resolve(declared).groups.find((x) => x.key === 'contested')!;
    expect(g.preferred!.valueKey).toBe('T');
    expect(g.explanation).toMatch(/2 of the 3 sources of "W" were discounted as copies/);
    const other = attributeAccu.resolve(declared).groups.find((x) => x.key === 'other-0')!;
    // Declared dependence is transitive (copy-1 and copy-2 are alike through orig); direction is not claimed.
    expect(other.explanation).toMatch(/supported by copy-1 \(trust [\d.]+\), i1 .*; discounted as likely copies: copy-2 \(copies copy-1, p=1\.00, vote ×0\.00\), orig \(copies copy-1, p=1\.00, vote ×0\.00\)$/);
  });

  it('ignores labels and priors about unknown groups and sources', () => {
    const base = attributeAccu.resolve(tie());
    const noisy = attributeAccu.resolve({ ...tie(), labels: [{ groupKey: 'nope', valueKey: 'x' }], sourcePriors: [{ sourceId: 'ghost', trust: 1 }] });
    expect(noisy.groups.map((g) => g.preferred?.valueKey)).toEqual(base.groups.map((g) => g.preferred?.valueKey));
  });
});
