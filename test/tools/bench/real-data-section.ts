/**
 * Part 4 as a section of `npm run bench`: every data set × strategy in its
 * own child process, several runs, medians.
 */
import type { ChildOptions } from './child-run.js';
import { runInChild } from './child-run.js';
import { childFailureText } from './child-failure.js';
import { formatCount, formatDuration, formatMegabytes, formatPercent } from './format.js';
import { type DatasetFiles, locateBenchmarkData, type RealDataParams, type RealDataRun, realDataStrategies } from './real-data.js';
import type { BenchSection } from './section.js';
import { unavailableSection } from './section.js';
import { median } from './statistics.js';

/** Options of the real-data part. */
export interface RealDataBenchOptions {
  readonly dataDir: string;
  readonly quick: boolean;
  readonly runs: number;
  readonly child: Omit<ChildOptions, 'timeoutMs'>;
  /** Called before each child starts (progress on stderr). */
  readonly progress?: (message: string) => void;
}

const TITLE = 'Real data: book and flight end to end';

const MEANING = [
  'Each row is one data set run through the whole library pipeline with one truth-discovery strategy, in a fresh Node process:',
  'read the TSV, normalize the text (`normalizeText`), load it as sources, claims and evidence spans (the loaders in `src/datasets/`',
  "parse the sites' many time formats, the gates and the stores' author-name styles), reconcile with all built-in rules (`createReconciler({ rules: builtinRules() })`,",
  'including shared-passage source dependence), and resolve the claim groups with the strategy. The strategy resolves the problem the loader builds from the same claims',
  '(groups keyed and values normalized as the gold is, e.g. author surname lists), without priors from the reconciler\'s dependence links, so that precision stays comparable with the published figures.',
  '*Rows/s* is input rows divided by the wall time of all four stages (*total*); *CPU* is the user + system time they took, steadier than wall time when other work competes for the cores; *peak RSS* is the child\'s `process.resourceUsage().maxRSS`',
  '(it includes Node and the tsx loader, about 100 MB on its own). *Precision* is the share of gold items whose preferred value is the gold value,',
  'over all sources (the flight gold comes from three of the sources themselves, see `../shared/benchmarks/README.md`); it is there to show the',
  'run did real work, not as the accuracy evaluation.',
].join(' ');

/** Which data sets and strategies a mode measures. */
const plan = (datasets: readonly DatasetFiles[], quick: boolean): readonly RealDataParams[] => {
  const strategies = realDataStrategies();
  if (!quick) return datasets.flatMap((dataset) => strategies.map((strategy) => ({ dataset, strategy })));
  // Quick: the first flight day and the book data, with the majority-vote baseline.
  const flight = datasets.find((d) => d.kind === 'flight');
  const book = datasets.find((d) => d.kind === 'book');
  const chosen = [flight, book].filter((d): d is DatasetFiles => d !== undefined);
  return chosen.map((dataset) => ({ dataset, strategy: 'majority-vote' }));
};

interface Measured {
  readonly params: RealDataParams;
  readonly runs: readonly (RealDataRun & { readonly maxRssBytes: number })[];
  readonly failure?: string;
}

/**
 * Measure part 4. Skips with a clear note when the data directory is absent.
 *
 * @example
 * const section = await benchRealData({ dataDir, quick: true, runs: 1, child: { entry, cwd } });
 */
export const benchRealData = async (options: RealDataBenchOptions): Promise<BenchSection> => {
  const started = performance.now();
  const data = locateBenchmarkData(options.dataDir);
  if (data.status === 'absent') {
    return unavailableSection(
      'real-data',
      TITLE,
      'skipped',
      `no benchmark data: ${data.reason}. Pass --data <dir> pointing at a folder with the book/ and flight/ data (see ../shared/benchmarks/README.md) to run this part.`,
      MEANING,
    );
  }
  const measured: Measured[] = [];
  for (const params of plan(data.datasets, options.quick)) {
    const runs: (RealDataRun & { maxRssBytes: number })[] = [];
    let failure: string | undefined;
    for (let i = 0; i < options.runs; i++) {
      options.progress?.(`real data: ${params.dataset.name} × ${params.strategy}, run ${i + 1}/${options.runs}`);
      const out = await runInChild<RealDataRun>('real-data', params, { ...options.child, timeoutMs: 300_000 });
      if (out.status === 'failed') {
        failure = `${out.reason}${out.stderr !== '' ? `: ${childFailureText(out.stderr)}` : ''}`;
        break;
      }
      runs.push({ ...out.report.value, maxRssBytes: out.report.maxRssBytes });
    }
    measured.push({ params, runs, ...(failure !== undefined ? { failure } : {}) });
  }

  const m = (runs: Measured['runs'], pick: (r: Measured['runs'][number]) => number): number => median(runs.map(pick));
  const rows = measured.map(({ params, runs, failure }) =>
    failure !== undefined || runs.length === 0
      ? [params.dataset.name, params.strategy, `failed: ${failure ?? 'no run'}`]
      : [
          params.dataset.name,
          params.strategy,
          formatCount(m(runs, (r) => r.rows)),
          formatCount(m(runs, (r) => r.claims)),
          formatDuration(m(runs, (r) => r.loadMs)),
          formatDuration(m(runs, (r) => r.reconcileMs)),
          formatDuration(m(runs, (r) => r.resolveMs)),
          formatDuration(m(runs, (r) => r.totalMs)),
          formatDuration(m(runs, (r) => r.cpuMs)),
          formatCount(m(runs, (r) => r.rowsPerSecond)),
          formatMegabytes(m(runs, (r) => r.maxRssBytes)),
          `${formatPercent(m(runs, (r) => r.precision))} of ${formatCount(m(runs, (r) => r.goldItems))}`,
        ],
  );
  const ok = measured.filter((x) => x.failure === undefined && x.runs.length > 0);
  const failed = measured.length - ok.length;
  const rates = ok.map((x) => median(x.runs.map((r) => r.rowsPerSecond)));
  const peaks = ok.map((x) => median(x.runs.map((r) => r.maxRssBytes)));
  const summary =
    ok.length === 0
      ? 'real data failed'
      : `real data ${formatCount(Math.min(...rates))}–${formatCount(Math.max(...rates))} rows/s, peak ≤ ${formatMegabytes(Math.max(...peaks))}${failed > 0 ? `, ${failed} failed` : ''}`;
  return {
    id: 'real-data',
    title: TITLE,
    status: failed === measured.length ? 'failed' : 'ran',
    note: `data from ${data.dir}; ${options.runs} run(s) per row, medians${options.quick ? '; quick mode: first flight day and book, majority vote only' : ''}`,
    tables: [
      {
        caption: 'Load → normalize → reconcile → resolve, per data set and strategy (medians)',
        header: ['data set', 'strategy', 'rows', 'claims', 'load + normalize', 'reconcile', 'resolve', 'total', 'CPU', 'rows/s', 'peak RSS', 'precision'],
        rows,
      },
    ],
    targets: [
      {
        target: 'every real-data run completes',
        measured: `${ok.length} of ${measured.length}`,
        met: failed === 0,
        ...(failed > 0 ? { note: 'see the failed rows' } : {}),
      },
    ],
    meaning: MEANING,
    summary,
    wallMs: performance.now() - started,
  };
};
