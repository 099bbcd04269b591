/**
 * Anchoring benchmark (not a test): speed and honesty of `anchorQuote` and
 * `reanchorSpan` on a generated corpus.
 *
 *   npx tsx test/tools/bench/anchoring.ts            # 20 documents of ~20k characters
 *   npx tsx test/tools/bench/anchoring.ts --quick    # 6 documents of ~8k characters
 *
 * 1. Exact anchoring throughput against plain `String.prototype.indexOf`.
 * 2. Fuzzy anchoring of quotes with typos against calling approx-string-match
 *    directly (first lowest-error match).
 * 3. Re-anchoring accuracy under a synthetic edit model (edits elsewhere, next
 *    to the span, a moved paragraph, typos and a replaced word inside, the span
 *    deleted, deleted with an exact or near copy left elsewhere): right /
 *    orphaned / wrong, against a Hypothesis-style scorer with no minimum score
 *    (quote 50, prefix 20, suffix 20, position 2; best candidate always taken).
 *
 * The corpus is generated from the bundled seed texts (`claims/sources/*.txt`)
 * with a seeded PRNG: paragraphs of seed sentences (so real phrases repeat, as
 * they do on news pages) mixed with sentences of random seed words. Same seed,
 * same corpus, same counts; only the timings vary (they are wall-clock on
 * whatever else the machine runs). `benchAnchoring` and `formatAnchoringBench`
 * are exported for `npm run bench`. `ANCHOR_BENCH_DEBUG=wrong` (or `orphans`)
 * prints each wrong (or orphaned) re-anchoring of our own to stderr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import search from 'approx-string-match';
import { anchorQuote, describeSpan, prepareText, reanchorSpan, type RecordedSpan } from '../../../src/anchor/index.js';
import { normalizeText } from '../../../src/ingest/index.js';
import { hypothesisStyle, type Range } from './hypothesis-style-scorer.js';
import { createRandom } from './seeded-random.js';

// ---------------------------------------------------------------------------
// Seeded randomness and the generated corpus

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

interface SeedMaterial {
  readonly sentences: readonly string[];
  readonly words: readonly string[];
}

const readSeedMaterial = (): SeedMaterial => {
  const dir = fileURLToPath(new URL('../../../claims/sources/', import.meta.url));
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => normalizeText(readFileSync(`${dir}${f}`, 'utf8')));
  const sentences = texts
    .flatMap((t) => t.split(/\n+/))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 30 && s.length <= 400);
  const words = [...new Set(texts.flatMap((t) => t.split(/\s+/)).filter((w) => /^[A-Za-z][a-z]{2,}$/.test(w)))].sort();
  return { sentences, words };
};

/** A document as paragraphs joined by blank lines. */
interface Doc {
  readonly paragraphs: readonly string[];
  readonly text: string;
}

const SEED_SENTENCE_SHARE = 0.3;

