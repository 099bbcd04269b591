/**
 * Each claim's source as a dense source index, in columns: what grouping
 * works out once per claim (its first evidence span's source, looked up
 * once per run of claims from one source) and keeps for the readers after
 * it — a source index is an array subscript where a source id is a string
 * to hash and compare.
 *
 * Positions are the claims' places in the groups as `groupClaims` returns
 * them: group `g`'s claim `k` (`context.groups[g].claims[k]`) is at
 * `starts[g] + k`. Indices are dense, from 0, in order of first sight.
 *
 * Readers that could use it instead of a claim's `sourceId` string: the
 * coverage tally (`coverage-facts.ts`, which does, told the index with each
 * claim) and membership-conflict's mention search (`rules/mentions.ts`,
 * which does: what each source is asked about, in an array by source
 * index); not yet changed: `mentionsIn`'s per-source index in
 * `rule-context.ts` (a `Map` of source ids built over every claim),
 * date-tension's publication day per claim and `context.sourceLabel` (each
 * a `Map` by source id, where an array by source index would do), and the
 * per-cluster source counts of value-conflict, attribution-conflict and
 * assemble (a `Set` of source ids per cluster or side, where a stamp array
 * by source index would do). The offsets also tell how many claims a run
 * has (`claimCountOf`: name-variant sizes its name uses by it) without a
 * walk over the groups.
 */
import type { SourceId } from '../../model/ids.js';

/** What a run knows of its claims' sources, in columns. */
export interface GroupSources {
  /** By source index: the source id. */
  readonly ids: readonly SourceId[];
  /** By claim position (`starts[g] + k` for `context.groups[g].claims[k]`): the claim's source index. */
  readonly sourceOf: Int32Array;
  /** By group index, `groups + 1` offsets into `sourceOf`: group `g`'s claims are at `starts[g] … starts[g + 1] - 1`. */
  readonly starts: Int32Array;
}

const kept = new WeakMap<object, GroupSources>();

/** Keep the claim sources grouping found for the rule context built from its groups (`buildContext`). */
export const keepGroupSources = (context: object, sources: GroupSources): void => void kept.set(context, sources);

/**
 * The claim sources of a rule context `buildContext` made; `undefined` for
 * a context made elsewhere (then read each claim's `sourceId`).
 *
 * @example
 * const sources = groupSourcesOf(context);
 * const id = sources !== undefined ? sources.ids[sources.sourceOf[sources.starts[g] + k]] : context.groups[g].claims[k].sourceId;
 */
export const groupSourcesOf = (context: object): GroupSources | undefined => kept.get(context);

/**
 * How many claims the groups of a rule context hold: where the last group's
 * claims end in the claim sources grouping kept (a context `buildContext`
 * made), else counted group by group (a context made elsewhere).
 *
 * @example
 * const uses = new Int32Array(2 * claimCountOf(context)); // room for two numbers per claim
 */
export const claimCountOf = (context: { readonly groups: readonly { readonly claims: readonly unknown[] }[] }): number => {
  const groups = context.groups;
  const starts = kept.get(context)?.starts;
  if (starts !== undefined && starts.length === groups.length + 1) return starts[groups.length] as number;
  let count = 0;
  for (let g = 0; g < groups.length; g += 1) count += (groups[g] as { readonly claims: readonly unknown[] }).claims.length;
  return count;
};
