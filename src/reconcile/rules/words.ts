/**
 * Words for finding messages: the sources of a set of claims ("001, 002 and
 * 004"), their independent groups, a predicate's label.
 */
import type { SourceId } from '../../model/ids.js';
import type { GroupClaim } from '../claim-groups.js';
import type { RuleContext } from '../rule.js';
import { onlySource, sourcesOf } from '../claim-sources.js';
import { joinWords } from '../../values/words.js';

/** "001 and 004": the labels of the claims' sources. */
export const sourceWords = (context: RuleContext, claims: readonly GroupClaim[]): string => {
  const only = onlySource(claims);
  return only !== undefined ? context.sourceLabel(only) : joinWords(sourcesOf(claims).map((s) => context.sourceLabel(s)));
};

/** The independent source groups (as lists of source ids) the claims come from. */
export const sourceGroupsOf = (context: RuleContext, claims: readonly GroupClaim[]): readonly (readonly SourceId[])[] => {
  const ids = [...new Set(claims.map((c) => c.sourceGroup))].sort();
  return ids.map((id) => context.sourceGroup(id));
};

/** The predicate's label ("founding members"), or its id. */
export const predicateWords = (context: RuleContext, predicate: string): string =>
  context.predicate(predicate as Parameters<RuleContext['predicate']>[0])?.label ?? predicate;