const generateDoc = (random: Random, seed: SeedMaterial, targetLength: number): Doc => {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const sentences: string[] = [];
    for (let i = between(random, 2, 6); i > 0; i -= 1) {
      if (random() < SEED_SENTENCE_SHARE) {
        sentences.push(pick(random, seed.sentences));
      } else {
        const words = Array.from({ length: between(random, 8, 24) }, () => pick(random, seed.words));
        const first = words[0] ?? 'The';
        words[0] = first.charAt(0).toUpperCase() + first.slice(1);
        sentences.push(`${words.join(' ')}.`);
      }
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return { paragraphs, text: paragraphs.join('\n\n') };
};

/** A quote of 12–120 units that starts and ends at word boundaries. */
const pickSpan = (random: Random, text: string): Range => {
  for (;;) {
    let start = Math.floor(random() * (text.length - 130));
    while (start > 0 && /\S/.test(text.charAt(start - 1))) start -= 1;
    let end = start + between(random, 12, 120);
    while (end < text.length && /\S/.test(text.charAt(end))) end += 1;
    while (end > start && /\s|[.,;:]/.test(text.charAt(end - 1))) end -= 1;
    if (end - start >= 12 && !text.slice(start, end).includes('\n')) return { start, end };
  }
};

// ---------------------------------------------------------------------------
// Edits with ground truth

interface Edit {
  readonly at: number;
  readonly del: number;
  readonly ins: string;
}

/** Apply non-overlapping edits given in original offsets. */
const applyEdits = (text: string, edits: readonly Edit[]): string =>
  [...edits].sort((a, b) => b.at - a.at).reduce((t, e) => t.slice(0, e.at) + e.ins + t.slice(e.at + e.del), text);

/** Where an original offset outside every edit lands after the edits. */
const shiftOf = (offset: number, edits: readonly Edit[]): number =>
  offset + edits.filter((e) => e.at + e.del <= offset && e.at < offset).reduce((n, e) => n + e.ins.length - e.del, 0);

const overlapsAny = (edits: readonly Edit[], e: Edit): boolean =>
  edits.some((x) => e.at <= x.at + x.del && x.at <= e.at + e.del);

const randomLetters = (random: Random, n: number): string =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');

/** 1–3 character edits (substitute, insert, delete) inside `[from, to)`, in original offsets. */
const typoEdits = (random: Random, from: number, to: number, count: number): Edit[] => {
  const edits: Edit[] = [];
  for (let tries = 0; edits.length < count && tries < 20; tries += 1) {
    const at = between(random, from, to - 1);
    const kind = random();
    const edit = kind < 0.4 ? { at, del: 1, ins: randomLetters(random, 1) } : kind < 0.7 ? { at, del: 0, ins: randomLetters(random, 1) } : { at, del: 1, ins: '' };
    if (!overlapsAny(edits, edit)) edits.push(edit);
  }
  return edits;
};

/** A word-level edit (insert words, delete a stretch, replace a word) at `at`. */
const wordEdit = (random: Random, seed: SeedMaterial, text: string, at: number): Edit => {
  const kind = random();
  if (kind < 0.4) return { at, del: 0, ins: `${pick(random, seed.words)} ${pick(random, seed.words)} ` };
  if (kind < 0.7) return { at, del: Math.min(between(random, 1, 20), text.length - at), ins: '' };
  let end = at;
  while (end < text.length && /\S/.test(text.charAt(end))) end += 1;
  return { at, del: end - at, ins: pick(random, seed.words) };
};

/** What a scenario produced: the new text and where the span's words are now (none when deleted). */
interface EditedCase {
  readonly next: string;
  readonly truth: Range | undefined;
}

type Scenario = (random: Random, seed: SeedMaterial, doc: Doc, span: Range) => EditedCase | undefined;

const SCENARIOS: readonly { readonly name: string; readonly intact: boolean; readonly run: Scenario }[] = [
  {
    name: 'edits elsewhere (1–5, ≥ 64 units away)',
    intact: true,
    run: (random, seed, { text }, span) => {
      const edits: Edit[] = [];
      for (let i = between(random, 1, 5), tries = 0; edits.length < i && tries < 50; tries += 1) {
        const at = Math.floor(random() * text.length);
        const edit = wordEdit(random, seed, text, at);
        if (edit.at + edit.del > span.start - 64 && edit.at < span.end + 64) continue;
        if (!overlapsAny(edits, edit)) edits.push(edit);
      }
      return { next: applyEdits(text, edits), truth: { start: shiftOf(span.start, edits), end: shiftOf(span.end, edits) } };
    },
  },
  {
    name: 'edits next to the span (1–2 within 32 units)',
    intact: true,
    run: (random, seed, { text }, span) => {
      const edits: Edit[] = [];
      for (let i = between(random, 1, 2), tries = 0; edits.length < i && tries < 50; tries += 1) {
        const before = random() < 0.5;
        const at = before ? span.start - between(random, 2, 32) : span.end + between(random, 1, 31);
        if (at < 0 || at >= text.length) continue;
        const edit = wordEdit(random, seed, text, at);
        if (before ? edit.at + edit.del >= span.start : edit.at <= span.end) continue;
        if (!overlapsAny(edits, edit)) edits.push(edit);
      }
      return { next: applyEdits(text, edits), truth: { start: shiftOf(span.start, edits), end: shiftOf(span.end, edits) } };
    },
  },
  {
    name: 'its paragraph moved',
    intact: true,
    run: (random, _seed, doc, span) => {
      if (doc.paragraphs.length < 3) return undefined;
      let at = 0;
      let index = 0;
      for (const p of doc.paragraphs) {
        if (span.start < at + p.length) break;
        at += p.length + 2;
        index += 1;
      }
      const moved = doc.paragraphs[index] ?? '';
      const rest = doc.paragraphs.filter((_, i) => i !== index);
      let to = between(random, 0, rest.length);
      if (to === index) to = (to + 1) % (rest.length + 1);
      const paragraphs = [...rest.slice(0, to), moved, ...rest.slice(to)];
      const newAt = paragraphs.slice(0, to).reduce((n, p) => n + p.length + 2, 0);
      return { next: paragraphs.join('\n\n'), truth: { start: newAt + span.start - at, end: newAt + span.end - at } };
    },
  },
  {
    name: 'typos inside (1–3 characters)',
    intact: false,
    run: (random, _seed, { text }, span) => {
      const edits = typoEdits(random, span.start, span.end, between(random, 1, 3));
      const delta = edits.reduce((n, e) => n + e.ins.length - e.del, 0);
      return { next: applyEdits(text, edits), truth: { start: span.start, end: span.end + delta } };
    },
  },
  {
    name: 'a word inside replaced',
    intact: false,
    run: (random, seed, { text }, span) => {
      const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
      const word = pick(random, words);
      if (word.index === undefined) return undefined;
      const edit = { at: span.start + word.index, del: word[0].length, ins: pick(random, seed.words) };
      return { next: applyEdits(text, [edit]), truth: { start: span.start, end: span.end + edit.ins.length - edit.del } };
    },
  },
  {
    name: 'the span deleted',
    intact: false,
    run: (_random, _seed, { text }, span) => ({ next: applyEdits(text, [{ at: span.start, del: span.end - span.start, ins: '' }]), truth: undefined }),
  },
  {
    name: 'deleted, an exact copy left elsewhere',
    intact: false,
    run: (random, seed, { text }, span) => {
      const quote = text.slice(span.start, span.end);
      const at = farFrom(random, text, span);
      const copy = { at, del: 0, ins: `${pick(random, seed.words)} ${quote} ${pick(random, seed.words)} ` };
      return { next: applyEdits(text, [copy, { at: span.start, del: span.end - span.start, ins: '' }]), truth: undefined };
    },
  },
  {
    name: 'deleted, a near copy (1–2 typos) left elsewhere',
    intact: false,
    run: (random, seed, { text }, span) => {
      const quote = text.slice(span.start, span.end);
      const near = applyEdits(quote, typoEdits(random, 0, quote.length, between(random, 1, 2)));
      const at = farFrom(random, text, span);
      const copy = { at, del: 0, ins: `${pick(random, seed.words)} ${near} ${pick(random, seed.words)} ` };
      return { next: applyEdits(text, [copy, { at: span.start, del: span.end - span.start, ins: '' }]), truth: undefined };
    },
  },
];

/** A word start at least 200 units from the span. */
const farFrom = (random: Random, text: string, span: Range): number => {
  for (;;) {
    let at = Math.floor(random() * text.length);
    while (at > 0 && /\S/.test(text.charAt(at - 1))) at -= 1;
    if (at < span.start - 200 || at > span.end + 200) return at;
  }
};

// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Measurements

/** Results are folded into this so the JIT cannot drop a call whose result is unused. */
let sink = 0;
const consume = (result: unknown): void => {
  sink = (sink + (typeof result === 'number' ? result : typeof result === 'object' && result !== null ? 1 : 0)) | 0;
};

/** Calls per second of `run` over `items`, repeating the pass until `minMs` elapsed. */
const throughput = <T>(items: readonly T[], run: (item: T) => unknown, minMs: number): number => {
  for (const item of items.slice(0, 20)) consume(run(item)); // warm up
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const item of items) consume(run(item));
    calls += items.length;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return (calls / elapsed) * 1000;
};

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Options of {@link benchAnchoring}. */
export interface AnchoringBenchOptions {
  readonly quick?: boolean;
  readonly seed?: number;
}

