import { describe, expect, it } from 'vitest';
import {
  accu,
  accuCopy,
  builtinStrategies,
  createAccu,
  defaultStrategy,
  createTruthFinder,
  entitySetContainment,
  entitySetJaccard,
  majorityVote,
  resolveGroups,
  truthFinder,
  type ResolutionProblem,
  type Strategy,
} from '../../src/resolve/index.js';
import { copiersProblem, group, obs } from './fixtures.js';

const small: ResolutionProblem = {
  groups: [
    group('capital', [
      ['s1', 'Canberra'],
      ['s2', 'Canberra'],
      ['s3', 'Sydney'],
    ]),
    group('currency', [
      ['s1', 'AUD'],
      ['s3', 'AUD'],
    ]),
  ],
};

describe.each(builtinStrategies.map((s) => [s.id, s] as const))('%s', (_id, strategy: Strategy) => {
  const r = strategy.resolve(small);

  it('prefers the value most sources give when sources are alike', () => {
    expect(r.groups.find((g) => g.key === 'capital')?.preferred?.valueKey).toBe('Canberra');
  });

  it('returns groups sorted by key, values by confidence, sources by id, all in [0, 1]', () => {
    expect(r.groups.map((g) => g.key)).toEqual(['capital', 'currency']);
    expect(r.sources.map((s) => s.sourceId)).toEqual(['s1', 's2', 's3']);
    for (const g of r.groups) {
      const c = g.values.map((v) => v.confidence);
      expect([...c].sort((a, b) => b - a)).toEqual(c);
      for (const x of c) expect(x).toBeGreaterThanOrEqual(0);
      for (const x of c) expect(x).toBeLessThanOrEqual(1);
    }
    for (const s of r.sources) expect(s.trust).toBeGreaterThanOrEqual(0);
    expect(r.strategyId).toBe(strategy.id);
  });

  it('gives the same result for the observations in any order', () => {
    const shuffled: ResolutionProblem = {
      groups: [...copiersProblem().groups].reverse().map((g) => ({ ...g, observations: [...g.observations].reverse() })),
    };
    expect(strategy.resolve(shuffled)).toEqual(strategy.resolve(copiersProblem()));
  });

  it('resolves an empty problem to nothing', () => {
    expect(strategy.resolve({ groups: [] }).groups).toEqual([]);
  });

  it('names the claims behind each supporting source', () => {
    const support = r.groups[0]!.values[0]!.support;
    expect(support.map((s) => s.claimIds).sort()).toEqual([['s1.capital'], ['s2.capital']]);
  });
});

describe('majority vote', () => {
  it.each([
    [[['a', 'x'], ['b', 'x'], ['c', 'y']], 'x', 2 / 3],
    [[['a', 'x'], ['b', 'y'], ['c', 'y'], ['d', 'z']], 'y', 2 / 4],
    [[['a', 'x']], 'x', 1],
  ] as const)('%j → %s with confidence %d', (pairs, winner, confidence) => {
    const g = majorityVote.resolve({ groups: [group('k', pairs)] }).groups[0]!;
    expect(g.preferred?.valueKey).toBe(winner);
    expect(g.preferred?.confidence).toBeCloseTo(confidence, 10);
  });

  it('splits the vote of a source that gives several values', () => {
    const g = majorityVote.resolve({
      groups: [{ key: 'k', functional: true, observations: [obs('a', 'x'), obs('a', 'y'), obs('b', 'y')] }],
    }).groups[0]!;
    expect(g.preferred?.valueKey).toBe('y');
    expect(g.values.map((v) => [v.valueKey, v.confidence])).toEqual([
      ['y', 0.75],
      ['x', 0.25],
    ]);
  });

  it('breaks ties by value key, whatever the input order', () => {
    const a = majorityVote.resolve({ groups: [group('k', [['s1', 'b'], ['s2', 'a']])] });
    const b = majorityVote.resolve({ groups: [group('k', [['s2', 'a'], ['s1', 'b']])] });
    expect(a.groups[0]!.preferred?.valueKey).toBe('a');
    expect(b).toEqual(a);
  });
});

