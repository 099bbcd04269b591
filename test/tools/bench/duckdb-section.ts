/**
 * Part 7 of `npm run bench`: the in-memory path and the DuckDB path on the
 * same synthetic claims, side by side at each size in one run (each engine
 * in its own child process), and, with `--duckdb-10m`, ten million claims
 * through DuckDB alone (the in-memory path does not fit that in memory).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { ChildOptions } from './child-run.js';
import { runInChild } from './child-run.js';
import { childFailureText } from './child-failure.js';
import type { DuckDbScaleParams, DuckDbScaleRow } from './duckdb-scale.js';
import { formatCount, formatDuration, formatMegabytes, formatRatio } from './format.js';
import type { BenchSection, TargetCheck } from './section.js';
import { unavailableSection } from './section.js';
import { median } from './statistics.js';
import type { Table } from './table.js';

/** DuckDB's settings in the benchmark (stated in the table). */
export const DUCKDB_BENCH_SETTINGS = { memoryLimit: '4GB', threads: 2 } as const;

/** Sizes per mode; 10M is opt-in (`--duckdb-10m`), DuckDB only. */
export const DUCKDB_SIZES = { quick: [10_000, 100_000], full: [100_000, 1_000_000], huge: 10_000_000 } as const;

interface Measured {
  readonly row: DuckDbScaleRow;
  readonly rssBytes: number;
}

const medianOf = (runs: readonly Measured[]): Measured => {
  const m = (f: (x: Measured) => number): number => median(runs.map(f));
  const first = runs[0]!;
  return {
    rssBytes: m((x) => x.rssBytes),
    row: { ...first.row, loadMs: m((x) => x.row.loadMs), reconcileMs: m((x) => x.row.reconcileMs), truthMs: m((x) => x.row.truthMs), totalMs: m((x) => x.row.totalMs), spillBytes: m((x) => x.row.spillBytes ?? 0) },
  };
};

/**
 * Run the part: both engines at every size (`runs` times each, medians), then 10M through DuckDB when asked.
 *
 * @example
 * const section = await benchDuckDb({ quick: true, runs: 1, huge: false, child, progress });
 */