/** One throughput row: calls per second and how many results were right. */
export interface ThroughputRow {
  readonly method: string;
  readonly perSecond: number;
  readonly right: number;
  readonly wrong: number;
  readonly none: number;
  readonly total: number;
}

/** One re-anchoring row: a scenario and the outcome counts of both methods. */
export interface ReanchorRow {
  readonly scenario: string;
  /** The span's words are intact (a right answer exists at the shifted place). */
  readonly intact: boolean;
  readonly cases: number;
  readonly ours: { readonly right: number; readonly orphaned: number; readonly wrong: number };
  readonly hypothesis: { readonly right: number; readonly orphaned: number; readonly wrong: number };
}

/** Everything {@link benchAnchoring} measured. */
export interface AnchoringBenchResult {
  readonly documents: number;
  readonly characters: number;
  readonly exact: readonly ThroughputRow[];
  readonly fuzzy: readonly ThroughputRow[];
  readonly reanchor: readonly ReanchorRow[];
  readonly node: string;
}

/**
 * Run the three measurements on a generated corpus.
 *
 * @example
 * ```ts
 * const result = benchAnchoring({ quick: true });
 * console.log(formatAnchoringBench(result));
 * ```
 */
export const benchAnchoring = (options: AnchoringBenchOptions = {}): AnchoringBenchResult => {
  const quick = options.quick === true;
  const random = createRandom(options.seed ?? 20251212);
  const seed = readSeedMaterial();
  const docs = Array.from({ length: quick ? 6 : 20 }, () => generateDoc(random, seed, quick ? 8_000 : 20_000));
  const minMs = quick ? 150 : 500;
  const spansPerDoc = quick ? 20 : 40;

  // 1. exact
  const items = docs.flatMap((doc) => {
    const prepared = prepareText(doc.text);
    return Array.from({ length: spansPerDoc }, () => {
      const span = pickSpan(random, doc.text);
      const d = describeSpan(doc.text, span.start, span.end);
      if (d.status !== 'described') throw new Error(d.reason);
      return { doc, prepared, span, selectors: d };
    });
  });
  const judge = (found: Range | undefined, truth: Range): 'right' | 'wrong' | 'none' =>
    found === undefined ? 'none' : found.start === truth.start && found.end === truth.end ? 'right' : 'wrong';
  const row = (method: string, perSecond: number, outcomes: readonly ('right' | 'wrong' | 'none')[]): ThroughputRow => ({
    method,
    perSecond,
    right: outcomes.filter((o) => o === 'right').length,
    wrong: outcomes.filter((o) => o === 'wrong').length,
    none: outcomes.filter((o) => o === 'none').length,
    total: outcomes.length,
  });
  const anchoredRange = (r: ReturnType<typeof anchorQuote>): Range | undefined => (r.status === 'anchored' ? r : undefined);
  const exactQuote = (i: (typeof items)[number]) => i.selectors.quote.exact;
  const withContext = (i: (typeof items)[number]) => ({
    exact: i.selectors.quote.exact,
    prefix: i.selectors.quote.prefix,
    suffix: i.selectors.quote.suffix,
    hint: i.span.start,
  });
  const exact: ThroughputRow[] = [
    row(
      'String.prototype.indexOf (first occurrence)',
      throughput(items, (i) => i.doc.text.indexOf(exactQuote(i)), minMs),
      items.map((i) => {
        const at = i.doc.text.indexOf(exactQuote(i));
        return judge(at === -1 ? undefined : { start: at, end: at + exactQuote(i).length }, i.span);
      }),
    ),
    row(
      'anchorQuote, quote only (prepared text)',
      throughput(items, (i) => anchorQuote(i.prepared, { exact: exactQuote(i) }), minMs),
      items.map((i) => judge(anchoredRange(anchorQuote(i.prepared, { exact: exactQuote(i) })), i.span)),
    ),
    row(
      'anchorQuote, recorded selectors (prepared text)',
      throughput(items, (i) => anchorQuote(i.prepared, withContext(i)), minMs),
      items.map((i) => judge(anchoredRange(anchorQuote(i.prepared, withContext(i))), i.span)),
    ),
    row(
      'anchorQuote, recorded selectors (string, folded per call)',
      throughput(items, (i) => anchorQuote(i.doc.text, withContext(i)), minMs),
      items.map((i) => judge(anchoredRange(anchorQuote(i.doc.text, withContext(i))), i.span)),
    ),
  ];

  // 2. fuzzy: the quote with typos (about one edit per 20 units), the text unchanged
  const typoItems = items.map((i) => {
    const quote = i.selectors.quote.exact;
    const typos = typoEdits(random, 0, quote.length, Math.max(1, Math.round(quote.length / 20)));
    return { ...i, typo: applyEdits(quote, typos) };
  });
  const approxDirect = (i: (typeof typoItems)[number]): Range | undefined => search(i.doc.text, i.typo, Math.floor(i.typo.length / 4))[0];
  const fuzzyQuery = (i: (typeof typoItems)[number]) => ({ ...withContext(i), exact: i.typo });
  const overlapJudge = (found: Range | undefined, truth: Range): 'right' | 'wrong' | 'none' =>
    found === undefined ? 'none' : overlaps(found, truth) ? 'right' : 'wrong';
  const fuzzy: ThroughputRow[] = [
    row(
      'approx-string-match search, ≤ 25% edits (first best match)',
      throughput(typoItems, approxDirect, minMs),
      typoItems.map((i) => overlapJudge(approxDirect(i), i.span)),
    ),
    row(
      'anchorQuote, typo quote + recorded context (prepared)',
      throughput(typoItems, (i) => anchorQuote(i.prepared, fuzzyQuery(i)), minMs),
      typoItems.map((i) => overlapJudge(anchoredRange(anchorQuote(i.prepared, fuzzyQuery(i))), i.span)),
    ),
    row(
      'anchorQuote, typo quote only (prepared)',
      throughput(typoItems, (i) => anchorQuote(i.prepared, { exact: i.typo }), minMs),
      typoItems.map((i) => overlapJudge(anchoredRange(anchorQuote(i.prepared, { exact: i.typo })), i.span)),
    ),
  ];

  // 3. re-anchoring accuracy
  const casesPerScenario = quick ? 60 : 250;
  const reanchor: ReanchorRow[] = SCENARIOS.map((scenario) => {
    const ours = { right: 0, orphaned: 0, wrong: 0 };
    const hypothesis = { right: 0, orphaned: 0, wrong: 0 };
    let cases = 0;
    for (let tries = 0; cases < casesPerScenario && tries < casesPerScenario * 3; tries += 1) {
      const doc = pick(random, docs);
      const span = pickSpan(random, doc.text);
      const edited = scenario.run(random, seed, doc, span);
      const d = describeSpan(doc.text, span.start, span.end);
      if (edited === undefined || d.status !== 'described') continue;
      cases += 1;
      const recorded: RecordedSpan = { quote: d.quote, position: d.position };
      const tally = (counts: { right: number; orphaned: number; wrong: number }, found: Range | undefined): void => {
        if (found === undefined) counts.orphaned += 1;
        else if (edited.truth !== undefined && (scenario.intact ? found.start === edited.truth.start && found.end === edited.truth.end : overlaps(found, edited.truth))) counts.right += 1;
        else counts.wrong += 1;
      };
      const r = reanchorSpan(recorded, edited.next);
      const before = ours.wrong;
      tally(ours, r.status === 'orphaned' ? undefined : r.position);
      if (process.env['ANCHOR_BENCH_DEBUG'] === 'orphans' && r.status === 'orphaned' && edited.truth !== undefined) {
        process.stderr.write(`${scenario.name}: ${r.cause}: ${r.reason.slice(0, 160)}\n  quote ${JSON.stringify(d.quote)}\n`);
      }
      if (process.env['ANCHOR_BENCH_DEBUG'] === 'wrong' && ours.wrong > before && r.status !== 'orphaned') {
        const t = edited.truth;
        process.stderr.write(`${scenario.name}: ${JSON.stringify(d.quote)}\n  truth ${JSON.stringify(t)} ${t ? JSON.stringify(edited.next.slice(t.start - 20, t.end + 20)) : ''}\n  got ${r.status} ${r.position.start}-${r.position.end} score ${r.score.toFixed(3)} ${JSON.stringify(edited.next.slice(r.position.start - 20, r.position.end + 20))}\n`);
      }
      tally(hypothesis, hypothesisStyle(edited.next, d.quote.exact, { prefix: d.quote.prefix, suffix: d.quote.suffix, hint: span.start }));
    }
    return { scenario: scenario.name, intact: scenario.intact, cases, ours, hypothesis };
  });

  return {
    documents: docs.length,
    characters: docs.reduce((n, d) => n + d.text.length, 0),
    exact,
    fuzzy,
    reanchor,
    node: process.version,
  };
};

