/**
 * What the reconcile stage takes from the stages before it, as structural
 * types: a comparison of two values and an entity resolver. The engine takes
 * both as injectable options, so rules can be tested with a stub and a
 * project can bring its own comparison or alias logic.
 */
import type { AliasEntry } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import type { KnownEntity } from '../normalize/entity-resolver.js';
import type { NearDuplicate } from '../normalize/near-duplicate.js';
import type { Comparison } from '../values/comparison.js';

/** `compareValues(a, b)` of the value kinds, or any function with its shape. */
export type CompareValues = (a: Value, b: Value) => Comparison;

/** The entity resolver (`createEntityResolver`), or anything with its shape. */
export interface EntityResolverLike {
  /** The canonical id of a name or alias, when known. */
  resolve(name: string): EntityId | undefined;
  /** The display name of a canonical id. */
  canonicalName(id: EntityId): string | undefined;
  /** Whether two names are near-duplicate spellings (case, punctuation, edit distance). */
  nearDuplicate(a: string, b: string): NearDuplicate;
  /** The known entity (its kind, `locatedIn`, `partOf`), when the resolver knows it. */
  entity?(id: EntityId): KnownEntity | undefined;
  /** Whether one known entity lies in or is part of another (transitively). */
  within?(inner: EntityId, outer: EntityId): boolean;
  /** Every entity a known entity lies in or is part of (transitively). */
  containers?(id: EntityId): readonly string[];
}

/** Builds the resolver for a corpus from the corpus's own alias tables. */
export type EntityResolverFactory = (entities: readonly AliasEntry[]) => EntityResolverLike;
