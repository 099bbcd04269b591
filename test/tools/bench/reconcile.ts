/**
 * Reconciliation scale benchmark (not a test): generates synthetic corpora of
 * 1k … 1M claims, measures `reconcile` time and peak memory, and fits the
 * growth exponent (slope of log time over log claims).
 *
 *   npx tsx test/tools/bench/reconcile.ts            # 1k, 10k, 100k, 1M claims
 *   npx tsx test/tools/bench/reconcile.ts --quick    # 1k, 10k, 100k
 *
 * Each size runs in its own child process (so peak RSS is per size), with
 * `--expose-gc` and a heap limit of 4 GB. `benchReconcile` is exported for
 * `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../../../src/model/claim.js';
import type { Corpus } from '../../../src/model/corpus.js';
import type { AliasEntry } from '../../../src/model/entity.js';
import { type ClaimId, type EntityId, type PredicateId, type SourceId } from '../../../src/model/ids.js';
import type { Predicate } from '../../../src/model/predicate.js';
import type { SourceDocument } from '../../../src/model/source.js';
import type { Span } from '../../../src/model/span.js';
import type { Value } from '../../../src/model/value.js';
import { builtinRules, createReconciler } from '../../../src/reconcile/index.js';
import { settled } from '../../../src/model/result.js';

/** One measured size. */
export interface ReconcileBenchRow {
  readonly claims: number;
  readonly sources: number;
  readonly groups: number;
  readonly findings: number;
  readonly passages: number;
  /** Wall time of `reconcile(corpus)` (best of `repeats`), ms. */
  readonly reconcileMs: number;
  /** CPU time (user + system, all threads incl. GC) of the same run, ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  /** Time to generate the synthetic corpus, ms (not part of reconcile). */
  readonly generateMs: number;
  /** Heap used by the corpus before reconciling, MB. */
  readonly corpusHeapMb: number;
  /** Peak resident set size of the process (corpus + reconcile), MB. */
  readonly peakRssMb: number;
  /** CPU time of each stage of the best run (`ReconcilerOptions.onStageEnd`: dependence, groups, rule:<id>, assemble, coverage), ms. */
  readonly stageCpuMs?: Readonly<Record<string, number>>;
  /** The 1-minute load average when the child started (other work on the machine). */
  readonly load?: number;
}

/** The benchmark's result: rows and the fitted growth exponent. */
export interface ReconcileBenchResult {
  readonly rows: readonly ReconcileBenchRow[];
  /** Least-squares slope of log(reconcileMs) over log(claims), 10k claims and up. */
  readonly exponent: number;
  /** The same for CPU time. */
  readonly cpuExponent: number;
  readonly node: string;
  readonly machine: string;
}

// ------------------------------------------------------------------ synthetic corpus

