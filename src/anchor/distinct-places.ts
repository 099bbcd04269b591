/**
 * Telling candidate places apart, and ordering them best first.
 */
import { foldString } from '../ingest/fold-text.js';
import type { AnchorCandidate, AnchorMethod } from './anchor-result.js';

const METHOD_RANK: Readonly<Record<AnchorMethod, number>> = { exact: 0, folded: 1, fuzzy: 2 };

/** Best first; ties broken by method, then offset, so the order is deterministic. */
export const byScore = (a: AnchorCandidate, b: AnchorCandidate): number =>
  b.score - a.score || METHOD_RANK[a.method] - METHOD_RANK[b.method] || a.start - b.start || a.end - b.end;

/** Whether two ranges share a code unit. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The text of two overlapping candidates taken together. */
const unionText = (a: AnchorCandidate, b: AnchorCandidate): string => {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.end <= first.end ? first.text : first.text + second.text.slice(first.end - second.start);
};

/**
 * A folded candidate and an overlapping one that read the same once folded,
 * alone and taken together, are one place: the folded one only adds or leaves
 * out characters folding away (the rest of a run of white space, a soft
 * hyphen). ("aa" and "aa" in "aaa" read "aaa" together: two places; two
 * exact occurrences at different offsets are always two places.)
 */
const samePlaceFolded = (a: AnchorCandidate, b: AnchorCandidate): boolean => {
  if (a.method !== 'folded' && b.method !== 'folded') return false;
  const folded = foldString(a.text);
  return folded === foldString(b.text) && folded === foldString(unionText(a, b));
};

/**
 * Drop fuzzy candidates that overlap a better one: they are the same place
 * with other boundaries. A folded candidate that is an exact one give or take
 * folded-away characters is the same place too; the exact one stands for it
 * (its boundaries are the quote's). Overlapping exact or folded occurrences
 * ("aa" in "aaa") are different places and all stay.
 */
export const distinctPlaces = (sorted: readonly AnchorCandidate[]): AnchorCandidate[] => {
  const kept: AnchorCandidate[] = [];
  // Overlapping candidates start less than the longest one apart, so kept candidates are bucketed
  // by start and each candidate is compared with its neighbours only: comparing with every kept
  // one was quadratic (a quote occurring 228 000 times in a 20 MB source took minutes). Exact
  // candidates are never the same place as each other, so an exact candidate is compared with the
  // kept folded and fuzzy ones only: 50 000 overlapping occurrences of a long periodic quote
  // ("abab…") all share a bucket, and comparing them with each other was quadratic again.
  const width = sorted.reduce((w, c) => Math.max(w, c.end - c.start), 1);
  const exactBuckets = new Map<number, number[]>();
  const otherBuckets = new Map<number, number[]>();
  const bucketOf = (c: AnchorCandidate): number => Math.floor(c.start / width);
  const remember = (c: AnchorCandidate, index: number): void => {
    const buckets = c.method === 'exact' ? exactBuckets : otherBuckets;
    const bucket = buckets.get(bucketOf(c));
    if (bucket === undefined) buckets.set(bucketOf(c), [index]);
    else bucket.push(index);
  };
  /** The first kept candidate (lowest index) that is the same place as `c`, or -1. */
  const samePlaceAs = (c: AnchorCandidate): number => {
    let same = -1;
    const searched = c.method === 'exact' ? [otherBuckets] : [otherBuckets, exactBuckets];
    for (const buckets of searched) {
      for (const b of [bucketOf(c) - 1, bucketOf(c), bucketOf(c) + 1]) {
        for (const i of buckets.get(b) ?? []) {
          const k = kept[i];
          if (k === undefined || (same !== -1 && i >= same)) continue;
          if (overlaps(k, c) && (k.method === 'fuzzy' || c.method === 'fuzzy' || samePlaceFolded(k, c))) {
            same = i;
            if (c.method === 'fuzzy') return same; // dropped whichever it is
          }
        }
      }
    }
    return same;
  };
  for (const c of sorted) {
    const same = samePlaceAs(c);
    const k = kept[same];
    if (k === undefined) {
      remember(c, kept.length);
      kept.push(c);
    } else if (c.method === 'exact' && k.method === 'folded' && samePlaceFolded(k, c)) {
      kept[same] = c;
      remember(c, same);
    }
  }
  return kept.sort(byScore);
};
