import { describe, expect, it } from 'vitest';
import { reconcileStagesSection } from '../tools/bench/reconcile-stages-section.js';
import { benchRow, benchRun } from './reconcile-rows.js';

const row = (claims: number, reconcileMs: number, stageCpuMs: Record<string, number> = {}, load = 1) =>
  benchRow(claims, reconcileMs, claims / 1000, reconcileMs, { stageCpuMs, load });
const run = benchRun;

describe('reconcileStagesSection', () => {
  it.each([
    {
      name: 'linear from 125k to 1M: met',
      rows: [row(10_000, 1), row(125_000, 1_250), row(250_000, 2_500), row(500_000, 5_000), row(1_000_000, 10_000)],
      met: true,
      exponent: '1.000',
    },
    {
      name: 'cost per claim rising at scale (exponent 1.2): missed, though the small sizes would hide it',
      rows: [row(1_000, 10), row(10_000, 50), row(125_000, 1_000), row(1_000_000, 1_000 * 8 ** 1.2)],
      met: false,
      exponent: '1.200',
    },
    { name: 'quick mode (nothing from 100k up): not measured', rows: [row(1_000, 10), row(50_000, 500)], met: undefined, exponent: undefined },
  ])('$name', ({ rows, met, exponent }) => {
    const section = reconcileStagesSection([run(rows)], { quick: met === undefined, wallMs: 0 });
    expect(section.targets.map((t) => t.met)).toEqual([met]);
    if (exponent !== undefined) expect(section.targets[0]!.measured).toContain(`${exponent} wall`);
    expect(section.tables[0]!.rows.map((r) => r[0])).toEqual(rows.filter((r) => r.claims >= 100_000).map((r) => r.claims.toLocaleString('en-US')));
  });

  it('splits the largest size’s CPU time by stage (medians over runs), with shares, and shows the load range', () => {
    const stages = (groups: number, rule: number) => ({ dependence: 100, groups, 'rule:value-conflict': rule, assemble: 100 });
    const section = reconcileStagesSection(
      [run([row(125_000, 1_000), row(1_000_000, 8_000, stages(500, 300), 2)]), run([row(125_000, 1_000), row(1_000_000, 9_000, stages(700, 300), 6)]), run([row(125_000, 1_000), row(1_000_000, 7_000, stages(600, 200), 4)])],
      { quick: false, wallMs: 0 },
    );
    expect(section.tables[1]!.rows).toEqual([
      ['dependence', '100 ms', '9.1%'],
      ['groups', '600 ms', '54.5%'],
      ['rule:value-conflict', '300 ms', '27.3%'],
      ['assemble', '100 ms', '9.1%'],
    ]);
    expect(section.tables[0]!.rows[1]![5]).toBe('2.0–6.0');
  });
});
