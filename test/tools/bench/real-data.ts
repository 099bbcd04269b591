/**
 * Part 4 of the benchmarks: the public truth-discovery data sets (book and
 * flight, see ../shared/benchmarks/README.md) end to end through the library:
 * read the TSV, normalize the text, load it as sources and claims (the
 * loaders parse the times, gates and author names), reconcile with the
 * built-in rules, resolve with one strategy. Rows per second and peak memory
 * per strategy, each run in its own process.
 *
 * The data is read where it lies (`--data <dir>`); it is never copied into
 * the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchmarkDataset } from '../../../src/datasets/dataset.js';
import { loadBookBenchmark } from '../../../src/datasets/book.js';
import { loadFlightBenchmark } from '../../../src/datasets/flight.js';
import { scorePrecision } from '../../../src/datasets/score.js';
import { normalizeText } from '../../../src/ingest/normalize-text.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { builtinStrategies, defaultStrategy } from '../../../src/resolve/index.js';

/** One data set found on disk. */
export interface DatasetFiles {
  /** `book` or `flight-YYYY-MM-DD`. */
  readonly name: string;
  readonly kind: 'book' | 'flight';
  /** Snapshot day of a flight file (YYYY-MM-DD). */
  readonly day?: string;
  readonly claims: string;
  readonly gold?: string;
}

/** Where the data was looked for and what was found. */
export type BenchmarkData =
  | { readonly status: 'present'; readonly dir: string; readonly datasets: readonly DatasetFiles[] }
  | { readonly status: 'absent'; readonly dir: string; readonly reason: string };

/**
 * Find the book and flight files under `dir` (`book/claims.tsv`,
 * `flight/claims-YYYYMMDD.tsv`, each with its gold file when present).
 *
 * @example
 * const data = locateBenchmarkData(path.resolve(root, '../shared/benchmarks'));
 * if (data.status === 'absent') console.log(data.reason);
 */
export const locateBenchmarkData = (dir: string): BenchmarkData => {
  if (!existsSync(dir)) return { status: 'absent', dir, reason: `${dir} does not exist` };
  const datasets: DatasetFiles[] = [];
  const book = path.join(dir, 'book', 'claims.tsv');
  if (existsSync(book)) {
    const gold = path.join(dir, 'book', 'gold.tsv');
    datasets.push({ name: 'book', kind: 'book', claims: book, ...(existsSync(gold) ? { gold } : {}) });
  }
  const flightDir = path.join(dir, 'flight');
  if (existsSync(flightDir)) {
    for (const f of readdirSync(flightDir).sort()) {
      const m = /^claims-(\d{4})(\d{2})(\d{2})\.tsv$/.exec(f);
      if (m === null) continue;
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      const gold = path.join(flightDir, `gold-${m[1]}${m[2]}${m[3]}.tsv`);
      datasets.push({ name: `flight-${day}`, kind: 'flight', day, claims: path.join(flightDir, f), ...(existsSync(gold) ? { gold } : {}) });
    }
  }
  return datasets.length === 0
    ? { status: 'absent', dir, reason: `${dir} holds neither book/claims.tsv nor flight/claims-YYYYMMDD.tsv` }
    : { status: 'present', dir, datasets };
};

/** Parameters of one real-data run. */
export interface RealDataParams {
  readonly dataset: DatasetFiles;
  /** Strategy id from `builtinStrategies`. */
  readonly strategy: string;
}

/** What one run measured. Times in milliseconds. */
export interface RealDataRun {
  readonly rows: number;
  readonly claims: number;
  readonly groups: number;
  readonly sources: number;
  readonly findings: number;
  readonly readMs: number;
  /** normalizeText + the loader (TSV parsing, time / gate / author-name normalization, claims, spans). */
  readonly loadMs: number;
  readonly reconcileMs: number;
  readonly resolveMs: number;
  readonly totalMs: number;
  /** CPU time (user + system) of the four stages, ms. */
  readonly cpuMs: number;
  readonly rowsPerSecond: number;
  readonly correct: number;
  readonly goldItems: number;
  readonly precision: number;
}

const loadDataset = (files: DatasetFiles, claimsText: string, goldText: string | undefined): BenchmarkDataset =>
  files.kind === 'book'
    ? loadBookBenchmark({ claims: claimsText, ...(goldText !== undefined ? { gold: goldText } : {}) })
    : loadFlightBenchmark({ day: files.day ?? '', claims: claimsText, ...(goldText !== undefined ? { gold: goldText } : {}) });

/**
 * Run the whole pipeline once over one data set with one strategy and time
 * each stage. Meant to run in a fresh child process (see `runInChild`).
 *
 * @example
 * const run = runRealData({ dataset: files, strategy: 'accu-copy' });
 * run.rowsPerSecond;
 */
export const runRealData = (params: RealDataParams): RealDataRun => {
  const strategy = builtinStrategies.find((s) => s.id === params.strategy);
  if (strategy === undefined) {
    throw new Error(`unknown strategy "${params.strategy}"; known: ${builtinStrategies.map((s) => s.id).join(', ')}`);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const rawClaims = readFileSync(params.dataset.claims, 'utf8');
  const rawGold = params.dataset.gold !== undefined ? readFileSync(params.dataset.gold, 'utf8') : undefined;
  const t1 = performance.now();
  const data = loadDataset(params.dataset, normalizeText(rawClaims), rawGold !== undefined ? normalizeText(rawGold) : undefined);
  const t2 = performance.now();
  const reconciled = createReconciler({ rules: builtinRules() }).reconcile({
    sources: data.sources,
    predicates: data.predicates,
    claims: data.claims,
    entities: [],
  });
  const t3 = performance.now();
  const resolution = strategy.resolve(data.problem);
  const t4 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  if (!reconciled.ok) {
    throw new Error(`reconcile reported problems: ${reconciled.messages.map((p) => p.message).join('; ')}`);
  }
  const score = scorePrecision(resolution, data.gold, data.goldWithoutClaims);
  const totalMs = t4 - t0;
  return {
    rows: data.stats.rows,
    claims: data.stats.claims,
    groups: data.stats.groups,
    sources: data.stats.sources,
    findings: reconciled.value.findings.length,
    readMs: t1 - t0,
    loadMs: t2 - t1,
    reconcileMs: t3 - t2,
    resolveMs: t4 - t3,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rowsPerSecond: data.stats.rows / (totalMs / 1000),
    correct: score.correct,
    goldItems: score.items,
    precision: score.precision,
  };
};

/**
 * Ids of the strategies part 4 measures end to end, baseline first: the
 * vote, the former default (ACCU-copy), the peer's best (PooledInvestment)
 * and the default. Part 5 times every strategy.
 */
export const realDataStrategies = (): readonly string[] => ['majority-vote', 'accu-copy', 'pooled-investment', defaultStrategy.id];
