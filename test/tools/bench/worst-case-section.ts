/**
 * The worst-case anchoring section of `npm run bench`: every case of
 * `worst-case-anchoring.ts` at sizes that double, each case in its own
 * child process, time per call as medians over runs, and the growth per
 * doubling measured side by side in one run. Linear is about 2 per doubling,
 * quadratic 4.
 */
import { formatCount, formatDuration, formatRatio } from './format.js';
import type { BenchSection, TargetCheck } from './section.js';
import { median } from './statistics.js';
import type { Table } from './table.js';
import { growthPerDoubling, type WorstCaseResult, type WorstCaseRow } from './worst-case-anchoring.js';

/** The growth per doubling every case must stay within (linear is 2, quadratic 4). */
export const MAX_GROWTH_PER_DOUBLING = 2.5;

/** One case measured in several runs (each run a child process), or why it could not be. */
export type WorstCaseRuns =
  | { readonly id: string; readonly title: string; readonly runs: readonly WorstCaseResult[] }
  | { readonly id: string; readonly title: string; readonly failed: string };

/** Per size, the median time over runs; the outcome and correctness of the first run (inputs are deterministic). */
const medianRows = (runs: readonly WorstCaseResult[]): readonly WorstCaseRow[] =>
  (runs[0]?.rows ?? []).map((row, i) => {
    const times = runs.map((r) => r.rows[i]?.ms).filter((ms): ms is number => ms !== undefined);
    return { ...row, ...(times.length > 0 ? { ms: median(times) } : {}), correct: runs.every((r) => r.rows[i]?.correct === true) };
  });

/**
 * The section from every case's runs.
 *
 * @example
 * const section = worstCaseSection(cases, { quick: false, wallMs });
 */
export const worstCaseSection = (cases: readonly WorstCaseRuns[], options: { readonly quick: boolean; readonly wallMs: number }): BenchSection => {
  const rows: string[][] = [];
  const growth: { readonly id: string; readonly value: number | undefined }[] = [];
  const failures: string[] = [];
  let wrong = 0;
  let answers = 0;
  for (const c of cases) {
    if ('failed' in c) {
      failures.push(`${c.id}: ${c.failed}`);
      rows.push([c.title, '—', 'failed', '', c.failed]);
      continue;
    }
    const measured = medianRows(c.runs);
    const g = growthPerDoubling(measured);
    growth.push({ id: c.id, value: g });
    measured.forEach((row, i) => {
      const previous = measured[i - 1]?.ms;
      answers += 1;
      if (!row.correct) wrong += 1;
      rows.push([
        i === 0 ? c.title : '',
        row.input,
        row.ms === undefined ? 'not run' : formatDuration(row.ms),
        previous !== undefined && row.ms !== undefined ? formatRatio(row.ms / previous) : '',
        `${row.outcome}${row.correct ? '' : ' (wrong)'}`,
      ]);
    });
    rows.push(['', '', '', g === undefined ? '' : `${formatRatio(g)} per doubling`, '']);
  }
  const worst = growth.reduce<{ id: string; value: number } | undefined>(
    (w, g) => (g.value !== undefined && (w === undefined || g.value > w.value) ? { id: g.id, value: g.value } : w),
    undefined,
  );
  const unmeasured = growth.filter((g) => g.value === undefined).map((g) => g.id);
  const table: Table = {
    caption: 'Time per call at doubling sizes (medians over runs), the ratio to the size before, and the answer',
    header: ['case', 'input', 'time', '× size before', 'answer'],
    rows,
  };
  const targets: TargetCheck[] = [
    {
      target: `worst-case anchoring grows linearly: every case ≤ ${MAX_GROWTH_PER_DOUBLING}× per doubling`,
      measured:
        worst === undefined
          ? 'no case measured'
          : `at most ${formatRatio(worst.value)} per doubling (${worst.id})${unmeasured.length > 0 ? `; not measured: ${unmeasured.join(', ')}` : ''}`,
      met: failures.length === 0 && unmeasured.length === 0 && worst !== undefined && worst.value <= MAX_GROWTH_PER_DOUBLING,
      ...(failures.length > 0 ? { note: failures.join('; ') } : {}),
    },
    {
      target: 'worst-case anchoring gives the right answer at every size',
      measured: `${formatCount(wrong)} wrong of ${formatCount(answers)}`,
      met: failures.length === 0 && wrong === 0,
    },
  ];
  return {
    id: 'worst-case-anchoring',
    title: 'Worst-case anchoring: the inputs that were quadratic, at doubling sizes',
    status: failures.length === cases.length ? 'failed' : 'ran',
    note: `${cases.length} cases, each in its own process, ${options.quick ? 'quick' : 'full'} sizes; times are medians of several calls per size and of the runs`,
    tables: [table],
    targets,
    meaning: [
      'The inputs issue 14 found quadratic (or worse), each at four sizes that double, measured one after the other in one process so the ratios compare like with like on a shared machine (`test/tools/bench/worst-case-anchoring.ts`, which also runs on its own: `npx tsx test/tools/bench/worst-case-anchoring.ts`).',
      '*× size before* is the time ratio to the size before: about 2 means linear, 4 quadratic; below 2, fixed costs still weigh. *Per doubling* is the geometric mean of those ratios from the smallest to the largest size.',
      '*Answer* is checked, not just timed: the right place, the right status, or every claim loaded; a case that got faster by giving up would show here as wrong.',
      'The bounds that make these linear (context units compared, pieces and places of long quotes, the gram index) are in docs/limits.md.',
    ].join(' '),
    summary: `worst-case anchoring ${worst === undefined ? 'n/a' : `≤ ${formatRatio(worst.value)} per doubling`}, ${wrong} wrong`,
    wallMs: options.wallMs,
  };
};
