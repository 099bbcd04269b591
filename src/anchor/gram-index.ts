/**
 * Finding a folded quote in a prepared text without reading the whole text,
 * once the text has been searched often enough to pay for an index.
 *
 * A loader anchoring every claim of a source searched the whole source for
 * each quote: claims × source length, quadratic when both grow (25 000
 * claims quoting their own lines of one source: 37 s, ×3.6 per doubling).
 * After `INDEX_AFTER_SCANS` whole-text scans of one prepared text, its
 * folded text is indexed once by every 4-unit gram (a counting sort into two
 * typed arrays, 4 bytes per unit plus the buckets); a quote is then looked up
 * by its rarest gram and only those places are compared. A text searched
 * once or twice is never indexed, so single anchoring calls cost no memory.
 */
import { occurrences } from './occurrences.js';
import type { PreparedText } from './prepared-text.js';

/** Gram length (folded code units). Quotes shorter than this are always found by scanning. */
export const GRAM_LENGTH = 4;
/** A prepared text is indexed once it has been scanned this many times. */
export const INDEX_AFTER_SCANS = 8;
/** Texts shorter than this are always scanned (the index would not pay). */
export const MIN_INDEXED_LENGTH = 4096;

interface GramIndex {
  /** Folded offsets of every gram, grouped by bucket, ascending within a bucket. */
  readonly positions: Int32Array;
  /** Bucket b holds `positions[starts[b], starts[b + 1])`. */
  readonly starts: Int32Array;
  readonly mask: number;
}

interface IndexState {
  scans: number;
  index: GramIndex | undefined;
}

const states = new WeakMap<PreparedText, IndexState>();

const gramHash = (s: string, at: number): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < GRAM_LENGTH; i += 1) h = Math.imul(h ^ s.charCodeAt(at + i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
};

const buildIndex = (folded: string): GramIndex => {
  const grams = folded.length - GRAM_LENGTH + 1;
  let buckets = 1024;
  while (buckets < grams && buckets < 1 << 22) buckets <<= 1;
  const mask = buckets - 1;
  // Counting sort: count each bucket, then place each gram (hashing twice costs less memory than keeping the hashes).
  const starts = new Int32Array(buckets + 1);
  for (let at = 0; at < grams; at += 1) {
    const b = (gramHash(folded, at) & mask) + 1;
    starts[b] = starts[b]! + 1;
  }
  for (let b = 0; b < buckets; b += 1) starts[b + 1] = starts[b + 1]! + starts[b]!;
  const fill = starts.slice(0, buckets);
  const positions = new Int32Array(grams);
  for (let at = 0; at < grams; at += 1) {
    const b = gramHash(folded, at) & mask;
    const k = fill[b]!;
    positions[k] = at;
    fill[b] = k + 1;
  }
  return { positions, starts, mask };
};

/** The index of `prepared`, building it when the text has been scanned often enough; undefined while it has not. */
const indexOf = (prepared: PreparedText): GramIndex | undefined => {
  const folded = prepared.folded.folded;
  if (folded.length < MIN_INDEXED_LENGTH) return undefined;
  let state = states.get(prepared);
  if (state === undefined) {
    state = { scans: 0, index: undefined };
    states.set(prepared, state);
  }
  if (state.index === undefined && state.scans >= INDEX_AFTER_SCANS) state.index = buildIndex(folded);
  return state.index;
};

const countScan = (prepared: PreparedText): void => {
  const state = states.get(prepared);
  if (state !== undefined) state.scans += 1;
};

/** Where a folded quote occurs in a prepared text's folded text. */
export interface FoldedOccurrences {
  /** The folded quote searched for. */
  readonly quote: string;
  /** Folded offsets, ascending, overlapping occurrences included. */
  readonly offsets: readonly number[];
  /** Found through the index (so the text was not scanned). */
  readonly indexed: boolean;
}

/**
 * Every occurrence of `foldedQuote` in the folded text of `prepared`
 * (folded offsets, ascending, overlapping ones included): looked up by its
 * rarest gram once the text is indexed, otherwise by scanning (which counts
 * towards indexing). A quote whose rarest gram is so common that comparing
 * at each of its places would cost more than a scan is scanned.
 *
 * @example
 * ```ts
 * foldedOccurrences(prepared, 'Pax Silica').offsets; // [120, 4051]
 * ```
 */
export const foldedOccurrences = (prepared: PreparedText, foldedQuote: string): FoldedOccurrences => {
  const folded = prepared.folded.folded;
  const index = foldedQuote.length >= GRAM_LENGTH ? indexOf(prepared) : undefined;
  if (index !== undefined) {
    let rarest = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (let j = 0; j + GRAM_LENGTH <= foldedQuote.length && fewest > 0; j += 1) {
      const b = gramHash(foldedQuote, j) & index.mask;
      const size = index.starts[b + 1]! - index.starts[b]!;
      if (size < fewest) {
        fewest = size;
        rarest = j;
      }
    }
    if (fewest * foldedQuote.length <= 4 * folded.length) {
      const b = gramHash(foldedQuote, rarest) & index.mask;
      const found: number[] = [];
      for (let k = index.starts[b]!; k < index.starts[b + 1]!; k += 1) {
        const at = index.positions[k]! - rarest;
        if (at >= 0 && folded.startsWith(foldedQuote, at)) found.push(at);
      }
      return { quote: foldedQuote, offsets: found, indexed: true };
    }
  }
  countScan(prepared);
  return { quote: foldedQuote, offsets: occurrences(folded, foldedQuote), indexed: false };
};
