/**
 * `npm run bench`: how fast claimtrace is, how its cost grows, and how it
 * compares with the obvious alternatives — measured side by side in one run.
 *
 *   npm run bench -- --quick          CI-sized subset (< 45 s on 2 cores); prints, writes nothing
 *   npm run bench                     full mode: all sizes, ≥ 3 runs, rewrites docs/benchmarks.md
 *   npm run bench -- --data <dir>     where the book/ and flight/ data live (default ../shared/benchmarks)
 *   npm run bench -- --only anchoring,reconcile,real-data,truth-discovery,startup,duckdb   some parts only (never writes the doc)
 *   npm run bench -- --peer <dir>     the Python truthdiscovery package (a checkout holding truthdiscovery/) for part 5
 *   npm run bench -- --runs 5         runs per scenario (medians)
 *   npm run bench -- --strict         exit 1 when a measured target is missed
 *   npm run bench -- --only duckdb --duckdb-10m   in-memory vs DuckDB, plus 10M claims through DuckDB (opt-in: ~4 GB of NDJSON on disk)
 *
 * Parts: 1–2 anchoring throughput and re-anchoring accuracy (`bench/anchoring.ts`,
 * plus the duplicated-paragraph edits of `bench/reanchoring-duplicates.ts`) and
 * worst-case anchoring at doubling sizes (`bench/worst-case-anchoring.ts`),
 * 3 reconciliation scale (`bench/reconcile.ts`; the same runs from 125k claims up, by stage, in
 * `bench/reconcile-stages-section.ts`), 4 the real book and flight
 * data end to end (`bench/real-data.ts`), 5 truth-discovery speed on a flight
 * day against the peer library (`bench/truth-discovery.ts`), 6 cold start of the
 * built CLI against `node -e 0` and NDJSON against YAML loading (`bench/startup-section.ts`), 7 the
 * in-memory path against the DuckDB path of `claimtrace/scale` (`bench/duckdb-section.ts`). Profiling the
 * slowest stage, before / after, is recorded by hand in docs/benchmarks.md,
 * with `bench/stage-timing.ts` to repeat the measurement. Every scenario runs in its own
 * Node process (this script with `--scenario`), so peak memory and JIT state
 * are its own. Exit code: 0 when every part ran or was skipped for want of
 * data, 1 when a part failed (or, with `--strict`, missed a target), 2 on bad
 * arguments.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { anchoringSection, reanchoringSection } from './bench/anchoring-section.js';
import { type AnchoringBenchResult, benchAnchoring, type ReanchorRow } from './bench/anchoring.js';
import { writeFileAtomic } from '../../src/files/atomic-write.js';
import { mergeGeneratedBlock, renderGeneratedBlock } from './bench/benchmarks-doc.js';
import { reportFromChild, runInChild } from './bench/child-run.js';
import { formatDuration } from './bench/format.js';
import { describeMachine, formatLoad, formatMachine } from './bench/machine.js';
import { benchRealData } from './bench/real-data-section.js';
import { benchTruthDiscovery, runTruthDiscoverySpeed, type TruthDiscoveryParams } from './bench/truth-discovery.js';
import { locatePeer } from './peer-truthdiscovery.js';
import { type RealDataParams, runRealData } from './bench/real-data.js';
import { benchDuplicateReanchoring } from './bench/reanchoring-duplicates.js';
import { benchDuckDb } from './bench/duckdb-section.js';
import { runDuckDbScale, type DuckDbScaleParams } from './bench/duckdb-scale.js';
import { reconcileSection } from './bench/reconcile-section.js';
import { reconcileStagesSection } from './bench/reconcile-stages-section.js';
import { benchReconcile, type ReconcileBenchResult } from './bench/reconcile.js';
import { type BenchSection, unavailableSection } from './bench/section.js';
import { formatTextTable } from './bench/table.js';
import { measureWorstCase, WORST_CASES, type WorstCaseParams, type WorstCaseResult } from './bench/worst-case-anchoring.js';
import { worstCaseSection, type WorstCaseRuns } from './bench/worst-case-section.js';
import { type LoadOutcome, startupSection } from './bench/startup-section.js';
import { measureStartup } from './bench/startup.js';
import { benchSuggest } from './bench/suggest-section.js';
import { type NdjsonLoadParams, type NdjsonLoadResult, runNdjsonLoad } from './bench/ndjson-load.js';

const ENTRY = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(ENTRY), '..', '..');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const PARTS = ['anchoring', 'reconcile', 'real-data', 'truth-discovery', 'startup', 'duckdb', 'suggest'] as const;
type Part = (typeof PARTS)[number];

/** Corpus sizes of part 3 per mode. */
const RECONCILE_SIZES = { quick: [1_000, 10_000, 50_000], full: [1_000, 10_000, 125_000, 250_000, 500_000, 1_000_000] } as const;

