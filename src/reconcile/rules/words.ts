/**
 * Words for finding messages: the sources of a set of claims ("001, 002 and
 * 004"), their independent groups, a predicate's label, what a message is
 * about.
 *
 * A message that gives values opens with what they are about — the subject
 * and the predicate's label, then a colon — and gives the values after it
 * ("Hartwell Water, spill events in 2025: 001 gives 3,214 spill events; 002
 * gives more than 4,000 spill events"). A label is a noun ("population"), a
 * phrase ("spill events in 2025"), a verb ("launched on") or carries the
 * unit the value repeats; written before the colon it never runs into the
 * value ("give Hartwell Water spill events in 2025 3,214"), and no sentence
 * needs it as a noun ("population has", "launched on has").
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

/** "Hartwell Water, spill events in 2025": what a message's values are about, the subject and the predicate's label; the message follows it with a colon. */
export const topicWords = (subjectName: string, label: string): string => `${subjectName}, ${label}`;
