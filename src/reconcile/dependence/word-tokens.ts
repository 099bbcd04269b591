/**
 * Words of the sources' content for copy detection: runs of letters and
 * digits (`/[\p{L}\p{N}]+/u`, whole code points), case-folded with
 * `toLowerCase`, skipping each source's non-content ranges (cookie banners,
 * login prompts), so boilerplate never counts as shared text.
 *
 * A text is read once, code unit by code unit: ASCII is classified and
 * folded by table while its word's hash is computed, so a word costs no
 * match object and no string; other code points are classified once each by
 * the Unicode property test (cached), and a word holding one is folded with
 * `toLowerCase` as a whole (which knows the final sigma and the Kelvin
 * sign). Finding shared passages needs only each word's id; the offsets of
 * the few words a passage starts or ends with are read again afterwards
 * (`wordOffsets`), so no offset is kept for the millions of others.
 */
import type { TextRange } from '../../model/span.js';
import { FOLDED_HASH_START, FoldedVocabulary, foldedHashStep } from './folded-vocabulary.js';
import { IntColumn } from '../columns/typed-column.js';

/** The words of several texts, text after text, as vocabulary ids. */
export interface TextWords {
  readonly ids: Int32Array;
  /** `texts + 1` offsets: text t's words are `ids[docStart[t]] … ids[docStart[t + 1] - 1]`. */
  readonly docStart: Int32Array;
  /** Each id's folded word. */
  readonly vocabulary: readonly string[];
}

/** Where each word the scanner finds goes. `ascii`: the word is ASCII only, and `hash` is its folded hash. */
interface WordSink {
  add(text: string, start: number, end: number, ascii: boolean, hash: number): void;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither (a lone surrogate is neither). */
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) unitClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const astralClass = new Map<number, boolean>();

/** How many code units the letter or digit at `at` spans (1, or 2 for a surrogate pair), or 0 when none starts there. */
const wordUnitWidth = (text: string, at: number, unit: number): number => {
  if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let word = astralClass.get(point);
      if (word === undefined) {
        word = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
        astralClass.set(point, word);
      }
      return word ? 2 : 0;
    }
  }
  let known = unitClass[unit] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 2;
    unitClass[unit] = known;
  }
  return known === 1 ? 1 : 0;
};

/** Give every word of `text` outside `exclude` to `sink`, in text order (a word overlapping an excluded range is skipped whole). */
const scanWords = (text: string, exclude: readonly TextRange[], sink: WordSink): void => {
  const skip = [...exclude].sort((a, b) => a.start - b.start);
  const length = text.length;
  let r = 0;
  let at = 0;
  while (at < length) {
    let unit = text.charCodeAt(at);
    if (unit < 128 ? unitClass[unit] !== 1 : wordUnitWidth(text, at, unit) === 0) {
      at++;
      continue;
    }
    // A word: fold and hash ASCII as it is read; note whether anything else is in it.
    const start = at;
    let hash = FOLDED_HASH_START;
    let ascii = true;
    while (at < length) {
      unit = text.charCodeAt(at);
      if (unit < 128) {
        if (unitClass[unit] !== 1) break;
        hash = foldedHashStep(hash, unit >= 65 && unit <= 90 ? unit + 32 : unit);
        at++;
      } else {
        const width = wordUnitWidth(text, at, unit);
        if (width === 0) break;
        ascii = false;
        at += width;
      }
    }
    while (r < skip.length && (skip[r] as TextRange).end <= start) r++;
    const range = skip[r];
    if (range !== undefined && range.start < at && start < range.end) continue;
    sink.add(text, start, at, ascii, hash);
  }
};

class IdSink implements WordSink {
  readonly vocabulary = new FoldedVocabulary();
  constructor(readonly ids: IntColumn) {}
  add(text: string, start: number, end: number, ascii: boolean, hash: number): void {
    this.ids.push(ascii ? this.vocabulary.idOfAscii(text, start, end, hash) : this.vocabulary.idOfFolded(text.slice(start, end).toLowerCase()));
  }
}

class OffsetSink implements WordSink {
  readonly starts = new IntColumn(64);
  readonly ends = new IntColumn(64);
  add(_text: string, start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
  /** Empty again, for the next text (the columns are kept). */
  clear(): void {
    this.starts.length = 0;
    this.ends.length = 0;
  }
}

/**
 * Tokenize `texts`, giving each distinct folded word an id (shared by all
 * texts, in order of first sight). `excluded[t]` are text t's ranges whose
 * words are left out.
 *
 * @example
 * const words = textWords(['Pax Silica, pax', 'PAX'], [[], []]);
 * words.ids        // Int32Array [0, 1, 0, 0]
 * words.docStart   // Int32Array [0, 3, 4]
 * words.vocabulary // ['pax', 'silica']
 */
export const textWords = (texts: readonly string[], excluded: readonly (readonly TextRange[])[]): TextWords => {
  let characters = 0;
  for (const t of texts) characters += t.length;
  // About one word per five characters of prose; the column grows if there are more.
  const sink = new IdSink(new IntColumn(Math.ceil(characters / 5)));
  const docStart = new Int32Array(texts.length + 1);
  texts.forEach((text, doc) => {
    docStart[doc] = sink.ids.length;
    scanWords(text, excluded[doc] ?? [], sink);
  });
  docStart[texts.length] = sink.ids.length;
  return { ids: sink.ids.values(), docStart, vocabulary: sink.vocabulary.words };
};

/** Word offsets (UTF-16, end exclusive) in their own text. */
export interface WordOffsets {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * The offsets of the words at `positions` (indices into `textWords(texts,
 * excluded).ids`, whose `docStart` is given): each text holding one of them
 * is read once more.
 *
 * @example
 * const words = textWords(['Pax Silica, pax'], [[]]);
 * wordOffsets(['Pax Silica, pax'], [[]], words.docStart, Int32Array.of(2, 0)) // { starts: [12, 0], ends: [15, 3] }
 */
export const wordOffsets = (texts: readonly string[], excluded: readonly (readonly TextRange[])[], docStart: Int32Array, positions: Int32Array): WordOffsets => {
  const starts = new Int32Array(positions.length);
  const ends = new Int32Array(positions.length);
  // Visit the positions text by text (ascending), each text scanned once.
  const order = Array.from(positions.keys()).sort((x, y) => (positions[x] as number) - (positions[y] as number));
  let doc = -1;
  const sink = new OffsetSink();
  for (const i of order) {
    const position = positions[i] as number;
    if (doc < 0 || position >= (docStart[doc + 1] as number)) {
      while (position >= (docStart[doc + 1] as number)) doc++;
      sink.clear();
      scanWords(texts[doc] as string, excluded[doc] ?? [], sink);
    }
    const word = position - (docStart[doc] as number);
    starts[i] = sink.starts.items[word] as number;
    ends[i] = sink.ends.items[word] as number;
  }
  return { starts, ends };
};
