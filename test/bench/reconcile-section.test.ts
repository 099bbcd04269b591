import { describe, expect, it } from 'vitest';
import { reconcileSection } from '../tools/bench/reconcile-section.js';
import { benchRow, benchRun } from './reconcile-rows.js';

const row = benchRow;
const run = benchRun;

describe('reconcileSection', () => {
  it('takes the median of each size over runs', () => {
    const section = reconcileSection(
      [run([row(10_000, 100, 150), row(100_000, 1_000, 300)]), run([row(10_000, 300, 170), row(100_000, 900, 310)]), run([row(10_000, 200, 160), row(100_000, 5_000, 320)])],
      { quick: true, wallMs: 1 },
    );
    const rows = section.tables[0]!.rows;
    expect(rows.map((r) => [r[0], r[5]])).toEqual([
      ['10,000', '200 ms'],
      ['100,000', '1.00 s'],
    ]);
  });

  it.each([
    {
      name: 'linear growth, 1M fast and small: every target met',
      rows: [row(1_000, 50, 100), row(10_000, 100, 150), row(100_000, 1_000, 300), row(1_000_000, 10_000 - 1, 1_800)],
      met: [true, true, true],
      exponent: '1.000',
    },
    {
      name: '1M too slow and too large, growth 1.3: all three missed',
      rows: [row(10_000, 100, 150), row(100_000, 2_000, 300), row(1_000_000, 40_000, 2_000)],
      met: [false, false, false],
      exponent: '1.301',
    },
    {
      name: 'quick mode without 1M: time and memory not measured, exponent still checked',
      rows: [row(1_000, 50, 100), row(10_000, 100, 150), row(50_000, 500, 200)],
      met: [undefined, undefined, true],
      exponent: '1.000',
    },
  ])('$name', ({ rows, met, exponent }) => {
    const section = reconcileSection([run(rows)], { quick: !rows.some((r) => r.claims === 1_000_000), wallMs: 1 });
    expect(section.targets.map((t) => t.met)).toEqual(met);
    expect(section.targets[2]!.measured).toContain(`${exponent} wall`);
    for (const t of section.targets) expect(t.note !== undefined).toBe(t.met !== true);
  });

  it('checks memory against 2·10⁹ bytes, converting the MiB the benchmark reports', () => {
    // 1,907 MiB = 1.9996·10⁹ bytes: under; 1,908 MiB = 2.0007·10⁹ bytes: over.
    const under = reconcileSection([run([row(10_000, 1, 1), row(1_000_000, 1, 1_907)])], { quick: false, wallMs: 1 });
    const over = reconcileSection([run([row(10_000, 1, 1), row(1_000_000, 1, 1_908)])], { quick: false, wallMs: 1 });
    expect([under.targets[1]!.met, over.targets[1]!.met]).toEqual([true, false]);
  });
});
