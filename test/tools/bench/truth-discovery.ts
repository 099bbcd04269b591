/**
 * Part 5 of the benchmarks: truth-discovery speed on one flight day, every
 * built-in strategy against the peer library (the Python `truthdiscovery`
 * package, see `../peer-truthdiscovery.ts`) on exactly the same normalized
 * observations, side by side in one child process.
 *
 * Ours: `strategy.resolve(problem)` (compiling the problem into typed
 * arrays, iterating, building the lazy result) plus scoring against the
 * gold, which reads every gold item's preferred value; median of
 * `runs` timed runs after one warm-up. Peer: building its data set (sparse
 * matrices) and running the algorithm, timed inside Python, median of
 * `runs` runs.
 */
import { readFileSync } from 'node:fs';
import type { DatasetFiles } from './real-data.js';
import { loadFlightBenchmark } from '../../../src/datasets/flight.js';
import { scorePrecision } from '../../../src/datasets/score.js';
import { normalizeText } from '../../../src/ingest/normalize-text.js';
import { builtinStrategies, defaultStrategy } from '../../../src/resolve/index.js';
import { PEER_ALGORITHMS, runPeer } from '../peer-truthdiscovery.js';
import type { ChildOptions } from './child-run.js';
import { runInChild } from './child-run.js';
import { formatDuration, formatPercent, formatRatio } from './format.js';
import { locateBenchmarkData } from './real-data.js';
import type { BenchSection } from './section.js';
import { unavailableSection } from './section.js';
import { median } from './statistics.js';

/** Parameters of the child scenario. */
export interface TruthDiscoveryParams {
  readonly dataset: DatasetFiles;
  readonly runs: number;
  /** Folder holding the peer's `truthdiscovery/` package, when given. */
  readonly peer?: string;
}

/** One strategy's (or peer algorithm's) figures. */
export interface SpeedRow {
  readonly method: string;
  /** Ours: a problem object not resolved before (compiled in the run). Peer: build + run. */
  readonly ms: number;
  /** Ours: the same problem object again (its compiled form reused). */
  readonly warmMs?: number;
  readonly precision: number;
  /** The peer's data-set build time (its own row), ms. */
  readonly buildMs?: number;
}

/** Which of our strategies each peer algorithm is compared with. */
export const PEER_COUNTERPART: Readonly<Record<string, string>> = {
  MajorityVoting: 'majority-vote',
  Sums: 'sums',
  AverageLog: 'average-log',
  Investment: 'investment',
  PooledInvestment: 'pooled-investment',
  TruthFinder: 'truth-finder',
};

/** The child scenario: time every strategy and, when given, the peer's algorithms. */
export const runTruthDiscoverySpeed = (params: TruthDiscoveryParams): { ours: SpeedRow[]; peer: SpeedRow[]; groups: number; observations: number } => {
  const data = loadFlightBenchmark({
    day: params.dataset.day ?? '',
    claims: normalizeText(readFileSync(params.dataset.claims, 'utf8')),
    ...(params.dataset.gold !== undefined ? { gold: normalizeText(readFileSync(params.dataset.gold, 'utf8')) } : {}),
  });
  const score = (preferred: (key: string) => string | undefined): number => {
    let correct = 0;
    for (const [k, v] of data.gold) if (preferred(k) === v) correct += 1;
    return correct / Math.max(1, data.gold.size + data.goldWithoutClaims.length);
  };
  // Runs interleave ours and the peer's, so that a change of load on a shared machine hits both.
  for (const strategy of builtinStrategies) strategy.resolve({ ...data.problem }); // warm-up (JIT)
  const cold = builtinStrategies.map(() => [] as number[]);
  const warm = builtinStrategies.map(() => [] as number[]);
  const precision = builtinStrategies.map(() => 0);
  const peerRuns: ReturnType<typeof runPeer>[] = [];
  for (let i = 0; i < params.runs; i++) {
    builtinStrategies.forEach((strategy, k) => {
      const fresh = { ...data.problem }; // a new problem object: compiled in the timed run
      let t0 = performance.now();
      precision[k] = scorePrecision(strategy.resolve(fresh), data.gold, data.goldWithoutClaims).precision;
      cold[k]!.push(performance.now() - t0);
      t0 = performance.now();
      scorePrecision(strategy.resolve(fresh), data.gold, data.goldWithoutClaims); // the same object: compiled form reused
      warm[k]!.push(performance.now() - t0);
    });
    if (params.peer !== undefined) peerRuns.push(runPeer(params.peer, data.problem, PEER_ALGORITHMS));
  }
  const ours: SpeedRow[] = builtinStrategies.map((strategy, k) => ({ method: strategy.id, ms: median(cold[k]!), warmMs: median(warm[k]!), precision: precision[k]! }));
  const peer: SpeedRow[] = PEER_ALGORITHMS.flatMap((algorithm, i) => {
    const mine = peerRuns.map((r) => r[i]!);
    if (mine.length === 0) return [];
    return [
      {
        method: algorithm,
        ms: median(mine.map((r) => (r.buildSeconds + r.runSeconds) * 1000)),
        buildMs: median(mine.map((r) => r.buildSeconds * 1000)),
        precision: score((k) => mine[0]!.preferred.get(k)),
      },
    ];
  });
  let observations = 0;
  for (const g of data.problem.groups) observations += g.observations.length;
  return { ours, peer, groups: data.problem.groups.length, observations };
};

