/**
 * Shared passages between sources, found with hashed word shingles: every
 * run of `shingleWords` consecutive words is hashed once, shingles seen in
 * two sources are matched, and matches on the same diagonal are merged into
 * maximal passages. Work is linear in the number of words (plus the matches
 * found); no text is compared pairwise character by character. Non-content
 * ranges are skipped.
 */
import type { SourceId } from '../../model/ids.js';
import type { SourceDocument } from '../../model/source.js';
import type { TextRange } from '../../model/span.js';
import { IntColumn } from '../columns/typed-column.js';
import { repeatedShingles } from './repeated-shingles.js';
import { type TextWords, textWords, wordOffsets } from './word-tokens.js';
import { byOrdinal } from '../../model/ordinal.js';

/** Where a shared passage stands in one source (UTF-16 offsets, end exclusive). */
export interface PassagePlace {
  readonly sourceId: SourceId;
  readonly start: number;
  readonly end: number;
}

/** A passage two sources share word for word. */
export interface SharedPassage {
  /** The two sources, in id order (`a` is the first). */
  readonly a: PassagePlace;
  readonly b: PassagePlace;
  /** Length in words. */
  readonly words: number;
  /** The passage as it stands in `a`. */
  readonly text: string;
}

/** Options for `findSharedPassages`. */
export interface SharedPassageOptions {
  /** Words per shingle (k). Default 8. */
  readonly shingleWords?: number;
  /** Shortest passage reported, in words (at least `shingleWords`). Default 12. */
  readonly minPassageWords?: number;
  /** Shingles found in more sources than this are treated as boilerplate. Default 32. */
  readonly maxSourcesPerShingle?: number;
  /** Occurrences of one shingle in one source that are matched. Default 4. */
  readonly maxOccurrencesPerSource?: number;
}

const sameWords = (ids: Int32Array, i: number, j: number, k: number): boolean => {
  for (let n = 0; n < k; n++) if (ids[i + n] !== ids[j + n]) return false;
  return true;
};

/** Fields per passage in the flat form of `sharedPassageRuns`. */
export const PASSAGE_FIELDS = 7;

/** Fields per candidate match: text a, text b (a < b), word position in a, in b (in their texts). */
const MATCH_FIELDS = 4;

