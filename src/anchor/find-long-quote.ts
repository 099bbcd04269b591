/**
 * Approximate search for long quotes, in time linear in the text and the
 * quote: split the quote into `maxErrors + 1` pieces, find where pieces stand
 * exactly (a match with at most `maxErrors` edits keeps at least one piece
 * intact: the pigeonhole principle), and extend the best-supported places
 * with a bounded edit distance.
 *
 * Myers' bit-vector search (`match-ends.ts`) costs about |text| × |quote| / 32
 * where the quote matches, which is quadratic in the quote: a 512 K quote with
 * one typo did not finish in a minute (measured with approx-string-match, which
 * runs the same algorithm). It stays the search for quotes up to
 * `LONG_QUOTE_LENGTH`.
 */
import { backwardView, forwardView, pinnedBoundedEditDistance } from './bounded-edit-distance.js';

/** Folded quotes longer than this are searched by pieces instead of Myers' search (`match-ends.ts`). */
export const LONG_QUOTE_LENGTH = 4096;
/** A piece found more often than this says nothing about where the quote stands and is not used. */
export const MAX_PIECE_OCCURRENCES = 64;
/** At most this many places (runs of pieces agreeing on where the quote starts) are extended, best supported first. */
export const MAX_LONG_QUOTE_PLACES = 32;

/** One approximate match, in offsets of the searched text. */
export interface LongQuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** A piece found in the text: piece `piece` (its start in the quote is `piece × width`) at text offset `at`. */
interface Seed {
  readonly piece: number;
  readonly at: number;
  /** Where the quote would start if nothing before the piece was inserted or deleted. */
  readonly diagonal: number;
}

const HASH_BASE = 0x01000193;

/** A polynomial hash of `s[from, from + width)`, and BASE^(width - 1) to roll it. */
const hashOf = (s: string, from: number, width: number): number => {
  let h = 0;
  for (let i = 0; i < width; i += 1) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(from + i)) | 0;
  return h;
};

const powerOf = (width: number): number => {
  let p = 1;
  for (let i = 1; i < width; i += 1) p = Math.imul(p, HASH_BASE);
  return p;
};

/**
 * Every piece of `quote` (width `width`, `count` of them) found exactly in
 * `text`, one pass with a rolling hash. A piece found more than
 * `MAX_PIECE_OCCURRENCES` times is dropped; once every piece with some value
 * is dropped, that value is no longer looked for, so a repetitive text costs
 * no more than a varied one.
 */
const findSeeds = (text: string, quote: string, width: number, count: number): Seed[] => {
  const byHash = new Map<number, { value: string; pieces: number[] }[]>();
  for (let p = 0; p < count; p += 1) {
    const value = quote.slice(p * width, (p + 1) * width);
    const h = hashOf(quote, p * width, width);
    const bucket = byHash.get(h) ?? [];
    const same = bucket.find((b) => b.value === value);
    if (same === undefined) bucket.push({ value, pieces: [p] });
    else same.pieces.push(p);
    byHash.set(h, bucket);
  }
  const found = new Map<number, number[]>(); // piece → text offsets (up to MAX + 1)
  const power = powerOf(width);
  let h = text.length >= width ? hashOf(text, 0, width) : 0;
  for (let at = 0; at + width <= text.length; at += 1) {
    if (at > 0) {
      h = (Math.imul(h - Math.imul(text.charCodeAt(at - 1), power), HASH_BASE) + text.charCodeAt(at + width - 1)) | 0;
    }
    const bucket = byHash.get(h);
    if (bucket === undefined) continue;
    for (let b = 0; b < bucket.length; b += 1) {
      const entry = bucket[b]!;
      if (!text.startsWith(entry.value, at)) continue;
      let open = 0;
      for (const p of entry.pieces) {
        const offsets = found.get(p) ?? [];
        if (offsets.length <= MAX_PIECE_OCCURRENCES) {
          offsets.push(at);
          found.set(p, offsets);
        }
        if (offsets.length <= MAX_PIECE_OCCURRENCES) open += 1;
      }
      if (open === 0) {
        bucket.splice(b, 1);
        b -= 1;
        if (bucket.length === 0) byHash.delete(h);
      }
    }
  }
  const seeds: Seed[] = [];
  for (const [piece, offsets] of found) {
    if (offsets.length > MAX_PIECE_OCCURRENCES) continue;
    for (const at of offsets) seeds.push({ piece, at, diagonal: at - piece * width });
  }
  return seeds;
};