/** Scenarios a child process can run (`--scenario <name> --params <json>`). */
const SCENARIOS: Readonly<Record<string, (params: unknown) => unknown>> = {
  anchoring: (params) => benchAnchoring({ quick: (params as { quick?: boolean }).quick === true }),
  'reanchoring-duplicates': (params) => benchDuplicateReanchoring({ quick: (params as { quick?: boolean }).quick === true }),
  'real-data': (params) => runRealData(params as RealDataParams),
  'truth-discovery': (params) => runTruthDiscoverySpeed(params as TruthDiscoveryParams),
  'worst-case-anchoring': (params) => measureWorstCase(params as WorstCaseParams),
  'ndjson-load': (params) => runNdjsonLoad(params as NdjsonLoadParams),
  'duckdb-scale': (params) => runDuckDbScale(params as DuckDbScaleParams),
  idle: () => ({}),
};

const usage = `usage: npm run bench -- [--quick] [--data <dir>] [--peer <dir>] [--runs <n>] [--only ${PARTS.join(',')}] [--strict] [--duckdb-10m]`;

const OPTIONS = {
  quick: { type: 'boolean' },
  data: { type: 'string' },
  peer: { type: 'string' },
  runs: { type: 'string' },
  only: { type: 'string' },
  strict: { type: 'boolean' },
  'duckdb-10m': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  scenario: { type: 'string' },
  params: { type: 'string' },
} as const;

const parse = () => {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: false });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
};

const progress = (message: string): void => {
  process.stderr.write(`  … ${message}\n`);
};

