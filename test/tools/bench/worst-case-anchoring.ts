/**
 * Worst-case anchoring (not a test): the inputs that made anchoring and
 * loading quadratic (issue 14), each at sizes that double, measured side by
 * side in one process so the growth ratio per doubling means something on a
 * shared machine. Linear growth is a ratio of about 2 per doubling;
 * quadratic is 4.
 *
 *   npx tsx test/tools/bench/worst-case-anchoring.ts                 # every case, full sizes
 *   npx tsx test/tools/bench/worst-case-anchoring.ts --quick         # smaller sizes
 *   npx tsx test/tools/bench/worst-case-anchoring.ts long-prefix     # one case
 *
 * Every case also checks its answer (the right place, or every claim
 * loaded): being fast by giving up is not a pass. `npm run bench` runs each
 * case in its own child process (`worstCaseScenario`), with a time-out, so a
 * case that hangs on old code is reported as such instead of stalling the run.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorQuote, describeSpan, prepareText, reanchorSpan, type AnchorResult } from '../../../src/anchor/index.js';
import { loadCorpus } from '../../../src/claims/index.js';
import { settled } from '../../../src/model/result.js';
import { contentHash, normalizeText } from '../../../src/ingest/index.js';
import { createRandom } from './seeded-random.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/claims/minimal', import.meta.url));

/** Plain words for generated text; "said" is the frequent word of the many-occurrences cases. */
const WORDS = (
  'the coalition reserve minerals supply chain officials agreed members signed declaration project vault ' +
  'critical lithium cobalt nickel graphite rare earth export import market price tonnes billion million ' +
  'government minister summit partners agreement security investment processing refinery mine capacity ' +
  'demand shortage policy trade tariff allies industry production domestic foreign strategic stockpile ' +
  'announced week month year report analysts sources according plans would could should first second'
).split(' ');

/** Deterministic text of about `length` units: sentences of plain words, "said" in each. */
export const generatedText = (length: number, seed = 14): string => {
  const random = createRandom(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    words.splice(1 + Math.floor(random() * (words.length - 1)), 0, 'said');
    const sentence = `${words.join(' ')}${random() < 0.15 ? '.\n\n' : '. '}`;
    parts.push(sentence);
    n += sentence.length;
  }
  return parts.join('').slice(0, length);
};

/** A word start near `at`. */
const wordStart = (text: string, at: number): number => {
  let i = at;
  while (i > 0 && text.charAt(i - 1) !== ' ') i -= 1;
  return i;
};

/** A text of `n + 4 K` units and a span of about `n` units in it, 2 K in, at word boundaries. */
const longSpan = (n: number): { text: string; start: number; end: number } => {
  const text = generatedText(n + 4 * 1024);
  return { text, start: wordStart(text, 2 * 1024), end: wordStart(text, 2 * 1024 + n) - 1 };
};

/** Replace one word in every `every` units of `s` (a different word of the same list). */
const editWords = (s: string, every: number): string => {
  let out = s;
  for (let at = every >> 1; at < out.length - 20; at += every) {
    const start = wordStart(out, at);
    const end = out.indexOf(' ', start);
    if (end < 0) break;
    out = `${out.slice(0, start)}${out.slice(start, end) === 'minerals' ? 'metals' : 'minerals'}${out.slice(end)}`;
  }
  return out;
};

/** What one call gave: a short outcome and whether it is the right answer. */
interface Outcome {
  readonly outcome: string;
  readonly correct: boolean;
}

/** One prepared input: `run` is what is timed (building the input is not). */
interface Prepared {
  readonly run: () => Outcome | Promise<Outcome>;
  readonly cleanup?: () => void;
}

/** A worst case: what it is, its sizes, and how to build the input of one size. */
export interface WorstCase {
  readonly id: string;
  readonly title: string;
  /** What is doubled, e.g. "prefix units". */
  readonly unit: string;
  readonly sizes: { readonly quick: readonly number[]; readonly full: readonly number[] };
  /** Describes one size, e.g. "64 K prefix, 130 K text". */
  readonly describe: (size: number) => string;
  readonly prepare: (size: number) => Prepared;
}

