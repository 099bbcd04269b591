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
import { type WordTokens, wordTokens } from './word-tokens.js';
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

const PAIR_BITS = 2 ** 26;

/** A 30-bit shingle hash: a small integer, so the maps stay fast (collisions are verified away). */
const shingleKey = (ids: Int32Array, at: number, k: number): number => {
  let h = 0x811c9dc5;
  for (let i = at; i < at + k; i++) {
    h = Math.imul(h ^ (ids[i] as number), 0x01000193);
    h ^= h >>> 13;
  }
  return (h >>> 2) & 0x3fffffff;
};

const sameWords = (x: Int32Array, i: number, y: Int32Array, j: number, k: number): boolean => {
  for (let n = 0; n < k; n++) if (x[i + n] !== y[j + n]) return false;
  return true;
};

/** Fields per passage in the flat form of `sharedPassageRuns`. */
export const PASSAGE_FIELDS = 7;

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

  const vocabulary = new Map<string, number>();
  const tokens: WordTokens[] = texts.map((text, doc) => wordTokens(text, excluded[doc] ?? [], vocabulary));

  // A posting is a global word position; `docOf` maps it back to its source.
  const docStart: number[] = [];
  let total = 0;
  for (const t of tokens) {
    docStart.push(total);
    total += t.ids.length;
  }
  const docOf = new Int32Array(total);
  tokens.forEach((t, doc) => docOf.fill(doc, docStart[doc], (docStart[doc] as number) + t.ids.length));

  // shingle → first posting, in an open-addressing table of typed arrays (a Map of
  // millions of entries is slow and heavy); only shingles seen twice get a posting list.
  let capacity = 1024;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  const slotKey = new Int32Array(capacity).fill(-1);
  const slotFirst = new Int32Array(capacity);
  const repeated = new Map<number, number[]>();
  tokens.forEach((t, doc) => {
    const base = docStart[doc] as number;
    for (let p = 0; p + k <= t.ids.length; p++) {
      const key = shingleKey(t.ids, p, k);
      let slot = Math.imul(key, 0x9e3779b1) & mask;
      while (slotKey[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & mask;
      if (slotKey[slot] === -1) {
        slotKey[slot] = key;
        slotFirst[slot] = base + p;
      } else {
        const list = repeated.get(key);
        if (list === undefined) repeated.set(key, [slotFirst[slot] as number, base + p]);
        else list.push(base + p);
      }
    }
  });

  // Candidate matches per pair of sources: flat [posInA, posInB, ...].
  const pairs = new Map<number, number[]>();
  for (const list of repeated.values()) {
    const byDoc = new Map<number, number[]>();
    for (const posting of list) {
      const doc = docOf[posting] as number;
      const p = posting - (docStart[doc] as number);
      const at = byDoc.get(doc);
      if (at === undefined) byDoc.set(doc, [p]);
      else if (at.length < maxOccurrences) at.push(p);
    }
    if (byDoc.size < 2 || byDoc.size > maxSources) continue;
    const ds = [...byDoc.keys()].sort((x, y) => x - y);
    for (let i = 0; i < ds.length; i++) {
      for (let j = i + 1; j < ds.length; j++) {
        const da = ds[i] as number;
        const db = ds[j] as number;
        const pairKey = da * PAIR_BITS + db;
        let matches = pairs.get(pairKey);
        if (matches === undefined) {
          matches = [];
          pairs.set(pairKey, matches);
        }
        for (const pa of byDoc.get(da) as number[]) for (const pb of byDoc.get(db) as number[]) matches.push(pa, pb);
      }
    }
  }

  const runs: number[] = [];
  const pairKeys = [...pairs.keys()].sort((x, y) => x - y);
  for (const pairKey of pairKeys) {
    const da = Math.floor(pairKey / PAIR_BITS);
    const db = pairKey % PAIR_BITS;
    const ta = tokens[da] as WordTokens;
    const tb = tokens[db] as WordTokens;
    const flat = pairs.get(pairKey) as number[];
    const order: number[] = [];
    for (let m = 0; m < flat.length; m += 2) order.push(m);
    // Sort by diagonal (pa - pb), then by pa: runs become consecutive.
    order.sort((x, y) => {
      const dx = (flat[x] as number) - (flat[x + 1] as number);
      const dy = (flat[y] as number) - (flat[y + 1] as number);
      return dx !== dy ? dx - dy : (flat[x] as number) - (flat[y] as number);
    });
    let runStart = -1;
    let runEnd = -1;
    let runB = -1;
    const emit = (): void => {
      if (runStart < 0) return;
      const words = runEnd - runStart + k;
      if (words >= minWords) {
        const lastA = runEnd + k - 1;
        const lastB = runB + (runEnd - runStart) + k - 1;
        runs.push(da, db, ta.starts[runStart] as number, ta.ends[lastA] as number, tb.starts[runB] as number, tb.ends[lastB] as number, words);
      }
      runStart = -1;
    };
    for (const m of order) {
      const pa = flat[m] as number;
      const pb = flat[m + 1] as number;
      const extends_ = runStart >= 0 && pa === runEnd + 1 && pb - pa === runB - runStart;
      if (extends_ && ta.ids[pa + k - 1] === tb.ids[pb + k - 1]) {
        runEnd = pa;
        continue;
      }
      emit();
      if (sameWords(ta.ids, pa, tb.ids, pb, k)) {
        runStart = pa;
        runEnd = pa;
        runB = pb;
      }
    }
    emit();
  }
  return Int32Array.from(runs);
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
