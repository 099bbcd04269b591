import { describe, expect, it } from 'vitest';
import { accu, accuCopy, createAccu, majorityVote, truthFinder } from '../../src/resolve/index.js';
import { CONTESTED, copiersProblem, group, itemKey, precisionOn, truthOf } from './fixtures.js';

describe('a reliable source outvoted by a group of copiers', () => {
  const problem = copiersProblem();

  it('majority vote picks the copied mistake on every contested item', () => {
    expect(precisionOn(majorityVote.resolve(problem).groups, CONTESTED)).toBe(0);
  });

  it.each([
    ['accu (no dependence)', accu],
    ['truth-finder', truthFinder],
  ])('%s, blind to copying, is also outvoted', (_name, strategy) => {
    expect(precisionOn(strategy.resolve(problem).groups, CONTESTED)).toBeLessThan(0.5);
  });

  it('accu-copy recovers the truth on every item', () => {
    const r = accuCopy.resolve(problem);
    expect(precisionOn(r.groups)).toBe(1);
  });

  it('without outnumbered mistakes to learn from, Bayesian copy detection is not enough but mirror detection is', () => {
    // Copies outvote the independent sources on every item where they are wrong:
    // no estimate of the truth shows them sharing false values. They still
    // agree on every one of the 40 items, which independent sources never do.
    const hard = copiersProblem({ extraIndependents: false });
    expect(precisionOn(accuCopy.resolve(hard).groups, (i) => i % 2 === 0)).toBe(0);
    const mirrors = createAccu({ id: 'accu-mirrors', mirrors: { minShared: 20 }, alpha: 0 }).resolve(hard);
    expect(precisionOn(mirrors.groups)).toBe(1);
  });

  it('accu-copy finds the copiers dependent and the independent sources not', () => {
    const r = accuCopy.resolve(problem);
    const dependent = (a: string, b: string): number =>
      r.dependence.find((d) => d.sources[0] === [a, b].sort()[0] && d.sources[1] === [a, b].sort()[1])?.probability ?? 0;
    expect(dependent('copy-0', 'copy-3')).toBeGreaterThan(0.99);
    expect(dependent('copy-1', 'copy-4')).toBeGreaterThan(0.99);
    expect(dependent('reliable', 'indep-a')).toBeLessThan(0.5);
    expect(dependent('reliable', 'copy-0')).toBeLessThan(0.5);
  });

  it('accu-copy trusts the reliable source more than any copier', () => {
    const r = accuCopy.resolve(problem);
    const trust = new Map(r.sources.map((s) => [s.sourceId, s.trust]));
    for (const c of ['copy-0', 'copy-1', 'copy-2', 'copy-3', 'copy-4']) expect(trust.get('reliable')!).toBeGreaterThan(trust.get(c)!);
  });

  it('explains the choice: who supports it and which votes were discounted as copies', () => {
    const r = accuCopy.resolve(problem);
    const g = r.groups.find((x) => x.key === itemKey(20))!;
    expect(g.preferred?.valueKey).toBe(truthOf(20));
    const runnerUp = g.values[1]!;
    expect(runnerUp.valueKey).toBe('copied-wrong-20');
    const discounted = runnerUp.support.filter((s) => s.copyOf !== undefined);
    expect(discounted).toHaveLength(4);
    for (const s of discounted) {
      expect(s.voteWeight).toBeLessThan(0.5);
      expect(s.copyOf!.probability).toBeGreaterThan(0.9);
    }
    expect(g.explanation).toContain('"true-20" preferred');
    expect(g.explanation).toContain('reliable (trust');
    expect(g.explanation).toContain('4 of the 5 sources of "copied-wrong-20" were discounted as copies');
  });
});

describe('a value supported only by copies', () => {
  // On ten items four independent sources outnumber the three copies, whose
  // shared false values make them visibly dependent; on the items under test
  // they stand alone or against two independent sources.
  const history = Array.from({ length: 10 }, (_, i) =>
    group(`h-${i}`, [
      ['indep-1', `t-${i}`],
      ['indep-2', `t-${i}`],
      ['indep-3', `t-${i}`],
      ['indep-4', `t-${i}`],
      ['copy-x', `shared-wrong-${i}`],
      ['copy-y', `shared-wrong-${i}`],
      ['copy-z', `shared-wrong-${i}`],
    ]),
  );
  const problem = {
    groups: [
      ...history,
      group('copies-only', [
        ['copy-x', 'c'],
        ['copy-y', 'c'],
        ['copy-z', 'c'],
      ]),
      group('independents-only', [
        ['indep-1', 'd'],
        ['indep-2', 'd'],
      ]),
      group('copies-vs-independents', [
        ['copy-x', 'e'],
        ['copy-y', 'e'],
        ['copy-z', 'e'],
        ['indep-1', 'f'],
        ['indep-2', 'f'],
      ]),
    ],
  };
  const r = accuCopy.resolve(problem);
  const byKey = new Map(r.groups.map((g) => [g.key, g] as const));

  it('is still the preferred value when nothing contradicts it, with its copies discounted', () => {
    const g = byKey.get('copies-only')!;
    expect(g.preferred?.valueKey).toBe('c');
    const copies = g.preferred!.support.filter((s) => s.copyOf !== undefined);
    expect(copies).toHaveLength(2);
    expect(g.explanation).toContain('discounted as likely copies');
  });

  it('loses to fewer independent sources', () => {
    expect(byKey.get('copies-vs-independents')!.preferred?.valueKey).toBe('f');
    expect(majorityVote.resolve(problem).groups.find((g) => g.key === 'copies-vs-independents')!.preferred?.valueKey).toBe('e');
  });

  it('counts for less than the same number of votes would if independent', () => {
    const withoutCopyDetection = createAccu({ copyDetection: false }).resolve(problem);
    const blind = withoutCopyDetection.groups.find((g) => g.key === 'copies-only')!.preferred!;
    const aware = byKey.get('copies-only')!.preferred!;
    const weight = (v: typeof aware): number => v.support.reduce((a, s) => a + s.voteWeight, 0);
    expect(weight(aware)).toBeLessThan(weight(blind));
    expect(weight(blind)).toBe(3);
  });
});
