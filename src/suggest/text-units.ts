/**
 * A source's text as sentences and words with their offsets, the units the
 * suggestion detectors work on. Sentences come from the platform's Unicode
 * sentence segmenter (ICU, `Intl.Segmenter`), re-joined where it breaks after
 * a title or month abbreviation ("Mr.", "Dec.") or after a clock time's
 * "a.m."/"p.m." that the day, month or time zone follows ("at 4 p.m.
 * Tuesday", "7:45 a.m. CDT"); paragraphs always end a sentence. Words are runs of non-space with their outer punctuation split
 * off, so "(G7)," is the word "G7". A run of text with no sentence end
 * longer than `MAX_SENTENCE_LENGTH` (a page whose full stops were lost, a
 * table flattened into one line) is cut at white space into pieces of at
 * most that length, so what is done per sentence costs the same per
 * character however long the run: no sentence of a news page is that long.
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
  /** The paragraph (line) the sentence is in: `[start, end)` of the text. */
  readonly paragraph: { readonly start: number; readonly end: number };
}

/** The longest sentence, in code units; a longer run is cut at white space. */
export const MAX_SENTENCE_LENGTH = 2_000;

const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|approx|est|Inc|Corp|Co|Ltd|e\.g|i\.e)\.\s*$/;

/** "a.m." / "p.m." ending a segment: the time goes on when the next one opens with its day, month or time zone. */
const CLOCK_SUFFIX = /\d\s*[ap]\.m\.\s*$/i;
const TIME_GOES_ON =
  /^\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?\s*\d|(?:[ECMP][SD]?T|[A-Z]{1,2}[SD]T|GMT|UTC|BST|CET|CEST)\b|(?:Eastern|Central|Mountain|Pacific)\s+(?:[Tt]ime|Standard|Daylight)\b)/;

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

/** Small words a title-case headline leaves in lower case. */
const TITLE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'up', 'as', 'with', 'from', 'into', 'over', 'via', 'vs', 'per', 'off', 'out', 'after', 'amid', 'near']);

/**
 * A headline in title case ("Fire Destroys 3 Warehouses"): every word with letters capitalised but the small
 * function words, at least three capitalised. Its capitals say nothing about names.
 *
 * @example
 * isTitleCase([...sentencesOf('Fire Destroys 3 Warehouses')][0]) // true
 */
export const isTitleCase = (sentence: Pick<Sentence, 'words'>): boolean => {
  let capitalised = 0;
  for (const w of sentence.words) {
    if (!/^\p{L}/u.test(w.text)) continue;
    if (w.capitalised) capitalised += 1;
    else if (!TITLE_LOWER.has(w.text.toLowerCase())) return false;
  }
  return capitalised >= 3;
};

/**
 * @example
 * [...sentencesOf('Mr. Smith said so. It rained.\n\nNew paragraph')].map((s) => s.text)
 * // ['Mr. Smith said so.', 'It rained.', 'New paragraph']
 */
export function* sentencesOf(text: string): Generator<Sentence> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const ranges: { start: number; end: number; paragraph: { start: number; end: number } }[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index ?? 0;
    const paragraph = { start: base, end: base + line[0].length };
    const push = (r: { start: number; end: number }): void => {
      for (const piece of piecesOf(text, r.start, r.end)) ranges.push({ ...piece, paragraph });
    };
    let pending: { start: number; end: number } | undefined;
    for (const seg of segmentsOf(segmenter, line[0])) {
      const start = base + seg.start;
      const end = base + seg.end;
      if (pending !== undefined && (endsWithAbbreviation(text, pending.start, pending.end) || timeGoesOn(text, pending, { start, end }))) pending = { start: pending.start, end };
      else {
        if (pending !== undefined) push(pending);
        pending = { start, end };
      }
    }
    if (pending !== undefined) push(pending);
  }
  for (const { start, end, paragraph } of ranges) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s += 1;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
    // Words are made as each sentence is read, so a long page's words are never all held at once.
    if (e > s) yield { start: s, end: e, paragraph, text: text.slice(s, e), words: wordsOf(text, s, e) };
  }
}

/** Code units of a line given to the segmenter at once. */
const SEGMENTER_WINDOW = 4_096;

/**
 * The segmenter's sentences of a line, `[start, end)` within it. The line is given to the segmenter a window at a
 * time, each window starting where the last whole sentence of the one before ended: stepping through the segments
 * of one long string costs more the longer the string (V8's ICU segmenter: 1,000 sentences on one line 56 ms, 8,000
 * sentences 10.7 s). A window holding no sentence end is widened until it does.
 */
function* segmentsOf(segmenter: Intl.Segmenter, line: string): Generator<{ start: number; end: number }> {
  let from = 0;
  let width = SEGMENTER_WINDOW;
  while (from < line.length) {
    const to = Math.min(line.length, from + width);
    const found: { start: number; end: number }[] = [];
    for (const seg of segmenter.segment(line.slice(from, to))) found.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
    if (to < line.length) {
      // The window's last sentence may go on past it: it is segmented again as the start of the next window.
      found.pop();
      if (found.length === 0) {
        width *= 2;
        continue;
      }
    }
    yield* found;
    from = (found[found.length - 1] as { end: number }).end;
    width = SEGMENTER_WINDOW;
  }
}

/** Code units of the longest abbreviation ("approx.") and the white space before it. */
const ABBREVIATION_REACH = 8;

/**
 * Whether `[start, end)` ends with an abbreviation ("… Mr. "). Only its last
 * word is read, so a run of abbreviations joined into one sentence is not
 * read again at each join.
 */
const endsWithAbbreviation = (text: string, start: number, end: number): boolean => {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return ABBREVIATION.test(text.slice(Math.max(start, e - ABBREVIATION_REACH), e));
};

/** Whether a segment ending "… 4 p.m." is cut from its day, month or time zone ("Tuesday at the plant.", "CDT today."). */
const timeGoesOn = (text: string, before: { start: number; end: number }, after: { start: number; end: number }): boolean =>
  CLOCK_SUFFIX.test(text.slice(Math.max(before.start, before.end - 16), before.end)) && TIME_GOES_ON.test(text.slice(after.start, Math.min(after.end, after.start + 40)));

/**
 * `[start, end)` as pieces of at most `MAX_SENTENCE_LENGTH` code units, each
 * cut after the last white space before the limit (after a comma or
 * semicolon when there is one in its second half); a run with no white space
 * at all is cut at the limit, never inside a surrogate pair.
 */
const piecesOf = (text: string, start: number, end: number): { start: number; end: number }[] => {
  if (end - start <= MAX_SENTENCE_LENGTH) return [{ start, end }];
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    const limit = from + MAX_SENTENCE_LENGTH;
    const window = text.slice(from, limit);
    const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const space = window.search(/\s\S*$/);
    let cut = clause >= MAX_SENTENCE_LENGTH / 2 ? from + clause + 2 : space > 0 ? from + space + 1 : limit;
    if (cut === limit && /[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut -= 1;
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  pieces.push({ start: from, end });
  return pieces;
};