const fmtRate = (perSecond: number): string =>
  perSecond >= 1_000_000 ? `${(perSecond / 1_000_000).toFixed(1)}M` : perSecond >= 1_000 ? `${(perSecond / 1_000).toFixed(1)}k` : perSecond.toFixed(0);
const fmtMicros = (us: number): string => (us >= 100 ? us.toFixed(0) : us >= 1 ? us.toFixed(1) : us.toFixed(3));
const pct = (n: number, total: number): string => (total === 0 ? '–' : `${((100 * n) / total).toFixed(1)}%`);

/** The result as Markdown tables. */
export const formatAnchoringBench = (result: AnchoringBenchResult): string => {
  const throughputTable = (title: string, rows: readonly ThroughputRow[], rightLabel: string): string =>
    [
      `**${title}**`,
      '',
      `| method | calls/s | µs/call | ${rightLabel} | wrong | none |`,
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.method} | ${fmtRate(r.perSecond)} | ${fmtMicros(1e6 / r.perSecond)} | ${pct(r.right, r.total)} | ${pct(r.wrong, r.total)} | ${pct(r.none, r.total)} |`,
      ),
    ].join('\n');
  const totals = (pick: (r: ReanchorRow) => { right: number; orphaned: number; wrong: number }) =>
    result.reanchor.reduce(
      (acc, r) => ({ right: acc.right + pick(r).right, orphaned: acc.orphaned + pick(r).orphaned, wrong: acc.wrong + pick(r).wrong }),
      { right: 0, orphaned: 0, wrong: 0 },
    );
  const cases = result.reanchor.reduce((n, r) => n + r.cases, 0);
  const ours = totals((r) => r.ours);
  const hyp = totals((r) => r.hypothesis);
  const reanchorTable = [
    '**Re-anchoring under edits: claimtrace `reanchorSpan` vs a Hypothesis-style scorer without a minimum score**',
    '',
    'Right = the exact shifted offsets when the words are intact, overlapping the edited words otherwise; for deleted spans only "orphaned" is right.',
    '',
    '| scenario | cases | ours right | ours orphaned | ours wrong | Hypothesis-style right | orphaned | wrong |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...result.reanchor.map(
      (r) =>
        `| ${r.scenario} | ${r.cases} | ${r.ours.right} | ${r.ours.orphaned} | ${r.ours.wrong} | ${r.hypothesis.right} | ${r.hypothesis.orphaned} | ${r.hypothesis.wrong} |`,
    ),
    `| **all** | ${cases} | ${ours.right} | ${ours.orphaned} | **${ours.wrong}** | ${hyp.right} | ${hyp.orphaned} | **${hyp.wrong}** |`,
  ].join('\n');
  return [
    `Corpus: ${result.documents} generated documents, ${result.characters.toLocaleString('en-US')} characters; node ${result.node}.`,
    throughputTable('Exact anchoring of recorded quotes (right = the recorded offsets)', result.exact, 'right'),
    throughputTable('Fuzzy anchoring of quotes with typos (right = overlaps the quoted passage)', result.fuzzy, 'right'),
    reanchorTable,
  ].join('\n\n');
};

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const quick = process.argv.includes('--quick');
  process.stdout.write(`Anchoring benchmark${quick ? ' (quick)' : ''}\n\n${formatAnchoringBench(benchAnchoring({ quick }))}\n`);
}
