/**
 * The cold-start and streaming-load part of `npm run bench` (issue 19):
 * `claimtrace check claims` cold, with and without `--cache`, side by side
 * with `node -e 0` (medians of interleaved runs, `startup.ts`), and loading
 * synthetic claims as NDJSON against the same claims as YAML, each size and
 * format in its own child for its peak memory (`ndjson-load.ts`).
 */
import type { ChildOutcome } from './child-run.js';
import { formatCount, formatDuration, formatMegabytes, formatRatio } from './format.js';
import type { NdjsonLoadResult } from './ndjson-load.js';
import type { BenchSection, TargetCheck } from './section.js';
import type { StartupResult, StartupSample } from './startup.js';
import { median } from './statistics.js';
import type { Table } from './table.js';

/** The issue's target for a cold `check` of the bundled corpus. */
export const COLD_CHECK_TARGET_MS = 500;

const medianOf = (samples: readonly StartupSample[], pick: (s: StartupSample) => number | undefined): number => {
  const values = samples.map(pick).filter((v): v is number => v !== undefined);
  return values.length === 0 ? Number.NaN : median(values);
};

/** One NDJSON/YAML load as measured in its child. */
export type LoadOutcome = { readonly claims: number; readonly format: 'ndjson' | 'yaml' } & ChildOutcome<NdjsonLoadResult>;

const loadRow = (o: LoadOutcome): string[] => {
  if (o.status === 'failed') return [formatCount(o.claims), o.format, 'failed', '', '', o.reason.slice(0, 60)];
  const r = o.report.value;
  return [
    formatCount(r.claims),
    r.format,
    formatDuration(r.loadMs),
    formatCount(r.loaded / (r.loadMs / 1000)),
    formatMegabytes(o.report.maxRssBytes),
    r.loaded === r.claims && r.errors === 0 ? `all ${formatCount(r.loaded)} loaded` : `${formatCount(r.loaded)} loaded, ${r.errors} errors`,
  ];
};

/**
 * @example
 * const section = startupSection(measureStartup(root, 11), loads, { wallMs, runs: 11 });
 */
export const startupSection = (startup: StartupResult | string, loads: readonly LoadOutcome[], options: { readonly wallMs: number; readonly runs: number }): BenchSection => {
  const tables: Table[] = [];
  const targets: TargetCheck[] = [];
  let summary = '';
  if (typeof startup === 'string') {
    targets.push({ target: '`check` of the bundled corpus in < 0.5 s cold', measured: 'not measured', met: undefined, note: startup });
  } else {
    const node = { wall: medianOf(startup.node, (s) => s.wallMs), cpu: medianOf(startup.node, (s) => s.cpuMs) };
    const rows = startup.commands.map((c) => {
      const samples = startup[c.id];
      const wall = medianOf(samples, (s) => s.wallMs);
      const cpu = medianOf(samples, (s) => s.cpuMs);
      const exits = [...new Set(samples.map((s) => s.exitCode))].join(', ');
      return { c, wall, cpu, exits };
    });
    tables.push({
      caption: `Cold start, median of ${options.runs} interleaved runs each (a new process every run)`,
      header: ['command', 'wall', 'CPU (user+sys)', 'wall − node -e 0', '× node -e 0 (wall)', 'exit'],
      rows: rows.map(({ c, wall, cpu, exits }) => [
        c.label,
        formatDuration(wall),
        Number.isFinite(cpu) ? formatDuration(cpu) : 'n/a',
        c.id === 'node' ? '–' : formatDuration(wall - node.wall),
        c.id === 'node' ? '–' : formatRatio(wall / node.wall),
        exits,
      ]),
    });
    const cold = rows.find((r) => r.c.id === 'check');
    const first = rows.find((r) => r.c.id === 'check-first');
    const cached = rows.find((r) => r.c.id === 'check-cache');
    if (cold !== undefined && cached !== undefined) {
      // Cold is a new process without a filled --cache (the bin's code cache written by an earlier run, as after
      // any first run); the first run's figure and the cached run are reported beside it, not counted for it.
      targets.push({
        target: '`check` of the bundled corpus in < 0.5 s cold',
        measured: `${formatDuration(cold.wall)} cold (${Number.isFinite(cold.cpu) ? `${formatDuration(cold.cpu)} CPU` : 'CPU n/a'}); ${first !== undefined ? `${formatDuration(first.wall)} without the code cache (a first run); ` : ''}${formatDuration(cached.wall)} with a filled --cache; node -e 0: ${formatDuration(node.wall)}`,
        met: cold.wall < COLD_CHECK_TARGET_MS,
        note: 'wall time on a shared machine: see the CPU column and the load average',
      });
      summary = `check cold ${formatDuration(cold.wall)}, --cache ${formatDuration(cached.wall)}, node -e 0 ${formatDuration(node.wall)}`;
    }
  }
  if (loads.length > 0) {
    tables.push({ caption: 'Loading synthetic claims (loadCorpus: validate, anchor, normalize), NDJSON against the same claims in YAML', header: ['claims', 'format', 'load', 'claims/s', 'peak RSS', 'result'], rows: loads.map(loadRow) });
    const biggest = [...loads].reverse().find((l) => l.format === 'ndjson' && l.status === 'ok');
    if (biggest !== undefined && biggest.status === 'ok') summary += `${summary === '' ? '' : ' · '}NDJSON ${formatCount(biggest.claims)} claims at ${formatCount(biggest.report.value.loaded / (biggest.report.value.loadMs / 1000))}/s`;
  }
  return {
    id: 'startup',
    title: 'Cold start and streaming claims',
    status: 'ran',
    tables,
    targets,
    meaning: [
      'The cold start is the built CLI (`node dist/cli.js check claims`) in a new process each run, interleaved with `node -e 0` so both see the same load; `wall − node -e 0` is what claimtrace adds to starting Node. With `--cache` the claim files, sources, vocabulary and baseline come from the cache file (filled before the runs), so the run is module loading, reconciliation and output.',
      'The load rows run `loadCorpus` on a generated folder (a few hundred sources, one claim per quote) in a child process each: NDJSON is one `claims/all.ndjson` read line by line; YAML is the same claims as claim files of at most 5 000 claims. Peak RSS is the child’s (it includes the claims held in memory, which both forms keep).',
    ].join('\n\n'),
    summary: summary === '' ? 'startup not measured' : summary,
    wallMs: options.wallMs,
  };
};
