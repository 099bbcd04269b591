/**
 * Parts 1 and 2 as sections of `npm run bench`: the anchoring benchmark of
 * `anchoring.ts` (helper "anchor") run several times, each in its own
 * process, with calls per second as medians and our overhead as ratios to
 * the plain alternatives measured in the same run.
 */
import type { AnchoringBenchResult, ReanchorRow, ThroughputRow } from './anchoring.js';
import { formatCount, formatRatio } from './format.js';
import type { BenchSection, TargetCheck } from './section.js';
import { median } from './statistics.js';
import type { Table } from './table.js';

/** Calls per second, compact: `51.7M`, `10.4k`, `850`. */
const formatRate = (perSecond: number): string =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(1)}M` : perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(1)}k` : perSecond.toFixed(0);

const share = (n: number, total: number): string => (total === 0 ? '–' : `${((100 * n) / total).toFixed(1)}%`);

/** Median calls/s per method over runs; outcome counts from the first run (they are seeded, so every run has the same). */
const medianRows = (runs: readonly (readonly ThroughputRow[])[]): readonly ThroughputRow[] =>
  (runs[0] ?? []).map((row) => ({
    ...row,
    perSecond: median(runs.map((r) => r.find((x) => x.method === row.method)?.perSecond ?? Number.NaN).filter(Number.isFinite)),
  }));

const isOurs = (r: ThroughputRow): boolean => r.method.startsWith('anchorQuote');

const throughputTable = (caption: string, rows: readonly ThroughputRow[], baseline: ThroughputRow | undefined, baselineName: string): Table => ({
  caption,
  header: ['method', 'calls/s', 'µs/call', `time vs ${baselineName}`, 'right', 'wrong', 'none'],
  rows: rows.map((r) => [
    r.method,
    formatRate(r.perSecond),
    (1e6 / r.perSecond).toFixed(1),
    baseline === undefined ? 'n/a' : formatRatio(baseline.perSecond / r.perSecond),
    share(r.right, r.total),
    share(r.wrong, r.total),
    share(r.none, r.total),
  ]),
});

/**
 * Part 1: exact and fuzzy anchoring throughput, side by side with
 * `indexOf` and approx-string-match on the same inputs.
 *
 * @example
 * const section = anchoringSection(runs, { quick: true, wallMs });
 */
export const anchoringSection = (runs: readonly AnchoringBenchResult[], options: { readonly quick: boolean; readonly wallMs: number }): BenchSection => {
  const first = runs[0]!;
  const exact = medianRows(runs.map((r) => r.exact));
  const fuzzy = medianRows(runs.map((r) => r.fuzzy));
  const indexOf = exact.find((r) => r.method.includes('indexOf'));
  const approx = fuzzy.find((r) => r.method.includes('approx-string-match'));
  const oursExact = exact.find((r) => r.method.includes('recorded selectors (prepared'));
  const oursFuzzy = fuzzy.find((r) => r.method.includes('recorded context'));
  const oursWrong = [...exact, ...fuzzy].filter(isOurs).reduce((n, r) => n + r.wrong, 0);
  const oursTotal = [...exact, ...fuzzy].filter(isOurs).reduce((n, r) => n + r.total, 0);
  const targets: TargetCheck[] = [
    {
      target: 'anchorQuote never anchors to a wrong place (exact and fuzzy)',
      measured: `${oursWrong} wrong of ${formatCount(oursTotal)} calls`,
      met: oursWrong === 0,
    },
  ];
  const ratio = (base: ThroughputRow | undefined, ours: ThroughputRow | undefined): string =>
    base !== undefined && ours !== undefined ? formatRatio(base.perSecond / ours.perSecond) : 'n/a';
  return {
    id: 'anchoring',
    title: 'Anchoring throughput: exact and fuzzy, against indexOf and approx-string-match',
    status: 'ran',
    note: `${first.documents} generated documents, ${formatCount(first.characters)} characters; ${runs.length} run(s), each in its own process, calls/s as medians`,
    tables: [
      throughputTable('Exact anchoring of recorded quotes (right = the recorded offsets)', exact, indexOf, 'indexOf'),
      throughputTable('Fuzzy anchoring of quotes with typos (right = overlaps the quoted passage)', fuzzy, approx, 'approx-string-match'),
    ],
    targets,
    meaning: [
      'The corpus is generated from the bundled seed texts with a seeded PRNG (paragraphs of real seed sentences, so phrases repeat as they do on news pages); quotes are spans of 12–120 units described with `describeSpan` (quote, 32-unit prefix and suffix, position).',
      '*Exact*: `indexOf` is the floor — it finds the first occurrence and nothing else, so it lands on the wrong copy when a quote repeats; `anchorQuote` also folds typography, scores every occurrence by its context and position, and refuses near-ties.',
      '*Fuzzy*: each quote gets about one typo per 20 units; approx-string-match (`search(text, quote, ⌊len/4⌋)`, first lowest-error match) is the library we build on, so its row is the cost of the raw search and the ratio is our overhead (folding, context scoring, the minimum score and ambiguity checks).',
      '*Time vs …* is how many times longer one call takes than the baseline of its table (1.00× = as fast). *Wrong* is the figure that matters for provenance: an anchor at the wrong place silently points a claim at words that do not support it.',
    ].join('\n\n'),
    summary: `anchoring exact ${oursExact ? formatRate(oursExact.perSecond) : 'n/a'}/s (${ratio(indexOf, oursExact)} indexOf time), fuzzy ${oursFuzzy ? formatRate(oursFuzzy.perSecond) : 'n/a'}/s (${ratio(approx, oursFuzzy)} approx-string-match)`,
    wallMs: options.wallMs,
  };
};

