/**
 * Time the stages of the real-data pipeline in one process, repeatedly, to
 * compare a change before and after (part 5 of the benchmarks: profile the
 * slowest stage and make it faster). Not a test.
 *
 *   npx tsx test/tools/bench/stage-timing.ts --dataset flight-2011-12-01 --strategy accu-copy --runs 7
 *   node --cpu-prof --import tsx test/tools/bench/stage-timing.ts --dataset book --strategy accu-copy
 *
 * Loads the data set once, then runs reconcile and resolve `--runs` times
 * after one warm-up run, and prints the median wall and CPU time of each,
 * with a fingerprint of the resolution (preferred value of every group,
 * detected dependent pairs) so that a faster version can be checked to give
 * the same answer.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBookBenchmark } from '../../../src/datasets/book.js';
import { loadFlightBenchmark } from '../../../src/datasets/flight.js';
import { normalizeText } from '../../../src/ingest/normalize-text.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import type { Resolution } from '../../../src/resolve/index.js';
import { builtinStrategies } from '../../../src/resolve/index.js';
import { locateBenchmarkData } from './real-data.js';
import { median } from './statistics.js';
import { settled } from '../../../src/model/result.js';

/** Wall and CPU time of one call, ms. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Run `f` once and measure it.
 *
 * @example
 * const [value, timing] = timed(() => strategy.resolve(problem));
 */
export const timed = <T>(f: () => T): readonly [T, Timing] => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return [value, { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }];
};

/**
 * A short hash of what a resolution decided: every group's preferred value
 * key and every detected dependent pair. Equal fingerprints, same answer.
 *
 * @example
 * resolutionFingerprint(accuCopy.resolve(problem)) // 'a1b2c3d4e5f6'
 */
export const resolutionFingerprint = (r: Resolution): string =>
  createHash('sha256')
    .update(r.groups.map((g) => `${g.key}=${g.preferred?.valueKey ?? ''}`).join('\n'))
    .update('\n--\n')
    .update(r.dependence.map((d) => `${d.sources[0]}~${d.sources[1]}`).join('\n'))
    .digest('hex')
    .slice(0, 12);

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      dataset: { type: 'string', default: 'flight-2011-12-01' },
      strategy: { type: 'string', default: 'accu-copy' },
      runs: { type: 'string', default: '5' },
      stages: { type: 'string', default: 'reconcile,resolve' },
    },
  });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const found = locateBenchmarkData(path.resolve(root, values.data ?? '../shared/benchmarks'));
  if (found.status === 'absent') {
    process.stderr.write(`no benchmark data: ${found.reason}\n`);
    process.exit(2);
  }
  const files = found.datasets.find((d) => d.name === values.dataset);
  const strategy = builtinStrategies.find((s) => s.id === values.strategy);
  if (files === undefined || strategy === undefined) {
    process.stderr.write(
      `unknown data set or strategy; data sets: ${found.datasets.map((d) => d.name).join(', ')}; strategies: ${builtinStrategies.map((s) => s.id).join(', ')}\n`,
    );
    process.exit(2);
  }
  const runs = Number(values.runs);
  const stages = new Set(values.stages.split(','));
  const text = normalizeText(readFileSync(files.claims, 'utf8'));
  const [data, load] = timed(() =>
    files.kind === 'book' ? loadBookBenchmark({ claims: text }) : loadFlightBenchmark({ day: files.day ?? '', claims: text }),
  );
  const corpus = { sources: data.sources, predicates: data.predicates, claims: data.claims, entities: [] };
  const reconciler = createReconciler({ rules: builtinRules() });
  const report = (stage: string, timings: readonly Timing[], extra = ''): void => {
    process.stdout.write(
      `${files.name} ${stage.padEnd(24)} wall ${median(timings.map((t) => t.wallMs)).toFixed(0).padStart(6)} ms  CPU ${median(timings.map((t) => t.cpuMs)).toFixed(0).padStart(6)} ms  (median of ${timings.length}; ${timings.map((t) => t.cpuMs.toFixed(0)).join(' ')})${extra}\n`,
    );
  };
  report('load + normalize (once)', [load]);
  for (const stage of ['reconcile', 'resolve'] as const) {
    if (!stages.has(stage)) continue;
    const run = stage === 'reconcile' ? (): string => `${settled(reconciler.reconcile(corpus)).findings.length} findings` : (): string => resolutionFingerprint(strategy.resolve(data.problem));
    run(); // warm-up
    const results = Array.from({ length: runs }, () => timed(run));
    const answers = new Set(results.map(([v]) => String(v)));
    report(stage === 'resolve' ? `resolve ${strategy.id}` : stage, results.map(([, t]) => t), `  → ${[...answers].join(', ')}`);
  }
}
