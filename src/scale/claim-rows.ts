/**
 * Claims as rows of the claims table: the keys the in-memory reconciler
 * groups and compares by, computed by the library's own normalisers (the
 * same `groupClaims` the reconciler runs, on a batch of claims at a time),
 * so that SQL groups and value classes are the reconciler's, whatever the
 * engine; and the few facts about a claim that tell SQL which groups a
 * rule may report on (see `rule-candidates.ts`).
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceId } from '../model/ids.js';
import { nameKey } from '../normalize/name-key.js';
import { createEntityResolver, type EntityResolver } from '../normalize/entity-resolver.js';
import { groupClaims, type GroupClaim } from '../reconcile/claim-groups.js';
import { memoizedResolver } from '../reconcile/create-reconciler.js';
import { witnessOf } from '../reconcile/dependence/declared-dependence.js';
import { detectSourceDependence, type SourceDependence, type SourceDependenceOptions } from '../reconcile/dependence/detect-source-dependence.js';
import { entityKey } from '../values/kinds/entity.js';
import { valueKinds, type ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';

/** Separates the keys of a list column (`mentions`, `names`): no folded name or entity key holds it. */
export const KEY_SEPARATOR = '\u001f';

/** One row of the `claims` table. */
export interface ClaimRow {
  readonly claimId: string;
  /** The subject's key (entity id or `name:<folded>`): batches of claims end between subjects. */
  readonly subject: string;
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
  /** A list of members: an entity set (not denied), or an entity on a predicate of entity sets. */
  readonly listView: boolean;
  /** It dates an event: a date, weekday or partial date as value, or a time qualifier. */
  readonly dated: boolean;
  /** Attributed to a speaker or outlet. */
  readonly attributed: boolean;
  /** The entities its value names (entity value, set members), as `entityKey`s, joined by `KEY_SEPARATOR`. */
  readonly entities: string;
  /** The names it uses (subject, entity value, set members), folded (`nameKey`), joined by `KEY_SEPARATOR`. */
  readonly names: string;
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
  readonly dependenceOptions: SourceDependenceOptions | undefined;
  readonly predicates: ReadonlyMap<string, Predicate>;
  /**
   * The rows of a batch of claims, in the batch's order. Claim ids must be
   * distinct within a batch (the caller starts a new batch at a repeated id).
   */
  toRows(claims: readonly Claim[]): readonly ClaimRow[];
}

const joinKeys = (keys: readonly string[]): string => (keys.length === 1 ? (keys[0] as string) : [...new Set(keys)].join(KEY_SEPARATOR));

/**
 * The row maker of a corpus's sources, predicates and alias tables (source
 * dependence is detected once, on the sources' texts, as the reconciler does).
 *
 * @example
 * const rows = claimRowContext({ sources, predicates, entities });
 * rows.toRows([claim])[0].groupKey // 'pax-silica|founding-members'
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
  // Folding a name is the costly part of its key: each distinct name once (bounded like the resolver's memo).
  const folded = new Map<string, string>();
  const fold = (name: string): string => {
    let key = folded.get(name);
    if (key === undefined) {
      key = nameKey(name);
      if (folded.size < 1_000_000) folded.set(name, key);
    }
    return key;
  };
  const rowOf = (claim: Claim, c: GroupClaim, groupKey: string): ClaimRow => {
    const extent = values.extent(c.value);
    const predicate = predicates.get(claim.predicate);
    const v = c.value;
    const entities = v.type === 'entity' ? [entityKey(v)] : v.type === 'entity-set' ? v.members.map((m) => entityKey(m)) : [];
    const names = [c.subjectName, ...(v.type === 'entity' ? [v.name] : v.type === 'entity-set' ? v.members.map((m) => m.name) : [])].map(fold).filter((k) => k.length > 0);
    return {
      claimId: claim.id,
      subject: c.subject,
      groupKey,
      predicate: claim.predicate,
      cardinality: predicate?.cardinality ?? '',
      valueType: v.type,
      sourceId: c.sourceId,
      witness: c.witness,
      valueKey: c.valueKey,
      classKey: c.classKey,
      affirmative: c.polarity === 'affirmative',
      listView: (v.type === 'entity-set' && c.polarity !== 'negative') || (predicate?.valueType === 'entity-set' && v.type === 'entity'),
      dated: v.type === 'date' || v.type === 'weekday' || v.type === 'partial-date' || c.qualifiers?.time !== undefined,
      attributed: c.attribution !== undefined,
      entities: entities.length === 0 ? '' : joinKeys(entities),
      names: names.length === 0 ? '' : joinKeys(names),
      low: extent?.[0],
      high: extent?.[1],
      json: JSON.stringify(claim),
    };
  };
  const toRows = (claims: readonly Claim[]): readonly ClaimRow[] => {
    // One grouping per batch: the reconciler's own keys, without its per-call set-up for every claim.
    const byId = new Map<string, { claim: GroupClaim; group: string }>();
    for (const group of groupClaims(claims, memoized, values, placement)) for (const c of group.claims) byId.set(c.claimId, { claim: c, group: group.key });
    return claims.map((claim) => {
      const made = byId.get(claim.id) as { claim: GroupClaim; group: string };
      return rowOf(claim, made.claim, made.group);
    });
  };
  return { resolver, dependence, dependenceOptions: options.dependence, predicates, toRows };
};
