/**
 * The folder's claims with evidence on one source, found by place: which of
 * them quote words overlapping a range. Suggest asks this for every
 * candidate, so the spans are sorted once and searched through a tree of
 * their furthest ends (a candidate compared with every claim of the folder
 * cost candidates × claims).
 */
import type { Claim } from '../model/claim.js';

interface Placed {
  readonly start: number;
  readonly end: number;
  readonly claim: Claim;
}

/**
 * @example
 * const over = claimsByPlace(corpus.claims, 'harbour');
 * over(120, 134) // the claims whose evidence on 'harbour' overlaps [120, 134)
 */
export const claimsByPlace = (claims: readonly Claim[], sourceId: string): ((start: number, end: number) => readonly Claim[]) => {
  const spans: Placed[] = [];
  for (const claim of claims) {
    for (const span of claim.evidence) if (span.sourceId === sourceId) spans.push({ start: span.position.start, end: span.position.end, claim });
  }
  spans.sort((a, b) => a.start - b.start);
  // reach[node]: the furthest end of the spans under a node of a complete binary tree over the sorted spans.
  let size = 1;
  while (size < spans.length) size *= 2;
  const reach = new Float64Array(2 * size).fill(-1);
  spans.forEach((s, i) => (reach[size + i] = s.end));
  for (let node = size - 1; node >= 1; node -= 1) reach[node] = Math.max(reach[2 * node] as number, reach[2 * node + 1] as number);
  return (start, end) => {
    const found = new Set<Claim>();
    // Spans starting before `end` are a prefix of the sorted spans; of those, the ones ending after `start` overlap.
    const visit = (node: number, from: number, to: number): void => {
      if (from >= spans.length || (reach[node] as number) <= start || (spans[from] as Placed).start >= end) return;
      if (node >= size) {
        found.add((spans[from] as Placed).claim);
        return;
      }
      const middle = (from + to) >> 1;
      visit(2 * node, from, middle);
      visit(2 * node + 1, middle, to);
    };
    if (spans.length > 0) visit(1, 0, size);
    return [...found];
  };
};