/** Seeds whose diagonals lie within `maxErrors` of each other: one place, with how many pieces agree. */
interface Place {
  readonly seeds: readonly Seed[];
  readonly pieces: number;
  readonly diagonal: number;
}

const placesOf = (seeds: Seed[], maxErrors: number): Place[] => {
  seeds.sort((x, y) => x.diagonal - y.diagonal || x.piece - y.piece);
  const places: Place[] = [];
  let run: Seed[] = [];
  const close = (): void => {
    if (run.length === 0) return;
    places.push({ seeds: run, pieces: new Set(run.map((s) => s.piece)).size, diagonal: run[run.length >> 1]!.diagonal });
    run = [];
  };
  for (const s of seeds) {
    if (run.length > 0 && s.diagonal - run[run.length - 1]!.diagonal > maxErrors) close();
    run.push(s);
  }
  close();
  return places;
};

/**
 * The best match of the whole quote through one seed: the piece stays where
 * it was found, the quote before it is matched backward from there and the
 * quote after it forward, each pinned at the piece and free at its far end.
 */
const extend = (text: string, quote: string, seed: Seed, width: number, maxErrors: number): LongQuoteMatch | undefined => {
  const quoteStart = seed.piece * width;
  const pieceEnd = seed.at + width;
  const left = pinnedBoundedEditDistance(
    backwardView(quote, quoteStart),
    backwardView(text, seed.at, Math.min(seed.at, quoteStart + maxErrors)),
    maxErrors,
  );
  if (left === undefined) return undefined;
  const rest = quote.length - quoteStart - width;
  const right = pinnedBoundedEditDistance(
    forwardView(quote, quoteStart + width),
    forwardView(text, pieceEnd, Math.min(text.length - pieceEnd, rest + maxErrors - left.errors)),
    maxErrors - left.errors,
  );
  if (right === undefined) return undefined;
  return { start: seed.at - left.consumed, end: pieceEnd + right.consumed, errors: left.errors + right.errors };
};

/**
 * Approximate matches of a long `quote` in `text` with at most `maxErrors`
 * edits: one per place where pieces of the quote agree, best supported
 * first (at most `MAX_LONG_QUOTE_PLACES`; places overlapping `preferred`
 * ranges, e.g. around a position hint, go first). Linear in the text and
 * the quote: one hashing pass, then at most three bounded extensions per
 * place.
 *
 * @example
 * ```ts
 * findLongQuote(text, quoteWithOneTypo, 256); // [{ start, end, errors: 1 }]
 * ```
 */
export const findLongQuote = (
  text: string,
  quote: string,
  maxErrors: number,
  preferred: readonly { readonly from: number; readonly to: number }[] = [],
): LongQuoteMatch[] => {
  const budget = Math.max(0, Math.floor(maxErrors));
  const count = Math.min(budget + 1, quote.length);
  const width = Math.floor(quote.length / count);
  if (width === 0 || text.length === 0) return [];
  const places = placesOf(findSeeds(text, quote, width, count), budget);
  const isPreferred = (p: Place): boolean =>
    preferred.some((w) => p.diagonal + quote.length + budget >= w.from && p.diagonal - budget <= w.to);
  places.sort((x, y) => Number(isPreferred(y)) - Number(isPreferred(x)) || y.pieces - x.pieces || x.diagonal - y.diagonal);
  const matches: LongQuoteMatch[] = [];
  for (const place of places.slice(0, MAX_LONG_QUOTE_PLACES)) {
    // The first, middle and last seed of the place: a piece found there by coincidence cannot mislead all three.
    const tried = [...new Set([place.seeds[0]!, place.seeds[place.seeds.length >> 1]!, place.seeds[place.seeds.length - 1]!])];
    let best: LongQuoteMatch | undefined;
    for (const seed of tried) {
      const m = extend(text, quote, seed, width, budget);
      if (m !== undefined && (best === undefined || m.errors < best.errors)) best = m;
    }
    if (best !== undefined) matches.push(best);
  }
  return matches;
};
