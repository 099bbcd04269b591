/**
 * A loaded corpus: what the reconciler and the reports work on. Everything
 * in it has been validated and every span anchored.
 */
import type { AliasEntry } from './entity.js';
import type { Claim } from './claim.js';
import type { Predicate } from './predicate.js';
import type { SourceDocument } from './source.js';
import type { UnitSynonym } from '../values/unit-table.js';

export interface Corpus {
  readonly sources: readonly SourceDocument[];
  readonly predicates: readonly Predicate[];
  readonly claims: readonly Claim[];
  /** Alias tables the corpus adds to the built-in ones. */
  readonly entities: readonly AliasEntry[];
  /**
   * Unit synonyms the corpus adds to the built-in ones (`units:` in
   * predicates.yaml), the entries the loader accepted; absent when there are
   * none. The claims above are already folded by them; a claim store folds
   * the NDJSON lines it reads with them, as the claims folder does.
   */
  readonly units?: readonly UnitSynonym[];
}
