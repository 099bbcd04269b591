/**
 * Truth-discovery evaluation on the public benchmarks (book, flight days).
 *
 *   npm run eval -- --data ../shared/benchmarks [--json] [--lodo] [--peer <dir>]
 *
 * Runs every strategy of `evaluationStrategies` on every data set found in
 * the directory (book/claims.tsv, flight/claims-YYYYMMDD.tsv; any number of
 * days) and reports, as the papers score it (see docs/truth-discovery.md):
 *
 * - precision per data set and strategy, the default strategy's rows marked;
 * - the mean over flight days per strategy, with and without the airline sources;
 * - the leave-one-day-out choice of strategy (the rule that picks the default);
 * - with `--lodo`, the leave-one-day-out choice of the default's two parameters;
 * - the default's calibration: reliability table and Brier score at the
 *   posterior's temperature 1, at the shipped temperature, and with the
 *   temperature chosen leave-one-day-out;
 * - the gain from user knowledge: trust priors, a few labelled items, declared copying;
 * - with `--peer <dir>`, the Python truthdiscovery package on the same observations.
 *
 * The data is read from the directory given; it is never part of the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_STRATEGY_ID,
  FLIGHT_AIRLINE_SOURCES,
  evaluationStrategies,
  flightTimeSimilarity,
  loadBookBenchmark,
  loadFlightBenchmark,
  scorePrecision,
  withinMinutes,
  type BenchmarkDataset,
} from '../../src/datasets/index.js';
import { DEFAULT_TEMPERATURE } from '../../src/resolve/attribute-accuracy.js';
import {
  brierScore,
  createAttributeAccu,
  defaultStrategy,
  detectMirrors,
  entitySetContainment,
  reliabilityTable,
  type CalibrationPoint,
  type LabelledValue,
  type Resolution,
  type ResolutionProblem,
  type Strategy,
  type ValueSimilarity,
} from '../../src/resolve/index.js';
import { locatePeer, runPeer } from './peer-truthdiscovery.js';
import { runSuggestEvaluation } from './eval-suggest.js';

/** Command-line options; add new ones here (and to `USAGE`). */
const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  lodo: { type: 'boolean', default: false },
  peer: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

const USAGE = [
  'usage: npm run eval -- --data <dir> [--json] [--lodo] [--peer <dir>]',
  '       npm run eval -- --suggest [--claims <dir>] [--json]   (suggestion recall and precision against a claims folder)',
  '  <dir>          holds book/claims.tsv (+ gold.tsv) and/or flight/claims-YYYYMMDD.tsv (+ gold-YYYYMMDD.tsv)',
  '  --json         one JSON object on standard output (use npm run -s)',
  '  --lodo         also choose the default\'s parameters leave-one-day-out (slower)',
  '  --peer <dir>   also run the Python truthdiscovery package found in <dir> (a checkout holding truthdiscovery/)',
].join('\n');

interface Row {
  readonly dataset: string;
  readonly method: string;
  readonly precision: number;
  readonly items: number;
  readonly seconds: number;
  readonly default?: true;
}

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

type Kind = 'book' | 'flight' | 'flight-no-airlines';

interface Job {
  readonly label: string;
  readonly kind: Kind;
  /** The flight day (YYYY-MM-DD). */
  readonly day?: string;
  readonly similarity: ValueSimilarity;
  readonly load: () => BenchmarkDataset;
}

