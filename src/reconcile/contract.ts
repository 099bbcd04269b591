/**
 * What the reconcile stage needs from the normalize stage, as structural
 * types (the contract in docs/architecture.md). The engine takes both as
 * injectable options, so rules can be tested with a stub and a project can
 * bring its own comparison or alias logic.
 */
import type { AliasEntry } from '../model/entity.js';
import type { EntityId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import type { KnownEntity } from '../normalize/entity-resolver.js';
import type { NearDuplicate } from '../normalize/near-duplicate.js';

/** How two normalized values relate. */
export type ComparisonVerdict = 'compatible' | 'conflict' | 'different-measure' | 'unknown';

/** The result of comparing two values: a verdict and the reason in words. */
export interface ValueComparison {
  readonly verdict: ComparisonVerdict;
  readonly reason: string;
}

/** `compareValues(a, b)` from the normalize stage, or any function with its shape. */
export type CompareValues = (a: Value, b: Value) => ValueComparison;


/** The entity resolver of the normalize stage (`createEntityResolver`). */
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