const rng = (seed: number) => {
  let s = seed >>> 0;
  return (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'da', 'pe', 'zo', 'qu', 'an', 'el', 'or', 'is'];
const COUNTRIES = ['Japan', 'UK', 'United Kingdom', 'Germany', 'France', 'Australia', 'South Korea', 'Republic of Korea', 'Israel', 'Singapore', 'UAE', 'United Arab Emirates', 'Netherlands', 'Canada', 'India', 'Brazil'];
const OUTLETS = ['politico.com', 'Reuters', 'Yonhap', 'AFP', 'Bloomberg'];
const SPEAKERS = ['Guo Jiakun', 'Lin Jian', 'Jacob Helberg', 'JD Vance', 'Marco Rubio'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

const PREDICATES: readonly Predicate[] = [
  { id: 'amount' as PredicateId, valueType: 'quantity', cardinality: 'functional', description: 'amount', label: 'amount' },
  { id: 'signed-on' as PredicateId, valueType: 'date', cardinality: 'functional', description: 'signing day', label: 'signed on' },
  { id: 'headquarters' as PredicateId, valueType: 'entity', cardinality: 'functional', description: 'seat', label: 'headquarters' },
  { id: 'founding-members' as PredicateId, valueType: 'entity-set', cardinality: 'functional', description: 'founders', label: 'founding members' },
  { id: 'partner' as PredicateId, valueType: 'entity', cardinality: 'multi', description: 'partner', label: 'partner' },
  { id: 'said' as PredicateId, valueType: 'text', cardinality: 'multi', description: 'statement', label: 'statement' },
  { id: 'launched' as PredicateId, valueType: 'boolean', cardinality: 'functional', description: 'launch', label: 'launch' },
];

const day = (offset: number): string => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A deterministic synthetic corpus of `n` claims: about one source per 50
 * claims (≈130 words each, one in ten copying a 40-word passage of another),
 * claim groups of 1–8 claims over seven predicates of every value type, with
 * aliases, hedges, attributions, conflicts (≈10% of groups) and dates.
 */
export const syntheticCorpus = (n: number, seed = 42): Corpus => {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const word = (): string => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  const vocabulary = Array.from({ length: 3000 }, word);
  const nSources = Math.max(2, Math.round(n / 50));
  const sources: SourceDocument[] = [];
  const quotes: { exact: string; prefix: string; suffix: string; start: number; end: number }[] = [];
  for (let s = 0; s < nSources; s++) {
    const words = Array.from({ length: 130 }, () => pick(vocabulary));
    if (s > 0 && random() < 0.1) {
      const other = sources[Math.floor(random() * s)] as SourceDocument;
      const copied = other.text.split(' ').slice(20, 60);
      words.splice(50, copied.length, ...copied);
    }
    const text = words.join(' ');
    const id = `s${String(s).padStart(7, '0')}` as SourceId;
    sources.push({
      source: {
        id,
        publisher: `Outlet ${s % 997}`,
        publishedAt: random() < 0.2 ? { precision: 'unknown' } : { precision: 'day', value: day(300 + Math.floor(random() * 60)) },
        contentHash: `sha256:${createHash('sha256').update(text).digest('hex')}`,
        aiGenerated: { whole: false, ranges: [] },
        derivedFrom: [],
        cites: random() < 0.05 ? [{ outside: pick(OUTLETS) }] : [],
        nonContent: [],
      },
      text,
    });
    const end = text.indexOf(' ', text.indexOf(' ', text.indexOf(' ') + 1) + 1);
    quotes.push({ exact: text.slice(0, end), prefix: '', suffix: text.slice(end, end + 32), start: 0, end });
  }
  const companies = Array.from({ length: Math.max(50, Math.round(n / 20)) }, () => `${word()} ${pick(['Metals', 'Materials', 'Minerals', 'Mining', 'Resources'])}`);
  const claims: Claim[] = [];
  let g = 0;
  while (claims.length < n) {
    const predicate = PREDICATES[g % PREDICATES.length] as Predicate;
    const subject = { name: `${word()} ${word()} ${g}` };
    const size = 1 + Math.floor(random() * 8);
    const conflict = random() < 0.1;
    const base = 1 + Math.floor(random() * 100);
    const baseDay = 300 + Math.floor(random() * 40);
    const baseMembers = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(COUNTRIES));
    for (let k = 0; k < size && claims.length < n; k++) {
      const odd = conflict && k === size - 1;
      const s = Math.floor(random() * nSources);
      const q = quotes[s] as (typeof quotes)[number];
      const span: Span = {
        sourceId: (sources[s] as SourceDocument).source.id,
        quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
        position: { type: 'TextPositionSelector', start: q.start, end: q.end },
      };
      let value: Value;
      switch (predicate.id as string) {
        case 'amount': {
          const x = (odd ? base * 10 : base) * 1e9;
          value = { type: 'quantity', low: x * 0.95, high: x, lowInclusive: true, highInclusive: true, currency: 'USD' };
          break;
        }
        case 'signed-on':
          value = random() < 0.2 ? { type: 'weekday', weekday: pick(WEEKDAYS) } : { type: 'date', start: day(odd ? baseDay + 7 : baseDay), end: day(odd ? baseDay + 7 : baseDay), precision: 'day' };
          break;
        case 'headquarters':
          value = { type: 'entity', name: odd ? pick(COUNTRIES) : (COUNTRIES[base % COUNTRIES.length] as string) };
          break;
        case 'founding-members':
          value = random() < 0.5 || odd
            ? { type: 'entity-set', mode: odd ? 'open' : 'closed', members: (odd ? [...baseMembers, pick(COUNTRIES)] : baseMembers).map((name) => ({ name })) }
            : { type: 'entity-set', mode: 'open', members: baseMembers.slice(0, 2).map((name) => ({ name })) };
          break;
        case 'partner':
          value = { type: 'entity', name: pick(companies) };
          break;
        case 'said':
          value = { type: 'text', text: `statement ${base}` };
          break;
        default:
          value = { type: 'boolean', value: true };
      }
      const r = random();
      claims.push({
        id: `c${String(claims.length).padStart(8, '0')}` as ClaimId,
        subject,
        predicate: predicate.id,
        value,
        polarity: 'affirmative',
        hedge: r < 0.8 ? 'asserted' : r < 0.9 ? 'reported' : 'expected',
        ...(predicate.id === 'said'
          ? { attribution: { speaker: pick(SPEAKERS) } }
          : random() < 0.15
            ? { attribution: { outlet: pick(OUTLETS) } }
            : {}),
        ...(predicate.id === 'launched' && random() < 0.7 ? { qualifiers: { time: { type: 'date' as const, start: day(odd ? baseDay + 9 : baseDay), end: day(odd ? baseDay + 9 : baseDay), precision: 'day' as const } } } : {}),
        evidence: [span],
      });
    }
    g++;
  }
  const entities: AliasEntry[] = companies.slice(0, 20).map((name, i) => ({ id: `company:${i}` as EntityId, name, kind: 'company', aliases: [`${name} Inc`] }));
  return { sources, predicates: PREDICATES, claims, entities };
};

// ------------------------------------------------------------------ measuring

const measure = (n: number, repeats: number): ReconcileBenchRow => {
  const gc = (globalThis as { gc?: () => void }).gc;
  const t0 = performance.now();
  const corpus = syntheticCorpus(n);
  const generateMs = performance.now() - t0;
  gc?.();
  const corpusHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
  const load = loadavg()[0];
  const cpuNow = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  let stages: Record<string, number> = {};
  let stageStart = 0;
  const reconciler = createReconciler({
    rules: builtinRules(),
    options: {
      onStageEnd: (stage) => {
        const now = cpuNow();
        stages[stage] = now - stageStart;
        stageStart = now;
      },
    },
  });
  let best = Number.POSITIVE_INFINITY;
  let cpuMs = Number.POSITIVE_INFINITY;
  let stageCpuMs: Record<string, number> = {};
  let last: ReturnType<typeof reconciler.reconcile> | undefined;
  for (let i = 0; i < repeats; i++) {
    last = undefined;
    gc?.();
    const cpu = process.cpuUsage();
    stages = {};
    stageStart = cpuNow();
    const start = performance.now();
    last = reconciler.reconcile(corpus);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (wall < best) {
      best = wall;
      cpuMs = (used.user + used.system) / 1000;
      stageCpuMs = stages;
    }
  }
  const result = settled(last as ReturnType<typeof reconciler.reconcile>);
  return {
    claims: n,
    sources: corpus.sources.length,
    groups: result.groups.length,
    findings: result.findings.length,
    passages: result.dependence.passages.length,
    reconcileMs: best,
    cpuMs,
    generateMs,
    corpusHeapMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    stageCpuMs,
    ...(load !== undefined ? { load } : {}),
  };
};

/** Least-squares slope of log y over log x. */
export const growthExponent = (points: readonly (readonly [number, number])[]): number => {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
};

/**
 * Run the benchmark, one child process per size.
 *
 * @example
 * const { rows, exponent } = benchReconcile({ quick: true });
 */
export const benchReconcile = (options: { readonly quick?: boolean; readonly sizes?: readonly number[] } = {}): ReconcileBenchResult => {
  const sizes = options.sizes ?? (options.quick === true ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000]);
  const script = fileURLToPath(import.meta.url);
  const rows = sizes.map((n) => {
    const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', '--max-old-space-size=4096', script, '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`benchmark child for ${n} claims failed:\n${child.stderr}`);
    return JSON.parse(line) as ReconcileBenchRow;
  });
  const cpu = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return {
    rows,
    exponent: growthExponent(rows.filter((r) => r.claims >= 10_000).map((r) => [r.claims, r.reconcileMs] as const)),
    cpuExponent: growthExponent(rows.filter((r) => r.claims >= 10_000).map((r) => [r.claims, r.cpuMs] as const)),
    node: process.version,
    machine: `${process.platform} ${process.arch}${cpu !== undefined ? `, ${cpu} CPUs` : ''}`,
  };
};

