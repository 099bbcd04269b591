/**
 * Reconciliation at scale, from the same runs as part 3: how time and peak
 * memory grow from 125k to 1M claims (the growth exponent fitted on those
 * sizes only, where fixed costs no longer hide it), with the machine's load
 * when each size ran, and where the CPU time of the largest size goes, stage
 * by stage (`ReconcilerOptions.onStageEnd`: source dependence, grouping, each
 * rule, assembling findings, coverage).
 */
import { formatCount, formatDuration, formatFixed, formatMegabytes, formatPercent } from './format.js';
import type { ReconcileBenchResult, ReconcileBenchRow } from './reconcile.js';
import { growthExponent } from './reconcile.js';
import type { BenchSection, TargetCheck } from './section.js';
import { median } from './statistics.js';

/** Sizes from which the scale table and its exponent start. */
export const SCALE_FROM = 100_000;

/** The growth target at scale. */
export const SCALE_EXPONENT_TARGET = 1.1;

const mibToBytes = (mib: number): number => mib * 2 ** 20;

/**
 * The section, from several runs of `benchReconcile` (same sizes).
 *
 * @example
 * reconcileStagesSection([benchReconcile({ sizes: [125_000, 250_000, 500_000, 1_000_000] })], { quick: false, wallMs: 0 })
 */
export const reconcileStagesSection = (runs: readonly ReconcileBenchResult[], options: { readonly quick: boolean; readonly wallMs: number }): BenchSection => {
  const sizes = [...new Set(runs.flatMap((r) => r.rows.map((x) => x.claims)))].sort((a, b) => a - b);
  const rowsOf = (n: number): readonly ReconcileBenchRow[] => runs.flatMap((r) => r.rows.filter((x) => x.claims === n));
  const med = (n: number, f: (r: ReconcileBenchRow) => number): number => median(rowsOf(n).map(f));
  const scale = sizes.filter((n) => n >= SCALE_FROM);
  const largest = sizes[sizes.length - 1];
  const wallExponent = growthExponent(scale.map((n) => [n, med(n, (r) => r.reconcileMs)] as const));
  const cpuExponent = growthExponent(scale.map((n) => [n, med(n, (r) => r.cpuMs)] as const));
  const loads = (n: number): string => {
    const ls = rowsOf(n).flatMap((r) => (r.load !== undefined ? [r.load] : []));
    return ls.length === 0 ? 'n/a' : ls.length === 1 ? formatFixed(ls[0] as number, 1) : `${formatFixed(Math.min(...ls), 1)}–${formatFixed(Math.max(...ls), 1)}`;
  };
  const stageNames = largest === undefined ? [] : [...new Set(rowsOf(largest).flatMap((r) => Object.keys(r.stageCpuMs ?? {})))];
  const stageMs = (stage: string): number => (largest === undefined ? Number.NaN : med(largest, (r) => r.stageCpuMs?.[stage] ?? 0));
  const stagesTotal = stageNames.reduce((sum, s) => sum + stageMs(s), 0);
  const target: TargetCheck =
    scale.length < 2
      ? { target: `growth exponent ≤ ${SCALE_EXPONENT_TARGET} from 125k to 1M claims`, measured: 'not measured', met: undefined, note: 'needs two sizes of 100k claims or more (full mode)' }
      : {
          target: `growth exponent ≤ ${SCALE_EXPONENT_TARGET} from 125k to 1M claims`,
          measured: `${formatFixed(wallExponent, 3)} wall, ${formatFixed(cpuExponent, 3)} CPU (fitted on ${scale.map(formatCount).join(', ')} claims)`,
          met: Number.isFinite(wallExponent) ? wallExponent <= SCALE_EXPONENT_TARGET : undefined,
        };
  return {
    id: 'reconcile-stages',
    title: 'Reconciliation at scale: growth and where the time goes',
    status: 'ran',
    note: `the runs of part 3; medians over ${runs.length} run(s)${options.quick ? '; quick mode has no size of 100k claims or more, so no growth exponent at scale' : ''}`,
    tables: [
      {
        caption: `reconcile(corpus) from ${formatCount(SCALE_FROM)} claims up, with the 1-minute load average when each size started (medians)`,
        header: ['claims', 'reconcile (wall)', 'CPU', 'CPU µs per claim', 'peak RSS', 'load'],
        rows: scale.map((n) => [
          formatCount(n),
          formatDuration(med(n, (r) => r.reconcileMs)),
          formatDuration(med(n, (r) => r.cpuMs)),
          formatFixed((med(n, (r) => r.cpuMs) * 1000) / n, 1),
          formatMegabytes(mibToBytes(med(n, (r) => r.peakRssMb))),
          loads(n),
        ]),
      },
      {
        caption: largest === undefined ? 'CPU time per stage' : `CPU time per stage at ${formatCount(largest)} claims (medians)`,
        header: ['stage', 'CPU', 'share'],
        rows: stageNames.map((s) => [s, formatDuration(stageMs(s)), formatPercent(stageMs(s) / stagesTotal)]),
      },
    ],
    targets: [target],
    meaning: [
      'The same child processes as part 3 (one per size, the best of its repeats).',
      'The exponent here is fitted from 100k claims up only: at 1k–10k claims fixed costs and JIT warm-up flatten the curve, so the exponent of part 3 can look linear while the cost per claim still rises at scale (garbage collection over a larger heap).',
      'The *load* column is the machine’s 1-minute load average as the size started: on a shared 2-core machine wall time counts the waiting, so compare CPU time.',
      'Stages are the reconciler’s own (`onStageEnd`): `dependence` finds shared passages between sources; `groups` canonicalizes values and groups claims by subject and predicate; `rule:<id>` is each rule’s `check`; `assemble` gives findings ids, fingerprints and support; `coverage` counts single-witness values.',
      'Garbage collection is charged to whichever stage is running when the heap fills.',
    ].join(' '),
    summary: largest === undefined ? 'reconcile stages n/a' : `at scale: exponent ${formatFixed(wallExponent, 2)} wall / ${formatFixed(cpuExponent, 2)} CPU`,
    wallMs: options.wallMs,
  };
};
