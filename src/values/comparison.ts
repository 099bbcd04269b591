/**
 * The result of comparing two values: a verdict, a reason a person
 * understands, and for lists and names the structured detail the
 * reconciliation rules print.
 */
import type { EntityResolver } from '../normalize/entity-resolver.js';
import type { NearDuplicate } from '../normalize/near-duplicate.js';
import type { EntityRef } from './kinds/entity.js';

/**
 * - `compatible`: both can be true at once (intervals overlap, lists agree);
 * - `conflict`: they cannot both be true;
 * - `different-measure`: they measure different things (dollars vs euros,
 *   "countries" vs "countries and organizations", a date vs a quantity), so
 *   disagreement is not a conflict;
 * - `unknown`: the values cannot be judged automatically (free text).
 */
export type ComparisonVerdict = 'compatible' | 'conflict' | 'different-measure' | 'unknown';

/** How many members a set value says there are: `high` null = no upper bound. */
export interface SetCardinality {
  readonly low: number;
  readonly high: number | null;
}

/** Details of an entity-set (or entity vs set) comparison. */
export interface SetComparisonDetails {
  readonly kind: 'entity-set';
  /**
   * - `symmetric-difference`: closed vs closed;
   * - `missing-members`: open vs closed (members of the open list the closed one lacks),
   *   or an entity vs a closed list;
   * - `cardinality`: a count against a list, a count or a quantity;
   * - `open-lists`: open vs open (only stated counts can disagree).
   */
  readonly logic: 'symmetric-difference' | 'missing-members' | 'cardinality' | 'open-lists';
  /** Members of the first value that the second lacks and that matter for the verdict. */
  readonly onlyInA: readonly EntityRef[];
  /** Members of the second value that the first lacks and that matter for the verdict. */
  readonly onlyInB: readonly EntityRef[];
  readonly cardinalityA: SetCardinality;
  readonly cardinalityB: SetCardinality;
}

/** Details of an entity vs entity comparison. */
export interface EntityComparisonDetails {
  readonly kind: 'entity';
  /** Canonical ids, when known. */
  readonly idA?: string;
  readonly idB?: string;
  /** For two different names neither of which is known: are they spellings of one? */
  readonly nearDuplicate?: NearDuplicate;
}

/** Details of a date comparison: days between the two intervals (0 when they overlap). */
export interface DateComparisonDetails {
  readonly kind: 'date';
  readonly gapDays: number;
}

/** The structured part of a comparison, by kind of value. */
export type ComparisonDetails = SetComparisonDetails | EntityComparisonDetails | DateComparisonDetails;

/** What {@link compareValues} returns. */
export interface Comparison {
  readonly verdict: ComparisonVerdict;
  /** A sentence a person understands ("$12 billion and $120 billion do not overlap"). */
  readonly reason: string;
  readonly details?: ComparisonDetails;
}

/** Options of {@link compareValues}. */
export interface CompareOptions {
  /**
   * Resolves entity names to canonical ids (otherwise only given ids and name
   * keys are compared); with `entity`, `within` and `containers`, entity kinds (an
   * organisation is not a place) and `locatedIn` / `partOf` (a place inside
   * another is compatible) count too.
   */
  readonly resolver?: Pick<EntityResolver, 'resolve' | 'nearDuplicate'> & Partial<Pick<EntityResolver, 'entity' | 'within' | 'containers'>>;
}
