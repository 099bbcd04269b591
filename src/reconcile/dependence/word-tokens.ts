/**
 * Words of a source's content for copy detection: case-folded runs of
 * letters and digits with their offsets, skipping the source's non-content
 * ranges (cookie banners, login prompts), so boilerplate never counts as
 * shared text.
 */
import type { TextRange } from '../../model/span.js';

/** The words of one text as vocabulary ids with their UTF-16 offsets. */
export interface WordTokens {
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Tokenize `text`, giving each distinct folded word an id from `vocabulary`
 * (shared across the texts being compared, extended as needed).
 *
 * @example
 * const vocab = new Map<string, number>();
 * wordTokens('Pax Silica, pax', [], vocab).ids // Int32Array [0, 1, 0]
 */
export const wordTokens = (text: string, exclude: readonly TextRange[], vocabulary: Map<string, number>): WordTokens => {
  const skip = [...exclude].sort((a, b) => a.start - b.start);
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let r = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (r < skip.length && (skip[r] as TextRange).end <= start) r++;
    const range = skip[r];
    if (range !== undefined && range.start < end && start < range.end) continue;
    const word = match[0].toLowerCase();
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    ids.push(id);
    starts.push(start);
    ends.push(end);
  }
  return { ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
};
