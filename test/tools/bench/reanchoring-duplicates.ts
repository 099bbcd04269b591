/**
 * Part 2, the duplicated-paragraph edits of the issue's edit model, which the
 * anchoring benchmark (`anchoring.ts`, helper "anchor") does not generate:
 * the span's own paragraph copied elsewhere or right after itself, and
 * another paragraph copied, with the span left where it was. Written here,
 * in a new file, as the brief asks when a part is missing; its rows have the
 * shape of `anchoring.ts`'s `ReanchorRow` so part 2 reports them in one table.
 *
 * Documents are the bundled seed articles (`claims/sources/*.txt`): their 74
 * distinct paragraphs (about 21,000 characters) shuffled into pages of about
 * 12,000 characters with a seeded PRNG, so the words are real news text.
 *
 * Judging: the span's words are still at their old place (shifted by the
 * insertion), so *right* is exactly those offsets; an anchor on a copy further
 * away is *wrong* (a lookalike, not the place that was recorded); *orphaned*
 * means the method declined (for us: ambiguous between the two). A paragraph
 * duplicated right next to itself gives the same text whether the copy went
 * before or after it, so there either of the two adjacent occurrences is right.
 *
 * The comparison is a Hypothesis-style scorer with no minimum score, written
 * here from the Hypothesis client's published description (match-quote:
 * quote 50, prefix 20, suffix 20, position 2; best candidate always taken),
 * the same description `anchoring.ts` follows; that module keeps its own copy
 * private, so this file has its own.
 *
 * `REANCHOR_DUP_DEBUG=wrong` (or `orphans`) prints each wrong (or orphaned)
 * re-anchoring of our own to stderr.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeSpan, reanchorSpan } from '../../../src/anchor/index.js';
import { normalizeText } from '../../../src/ingest/index.js';
import { hypothesisStyle, type Range } from './hypothesis-style-scorer.js';
import { createRandom } from './seeded-random.js';
import type { ReanchorRow } from './anchoring.js';

/** The distinct paragraphs of the bundled seed articles (non-blank lines of at least 40 units). */
const seedParagraphs = (): readonly string[] => {
  const dir = fileURLToPath(new URL('../../../claims/sources/', import.meta.url));
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => normalizeText(readFileSync(`${dir}${f}`, 'utf8')).split('\n'))
    .map((p) => p.trim())
    .filter((p) => p.length >= 40);
  return [...new Set(all)];
};

/**
 * A page of distinct seed paragraphs in random order, about `target` units
 * long: before the edit no paragraph repeats, so the only duplicate is the
 * one the scenario makes (sentences shared between articles still repeat).
 */
const page = (random: () => number, paragraphs: readonly string[], target: number): readonly string[] => {
  const pool = [...paragraphs];
  const out: string[] = [];
  let length = 0;
  while (length < target && pool.length > 0) {
    const p = pool.splice(Math.floor(random() * pool.length), 1)[0]!;
    out.push(p);
    length += p.length + 2;
  }
  return out;
};

const join = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

/** Offset of paragraph `i` in `join(paragraphs)`. */
const paragraphStart = (paragraphs: readonly string[], i: number): number =>
  paragraphs.slice(0, i).reduce((n, p) => n + p.length + 2, 0);

/** A span of 12–120 units inside paragraph `i`, at word boundaries. */
const spanIn = (random: () => number, paragraph: string): Range | undefined => {
  if (paragraph.length < 20) return undefined;
  let start = Math.floor(random() * Math.max(1, paragraph.length - 40));
  while (start > 0 && /\S/.test(paragraph.charAt(start - 1))) start -= 1;
  let end = Math.min(paragraph.length, start + 12 + Math.floor(random() * 109));
  while (end < paragraph.length && /\S/.test(paragraph.charAt(end))) end += 1;
  while (end > start && /[\s.,;:]/.test(paragraph.charAt(end - 1))) end -= 1;
  return end - start >= 12 ? { start, end } : undefined;
};

/**
 * A duplicated-paragraph edit: the paragraphs after it and by how much the
 * recorded span may have moved (every shift listed is a right answer).
 */
type DuplicateEdit = (
  random: () => number,
  paragraphs: readonly string[],
  spanParagraph: number,
) => { readonly next: readonly string[]; readonly movedBy: readonly number[] } | undefined;

const insertAt = (paragraphs: readonly string[], at: number, copy: string): readonly string[] => [
  ...paragraphs.slice(0, at),
  copy,
  ...paragraphs.slice(at),
];

/** Shift of the span's paragraph when a paragraph of length `len` is inserted before it. */
const shiftFor = (insertedAt: number, spanParagraph: number, len: number): number => (insertedAt <= spanParagraph ? len + 2 : 0);

