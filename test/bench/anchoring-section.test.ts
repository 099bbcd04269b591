import { describe, expect, it } from 'vitest';
import type { AnchoringBenchResult, ReanchorRow, ThroughputRow } from '../tools/bench/anchoring.js';
import { anchoringSection, reanchoringSection } from '../tools/bench/anchoring-section.js';

const tp = (method: string, perSecond: number, wrong = 0): ThroughputRow => ({ method, perSecond, right: 100 - wrong, wrong, none: 0, total: 100 });
const ra = (scenario: string, ours: [number, number, number], hypothesis: [number, number, number]): ReanchorRow => ({
  scenario,
  intact: false,
  cases: ours[0] + ours[1] + ours[2],
  ours: { right: ours[0], orphaned: ours[1], wrong: ours[2] },
  hypothesis: { right: hypothesis[0], orphaned: hypothesis[1], wrong: hypothesis[2] },
});
const result = (exactRate: number, oursWrong = 0, reanchor: readonly ReanchorRow[] = []): AnchoringBenchResult => ({
  documents: 2,
  characters: 1000,
  exact: [tp('String.prototype.indexOf (first occurrence)', 1_000_000), tp('anchorQuote, recorded selectors (prepared text)', exactRate, oursWrong)],
  fuzzy: [tp('approx-string-match search, ≤ 25% edits (first best match)', 2_000), tp('anchorQuote, typo quote + recorded context (prepared)', 500)],
  reanchor,
  node: 'v20',
});

describe('anchoringSection', () => {
  it('reports the median rate over runs and the time ratio to each baseline', () => {
    const section = anchoringSection([result(10_000), result(30_000), result(20_000)], { quick: true, wallMs: 1 });
    const exact = section.tables[0]!.rows.find((r) => r[0]!.startsWith('anchorQuote'))!;
    const fuzzy = section.tables[1]!.rows.find((r) => r[0]!.startsWith('anchorQuote'))!;
    expect([exact[1], exact[3]]).toEqual(['20.0k', '50.0×']);
    expect([fuzzy[1], fuzzy[3]]).toEqual(['500', '4.00×']);
  });

  it.each([
    { oursWrong: 0, met: true },
    { oursWrong: 1, met: false },
  ])('the no-wrong-anchor target with $oursWrong wrong is met: $met', ({ oursWrong, met }) => {
    expect(anchoringSection([result(10_000, oursWrong)], { quick: true, wallMs: 1 }).targets[0]!.met).toBe(met);
  });
});

describe('reanchoringSection', () => {
  const rows = [
    ra('its paragraph moved', [52, 8, 0], [58, 0, 2]),
    ra('the span deleted', [0, 60, 0], [0, 50, 10]),
    ra('deleted, an exact copy left elsewhere', [0, 60, 0], [0, 0, 60]),
  ];

  it('counts an orphan as correct when the span was deleted, and as lost otherwise', () => {
    const section = reanchoringSection(result(1, 0, rows), { wallMs: 0 });
    const all = section.tables[0]!.rows.at(-1)!;
    // ours: correct 52 + 60 + 60, orphaned (with an answer) 8, wrong 0; Hypothesis-style: 58 + 50, 0, 72
    expect(all).toEqual(['all', '180', '172', '8', '0', '108', '0', '72']);
  });

  it.each([
    { name: 'zero wrong, fewer orphans than their wrong', rows, met: [true, true] },
    { name: 'a wrong anchor misses the first goal', rows: [ra('a word inside replaced', [50, 5, 1], [50, 0, 6])], met: [false, true] },
    { name: 'as many orphans as their wrong misses the second', rows: [ra('a word inside replaced', [50, 6, 0], [50, 0, 6])], met: [true, false] },
  ])('$name', ({ rows: r, met }) => {
    expect(reanchoringSection(result(1, 0, r), { wallMs: 0 }).targets.map((t) => t.met)).toEqual(met);
  });
});