/** The result as a Markdown table. */
export const formatReconcileBench = (result: ReconcileBenchResult): string => {
  const header = '| claims | sources | groups | findings | shared passages | reconcile wall (ms) | CPU (ms) | wall µs / claim | corpus heap (MB) | peak RSS (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = result.rows.map(
    (r) =>
      `| ${r.claims.toLocaleString('en-US')} | ${r.sources.toLocaleString('en-US')} | ${r.groups.toLocaleString('en-US')} | ${r.findings.toLocaleString('en-US')} | ${r.passages.toLocaleString('en-US')} | ${Math.round(r.reconcileMs).toLocaleString('en-US')} | ${Math.round(r.cpuMs).toLocaleString('en-US')} | ${((r.reconcileMs / r.claims) * 1000).toFixed(1)} | ${Math.round(r.corpusHeapMb)} | ${Math.round(r.peakRssMb)} |`,
  );
  return `${header}\n${lines.join('\n')}\n\nGrowth exponent (log-log slope of reconcile wall time, 10k claims and up): ${result.exponent.toFixed(3)}; of CPU time: ${result.cpuExponent.toFixed(3)}`;
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1] && /reconcile\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const n = Number(process.argv[childAt + 1]);
    process.stdout.write(`${JSON.stringify(measure(n, n <= 100_000 ? 3 : 1))}\n`);
  } else {
    const result = benchReconcile({ quick: process.argv.includes('--quick') });
    process.stdout.write(`Reconciliation scale — node ${result.node}, ${result.machine}\n\n${formatReconcileBench(result)}\n`);
  }
}