const TITLE = 'Truth discovery: speed on a flight day, against the peer library';

const MEANING = [
  'One flight day (the first found), loaded once; every built-in strategy resolves it and the result is scored against the gold, in one child process:',
  '*ours* is `resolve` on a problem object not resolved before (compile the observations into typed arrays, iterate, build the lazy result) plus scoring, the median of the timed runs after a warm-up;',
  '*ours, compiled* resolves the same object again, reusing its compiled form (what every strategy after the first pays when several resolve one problem, as the eval does).',
  '*Peer* is the Python `truthdiscovery` package (numpy / scipy) on exactly the same observations (one triple per observation, its first value when a source gives several):',
  'building its data set (sparse matrices) plus running the algorithm, timed inside Python; *peer build* is the first part alone.',
  '*Peer / ours* above 1 means ours is faster. Pass `--peer <dir>` (a checkout holding `truthdiscovery/`) to fill the peer columns; it is never installed by this project.',
  'The speed-up against the previous implementation (nested objects, eager explanations) is in docs/truth-discovery.md with how it was measured.',
].join(' ');

/** Options of part 5. */
export interface TruthDiscoveryBenchOptions {
  readonly dataDir: string;
  readonly peer?: string;
  readonly runs: number;
  readonly child: Omit<ChildOptions, 'timeoutMs'>;
  readonly progress?: (message: string) => void;
}

/**
 * Measure part 5. Skips with a clear note when there is no flight day; the
 * peer columns say why they are empty when `--peer` is absent.
 */
export const benchTruthDiscovery = async (options: TruthDiscoveryBenchOptions): Promise<BenchSection> => {
  const started = performance.now();
  const data = locateBenchmarkData(options.dataDir);
  const day = data.status === 'present' ? data.datasets.find((d) => d.kind === 'flight') : undefined;
  if (day === undefined) {
    return unavailableSection(
      'truth-discovery',
      TITLE,
      'skipped',
      `no flight day in ${options.dataDir}. Pass --data <dir> pointing at a folder with flight/claims-YYYYMMDD.tsv (see ../shared/benchmarks/README.md).`,
      MEANING,
    );
  }
  options.progress?.(`truth discovery: ${day.name}, ${builtinStrategies.length} strategies${options.peer !== undefined ? ' and the peer library' : ''}`);
  const out = await runInChild<ReturnType<typeof runTruthDiscoverySpeed>>(
    'truth-discovery',
    { dataset: day, runs: options.runs, ...(options.peer !== undefined ? { peer: options.peer } : {}) },
    { ...options.child, timeoutMs: 900_000 },
  );
  if (out.status === 'failed') {
    return unavailableSection('truth-discovery', TITLE, 'failed', `${out.reason}${out.stderr !== '' ? `: ${out.stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`, MEANING);
  }
  const { ours, peer, groups, observations } = out.report.value;
  const peerFor = new Map(peer.map((p) => [PEER_COUNTERPART[p.method], p] as const));
  const rows = ours.map((o) => {
    const p = peerFor.get(o.method);
    return [
      `${o.method}${o.method === defaultStrategy.id ? ' (default)' : ''}`,
      formatDuration(o.ms),
      o.warmMs === undefined ? '' : formatDuration(o.warmMs),
      formatPercent(o.precision),
      p === undefined ? (options.peer === undefined ? 'no --peer' : '—') : p.method,
      p === undefined ? '' : formatDuration(p.ms),
      p?.buildMs === undefined ? '' : formatDuration(p.buildMs),
      p === undefined ? '' : formatPercent(p.precision),
      p === undefined ? '' : formatRatio(p.ms / o.ms),
    ];
  });
  const pooled = ours.find((o) => o.method === 'pooled-investment');
  const peerPooled = peer.find((p) => p.method === 'PooledInvestment');
  const def = ours.find((o) => o.method === defaultStrategy.id);
  return {
    id: 'truth-discovery',
    title: TITLE,
    status: 'ran',
    note: `${day.name}: ${groups.toLocaleString('en-US')} groups, ${observations.toLocaleString('en-US')} observations; ${options.runs} timed run(s), medians${options.peer === undefined ? '; no --peer given, so no peer figures' : ''}`,
    tables: [
      {
        caption: `Resolve + score one flight day (${day.name}), ours against the peer library on the same observations`,
        header: ['strategy', 'ours', 'ours, compiled', 'precision', 'peer algorithm', 'peer build + run', 'peer build', 'peer precision', 'peer / ours'],
        rows,
      },
    ],
    targets:
      pooled !== undefined && peerPooled !== undefined
        ? [
            {
              target: 'PooledInvestment: ours at least as fast as the peer library, same input',
              measured: `${formatDuration(pooled.ms)} vs ${formatDuration(peerPooled.ms)} (${formatRatio(peerPooled.ms / pooled.ms)})`,
              met: pooled.ms <= peerPooled.ms,
            },
          ]
        : [],
    meaning: MEANING,
    summary: `truth discovery: default ${def === undefined ? 'n/a' : formatDuration(def.ms)} per flight day${peerPooled !== undefined && pooled !== undefined ? `, PooledInvestment ${formatRatio(peerPooled.ms / pooled.ms)} the peer's speed` : ''}`,
    wallMs: performance.now() - started,
  };
};
