/**
 * A loaded corpus: what the reconciler and the reports work on. Everything
 * in it has been validated and every span anchored.
 */
import type { AliasEntry } from './entity.js';
import type { Claim } from './claim.js';
import type { Predicate } from './predicate.js';
import type { SourceDocument } from './source.js';

export interface Corpus {
  readonly sources: readonly SourceDocument[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly Claim[];
  /** Alias tables the corpus adds to the built-in ones. */
  readonly entities: readonly AliasEntry[];
}