const findJobs = (dir: string): Job[] => {
  const jobs: Job[] = [];
  const bookClaims = join(dir, 'book', 'claims.tsv');
  if (existsSync(bookClaims)) {
    const gold = join(dir, 'book', 'gold.tsv');
    jobs.push({
      label: 'book',
      kind: 'book',
      similarity: entitySetContainment,
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
          kind: withoutAirlines ? 'flight-no-airlines' : 'flight',
          day,
          similarity: flightTimeSimilarity(10),
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

const mean = (xs: readonly number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The preferred value's confidence and correctness on every gold item (items without claims are left out). */
const calibrationPoints = (resolution: Resolution, data: BenchmarkDataset, skip: ReadonlySet<string> = new Set()): CalibrationPoint[] => {
  const out: CalibrationPoint[] = [];
  for (const g of resolution.groups) {
    const gold = data.gold.get(g.key);
    if (gold === undefined || g.preferred === undefined || skip.has(g.key)) continue;
    out.push({ confidence: g.preferred.confidence, correct: g.preferred.valueKey === gold });
  }
  return out;
};

/** A seeded choice of `k` gold items (mulberry32), the same for every run. */
const pickLabels = (data: BenchmarkDataset, k: number, seed: number): LabelledValue[] => {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const keys = [...data.gold.keys()].sort();
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return keys.slice(0, k).map((groupKey) => ({ groupKey, valueKey: data.gold.get(groupKey)! }));
};

/** Precision on the gold items that were not given as labels. */
const heldOutPrecision = (resolution: Resolution, data: BenchmarkDataset, labels: readonly LabelledValue[]): number => {
  const skip = new Set(labels.map((l) => l.groupKey));
  const gold = new Map([...data.gold].filter(([k]) => !skip.has(k)));
  return scorePrecision(resolution, gold, data.goldWithoutClaims).precision;
};

/** Leave-one-day-out selection among candidates: per held-out day, the best on the other days. */
const leaveOneDayOut = (
  candidates: readonly string[],
  days: readonly string[],
  precisionOf: (candidate: string, kind: Kind, day?: string) => number | undefined,
): { day: string; chosen: string; flight: number; flightNoAirlines: number }[] =>
  days.map((held) => {
    const train = days.filter((d) => d !== held);
    const trainScore = (c: string): number => {
      const parts = [
        mean(train.map((d) => precisionOf(c, 'flight', d) ?? Number.NaN)),
        mean(train.map((d) => precisionOf(c, 'flight-no-airlines', d) ?? Number.NaN)),
      ];
      const book = precisionOf(c, 'book');
      if (book !== undefined) parts.push(book);
      return mean(parts.filter((x) => !Number.isNaN(x)));
    };
    let chosen = candidates[0]!;
    for (const c of candidates) if (trainScore(c) > trainScore(chosen)) chosen = c;
    return {
      day: held,
      chosen,
      flight: precisionOf(chosen, 'flight', held) ?? Number.NaN,
      flightNoAirlines: precisionOf(chosen, 'flight-no-airlines', held) ?? Number.NaN,
    };
  });

const fixed = (x: number, digits = 4): number => Number(x.toFixed(digits));

const main = (): number => {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTIONS, strict: true });
  } catch (error) {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help === true || values.data === undefined) {
    (values.help === true ? console.log : console.error)(USAGE);
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
  let peerRoot: string | undefined;
  if (values.peer !== undefined) {
    const peer = locatePeer(values.peer);
    if (!peer.ok) {
      console.error(`eval: --peer: ${peer.reason}\n  pass the folder that holds the truthdiscovery package (a checkout of its repository)`);
      return 1;
    }
    peerRoot = peer.root;
  }
  const progress = (message: string): void => {
    if (values.json !== true) process.stderr.write(`  … ${message}\n`);
  };

  const rows: Row[] = [];
  const tolerant = new Map<Row, number>();
  const notes: string[] = [];
  const precision = new Map<string, number>(); // `${method}\u0000${label}`
  const jobOf = new Map<string, Job>();
  // The default's calibration points per data set, per temperature of its posterior.
  const TEMPERATURES = [1, 2, 4, 8, 16, 32];
  const points = new Map<number, Map<string, CalibrationPoint[]>>(TEMPERATURES.map((t) => [t, new Map()]));
  const knowledge: { dataset: string; kind: string; amount: string; precision: number; baseline: number }[] = [];
  const tuning = new Map<string, number>(); // `${n}/${m}\u0000${label}`
  const TUNE_N = [5, 10, 20, 100];
  const TUNE_M = [2, 10, 50];

  for (const job of jobs) {
    progress(job.label);
    const t0 = performance.now();
    const data = job.load();
    const loadSeconds = (performance.now() - t0) / 1000;
    jobOf.set(job.label, job);
    notes.push(
      `${job.label}: loaded ${data.stats.rows} rows from ${data.stats.sources} sources into ${data.stats.claims} claims ` +
        `in ${data.stats.groups} groups in ${loadSeconds.toFixed(2)} s; ${data.stats.noClaim} empty cells, ` +
        `${data.stats.unparsed} unreadable; ${data.stats.goldItems} gold items; ${data.problems.length} load problems`,
    );
    if (data.gold.size + data.goldWithoutClaims.length === 0) {
      notes.push(`${job.label}: no gold found, nothing to score`);
      continue;
    }
    let defaultResolution: Resolution | undefined;
    for (const strategy of evaluationStrategies(job.similarity)) {
      const t1 = performance.now();
      const resolution = strategy.resolve(data.problem);
      const score = scorePrecision(resolution, data.gold, data.goldWithoutClaims);
      const seconds = (performance.now() - t1) / 1000;
      const isDefault = strategy.id === DEFAULT_STRATEGY_ID;
      const row: Row = { dataset: data.name, method: strategy.id, precision: score.precision, items: score.items, seconds, ...(isDefault ? { default: true as const } : {}) };
      rows.push(row);
      precision.set(`${strategy.id}\u0000${job.label}`, score.precision);
      if (isDefault) defaultResolution = resolution;
      if (job.kind !== 'book') {
        tolerant.set(row, scorePrecision(resolution, data.gold, data.goldWithoutClaims, { equivalent: withinMinutes(1) }).precision);
      }
    }
    for (const temperature of TEMPERATURES) {
      points.get(temperature)!.set(job.label, calibrationPoints(createAttributeAccu({ temperature }).resolve(data.problem), data));
    }

    // User knowledge, in small amounts, with the default strategy.
    const base = defaultResolution === undefined ? Number.NaN : scorePrecision(defaultResolution, data.gold, data.goldWithoutClaims).precision;
    const withKnowledge = (extra: Partial<ResolutionProblem>): Resolution => defaultStrategy.resolve({ ...data.problem, ...extra });
    for (const k of [5, 20]) {
      const labels = pickLabels(data, k, 18);
      const baseline = defaultResolution === undefined ? Number.NaN : heldOutPrecision(defaultResolution, data, labels);
      knowledge.push({ dataset: data.name, kind: 'labels', amount: `${k} labelled items`, baseline, precision: heldOutPrecision(withKnowledge({ labels }), data, labels) });
    }
    const sourceIds = new Set(data.sources.map((s) => s.source.id as string));
    const airlines = FLIGHT_AIRLINE_SOURCES.map((n) => `flight:${n.toLowerCase()}`).filter((id) => sourceIds.has(id));
    if (airlines.length > 0) {
      const sourcePriors = airlines.map((sourceId) => ({ sourceId, trust: 0.95, reason: 'the airline\'s own site' }));
      knowledge.push({
        dataset: data.name,
        kind: 'priors',
        amount: `trust 0.95 for ${airlines.join(', ')}`,
        baseline: base,
        precision: scorePrecision(withKnowledge({ sourcePriors }), data.gold, data.goldWithoutClaims).precision,
      });
    }
    const declared = detectMirrors(data.problem);
    knowledge.push({
      dataset: data.name,
      kind: 'copying',
      amount: `${declared.length} declared copy pairs (the mirrors: same value on ≥ 98 % of ≥ 50 shared items)`,
      baseline: base,
      precision: scorePrecision(withKnowledge({ dependence: [...(data.problem.dependence ?? []), ...declared] }), data.gold, data.goldWithoutClaims).precision,
    });

    if (values.lodo === true) {
      for (const n of TUNE_N) {
        for (const m of TUNE_M) {
          const r = createAttributeAccu({ falseValues: n, shrinkage: m }).resolve(data.problem);
          tuning.set(`${n}/${m}\u0000${job.label}`, scorePrecision(r, data.gold, data.goldWithoutClaims).precision);
        }
      }
    }

    if (peerRoot !== undefined) {
      progress(`${job.label}: the peer library`);
      for (const run of runPeer(peerRoot, data.problem)) {
        let correct = 0;
        for (const [k, v] of data.gold) if (run.preferred.get(k) === v) correct += 1;
        const items = data.gold.size + data.goldWithoutClaims.length;
        const row: Row = { dataset: data.name, method: `peer:${run.algorithm}`, precision: correct / items, items, seconds: run.buildSeconds + run.runSeconds };
        rows.push(row);
      }
    }
  }

  // Means over days per strategy.
  const methods = [...new Set(rows.map((r) => r.method))];
  const days = [...new Set(jobs.filter((j) => j.day !== undefined).map((j) => j.day!))].sort();
  const labelOf = (kind: Kind, day?: string): string => (kind === 'book' ? 'book' : `flight-${day}${kind === 'flight-no-airlines' ? '-no-airlines' : ''}`);
  const rowPrecision = new Map(rows.map((r) => [`${r.method}\u0000${r.dataset}`, r.precision] as const));
  const means = methods.flatMap((method) =>
    (['flight', 'flight-no-airlines'] as const).flatMap((kind) => {
      const xs = days.map((d) => rowPrecision.get(`${method}\u0000${labelOf(kind, d)}`)).filter((x): x is number => x !== undefined);
      return xs.length === 0 ? [] : [{ method, over: kind, days: xs.length, precision: mean(xs), ...(method === DEFAULT_STRATEGY_ID ? { default: true as const } : {}) }];
    }),
  );

  // Leave-one-day-out: which strategy the rule picks when a day is held out.
  const strategyIds = methods.filter((m) => !m.startsWith('peer:'));
  const pick = (c: string, kind: Kind, day?: string): number | undefined => precision.get(`${c}\u0000${labelOf(kind, day)}`);
  const selection = days.length >= 2 ? leaveOneDayOut(strategyIds, days, pick) : [];
  const tuningFolds =
    values.lodo === true && days.length >= 2
      ? leaveOneDayOut(
          TUNE_N.flatMap((n) => TUNE_M.map((m) => `${n}/${m}`)),
          days,
          (c, kind, day) => tuning.get(`${c}\u0000${labelOf(kind, day)}`),
        )
      : [];

  // Calibration of the default: the temperature of its posterior chosen by
  // Brier score on the other days (each flight day with and without the
  // airlines is one fold, the book another), applied to the held-out one.
  const folds = [...new Set(jobs.map((j) => j.day ?? j.label))];
  const foldOf = (label: string): string => jobOf.get(label)?.day ?? label;
  const pointsAt = (t: number, keep: (fold: string) => boolean): CalibrationPoint[] =>
    [...points.get(t)!.entries()].filter(([label]) => keep(foldOf(label))).flatMap(([, p]) => p);
  const bestTemperature = (keep: (fold: string) => boolean): number =>
    TEMPERATURES.reduce((best, t) => (brierScore(pointsAt(t, keep)) < brierScore(pointsAt(best, keep)) ? t : best), TEMPERATURES[0]!);
  const lodoPoints: CalibrationPoint[] = [];
  const chosenTemperature: { fold: string; temperature: number }[] = [];
  for (const fold of folds) {
    const t = bestTemperature((f) => f !== fold);
    chosenTemperature.push({ fold, temperature: t });
    lodoPoints.push(...pointsAt(t, (f) => f === fold));
  }
  const shipped = DEFAULT_TEMPERATURE;
  const rawPoints = pointsAt(1, () => true);
  const shippedPoints = pointsAt(shipped, () => true);
  const calibration = {
    points: rawPoints.length,
    temperatures: TEMPERATURES.map((t) => ({ temperature: t, brier: fixed(brierScore(pointsAt(t, () => true)), 5) })),
    raw: { temperature: 1, brier: brierScore(rawPoints), table: reliabilityTable(rawPoints) },
    shipped: { temperature: shipped, brier: brierScore(shippedPoints), table: reliabilityTable(shippedPoints) },
    leaveOneDayOut: { chosen: chosenTemperature, brier: brierScore(lodoPoints), table: reliabilityTable(lodoPoints) },
  };

  if (values.json === true) {
    console.log(
      JSON.stringify(
        {
          default: DEFAULT_STRATEGY_ID,
          rows: rows.map((r) => ({ ...r, precision: fixed(r.precision), seconds: fixed(r.seconds, 3) })),
          means: means.map((m) => ({ ...m, precision: fixed(m.precision) })),
          selection,
          ...(tuningFolds.length > 0 ? { tuning: tuningFolds } : {}),
          calibration,
          knowledge: knowledge.map((k) => ({ ...k, precision: fixed(k.precision), baseline: fixed(k.baseline), gain: fixed(k.precision - k.baseline) })),
        },
        null,
        2,
      ),
    );
    return 0;
  }

  const printTable = (header: readonly string[], table: readonly (readonly string[])[], numericFrom = 1): void => {
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => (t[i] ?? '').length)));
    const line = (cells: readonly string[]): string => cells.map((c, i) => (i >= numericFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const t of table) console.log(line(t));
    console.log('');
  };
  printTable(
    ['dataset', 'method', 'precision', 'items', 'seconds', '±1 min*'],
    rows.map((r) => [r.dataset, `${r.method}${r.default === true ? ' (default)' : ''}`, r.precision.toFixed(3), String(r.items), r.seconds.toFixed(2), tolerant.has(r) ? tolerant.get(r)!.toFixed(3) : '']),
    2,
  );
  console.log('* diagnostic only: precision if times one minute apart counted as equal (flight); the headline is exact.\n');
  printTable(
    ['method', 'flight days', 'mean', 'mean without airlines', 'book'],
    methods.map((m) => {
      const a = means.find((x) => x.method === m && x.over === 'flight');
      const x = means.find((y) => y.method === m && y.over === 'flight-no-airlines');
      const b = rowPrecision.get(`${m}\u0000book`);
      return [`${m}${m === DEFAULT_STRATEGY_ID ? ' (default)' : ''}`, String(a?.days ?? 0), a?.precision.toFixed(3) ?? '', x?.precision.toFixed(3) ?? '', b?.toFixed(3) ?? ''];
    }),
  );
  if (selection.length > 0) {
    console.log('Leave-one-day-out selection (best mean of flight, flight without airlines and book on the other days):');
    printTable(['held-out day', 'chosen', 'flight', 'without airlines'], selection.map((s) => [s.day, s.chosen, s.flight.toFixed(3), s.flightNoAirlines.toFixed(3)]));
  }
  if (tuningFolds.length > 0) {
    console.log(`Leave-one-day-out choice of ${DEFAULT_STRATEGY_ID}'s (false values n / shrinkage m):`);
    printTable(['held-out day', 'chosen n/m', 'flight', 'without airlines'], tuningFolds.map((s) => [s.day, s.chosen, s.flight.toFixed(3), s.flightNoAirlines.toFixed(3)]));
  }
  console.log(
    `Calibration of ${DEFAULT_STRATEGY_ID} (preferred values on ${calibration.points} gold items): Brier ${calibration.raw.brier.toFixed(4)} at temperature 1, ` +
      `${calibration.shipped.brier.toFixed(4)} at the shipped ${shipped}, ${calibration.leaveOneDayOut.brier.toFixed(4)} with the temperature chosen leave-one-day-out ` +
      `(${calibration.leaveOneDayOut.chosen.map((c) => `${c.fold}: ${c.temperature}`).join(', ')})`,
  );
  const tables = [calibration.raw.table, calibration.shipped.table, calibration.leaveOneDayOut.table];
  const lows = [...new Set(tables.flat().map((b) => b.low))].sort((a, b) => a - b);
  printTable(
    ['confidence', 'τ=1: items', 'mean', 'precision', `τ=${shipped}: items`, 'mean', 'precision', 'LODO τ: items', 'mean', 'precision'],
    lows.map((low) => {
      const cells = tables.flatMap((t) => {
        const b = t.find((x) => x.low === low);
        return [String(b?.count ?? 0), b?.meanConfidence.toFixed(3) ?? '', b?.precision.toFixed(3) ?? ''];
      });
      const high = tables.flat().find((b) => b.low === low)!.high;
      return [`[${low}, ${high})`, ...cells];
    }),
  );
  console.log(`User knowledge with ${DEFAULT_STRATEGY_ID} (labels: precision on the other gold items):`);
  printTable(
    ['dataset', 'knowledge', 'amount', 'without', 'with', 'gain'],
    knowledge.map((k) => [k.dataset, k.kind, k.amount, k.baseline.toFixed(3), k.precision.toFixed(3), (k.precision - k.baseline >= 0 ? '+' : '') + (k.precision - k.baseline).toFixed(3)]),
    3,
  );
  for (const n of notes) console.log(n);
  console.log(`\nnode ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}`);
  return 0;
};

// `--suggest`: the suggestion evaluation (issue 16), in its own module.
process.exitCode = process.argv.includes('--suggest') ? await runSuggestEvaluation(process.argv.slice(2)) : main();
