/**
 * Words for finding messages: lists ("001, 002 and 004"), small numbers as
 * words ("five"), the sources of a set of claims.
 */
import type { SourceId } from '../../model/ids.js';
import type { GroupClaim } from '../claim-groups.js';
import type { RuleContext } from '../rule.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "five" for 5; digits from 13 on. */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** "a", "a and b", "a, b and c". */
export const joinWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;

/** The distinct sources of the claims, sorted by id. */
export const sourcesOf = (claims: readonly GroupClaim[]): readonly SourceId[] =>
  [...new Set(claims.map((c) => c.sourceId))].sort();

/** "001 and 004": the labels of the claims' sources. */
export const sourceWords = (context: RuleContext, claims: readonly GroupClaim[]): string =>
  joinWords(sourcesOf(claims).map((s) => context.sourceLabel(s)));

/** The independent source groups (as lists of source ids) the claims come from. */
export const sourceGroupsOf = (context: RuleContext, claims: readonly GroupClaim[]): readonly (readonly SourceId[])[] => {
  const ids = [...new Set(claims.map((c) => c.sourceGroup))].sort();
  return ids.map((id) => context.sourceGroup(id));
};

/** The predicate's label ("founding members"), or its id. */
export const predicateWords = (context: RuleContext, predicate: string): string =>
  context.predicate(predicate as Parameters<RuleContext['predicate']>[0])?.label ?? predicate;
