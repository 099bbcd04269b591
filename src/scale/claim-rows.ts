/**
 * A claim as a row of the claims table: the keys the in-memory reconciler
 * groups and compares by, computed by the library's own normalisers (the
 * same `groupClaims` the reconciler runs, on one claim at a time), so that
 * SQL groups and value classes are the reconciler's, whatever the engine.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceId } from '../model/ids.js';
import { createEntityResolver, type EntityResolver } from '../normalize/entity-resolver.js';
import { groupClaims, type GroupClaim } from '../reconcile/claim-groups.js';
import { memoizedResolver } from '../reconcile/create-reconciler.js';
import { witnessOf } from '../reconcile/dependence/declared-dependence.js';
import { detectSourceDependence, type SourceDependence, type SourceDependenceOptions } from '../reconcile/dependence/detect-source-dependence.js';
import { valueKinds, type ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';

/** One row of the `claims` table. */
export interface ClaimRow {
  readonly claimId: string;
  /** `subject|predicate`, the reconciler's claim group key. */
  readonly groupKey: string;
  readonly predicate: string;
  /** `functional`, `multi`, or `''` for a predicate the corpus does not declare. */
  readonly cardinality: string;
  readonly valueType: string;
  /** The source of the claim's first evidence span. */
  readonly sourceId: string;
  /** The independent witness it counts for (`group:<source group>` or `outlet:<name>`). */
  readonly witness: string;
  readonly valueKey: string;
  /** Same polarity, value and scope: the reconciler's value class. */
  readonly classKey: string;
  readonly affirmative: boolean;
  /** Where the value lies on its kind's number line (quantities, dates), else undefined. */
  readonly low: number | undefined;
  readonly high: number | undefined;
  /** The claim as JSON, to materialise findings for the groups that need them. */
  readonly json: string;
}

/** Everything a row is computed against: the corpus without its claims. */
export interface ClaimRowContext {
  readonly resolver: EntityResolver;
  readonly dependence: SourceDependence;
  readonly predicates: ReadonlyMap<string, Predicate>;
  toRow(claim: Claim): ClaimRow;
}

/**
 * The row maker of a corpus's sources, predicates and alias tables (source
 * dependence is detected once, on the sources' texts, as the reconciler does).
 *
 * @example
 * const rows = claimRowContext({ sources, predicates, entities });
 * rows.toRow(claim).groupKey // 'pax-silica|founding-members'
 */
export const claimRowContext = (corpus: Omit<Corpus, 'claims'>, options: { readonly dependence?: SourceDependenceOptions; readonly values?: ValueKinds<AnyValue> } = {}): ClaimRowContext => {
  const resolver = createEntityResolver({ entities: corpus.entities });
  const values = options.values ?? (valueKinds as unknown as ValueKinds<AnyValue>);
  const dependence = detectSourceDependence(corpus.sources, options.dependence);
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  const groupOf = (id: SourceId): SourceId => dependence.groupOf[id] ?? id;
  // The witness exactly as the reconciler's rule context places it.
  const placement = { sourceGroup: groupOf, witness: witnessOf(corpus.sources.map((d) => d.source), groupOf) };
  // A corpus names the same entities over and over: resolve each name once, as the reconciler does per run.
  const memoized = memoizedResolver(resolver, 1_000_000);
  const toRow = (claim: Claim): ClaimRow => {
    const group = groupClaims([claim], memoized, values, placement)[0]!;
    const c = group.claims[0] as GroupClaim;
    const extent = values.extent(c.value);
    const predicate = predicates.get(claim.predicate);
    return {
      claimId: claim.id,
      groupKey: group.key,
      predicate: claim.predicate,
      cardinality: predicate?.cardinality ?? '',
      valueType: c.value.type,
      sourceId: c.sourceId,
      witness: c.witness,
      valueKey: c.valueKey,
      classKey: c.classKey,
      affirmative: c.polarity === 'affirmative',
      low: extent?.[0],
      high: extent?.[1],
      json: JSON.stringify(claim),
    };
  };
  return { resolver, dependence, predicates, toRow };
};