/** The text whose words hold word position `place` (binary search over `docStart`). */
const textAt = (docStart: Int32Array, place: number): number => {
  let lo = 0;
  let hi = docStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((docStart[mid] as number) <= place) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/**
 * Candidate matches: every pair of places in two different texts whose
 * shingles have the same key, from keys seen in 2 to `maxSources` texts;
 * per text the first place always, then up to `maxOccurrences`.
 */
const candidateMatches = (words: TextWords, k: number, maxSources: number, maxOccurrences: number): IntColumn => {
  const { places, groupStart } = repeatedShingles(words.ids, words.docStart, k);
  const { docStart } = words;
  const matches = new IntColumn(64);
  // Per text of the current key: its first place (index into `places`) and how many are kept.
  const runText: number[] = [];
  const runFrom: number[] = [];
  const runKept: number[] = [];
  for (let g = 0; g + 1 < groupStart.length; g++) {
    runText.length = 0;
    runFrom.length = 0;
    runKept.length = 0;
    let texts = 0;
    // A group's places ascend, so each text's places are consecutive.
    for (let i = groupStart[g] as number; i < (groupStart[g + 1] as number); i++) {
      const doc = textAt(docStart, places[i] as number);
      if (texts > 0 && runText[texts - 1] === doc) {
        if ((runKept[texts - 1] as number) < maxOccurrences) runKept[texts - 1] = (runKept[texts - 1] as number) + 1;
      } else {
        if (texts === maxSources) {
          texts++;
          break;
        }
        runText.push(doc);
        runFrom.push(i);
        runKept.push(1);
        texts++;
      }
    }
    if (texts < 2 || texts > maxSources) continue;
    for (let x = 0; x < texts; x++) {
      const da = runText[x] as number;
      const fromA = runFrom[x] as number;
      for (let y = x + 1; y < texts; y++) {
        const db = runText[y] as number;
        const fromB = runFrom[y] as number;
        for (let i = fromA; i < fromA + (runKept[x] as number); i++) {
          for (let j = fromB; j < fromB + (runKept[y] as number); j++) {
            matches.push(da);
            matches.push(db);
            matches.push((places[i] as number) - (docStart[da] as number));
            matches.push((places[j] as number) - (docStart[db] as number));
          }
        }
      }
    }
  }
  return matches;
};

/**
 * The shared passages of texts already in source-id order, as a flat list of
 * integers (`PASSAGE_FIELDS` per passage: index of text a, index of text b,
 * start and end in a, start and end in b, length in words), in the order of
 * `findSharedPassages`. Strings in, integers out: what a worker thread is
 * sent and sends back (see `threads/`).
 *
 * @example
 * const runs = sharedPassageRuns([textA, textB], [[], []]);
 * runs.length / PASSAGE_FIELDS // passages found; runs[2], runs[3]: where the first stands in textA
 */
export const sharedPassageRuns = (
  texts: readonly string[],
  excluded: readonly (readonly TextRange[])[],
  options: SharedPassageOptions = {},
): Int32Array => {
  const k = Math.max(1, options.shingleWords ?? 8);
  const minWords = Math.max(k, options.minPassageWords ?? 12);
  const maxSources = options.maxSourcesPerShingle ?? 32;
  const maxOccurrences = options.maxOccurrencesPerSource ?? 4;

  const words = textWords(texts, excluded);
  const { ids, docStart } = words;
  const matches = candidateMatches(words, k, maxSources, maxOccurrences);
  const m = matches.items;

  // By pair of texts, then diagonal (pa - pb), then pa: the matches of one passage become consecutive.
  const order: number[] = [];
  for (let at = 0; at < matches.length; at += MATCH_FIELDS) order.push(at);
  order.sort((x, y) => {
    if (m[x] !== m[y]) return (m[x] as number) - (m[y] as number);
    if (m[x + 1] !== m[y + 1]) return (m[x + 1] as number) - (m[y + 1] as number);
    const dx = (m[x + 2] as number) - (m[x + 3] as number);
    const dy = (m[y + 2] as number) - (m[y + 3] as number);
    return dx !== dy ? dx - dy : (m[x + 2] as number) - (m[y + 2] as number);
  });

  // Passages as word positions first: text a, text b, first and last word in a, first and last word in b, words.
  const found = new IntColumn(64);
  let da = -1;
  let db = -1;
  let baseA = 0;
  let baseB = 0;
  let runStart = -1;
  let runEnd = -1;
  let runB = -1;
  const emit = (): void => {
    if (runStart < 0) return;
    const length = runEnd - runStart + k;
    if (length >= minWords) {
      for (const v of [da, db, baseA + runStart, baseA + runEnd + k - 1, baseB + runB, baseB + runB + (runEnd - runStart) + k - 1, length]) found.push(v);
    }
    runStart = -1;
  };
  for (const at of order) {
    if (m[at] !== da || m[at + 1] !== db) {
      emit();
      da = m[at] as number;
      db = m[at + 1] as number;
      baseA = docStart[da] as number;
      baseB = docStart[db] as number;
    }
    const pa = m[at + 2] as number;
    const pb = m[at + 3] as number;
    const extends_ = runStart >= 0 && pa === runEnd + 1 && pb - pa === runB - runStart;
    if (extends_ && ids[baseA + pa + k - 1] === ids[baseB + pb + k - 1]) {
      runEnd = pa;
      continue;
    }
    emit();
    if (sameWords(ids, baseA + pa, baseB + pb, k)) {
      runStart = pa;
      runEnd = pa;
      runB = pb;
    }
  }
  emit();

  // Then as UTF-16 offsets: the first word's start and the last word's end in each text.
  const runs = found.values().slice();
  const passages = runs.length / PASSAGE_FIELDS;
  const bounds = new Int32Array(passages * 4);
  for (let i = 0; i < passages; i++) bounds.set(runs.subarray(i * PASSAGE_FIELDS + 2, i * PASSAGE_FIELDS + 6), i * 4);
  const { starts, ends } = wordOffsets(texts, excluded, docStart, bounds);
  for (let i = 0; i < passages; i++) {
    const at = i * PASSAGE_FIELDS;
    runs[at + 2] = starts[i * 4] as number;
    runs[at + 3] = ends[i * 4 + 1] as number;
    runs[at + 4] = starts[i * 4 + 2] as number;
    runs[at + 5] = ends[i * 4 + 3] as number;
  }
  return runs;
};

/**
 * The passages of `sharedPassageRuns` over `documents` (in source-id order) as objects.
 *
 * @example
 * passagesOf(docs, sharedPassageRuns(docs.map((d) => d.text), excludedRanges(docs)))
 */
export const passagesOf = (documents: readonly SourceDocument[], runs: Int32Array): readonly SharedPassage[] => {
  const passages: SharedPassage[] = [];
  for (let at = 0; at + PASSAGE_FIELDS <= runs.length; at += PASSAGE_FIELDS) {
    const docA = documents[runs[at] as number] as SourceDocument;
    const docB = documents[runs[at + 1] as number] as SourceDocument;
    const startA = runs[at + 2] as number;
    const endA = runs[at + 3] as number;
    passages.push({
      a: { sourceId: docA.source.id, start: startA, end: endA },
      b: { sourceId: docB.source.id, start: runs[at + 4] as number, end: runs[at + 5] as number },
      words: runs[at + 6] as number,
      text: docA.text.slice(startA, endA),
    });
  }
  return passages;
};

/** The documents in the order shared passages are found in: by source id. */
export const inIdOrder = (documents: readonly SourceDocument[]): readonly SourceDocument[] => [...documents].sort(byOrdinal((d) => d.source.id));

/** Each document's non-content ranges (never counted as shared text). */
export const excludedRanges = (documents: readonly SourceDocument[]): readonly (readonly TextRange[])[] => documents.map((d) => d.source.nonContent.map((n) => n.range));

/**
 * Every passage of at least `minPassageWords` words that two of the sources
 * share, with its offsets in both, ordered by source ids then offsets.
 *
 * @example
 * findSharedPassages(corpus.sources) // [{ a: { sourceId: '000…', start, end }, b: { sourceId: '003…', … }, words: 53, text }]
 */
export const findSharedPassages = (
  documents: readonly SourceDocument[],
  options: SharedPassageOptions = {},
): readonly SharedPassage[] => {
  const docs = inIdOrder(documents);
  return passagesOf(docs, sharedPassageRuns(docs.map((d) => d.text), excludedRanges(docs), options));
};
