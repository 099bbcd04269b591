import { describe, expect, it } from 'vitest';
import type { WorstCaseResult, WorstCaseRow } from '../tools/bench/worst-case-anchoring.js';
import { growthPerDoubling } from '../tools/bench/worst-case-anchoring.js';
import { worstCaseSection, type WorstCaseRuns } from '../tools/bench/worst-case-section.js';

const row = (size: number, ms: number | undefined, correct = true): WorstCaseRow => ({
  size,
  input: `${size} units`,
  ...(ms !== undefined ? { ms } : {}),
  outcome: 'anchored',
  correct,
});
const run = (id: string, rows: readonly WorstCaseRow[]): WorstCaseResult => ({ id, title: id, unit: 'units', rows });
const linear = (id: string, scale = 1): WorstCaseRuns => ({ id, title: id, runs: [run(id, [row(1, 10 * scale), row(2, 20 * scale), row(4, 40 * scale)])] });

describe('growthPerDoubling', () => {
  it.each([
    { name: 'linear', rows: [row(1, 10), row(2, 20), row(4, 40)], growth: 2 },
    { name: 'quadratic', rows: [row(8, 1), row(16, 4), row(32, 16), row(64, 64)], growth: 4 },
    { name: 'sizes not measured are left out', rows: [row(1, 10), row(2, 30), row(4, undefined)], growth: 3 },
  ])('$name: $growth', ({ rows, growth }) => {
    expect(growthPerDoubling(rows)).toBeCloseTo(growth, 10);
  });

  it('is undefined with fewer than two measured sizes', () => {
    expect(growthPerDoubling([row(1, 10), row(2, undefined)])).toBeUndefined();
  });
});

describe('worstCaseSection', () => {
  it('takes the median time per size over runs and a wrong answer in any run as wrong', () => {
    const cases: WorstCaseRuns[] = [
      { id: 'a', title: 'a', runs: [run('a', [row(1, 10), row(2, 20)]), run('a', [row(1, 30), row(2, 60, false)]), run('a', [row(1, 20), row(2, 40)])] },
    ];
    const section = worstCaseSection(cases, { quick: true, wallMs: 1 });
    expect(section.tables[0]!.rows.slice(0, 2).map((r) => r.slice(2))).toEqual([
      ['20 ms', '', 'anchored'],
      ['40 ms', '2.00×', 'anchored (wrong)'],
    ]);
    expect(section.targets.map((t) => t.met)).toEqual([true, false]);
  });

  it.each([
    { name: 'every case linear and right', cases: [linear('a'), linear('b', 3)], met: [true, true] },
    {
      name: 'a quadratic case misses the growth target',
      cases: [linear('a'), { id: 'q', title: 'q', runs: [run('q', [row(1, 1), row(2, 4), row(4, 16)])] }],
      met: [false, true],
    },
    { name: 'a case that failed (timed out) misses both', cases: [linear('a'), { id: 't', title: 't', failed: 'timed out after 300000 ms' }], met: [false, false] },
    { name: 'a case cut short by the time budget is not measured', cases: [{ id: 'c', title: 'c', runs: [run('c', [row(1, 90_000), row(2, undefined, false)])] }], met: [false, false] },
  ])('$name', ({ cases, met }) => {
    expect(worstCaseSection(cases, { quick: false, wallMs: 1 }).targets.map((t) => t.met)).toEqual(met);
  });
});
