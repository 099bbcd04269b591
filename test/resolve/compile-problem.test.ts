/**
 * compileProblem: each group's values in key order, each value's providers in
 * source order with their vote shares and claim ids, and the representative
 * observation (lowest source id, then claim id) — whatever order the
 * observations come in, for short groups (sorted by insertion) and long ones.
 */
import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../src/resolve/compile-problem.js';
import type { Observation, ResolutionProblem } from '../../src/resolve/index.js';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { createRandom } from '../tools/bench/seeded-random.js';
import { obs } from './fixtures.js';

/** The items in an order scrambled by a seed (Fisher–Yates). */
const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const random = createRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/** `n` observations over `sources` sources and `values` values; some sources give two values, some one value twice. */
const observations = (n: number, sources: number, values: number): Observation[] =>
  Array.from({ length: n }, (_, i) => obs(`s${String((i * 7) % sources).padStart(2, '0')}`, `v${(i * 3) % values}`, `c${String(n - i).padStart(3, '0')}`));

/** What the compiled group must say, worked out from the definition. */
const expected = (list: readonly Observation[]) => {
  const keys = [...new Set(list.map((o) => o.valueKey))].sort(compareOrdinal);
  const valuesOf = (source: string) => new Set(list.filter((o) => o.sourceId === source).map((o) => o.valueKey)).size;
  return keys.map((key) => {
    const saying = list.filter((o) => o.valueKey === key);
    const providers = [...new Set(saying.map((o) => o.sourceId))].sort(compareOrdinal);
    const representative = [...saying].sort((a, b) => compareOrdinal(a.sourceId, b.sourceId) || compareOrdinal(a.claimId ?? '', b.claimId ?? ''))[0];
    return {
      key,
      providers,
      weights: providers.map((s) => 1 / valuesOf(s)),
      claimIds: providers.map((s) => saying.filter((o) => o.sourceId === s).map((o) => o.claimId ?? '').sort(compareOrdinal)),
      representative: representative?.claimId,
    };
  });
};

const compiledGroup = (list: readonly Observation[]) => {
  const problem: ResolutionProblem = { groups: [{ key: 'g', functional: true, observations: list }] };
  const compiled = compileProblem(problem);
  const [group] = compiled.groups;
  return group!.values.map((value, v) => ({
    key: value.key,
    providers: value.providers.map((s) => compiled.sourceIds[s]),
    weights: value.weights,
    claimIds: value.claimIds,
    // Every observation has its own value object: the one valueOf returns names the representative.
    representative: list.find((o) => o.value === compiled.valueOf(compiled.groupValueStart[0]! + v))?.claimId,
  }));
};

describe('compileProblem orders a group’s observations by value, source and position', () => {
  it.each([
    ['one observation', 1, 1, 1],
    ['a short group (insertion)', 9, 4, 3],
    ['a group just past the short ones', 13, 5, 3],
    ['a long group', 200, 23, 7],
    ['a long group of one value', 150, 40, 1],
    ['a long group of almost only distinct values (ranks read off the sort)', 400, 41, 397],
  ])('%s, in any order', (_, n, sources, values) => {
    const list = observations(n, sources, values);
    for (const seed of [1, 2, 3]) expect(compiledGroup(shuffled(list, seed))).toEqual(expected(list));
  });
});
