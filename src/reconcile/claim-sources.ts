/**
 * The sources a set of group claims comes from: the one source they share,
 * or their distinct sources in id order. Used by coverage (a value's
 * sources) and by the rules' finding messages ("001 and 004").
 */
import type { SourceId } from '../model/ids.js';
import type { GroupClaim } from './claim-groups.js';
import { SHORT as FEW, sortOrdinal } from '../model/short-sort.js';

/** The one source of all the claims, or `undefined` when they come from several (or none). */
export const onlySource = (claims: readonly GroupClaim[]): SourceId | undefined => {
  const first = claims[0]?.sourceId;
  for (let i = 1; i < claims.length; i += 1) if ((claims[i] as GroupClaim).sourceId !== first) return undefined;
  return first;
};


/** The distinct sources of the claims, sorted by id. */
export const sourcesOf = (claims: readonly GroupClaim[]): readonly SourceId[] => {
  // Most sides are one claim, or claims of one source: no set, no sort.
  const only = onlySource(claims);
  if (only !== undefined) return [only];
  if (claims.length > FEW) return sortOrdinal([...new Set(claims.map((c) => c.sourceId))]);
  // A few claims: no Set, no spread, and an insertion sort instead of Array.prototype.sort's work arrays.
  const sources: SourceId[] = [];
  for (let i = 0; i < claims.length; i += 1) {
    const source = (claims[i] as GroupClaim).sourceId;
    if (!sources.includes(source)) sources.push(source);
  }
  return sortOrdinal(sources);
};