/** Parts 1 and 2: the anchoring benchmark, once per run, each in a child. */
const runAnchoring = async (quick: boolean, runs: number): Promise<readonly BenchSection[]> => {
  const started = performance.now();
  const results: AnchoringBenchResult[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`anchoring, run ${i + 1}/${runs}`);
    const out = await runInChild<AnchoringBenchResult>('anchoring', { quick }, { entry: ENTRY, cwd: ROOT, timeoutMs: 600_000 });
    if (out.status === 'failed') {
      const note = `the anchoring benchmark failed: ${out.reason}${out.stderr !== '' ? ` — ${out.stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`;
      return [
        unavailableSection('anchoring', 'Anchoring throughput', 'failed', note),
        unavailableSection('reanchoring', 'Re-anchoring accuracy', 'failed', note),
      ];
    }
    results.push(out.report.value);
  }
  // The duplicated-paragraph edits (reanchoring-duplicates.ts): seeded counts, so one run.
  progress('re-anchoring after duplicated paragraphs');
  const duplicates = await runInChild<readonly ReanchorRow[]>('reanchoring-duplicates', { quick }, { entry: ENTRY, cwd: ROOT, timeoutMs: 300_000 });
  const wallMs = performance.now() - started;
  const first = results[0]!;
  if (duplicates.status === 'failed') {
    return [
      anchoringSection(results, { quick, wallMs }),
      unavailableSection('reanchoring', 'Re-anchoring accuracy', 'failed', `the duplicated-paragraph scenarios failed: ${duplicates.reason}`),
      await runWorstCases(quick, runs),
    ];
  }
  return [
    anchoringSection(results, { quick, wallMs }),
    reanchoringSection({ ...first, reanchor: [...first.reanchor, ...duplicates.report.value] }, { wallMs: 0 }),
    await runWorstCases(quick, runs),
  ];
};

/** The worst-case anchoring section: each case in its own child, once per run. */
const runWorstCases = async (quick: boolean, runs: number): Promise<BenchSection> => {
  const started = performance.now();
  const cases: WorstCaseRuns[] = [];
  for (const c of WORST_CASES) {
    const results: WorstCaseResult[] = [];
    let failed: string | undefined;
    for (let i = 0; i < runs && failed === undefined; i++) {
      progress(`worst-case anchoring: ${c.id}, run ${i + 1}/${runs}`);
      const params: WorstCaseParams = { id: c.id, quick, budgetMs: 20_000 };
      const out = await runInChild<WorstCaseResult>('worst-case-anchoring', params, { entry: ENTRY, cwd: ROOT, timeoutMs: 300_000 });
      if (out.status === 'failed') failed = out.reason;
      else results.push(out.report.value);
    }
    cases.push(failed === undefined ? { id: c.id, title: c.title, runs: results } : { id: c.id, title: c.title, failed });
  }
  return worstCaseSection(cases, { quick, wallMs: performance.now() - started });
};

/** Part 3: `benchReconcile` once per run (it spawns one child per size), and the same runs at scale, by stage. */
const runReconcile = (quick: boolean, runs: number): readonly BenchSection[] => {
  const started = performance.now();
  const sizes = quick ? RECONCILE_SIZES.quick : RECONCILE_SIZES.full;
  const results: ReconcileBenchResult[] = [];
  for (let i = 0; i < runs; i++) {
    progress(`reconciliation scale (${sizes.map((n) => n.toLocaleString('en-US')).join(', ')} claims), run ${i + 1}/${runs}`);
    try {
      results.push(benchReconcile({ sizes }));
    } catch (error) {
      return [unavailableSection('reconcile-scale', 'Reconciliation scale', 'failed', error instanceof Error ? error.message.split('\n').slice(0, 4).join(' / ') : String(error))];
    }
  }
  return [reconcileSection(results, { quick, wallMs: performance.now() - started }), reconcileStagesSection(results, { quick, wallMs: 0 })];
};

/** Part 6 sizes: NDJSON against YAML loading (YAML stops at 100k in full mode: a million claims is what NDJSON is for). */
const LOAD_SIZES = { quick: { ndjson: [10_000], yaml: [10_000] }, full: { ndjson: [100_000, 1_000_000], yaml: [100_000] } } as const;

/** Part 6: the cold start of the built CLI, then each load size and format in its own child. */
const runStartup = async (quick: boolean): Promise<BenchSection> => {
  const started = performance.now();
  const startupRuns = quick ? 5 : 11;
  progress(`cold start: node -e 0, check, check --cache; ${startupRuns} runs each`);
  const startup = measureStartup(ROOT, startupRuns);
  const sizes = quick ? LOAD_SIZES.quick : LOAD_SIZES.full;
  const loads: LoadOutcome[] = [];
  for (const format of ['ndjson', 'yaml'] as const) {
    for (const claims of sizes[format]) {
      progress(`loading ${claims.toLocaleString('en-US')} synthetic claims as ${format}`);
      const out = await runInChild<NdjsonLoadResult>('ndjson-load', { claims, format }, { entry: ENTRY, cwd: ROOT, timeoutMs: 1_800_000, nodeFlags: ['--max-old-space-size=16384'] });
      loads.push({ claims, format, ...out });
    }
  }
  return startupSection(startup, loads, { wallMs: performance.now() - started, runs: startupRuns });
};

const printSection = (section: BenchSection, index: number): void => {
  const lines = [`\n== ${index + 1}. ${section.title} (${section.status}${section.wallMs > 0 ? `, ${formatDuration(section.wallMs)}` : ''}) ==`];
  if (section.note !== undefined) lines.push(section.note);
  for (const t of section.tables) lines.push('', formatTextTable(t));
  for (const t of section.targets) {
    const mark = t.met === undefined ? '·' : t.met ? '✓' : '✗';
    lines.push(`  ${mark} ${t.target}: ${t.measured}${t.note !== undefined ? ` (${t.note})` : ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
};

const main = async (): Promise<number> => {
  const parsed = parse();
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${usage}\n`);
    return 2;
  }
  const { values } = parsed;
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  // Child mode: run one scenario and report.
  if (values.scenario !== undefined) {
    const scenario = SCENARIOS[values.scenario];
    if (scenario === undefined) {
      process.stderr.write(`unknown scenario "${values.scenario}"; known: ${Object.keys(SCENARIOS).join(', ')}\n`);
      return 2;
    }
    await reportFromChild(scenario, JSON.parse(values.params ?? '{}') as unknown);
    return 0;
  }

  const quick = values.quick === true;
  const runs = values.runs !== undefined ? Number(values.runs) : quick ? 1 : 3;
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--runs takes a whole number ≥ 1, got "${values.runs ?? ''}"\n${usage}\n`);
    return 2;
  }
  const only = values.only?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = (only ?? []).filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) {
    process.stderr.write(`unknown part(s) ${unknown.join(', ')}; parts are ${PARTS.join(', ')}\n${usage}\n`);
    return 2;
  }
  const wants = (p: Part): boolean => only === undefined || only.includes(p);
  const dataDir = path.resolve(ROOT, values.data ?? '../shared/benchmarks');
  let peer: string | undefined;
  if (values.peer !== undefined) {
    const found = locatePeer(values.peer);
    if (!found.ok) {
      process.stderr.write(`--peer: ${found.reason}\n  pass the folder that holds the truthdiscovery package (a checkout of its repository)\n${usage}\n`);
      return 2;
    }
    peer = found.root;
  }
  const machine = describeMachine();
  const command = `npm run bench${process.argv.slice(2).length > 0 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const started = performance.now();
  process.stdout.write(
    `claimtrace benchmarks (${quick ? 'quick' : 'full'} mode, ${runs} run(s) per scenario)\n${formatMachine(machine)}; load average ${formatLoad(machine)}\n`,
  );

  const sections: BenchSection[] = [];
  if (wants('anchoring')) sections.push(...(await runAnchoring(quick, runs)));
  if (wants('reconcile')) sections.push(...runReconcile(quick, runs));
  if (wants('real-data')) {
    sections.push(await benchRealData({ dataDir, quick, runs, child: { entry: ENTRY, cwd: ROOT }, progress }));
  }
  if (wants('truth-discovery')) {
    sections.push(await benchTruthDiscovery({ dataDir, runs, ...(peer !== undefined ? { peer } : {}), child: { entry: ENTRY, cwd: ROOT }, progress }));
  }
  if (wants('startup')) sections.push(await runStartup(quick));
  if (wants('duckdb')) {
    sections.push(await benchDuckDb({ quick, runs, huge: values['duckdb-10m'] === true, child: { entry: ENTRY, cwd: ROOT }, progress }));
  }
  if (wants('suggest')) sections.push(await benchSuggest({ quick, runs, progress }));
  sections.forEach(printSection);

  const targets = sections.flatMap((s) => s.targets);
  const measured = targets.filter((t) => t.met !== undefined);
  const met = measured.filter((t) => t.met === true).length;
  const failed = sections.filter((s) => s.status === 'failed');
  const wallMs = performance.now() - started;
  const summary = [
    ...sections.map((s) => s.summary),
    `targets ${met}/${measured.length} met${targets.length > measured.length ? ` (${targets.length - measured.length} not measured in this mode)` : ''}`,
    `${formatDuration(wallMs)}`,
  ].join(' · ');

  if (!quick && only === undefined) {
    progress('measuring an idle child for the memory baseline');
    const idle = await runInChild<Record<string, never>>('idle', {}, { entry: ENTRY, cwd: ROOT, timeoutMs: 60_000 });
    const block = renderGeneratedBlock({
      machine,
      machineAtEnd: describeMachine(),
      command,
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      runs,
      sections,
      summary,
      ...(idle.status === 'ok' ? { idleChildRssBytes: idle.report.maxRssBytes } : {}),
      wallMs: performance.now() - started,
    });
    writeFileAtomic(DOC, mergeGeneratedBlock(existsSync(DOC) ? readFileSync(DOC, 'utf8') : undefined, block));
    process.stdout.write(`\nwrote ${path.relative(ROOT, DOC)}\n`);
  }

  process.stdout.write(`\nbench ${quick ? 'quick' : 'full'}: ${summary}\n`);
  if (failed.length > 0) return 1;
  if (values.strict === true && met < measured.length) return 1;
  return 0;
};

process.exitCode = await main();
