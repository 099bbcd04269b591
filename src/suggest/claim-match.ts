/**
 * When a suggested claim is one a folder already has: its quote overlaps
 * the claim's evidence on the same source and the two values can both be
 * true (`compareValues` says compatible; two free texts on overlapping words
 * count as the same statement). The same test decides "already in the
 * folder" for `suggest` and "recalled" for the suggestion evaluation.
 */
import type { Claim } from '../model/claim.js';
import type { TextRange } from '../model/span.js';
import type { EntityResolver } from '../normalize/entity-resolver.js';
import { compareValues, type Value } from '../values/index.js';

const overlaps = (a: TextRange, b: TextRange): boolean => a.start < b.end && b.start < a.end;

/**
 * @example
 * matchesClaim({ sourceId: 'harbour', range: { start: 10, end: 22 }, value }, claim, resolver) // true or false
 */
export const matchesClaim = (
  candidate: { readonly sourceId: string; readonly range: TextRange; readonly value: Value },
  claim: Claim,
  resolver: EntityResolver,
): boolean => {
  const onSource = claim.evidence.some((span) => span.sourceId === candidate.sourceId && overlaps(span.position, candidate.range));
  if (!onSource) return false;
  if (candidate.value.type === 'text' && claim.value.type === 'text') return true;
  return compareValues(candidate.value, claim.value, { resolver }).verdict === 'compatible';
};