/** `true` for scenarios where the span's words are gone, so orphaned is the right answer. */
const spanDeleted = (r: ReanchorRow): boolean => /\bdeleted\b/.test(r.scenario);

/**
 * Part 2: re-anchoring accuracy under the synthetic edit model, against a
 * Hypothesis-style scorer with no minimum score.
 *
 * @example
 * const section = reanchoringSection(runs[0], { wallMs });
 */
export const reanchoringSection = (result: AnchoringBenchResult, options: { readonly wallMs: number }): BenchSection => {
  const rows = result.reanchor;
  const sum = (f: (r: ReanchorRow) => number, only?: (r: ReanchorRow) => boolean): number =>
    rows.filter((r) => only === undefined || only(r)).reduce((n, r) => n + f(r), 0);
  const cases = sum((r) => r.cases);
  const ours = {
    correct: sum((r) => r.ours.right) + sum((r) => r.ours.orphaned, spanDeleted),
    orphanedWithAnswer: sum((r) => r.ours.orphaned, (r) => !spanDeleted(r)),
    wrong: sum((r) => r.ours.wrong),
  };
  const hyp = {
    correct: sum((r) => r.hypothesis.right) + sum((r) => r.hypothesis.orphaned, spanDeleted),
    orphanedWithAnswer: sum((r) => r.hypothesis.orphaned, (r) => !spanDeleted(r)),
    wrong: sum((r) => r.hypothesis.wrong),
  };
  const correct = (r: ReanchorRow, who: 'ours' | 'hypothesis'): number => r[who].right + (spanDeleted(r) ? r[who].orphaned : 0);
  const lost = (r: ReanchorRow, who: 'ours' | 'hypothesis'): number => (spanDeleted(r) ? 0 : r[who].orphaned);
  return {
    id: 'reanchoring',
    title: 'Re-anchoring accuracy under edits, against a threshold-free Hypothesis-style scorer',
    status: 'ran',
    note: `${formatCount(cases)} edited spans over ${rows.length} scenarios, measured in the same runs as part 1; seeded, so every run gives the same counts`,
    tables: [
      {
        caption: 'Outcomes per edit scenario: correct / orphaned / wrong (orphaned counts as correct when the span was deleted)',
        header: ['scenario', 'cases', 'ours correct', 'ours orphaned', 'ours wrong', 'Hypothesis-style correct', 'orphaned', 'wrong'],
        rows: [
          ...rows.map((r) => [
            r.scenario,
            formatCount(r.cases),
            formatCount(correct(r, 'ours')),
            formatCount(lost(r, 'ours')),
            formatCount(r.ours.wrong),
            formatCount(correct(r, 'hypothesis')),
            formatCount(lost(r, 'hypothesis')),
            formatCount(r.hypothesis.wrong),
          ]),
          ['all', formatCount(cases), formatCount(ours.correct), formatCount(ours.orphanedWithAnswer), formatCount(ours.wrong), formatCount(hyp.correct), formatCount(hyp.orphanedWithAnswer), formatCount(hyp.wrong)],
        ],
      },
    ],
    targets: [
      { target: 're-anchoring: zero wrong anchors', measured: `${ours.wrong} wrong of ${formatCount(cases)}`, met: ours.wrong === 0 },
      {
        target: 're-anchoring: fewer orphans than the threshold-free scorer has wrong anchors',
        measured: `${ours.orphanedWithAnswer} orphaned vs ${hyp.wrong} wrong`,
        met: ours.orphanedWithAnswer < hyp.wrong,
      },
    ],
    meaning: [
      'Each case picks a span in a generated document, records it with `describeSpan`, edits the document, and asks `reanchorSpan` where the span is now.',
      'The edit model: edits away from the span, edits right next to it, its paragraph moved, typos and a replaced word inside it, the span deleted, and the span deleted with an exact or near copy of it left elsewhere (the duplicated-passage trap), all on the generated documents of part 1 (`anchoring.ts`);',
      'and duplicated paragraphs with the span left in place — its own paragraph copied two or more paragraphs away or right next to itself, another paragraph copied next to it — on pages of the distinct seed-article paragraphs in random order (`reanchoring-duplicates.ts`; a paragraph copied right next to itself gives the same text whichever side the copy went, so either adjacent occurrence counts as correct there).',
      '*Correct* is the exact shifted offsets when the words are intact, an overlap with the edited words otherwise, and *orphaned* when the span was deleted. *Orphaned* in the other scenarios means the words still exist but we declined to anchor: a claim a person has to look at again.',
      '*Wrong* means an anchor at a place that is not the span — the failure a provenance tool must not have.',
      'The comparison is a re-implementation, from its published description, of the Hypothesis client\'s `match-quote` scoring (quote 50, prefix 20, suffix 20, position 2; the best candidate always wins, there is no minimum score), with its candidates found the same way (every exact occurrence, else approx-string-match matches with up to half the quote in errors).',
      'The goal is zero wrong anchors, with fewer orphans than that scorer has wrong anchors: we trade a few "look again" cases for never pointing at the wrong words.',
      'The duplicated-paragraph rows show the price of that trade: when the span\'s own paragraph is copied, an identical quote with identical context stands elsewhere, and `reanchorSpan` declines (ambiguous or contested) where the position term lets the threshold-free scorer pick the original.',
    ].join(' '),
    summary: `re-anchoring ${ours.wrong} wrong / ${ours.orphanedWithAnswer} orphaned vs Hypothesis-style ${hyp.wrong} wrong`,
    wallMs: options.wallMs,
  };
};
