/**
 * The comparison scorer for the re-anchoring benchmarks: a Hypothesis-style
 * quote matcher with no minimum score, written from its published
 * description — exact matches if any, else approximate ones (up to half the
 * quote as edits); score = (50·quote + 20·prefix + 20·suffix + 2·position) / 92,
 * where prefix/suffix similarity is the best approximate match of the context
 * in a window of its length, and position = 1 − distance / length. It always
 * answers when anything matches, which is what the benchmarks compare against.
 */
import search from 'approx-string-match';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Best candidate by the Hypothesis-style score, or `undefined` when the quote matches nowhere. */
export const hypothesisStyle = (text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): Range | undefined => {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) exact.push({ start: i, end: i + quote.length, errors: 0 });
  const matches = exact.length > 0 ? exact : search(text, quote, Math.min(256, Math.floor(quote.length / 2)));
  const similarity = (window: string, expected: string): number => {
    if (expected.length === 0) return 1;
    if (window.length === 0) return 0;
    const best = search(window, expected, expected.length)[0];
    return best === undefined ? 0 : 1 - best.errors / expected.length;
  };
  let best: { range: Range; score: number } | undefined;
  for (const m of matches) {
    const q = 1 - m.errors / quote.length;
    const p = similarity(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix);
    const s = similarity(text.slice(m.end, m.end + context.suffix.length), context.suffix);
    const pos = 1 - Math.abs(m.start - context.hint) / text.length;
    const score = (50 * q + 20 * p + 20 * s + 2 * pos) / 92;
    if (best === undefined || score > best.score) best = { range: { start: m.start, end: m.end }, score };
  }
  return best?.range;
};