const SCENARIOS: readonly { readonly name: string; readonly edit: DuplicateEdit }[] = [
  {
    name: 'its paragraph duplicated elsewhere (≥ 2 paragraphs away)',
    edit: (random, paragraphs, sp) => {
      const far = [...paragraphs.keys(), paragraphs.length].filter((i) => i <= sp - 2 || i >= sp + 3);
      if (far.length === 0) return undefined;
      const at = far[Math.floor(random() * far.length)]!;
      return { next: insertAt(paragraphs, at, paragraphs[sp]!), movedBy: [shiftFor(at, sp, paragraphs[sp]!.length)] };
    },
  },
  {
    name: 'its paragraph duplicated right next to itself (either copy is right)',
    edit: (_random, paragraphs, sp) => ({ next: insertAt(paragraphs, sp + 1, paragraphs[sp]!), movedBy: [0, paragraphs[sp]!.length + 2] }),
  },
  {
    name: 'another paragraph duplicated next to it',
    edit: (random, paragraphs, sp) => {
      const other = sp > 0 && random() < 0.5 ? sp - 1 : sp + 1;
      if (other >= paragraphs.length) return undefined;
      const at = random() < 0.5 ? sp : sp + 1;
      return { next: insertAt(paragraphs, at, paragraphs[other]!), movedBy: [shiftFor(at, sp, paragraphs[other]!.length)] };
    },
  },
];

/** Options of `benchDuplicateReanchoring`. */
export interface DuplicateReanchorOptions {
  readonly quick?: boolean;
  readonly seed?: number;
}

/**
 * Re-anchor recorded spans after duplicated-paragraph edits, with
 * `reanchorSpan` and with the threshold-free Hypothesis-style scorer.
 * Deterministic for a given seed.
 *
 * @example
 * benchDuplicateReanchoring({ quick: true }).map((r) => [r.scenario, r.ours.wrong, r.hypothesis.wrong]);
 */
export const benchDuplicateReanchoring = (options: DuplicateReanchorOptions = {}): readonly ReanchorRow[] => {
  const random = createRandom(options.seed ?? 20251222);
  const paragraphs = seedParagraphs();
  const cases = options.quick === true ? 60 : 250;
  return SCENARIOS.map(({ name, edit }) => {
    const ours = { right: 0, orphaned: 0, wrong: 0 };
    const hypothesis = { right: 0, orphaned: 0, wrong: 0 };
    let done = 0;
    for (let tries = 0; done < cases && tries < cases * 5; tries += 1) {
      const before = page(random, paragraphs, 12_000);
      const sp = Math.floor(random() * before.length);
      const local = spanIn(random, before[sp]!);
      if (local === undefined) continue;
      const text = join(before);
      const start = paragraphStart(before, sp) + local.start;
      const end = paragraphStart(before, sp) + local.end;
      const d = describeSpan(text, start, end);
      const edited = edit(random, before, sp);
      if (d.status !== 'described' || edited === undefined) continue;
      done += 1;
      const next = join(edited.next);
      const truths = edited.movedBy.map((by) => ({ start: start + by, end: end + by }));
      for (const t of truths) if (next.slice(t.start, t.end) !== d.quote.exact) throw new Error(`${name}: the ground truth does not hold the quote`);
      const tally = (counts: { right: number; orphaned: number; wrong: number }, found: Range | undefined): void => {
        if (found === undefined) counts.orphaned += 1;
        else if (truths.some((t) => found.start === t.start && found.end === t.end)) counts.right += 1;
        else counts.wrong += 1;
      };
      const r = reanchorSpan({ quote: d.quote, position: d.position }, next);
      tally(ours, r.status === 'orphaned' ? undefined : r.position);
      if (process.env['REANCHOR_DUP_DEBUG'] === 'orphans' && r.status === 'orphaned') {
        process.stderr.write(`${name}: moved ${edited.movedBy.join('/')}: ${r.cause}: ${r.reason.slice(0, 200)}\n`);
      }
      if (process.env['REANCHOR_DUP_DEBUG'] === 'wrong' && r.status !== 'orphaned' && !truths.some((t) => t.start === r.position.start)) {
        const at = r.position.start;
        const count = next.split(d.quote.exact).length - 1;
        process.stderr.write(`${name}: got ${at} (${r.status}, score ${r.score.toFixed(3)}), truth ${truths.map((t) => t.start).join('/')}, recorded ${start}, occurrences ${count}\n  quote ${JSON.stringify(d.quote.exact)}\n  prefix ${JSON.stringify(d.quote.prefix)}\n  got-prefix ${JSON.stringify(next.slice(at - 32, at))}\n  truth-prefix ${JSON.stringify(next.slice(truths[0]!.start - 32, truths[0]!.start))}\n`);
      }
      tally(hypothesis, hypothesisStyle(next, d.quote.exact, { prefix: d.quote.prefix, suffix: d.quote.suffix, hint: start }));
    }
    return { scenario: name, intact: true, cases: done, ours, hypothesis };
  });
};
