/**
 * A source's text as sentences and words with their offsets, the units the
 * suggestion detectors work on. Sentences come from the platform's Unicode
 * sentence segmenter (ICU, `Intl.Segmenter`), re-joined where it breaks after
 * a title or month abbreviation ("Mr.", "Dec."); paragraphs always end a
 * sentence. Words are runs of non-space with their outer punctuation split
 * off, so "(G7)," is the word "G7".
 */

export interface Word {
  /** The word without outer punctuation. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The word starts with an upper-case letter (or is all capitals and digits, like "G7"). */
  readonly capitalised: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly Word[];
}

const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|approx|est|Inc|Corp|Co|Ltd|e\.g|i\.e)\.\s*$/;

const OUTER_PUNCTUATION_START = /^[("'“‘«\[{]+/;
const OUTER_PUNCTUATION_END = /[)"'”’»\]},.;:!?]+$/;

/** The words of a range of `text`. */
export const wordsOf = (text: string, start: number, end: number): Word[] => {
  const words: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    let s = m.index;
    let e = m.index + m[0].length;
    const lead = OUTER_PUNCTUATION_START.exec(m[0]);
    if (lead !== null) s += lead[0].length;
    const token = slice.slice(s, e);
    // Keep a final "." of an abbreviation or initialism ("U.S.", "Inc."), strip other trailing punctuation.
    const trail = OUTER_PUNCTUATION_END.exec(token);
    if (trail !== null && !(/^(?:[A-Za-z]\.){2,}$/.test(token) && trail[0] === '.')) e -= trail[0].length;
    if (e <= s) continue;
    const w = slice.slice(s, e);
    words.push({ text: w, start: start + s, end: start + e, capitalised: /^[\p{Lu}]/u.test(w) || /^[\p{Lu}\d][\p{Lu}\d&.-]*$/u.test(w) && /\p{Lu}/u.test(w) });
  }
  return words;
};

/**
 * @example
 * sentencesOf('Mr. Smith said so. It rained.\n\nNew paragraph').map((s) => s.text)
 * // ['Mr. Smith said so.', 'It rained.', 'New paragraph']
 */
export const sentencesOf = (text: string): Sentence[] => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ranges: { start: number; end: number }[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const base = paragraph.index ?? 0;
    let pending: { start: number; end: number } | undefined;
    for (const seg of segmenter.segment(paragraph[0])) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      if (pending !== undefined && ABBREVIATION.test(text.slice(pending.start, pending.end))) pending = { start: pending.start, end };
      else {
        if (pending !== undefined) ranges.push(pending);
        pending = { start, end };
      }
    }
    if (pending !== undefined) ranges.push(pending);
  }
  return ranges
    .map(({ start, end }) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s] ?? '')) s += 1;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
      return { start: s, end: e };
    })
    .filter((r) => r.end > r.start)
    .map((r) => ({ ...r, text: text.slice(r.start, r.end), words: wordsOf(text, r.start, r.end) }));
};
