import { describe, expect, it } from 'vitest';
import { benchDuplicateReanchoring } from '../tools/bench/reanchoring-duplicates.js';

describe('benchDuplicateReanchoring (quick)', () => {
  const rows = benchDuplicateReanchoring({ quick: true });

  it('runs every duplicated-paragraph scenario with the quick number of cases', () => {
    expect(rows.map((r) => [r.scenario, r.cases])).toEqual([
      ['its paragraph duplicated elsewhere (≥ 2 paragraphs away)', 60],
      ['its paragraph duplicated right next to itself (either copy is right)', 60],
      ['another paragraph duplicated next to it', 60],
    ]);
  });

  it.each(['ours', 'hypothesis'] as const)('counts every case exactly once for %s', (who) => {
    for (const r of rows) expect(r[who].right + r[who].orphaned + r[who].wrong).toBe(r.cases);
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(benchDuplicateReanchoring({ quick: true })).toEqual(rows);
    expect(benchDuplicateReanchoring({ quick: true, seed: 7 })).not.toEqual(rows);
  });

  it('the threshold-free scorer never declines: an exact copy of the quote is always there', () => {
    expect(rows.every((r) => r.hypothesis.orphaned === 0)).toBe(true);
  });
});