const K = 1024;
const kilo = (n: number): string => (n >= K ? `${Math.round(n / K)} K` : String(n));

const anchoredAt = (r: AnchorResult, start: number, end?: number): Outcome => ({
  outcome: r.status === 'anchored' ? `anchored${r.method !== 'exact' ? ` (${r.method})` : ''}` : `${r.status}${r.status === 'orphaned' ? ` (${r.cause})` : ''}`,
  correct: r.status === 'anchored' && r.start === start && (end === undefined || r.end === end),
});

/** A quote of about 40 units at `at` (word boundaries). */
const quoteAt = (text: string, at: number): { start: number; end: number } => {
  const start = wordStart(text, at);
  const end = text.indexOf(' ', start + 36);
  return { start, end };
};

/** A copy of the minimal claims fixture plus source `big` (text `raw`) and a claim file. */
const folderWith = (raw: string, claims: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrace-worst-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'sources/big.yaml'), `id: big\ntext: big.txt\npublishedAt: unknown\ncontentHash: ${contentHash(normalizeText(raw))}\n`);
  writeFileSync(join(dir, 'sources/big.txt'), raw);
  writeFileSync(join(dir, 'claims/big.yaml'), `source: big\nclaims:\n${claims}`);
  return dir;
};

const claimEntry = (id: string, fields: Record<string, string>): string =>
  `  - id: ${id}\n    subject: Pax Silica\n    predicate: amount\n    value: { quantity: "$12 billion" }\n${Object.entries(fields)
    .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`)
    .join('')}`;

/** Load a folder; correct when every expected claim loaded without errors and `check` holds. */
const loadRun = (dir: string, claims: number, check: (result: Awaited<ReturnType<typeof loadCorpus>>) => boolean): Prepared => ({
  run: async () => {
    const result = await loadCorpus(dir);
    const errors = result.messages.filter((d) => d.severity === 'error');
    const loaded = settled(result).corpus.claims.length - 3; // the fixture's own three
    return {
      outcome: `${loaded} claims loaded, ${errors.length} errors`,
      correct: errors.length === 0 && loaded === claims && check(result),
    };
  },
  cleanup: () => rmSync(dir, { recursive: true, force: true }),
});

export const WORST_CASES: readonly WorstCase[] = [
  {
    id: 'long-prefix',
    title: 'anchorQuote: a quote with a long exact prefix',
    unit: 'prefix units',
    sizes: { quick: [4 * K, 8 * K, 16 * K], full: [8 * K, 16 * K, 32 * K, 64 * K] },
    describe: (n) => `${kilo(n)} prefix, ${kilo(2 * n + 2 * K)} text`,
    prepare: (n) => {
      const text = generatedText(2 * n + 2 * K);
      const q = quoteAt(text, n + K);
      const prepared = prepareText(text);
      const query = { exact: text.slice(q.start, q.end), prefix: text.slice(q.start - n, q.start) };
      return { run: () => anchoredAt(anchorQuote(prepared, query), q.start, q.end) };
    },
  },
  {
    id: 'long-suffix',
    title: 'anchorQuote: a quote with a long exact suffix',
    unit: 'suffix units',
    sizes: { quick: [4 * K, 8 * K, 16 * K], full: [8 * K, 16 * K, 32 * K, 64 * K] },
    describe: (n) => `${kilo(n)} suffix, ${kilo(2 * n + 2 * K)} text`,
    prepare: (n) => {
      const text = generatedText(2 * n + 2 * K);
      const q = quoteAt(text, K);
      const prepared = prepareText(text);
      const query = { exact: text.slice(q.start, q.end), suffix: text.slice(q.end, q.end + n) };
      return { run: () => anchoredAt(anchorQuote(prepared, query), q.start, q.end) };
    },
  },
  {
    id: 'frequent-word-long-prefix',
    title: 'anchorQuote: a 4-letter word occurring thousands of times, with a long prefix',
    unit: 'text and prefix units',
    sizes: { quick: [25 * K, 50 * K, 100 * K], full: [50 * K, 100 * K, 200 * K, 400 * K] },
    describe: (n) => `${kilo(n)} text (≈${Math.round(n / 70).toLocaleString('en-US')} occurrences), ${Math.round((600 * n) / (200 * K))}-unit prefix`,
    prepare: (n) => {
      const text = generatedText(n);
      const start = text.indexOf(' said ', n >> 1) + 1;
      const prefixLength = Math.round((600 * n) / (200 * K));
      const prepared = prepareText(text);
      const query = { exact: 'said', prefix: text.slice(start - prefixLength, start) };
      return { run: () => anchoredAt(anchorQuote(prepared, query), start, start + 4) };
    },
  },
  {
    id: 'check-long-prefix',
    title: 'loadCorpus (what `check` runs): a claim quoting a frequent word with a long prefix',
    unit: 'source and prefix units',
    sizes: { quick: [4 * K, 8 * K, 16 * K], full: [8 * K, 16 * K, 32 * K, 64 * K] },
    describe: (n) => `${kilo(n)} source, ${kilo(n / 16)} prefix`,
    prepare: (n) => {
      const text = generatedText(n);
      const start = text.indexOf(' said ', n >> 1) + 1;
      const prefix = text.slice(start - n / 16, start);
      const dir = folderWith(text, claimEntry('frequent', { quote: 'said', prefix }));
      return loadRun(dir, 1, (r) => settled(r).corpus.claims.find((c) => c.id === 'frequent')?.evidence[0]?.position.start === start);
    },
  },
  {
    id: 'edited-long-quote-framed',
    title: 'anchorQuote: a long quote whose inner words were edited, framed by prefix and suffix',
    unit: 'quote units',
    sizes: { quick: [8 * K, 16 * K, 32 * K], full: [16 * K, 32 * K, 64 * K, 128 * K] },
    describe: (n) => `${kilo(n)} quote, one word in every 4 K replaced`,
    prepare: (n) => {
      const { text: original, start, end } = longSpan(n);
      const quote = original.slice(start, end);
      const text = original.slice(0, start) + editWords(quote, 4 * K) + original.slice(end);
      const prepared = prepareText(text);
      const query = { exact: quote, prefix: original.slice(start - 32, start), suffix: original.slice(end, end + 32) };
      return { run: () => anchoredAt(anchorQuote(prepared, query), start) };
    },
  },
  {
    id: 'reanchor-one-char-edit',
    title: 'reanchorSpan: one character edited inside a long span',
    unit: 'span units',
    sizes: { quick: [8 * K, 16 * K, 32 * K], full: [16 * K, 32 * K, 64 * K, 128 * K] },
    describe: (n) => `${kilo(n)} span in a ${kilo(n + 4 * K)} text`,
    prepare: (n) => {
      const { text, start, end } = longSpan(n);
      const d = describeSpan(text, start, end);
      if (d.status !== 'described') throw new Error(d.reason);
      const middle = (start + end) >> 1;
      const edited = `${text.slice(0, middle)}${text.charAt(middle) === 'x' ? 'y' : 'x'}${text.slice(middle + 1)}`;
      return {
        run: () => {
          const r = reanchorSpan(d, edited);
          return { outcome: r.status, correct: r.status === 'changed' && r.position.start === start && r.position.end === end };
        },
      };
    },
  },
  {
    id: 'long-quote-typo-no-context',
    title: 'anchorQuote: a long quote with one typo and no context',
    unit: 'quote units',
    sizes: { quick: [32 * K, 64 * K, 128 * K], full: [64 * K, 128 * K, 256 * K, 512 * K] },
    describe: (n) => `${kilo(n)} quote in a ${kilo(n + 4 * K)} text`,
    prepare: (n) => {
      const { text, start, end } = longSpan(n);
      const quote = text.slice(start, end);
      const middle = quote.length >> 1;
      const typo = `${quote.slice(0, middle)}${quote.charAt(middle) === 'x' ? 'y' : 'x'}${quote.slice(middle + 1)}`;
      const prepared = prepareText(text);
      return { run: () => anchoredAt(anchorQuote(prepared, { exact: typo }), start, end) };
    },
  },
  {
    id: 'periodic-long-quote',
    title: 'anchorQuote: a long periodic quote ("abab…") occurring at every other unit',
    unit: 'quote units',
    sizes: { quick: [32 * K, 64 * K, 128 * K], full: [64 * K, 128 * K, 256 * K, 512 * K] },
    describe: (n) => `${kilo(n)} quote in a ${kilo(2 * n)} text, ${(n / 2 + 1).toLocaleString('en-US')} occurrences`,
    prepare: (n) => {
      const prepared = prepareText('ab'.repeat(n));
      const quote = 'ab'.repeat(n / 2);
      return {
        run: () => {
          const r = anchorQuote(prepared, { exact: quote });
          const starts = r.status === 'ambiguous' ? r.candidates.map((c) => c.start) : [];
          // Past MAX_SCORED_OCCURRENCES the answer counts the places (`crowded.ends`) and lists the few scored.
          const counted = r.status === 'ambiguous' ? (r.crowded?.ends ?? starts.length) : 0;
          return {
            outcome:
              r.status === 'ambiguous'
                ? `ambiguous, ${counted.toLocaleString('en-US')} places${counted !== starts.length ? ` (${starts.length} scored)` : ''}`
                : r.status,
            correct: counted === n / 2 + 1 && starts.length > 0 && starts.every((s) => s % 2 === 0),
          };
        },
      };
    },
  },
  {
    id: 'repetitive-source',
    title: 'anchorQuote: a 1 001-unit quote ("a"×1000 + "b") in a source of one repeated letter',
    unit: 'text units',
    sizes: { quick: [256 * K, 512 * K, 1024 * K], full: [1024 * K, 2048 * K, 4096 * K, 8192 * K] },
    describe: (n) => `${kilo(n)} of "a", a closest match ending at nearly every unit`,
    prepare: (n) => {
      const prepared = prepareText('a'.repeat(n));
      const quote = `${'a'.repeat(1000)}b`;
      return {
        run: () => {
          const r = anchorQuote(prepared, { exact: quote });
          return {
            outcome: r.status,
            correct: r.status === 'ambiguous' && r.reason.startsWith('the quote occurs in very many places'),
          };
        },
      };
    },
  },
  {
    id: 'many-claims-one-file',
    title: 'loadCorpus: many claims in one file, each quoting its own line of one source',
    unit: 'claims (and source lines)',
    sizes: { quick: [1_000, 2_000, 4_000], full: [3_125, 6_250, 12_500, 25_000] },
    describe: (n) => `${n.toLocaleString('en-US')} claims, ${kilo(n * 68)} source`,
    prepare: (n) => {
      const raw = Array.from({ length: n }, (_, i) => `Statement number ${i} says the reserve is worth ${i} million dollars.`).join('\n');
      const claims = Array.from({ length: n }, (_, i) => claimEntry(`c${i}`, { quote: `Statement number ${i} says` })).join('');
      return loadRun(folderWith(raw, claims), n, () => true);
    },
  },
];

/** One measured size of a case. */
export interface WorstCaseRow {
  readonly size: number;
  readonly input: string;
  /** Median wall time of one call, ms; undefined when not run. */
  readonly ms?: number;
  readonly outcome: string;
  readonly correct: boolean;
}

/** What one case measured. */
export interface WorstCaseResult {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly WorstCaseRow[];
}

/** Parameters of {@link measureWorstCase}. */
export interface WorstCaseParams {
  readonly id: string;
  readonly quick?: boolean;
  /** Stop doubling once one call takes longer than this (old, quadratic code). */
  readonly budgetMs?: number;
}

/** A call slower than this is timed once (the quadratic code measured before issue 14 took minutes). */
const SLOW_CALL_MS = 2_000;

/** Run `run` until `minMs` passed (at least `minRuns` times, at most 9, once if slow); the median call. */
const timeCalls = async (run: () => Outcome | Promise<Outcome>, minMs: number, minRuns: number): Promise<{ ms: number; last: Outcome }> => {
  const times: number[] = [];
  let last: Outcome | undefined;
  const started = performance.now();
  while (
    times.length === 0 ||
    (times[0]! < SLOW_CALL_MS && (times.length < minRuns || (performance.now() - started < minMs && times.length < 9)))
  ) {
    const t0 = performance.now();
    last = await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1]!, last: last! };
};

/**
 * Measure one worst case at its doubling sizes, smallest first, in this
 * process. A warm-up call on the smallest size comes first. Sizes after one
 * that took longer than `budgetMs` are reported as not run.
 */
export const measureWorstCase = async (params: WorstCaseParams): Promise<WorstCaseResult> => {
  const c = WORST_CASES.find((w) => w.id === params.id);
  if (c === undefined) throw new Error(`unknown worst case ${params.id}; known: ${WORST_CASES.map((w) => w.id).join(', ')}`);
  const sizes = params.quick === true ? c.sizes.quick : c.sizes.full;
  const budget = params.budgetMs ?? 60_000;
  const rows: WorstCaseRow[] = [];
  let over: number | undefined;
  for (const [i, size] of sizes.entries()) {
    if (over !== undefined) {
      rows.push({ size, input: c.describe(size), outcome: `not run: the size before took ${(over / 1000).toFixed(1)} s`, correct: false });
      continue;
    }
    const prepared = c.prepare(size);
    try {
      if (i === 0) await prepared.run(); // warm-up
      const { ms, last } = await timeCalls(prepared.run, 300, 3);
      rows.push({ size, input: c.describe(size), ms, outcome: last.outcome, correct: last.correct });
      if (ms > budget) over = ms;
    } finally {
      prepared.cleanup?.();
    }
  }
  return { id: c.id, title: c.title, unit: c.unit, rows };
};

/**
 * Growth per doubling between the smallest and largest measured size: the
 * geometric mean of the step ratios, (t_last / t_first)^(1 / doublings).
 */
export const growthPerDoubling = (rows: readonly WorstCaseRow[]): number | undefined => {
  const measured = rows.filter((r) => r.ms !== undefined && r.ms > 0);
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (first === undefined || last === undefined || last === first) return undefined;
  const doublings = Math.log2(last.size / first.size);
  return (last.ms! / first.ms!) ** (1 / doublings);
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const quick = process.argv.includes('--quick');
  const ids = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const c of WORST_CASES.filter((w) => ids.length === 0 || ids.includes(w.id))) {
    const r = await measureWorstCase({ id: c.id, quick, budgetMs: 20_000 });
    process.stdout.write(`\n${r.title}\n`);
    let previous: number | undefined;
    for (const row of r.rows) {
      const ratio = previous !== undefined && row.ms !== undefined ? ` ×${(row.ms / previous).toFixed(2)}` : '';
      process.stdout.write(`  ${row.input.padEnd(44)} ${row.ms === undefined ? '—' : `${row.ms.toFixed(1)} ms`}${ratio}  ${row.outcome}${row.correct ? '' : ' ✗'}\n`);
      previous = row.ms;
    }
    const g = growthPerDoubling(r.rows);
    process.stdout.write(`  growth per doubling: ${g === undefined ? 'n/a' : `×${g.toFixed(2)}`}\n`);
  }
}