export const benchDuckDb = async (options: {
  readonly quick: boolean;
  readonly runs: number;
  readonly huge: boolean;
  readonly child: Omit<ChildOptions, 'timeoutMs' | 'nodeFlags'>;
  readonly progress: (message: string) => void;
}): Promise<BenchSection> => {
  const started = performance.now();
  const dir = join(tmpdir(), `claimtrace-bench-duckdb-${process.pid}`);
  const sizes = options.quick ? DUCKDB_SIZES.quick : DUCKDB_SIZES.full;
  const measured = new Map<string, Measured[]>();
  const failures: string[] = [];
  const run = async (claims: number, engine: 'memory' | 'duckdb'): Promise<void> => {
    const params: DuckDbScaleParams = { claims, engine, dir, ...DUCKDB_BENCH_SETTINGS };
    const out = await runInChild<DuckDbScaleRow>('duckdb-scale', params, { ...options.child, timeoutMs: 4 * 3_600_000, nodeFlags: ['--max-old-space-size=8192'] });
    if (out.status === 'failed') {
      failures.push(`${engine} at ${formatCount(claims)} claims: ${out.reason}${out.stderr !== '' ? ` — ${childFailureText(out.stderr, 6)}` : ''}`);
      return;
    }
    const key = `${claims}|${engine}`;
    measured.set(key, [...(measured.get(key) ?? []), { row: out.report.value, rssBytes: out.report.maxRssBytes }]);
  };
  try {
    for (const claims of sizes) {
      for (let i = 0; i < options.runs; i++) {
        for (const engine of ['memory', 'duckdb'] as const) {
          options.progress(`DuckDB vs in-memory: ${engine}, ${formatCount(claims)} claims, run ${i + 1}/${options.runs}`);
          await run(claims, engine);
        }
      }
    }
    if (options.huge) {
      options.progress(`DuckDB alone: ${formatCount(DUCKDB_SIZES.huge)} claims (generating the NDJSON file first)`);
      await run(DUCKDB_SIZES.huge, 'duckdb');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (measured.size === 0) return unavailableSection('duckdb', 'In memory vs DuckDB', 'failed', failures.join('; '));
  const get = (claims: number, engine: 'memory' | 'duckdb'): Measured | undefined => {
    const runs = measured.get(`${claims}|${engine}`);
    return runs === undefined ? undefined : medianOf(runs);
  };
  const allSizes = [...sizes, ...(options.huge ? [DUCKDB_SIZES.huge] : [])];
  const rows: string[][] = [];
  for (const claims of allSizes) {
    const memory = get(claims, 'memory');
    const duck = get(claims, 'duckdb');
    const cell = (m: Measured | undefined, f: (x: Measured) => string): string => (m === undefined ? '–' : f(m));
    rows.push([
      formatCount(claims),
      cell(memory, (m) => formatDuration(m.row.totalMs)),
      cell(memory, (m) => formatMegabytes(m.rssBytes)),
      cell(duck, (m) => `${formatDuration(m.row.totalMs)} (${formatDuration(m.row.loadMs)} load, ${formatDuration(m.row.reconcileMs)} findings, ${formatDuration(m.row.truthMs)} vote+ACCU)`),
      cell(duck, (m) => formatMegabytes(m.rssBytes)),
      cell(duck, (m) => `${formatMegabytes(m.row.databaseBytes ?? 0)} db, ${formatMegabytes(m.row.spillBytes ?? 0)} spill`),
      memory !== undefined && duck !== undefined ? formatRatio(duck.row.totalMs / memory.row.totalMs) : '–',
      cell(duck, (m) => `${formatCount(m.row.candidateClaims ?? 0)} judged, ${formatCount(m.row.nameClaims ?? 0)} name-variant`),
      memory !== undefined && duck !== undefined ? (memory.row.digest === duck.row.digest ? `yes (${formatCount(duck.row.findings)})` : `NO (${formatCount(memory.row.findings)} vs ${formatCount(duck.row.findings)})`) : cell(duck, (m) => `${formatCount(m.row.findings)} findings`),
    ]);
  }
  const table: Table = {
    caption: `Synthetic claims as NDJSON on disk, findings of the built-in rules (default configuration) + majority vote + ACCU; DuckDB memory_limit ${DUCKDB_BENCH_SETTINGS.memoryLimit}, threads ${DUCKDB_BENCH_SETTINGS.threads}, database file + temp_directory on local disk; medians of ${options.runs} run(s)`,
    header: ['claims', 'in-memory time', 'in-memory peak RSS', 'DuckDB time', 'DuckDB peak RSS (Node + DuckDB)', 'DuckDB disk', 'DuckDB / in-memory', 'claims read back into TS', 'same findings'],
    rows,
  };
  const disagree = allSizes.some((n) => {
    const m = get(n, 'memory');
    const d = get(n, 'duckdb');
    return m !== undefined && d !== undefined && m.row.digest !== d.row.digest;
  });
  const huge = get(DUCKDB_SIZES.huge, 'duckdb');
  const targets: TargetCheck[] = [
    { target: 'the same findings on both paths', measured: disagree ? 'they differ' : 'equal at every size measured on both', met: !disagree },
    huge === undefined
      ? { target: '10M claims through the DuckDB path within the machine\'s memory', measured: 'not measured', met: undefined, note: 'opt-in: npm run bench -- --only duckdb --duckdb-10m' }
      : { target: '10M claims through the DuckDB path within the machine\'s memory', measured: `${formatDuration(huge.row.totalMs)}, ${formatMegabytes(huge.rssBytes)} peak RSS`, met: true },
  ];
  return {
    id: 'duckdb',
    title: 'In memory vs DuckDB',
    status: failures.length > 0 ? 'failed' : 'ran',
    ...(failures.length > 0 ? { note: failures.join('; ') } : {}),
    tables: [table],
    targets,
    meaning: [
      'Both paths read the same NDJSON file with the same reader and give the findings of the built-in rules (default configuration), majority vote and ACCU (without copy detection).',
      'The in-memory path holds every claim and the reconciler\'s groups; the DuckDB path holds one batch of claims at a time while loading, keeps the claims table in DuckDB',
      '(spilling to disk beyond `memory_limit`), computes groups, value classes and the groups a rule may report on in SQL, and brings back only those groups\' claims',
      '(a batch of whole subjects at a time) to be judged in TypeScript, plus at most two claims per name for name-variant. "same findings" compares a digest of the findings in order. See docs/scale.md.',
    ].join(' '),
    summary: `DuckDB ${rows.map((r) => `${r[0]}: ${r[6]}`).join(', ')}`,
    wallMs: performance.now() - started,
  };
};