describe('TruthFinder implication between similar values', () => {
  const set = (...names: string[]) => ({ type: 'entity-set' as const, mode: 'closed' as const, members: names.map((name) => ({ name })) });
  const problem: ResolutionProblem = {
    groups: [
      {
        key: 'authors',
        functional: true,
        observations: [
          { sourceId: 'a', value: set('Han'), valueKey: 'han' },
          { sourceId: 'b', value: set('Han'), valueKey: 'han' },
          { sourceId: 'd', value: set('Han', 'Kamber'), valueKey: 'han; kamber' },
          { sourceId: 'e', value: set('Han', 'Kamber'), valueKey: 'han; kamber' },
          { sourceId: 'f', value: set('Pei'), valueKey: 'pei' },
        ],
      },
    ],
  };

  it('without similarity the tie between the two lists goes to key order', () => {
    expect(truthFinder.resolve(problem).groups[0]!.preferred?.valueKey).toBe('han');
  });

  it('with containment, lists naming only the first author support the full list', () => {
    const tf = createTruthFinder({ similarity: entitySetContainment });
    expect(tf.resolve(problem).groups[0]!.preferred?.valueKey).toBe('han; kamber');
  });

  it('the same holds for ACCU with SIM', () => {
    expect(createAccu({ copyDetection: false, similarity: entitySetContainment }).resolve(problem).groups[0]!.preferred?.valueKey).toBe('han; kamber');
    expect(accu.resolve(problem).groups[0]!.preferred?.valueKey).toBe('han');
  });

  it.each([
    [['Han'], ['Han', 'Kamber'], 1, 0.5],
    [['Han', 'Kamber'], ['Han'], 0.5, 0.5],
    [['Han', 'Kamber'], ['Kamber', 'Han'], 1, 1],
    [['Pei'], ['Han'], 0, 0],
    [['Oleary', 'Oleary'], ['Oleary'], 0.5, 0.5],
    [['Oleary'], ['Oleary', 'Oleary'], 1, 0.5],
    [['Han', 'Han', 'Kamber'], ['Kamber', 'Han', 'Pei'], 2 / 3, 0.5],
    [[], [], 1, 1],
    [[], ['Han'], 0, 0],
  ])('containment(%j → %j) = %d, Jaccard = %d', (a, b, containment, jaccard) => {
    const va = { value: set(...a), valueKey: a.join() };
    const vb = { value: set(...b), valueKey: b.join() };
    expect(entitySetContainment(va, vb)).toBeCloseTo(containment, 10);
    expect(entitySetJaccard(va, vb)).toBeCloseTo(jaccard, 10);
  });
});

describe('declared dependence', () => {
  // Two sources that are known to share a newsroom say "x"; one other source says "y".
  const problem: ResolutionProblem = {
    groups: [group('k', [['wire', 'x'], ['reprint', 'x'], ['other', 'y']])],
    dependence: [{ sources: ['reprint', 'wire'], probability: 1, reason: 'reprint of the wire story' }],
  };

  it('discounts the dependent source even without evidence in the data', () => {
    const r = accuCopy.resolve(problem);
    const support = r.groups[0]!.values.find((v) => v.valueKey === 'x')!.support;
    const [kept, discounted] = [...support].sort((a, b) => b.voteWeight - a.voteWeight);
    expect(kept!.voteWeight).toBe(1);
    expect(discounted!.voteWeight).toBeCloseTo(0.2, 10);
    expect(discounted!.copyOf).toEqual({ sourceId: kept!.sourceId, probability: 1 });
    expect(r.dependence).toEqual([expect.objectContaining({ sources: ['reprint', 'wire'], probability: 1, declared: true })]);
  });

  it('is ignored by strategies blind to copying', () => {
    const g = accu.resolve(problem).groups[0]!;
    expect(g.values.find((v) => v.valueKey === 'x')!.support.every((s) => s.voteWeight === 1)).toBe(true);
  });
});

describe('multi-valued groups', () => {
  it('judges each value on its own: two true members can both be confident', () => {
    const problem: ResolutionProblem = {
      groups: [
        {
          key: 'members',
          functional: false,
          observations: [obs('a', 'UAE'), obs('b', 'UAE'), obs('c', 'UAE'), obs('a', 'Japan'), obs('b', 'Japan'), obs('c', 'Qatar')],
        },
      ],
    };
    const g = accu.resolve(problem).groups[0]!;
    const conf = new Map(g.values.map((v) => [v.valueKey, v.confidence]));
    expect(conf.get('UAE')!).toBeGreaterThan(0.9);
    expect(conf.get('Japan')!).toBeGreaterThan(0.5);
    expect(conf.get('Qatar')!).toBeLessThan(0.5);
  });
});

describe('resolveGroups', () => {
  it('runs the default strategy unless told otherwise', () => {
    const r = resolveGroups(small);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((x) => x.strategyId)).toEqual([defaultStrategy.id]);
  });

  it('runs every strategy given, in order', () => {
    const r = resolveGroups(small, builtinStrategies);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.map((x) => x.strategyId)).toEqual(builtinStrategies.map((s) => s.id));
  });

  it('refuses two strategies with the same id and says which', () => {
    const r = resolveGroups(small, [accu, createAccu({ copyDetection: false })]);
    expect(r.ok).toBe(false);
    expect(r.messages).toEqual([expect.objectContaining({ source: 'resolve', code: 'duplicate-strategy-id', message: 'strategy id "accu" is used twice' })]);
  });
});

describe('compiled problems are reused only while the problem is unchanged', () => {
  it('sees a group pushed into the same problem object', () => {
    const groups = [group('a', [['s1', 'x'], ['s2', 'x']])];
    const problem: ResolutionProblem = { groups };
    expect(defaultStrategy.resolve(problem).groups.map((g) => g.key)).toEqual(['a']);
    groups.push(group('b', [['s1', 'y']]));
    expect(defaultStrategy.resolve(problem).groups.map((g) => g.key)).toEqual(['a', 'b']);
  });

  it('gives the same result from a fresh and from a reused compiled form', () => {
    const problem = copiersProblem();
    const first = majorityVote.resolve(problem);
    expect(majorityVote.resolve(problem)).toEqual(first);
    expect(majorityVote.resolve({ ...problem })).toEqual(first);
  });
});
