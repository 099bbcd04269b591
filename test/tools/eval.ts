/**
 * Truth-discovery evaluation on the public benchmarks (book, flight).
 *
 *   npm run eval -- --data ../shared/benchmarks [--json]
 *
 * Runs every strategy of `evaluationStrategies` on every data set found in
 * the directory and prints precision as the papers score it (see
 * docs/truth-discovery.md). The data is read from the directory given; it
 * is never part of the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FLIGHT_AIRLINE_SOURCES,
  evaluationStrategies,
  flightTimeSimilarity,
  loadBookBenchmark,
  loadFlightBenchmark,
  scorePrecision,
  withinMinutes,
  type BenchmarkDataset,
} from '../../src/datasets/index.js';
import { entitySetContainment, type ValueSimilarity } from '../../src/resolve/index.js';
import { runSuggestEvaluation } from './eval-suggest.js';

interface Row {
  readonly dataset: string;
  readonly method: string;
  readonly precision: number;
  readonly items: number;
  readonly seconds: number;
}

/** Table-only diagnostic: precision when times one minute apart count as equal (flight). */
type Tolerant = Map<Row, number>;

/** Read a data file: UTF-8 when it decodes, else Latin-1; BOM, CR and NFC normalized. */
const readText = (path: string): string => {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
};

interface Job {
  readonly label: string;
  readonly similarity: ValueSimilarity;
  readonly flight: boolean;
  readonly load: () => BenchmarkDataset;
}

const findJobs = (dir: string): Job[] => {
  const jobs: Job[] = [];
  const bookClaims = join(dir, 'book', 'claims.tsv');
  if (existsSync(bookClaims)) {
    const gold = join(dir, 'book', 'gold.tsv');
    jobs.push({
      label: 'book',
      similarity: entitySetContainment,
      flight: false,
      load: () => loadBookBenchmark({ claims: readText(bookClaims), ...(existsSync(gold) ? { gold: readText(gold) } : {}) }),
    });
  }
  const flightDir = join(dir, 'flight');
  if (existsSync(flightDir) && statSync(flightDir).isDirectory()) {
    const days = readdirSync(flightDir)
      .map((f) => /^claims-(\d{4})(\d{2})(\d{2})\.tsv$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}-${m[2]}-${m[3]}`)
      .sort();
    for (const day of days) {
      const stamp = day.replace(/-/g, '');
      const claims = join(flightDir, `claims-${stamp}.tsv`);
      const gold = join(flightDir, `gold-${stamp}.tsv`);
      for (const withoutAirlines of [false, true]) {
        const label = `flight-${day}${withoutAirlines ? '-no-airlines' : ''}`;
        jobs.push({
          label,
          similarity: flightTimeSimilarity(10),
          flight: true,
          load: () =>
            loadFlightBenchmark({
              day,
              name: label,
              claims: readText(claims),
              ...(existsSync(gold) ? { gold: readText(gold) } : {}),
              ...(withoutAirlines ? { excludeSources: FLIGHT_AIRLINE_SOURCES } : {}),
            }),
        });
      }
    }
  }
  return jobs;
};

const main = (): number => {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help === true || values.data === undefined) {
    console.error('usage: npm run eval -- --data <dir> [--json]\n  <dir> holds book/claims.tsv, book/gold.tsv and/or flight/claims-YYYYMMDD.tsv, flight/gold-YYYYMMDD.tsv');
    return values.help === true ? 0 : 1;
  }
  const dir = resolve(values.data);
  const jobs = existsSync(dir) ? findJobs(dir) : [];
  if (jobs.length === 0) {
    console.error(
      `eval: no benchmark data in ${dir}\n  looked for ${join(dir, 'book', 'claims.tsv')} and ${join(dir, 'flight', 'claims-YYYYMMDD.tsv')}\n  (the data sets are not part of the repository; see docs/truth-discovery.md)`,
    );
    return 1;
  }

  const rows: Row[] = [];
  const tolerant: Tolerant = new Map();
  const notes: string[] = [];
  for (const job of jobs) {
    const t0 = performance.now();
    const data = job.load();
    const loadSeconds = (performance.now() - t0) / 1000;
    notes.push(
      `${job.label}: loaded ${data.stats.rows} rows from ${data.stats.sources} sources into ${data.stats.claims} claims ` +
        `in ${data.stats.groups} groups in ${loadSeconds.toFixed(2)} s; ${data.stats.noClaim} empty cells, ` +
        `${data.stats.unparsed} unreadable; ${data.stats.goldItems} gold items; ${data.problems.length} load problems`,
    );
    if (data.gold.size + data.goldWithoutClaims.length === 0) {
      notes.push(`${job.label}: no gold found, nothing to score`);
      continue;
    }
    for (const strategy of evaluationStrategies(job.similarity)) {
      const t1 = performance.now();
      const resolution = strategy.resolve(data.problem);
      const seconds = (performance.now() - t1) / 1000;
      const score = scorePrecision(resolution, data.gold, data.goldWithoutClaims);
      const row = { dataset: data.name, method: strategy.id, precision: score.precision, items: score.items, seconds };
      rows.push(row);
      if (job.flight) {
        tolerant.set(row, scorePrecision(resolution, data.gold, data.goldWithoutClaims, { equivalent: withinMinutes(1) }).precision);
      }
    }
  }

  if (values.json === true) {
    console.log(JSON.stringify(rows.map((r) => ({ ...r, precision: Number(r.precision.toFixed(4)), seconds: Number(r.seconds.toFixed(3)) })), null, 2));
    return 0;
  }
  const header = ['dataset', 'method', 'precision', 'items', 'seconds', '±1 min*'];
  const table = rows.map((r) => [
    r.dataset,
    r.method,
    r.precision.toFixed(3),
    String(r.items),
    r.seconds.toFixed(2),
    tolerant.has(r) ? tolerant.get(r)!.toFixed(3) : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
  console.log('\n* diagnostic only: precision if times one minute apart counted as equal (flight); the headline is exact.\n');
  for (const n of notes) console.log(n);
  console.log(`\nnode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}`);
  return 0;
};

// `--suggest`: the suggestion evaluation (issue 16), in its own module.
process.exitCode = process.argv.includes('--suggest') ? await runSuggestEvaluation(process.argv.slice(2)) : main();
