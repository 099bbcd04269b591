/**
 * How well `suggestClaims` finds the claims a person wrote: with a claims
 * folder as the gold standard, suggestions are made for every source as if
 * it had no claims yet, and for every written claim whose value is a
 * quantity, a date (or weekday) or an entity set, it is recalled when some
 * candidate on the same source has a quote overlapping the claim's evidence
 * and a value `compareValues` calls compatible (the test `suggest` uses to
 * skip claims a folder has). Precision is the share of candidates of a kind
 * that match some written claim; candidates per recalled claim is how much
 * a person reads per claim found.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import { createEntityResolver } from '../normalize/index.js';
import { matchesClaim } from './claim-match.js';
import { suggestClaims, type SuggestOptions, type Suggestion, type SuggestionKind } from './suggest-claims.js';
import { valueOrUndefined } from '../model/result.js';

export type EvaluatedKind = 'quantity' | 'date' | 'entity-set';
export const EVALUATED_KINDS: readonly EvaluatedKind[] = ['quantity', 'date', 'entity-set'];

export interface KindScore {
  readonly kind: EvaluatedKind;
  /** Written claims of this kind. */
  readonly claims: number;
  readonly recalled: number;
  readonly recall: number;
  /** Candidates of this kind. */
  readonly candidates: number;
  /** Candidates of this kind that match a written claim. */
  readonly matching: number;
  readonly precision: number;
  /** Candidates of this kind per recalled claim of this kind. */
  readonly candidatesPerRecalled: number;
  /** The written claims of this kind no candidate found. */
  readonly missed: readonly string[];
}

export interface SuggestionEvaluation {
  readonly kinds: readonly KindScore[];
  /** Every candidate (all kinds, attributed statements included). */
  readonly candidates: number;
  /** Every candidate per recalled claim of the evaluated kinds. */
  readonly candidatesPerRecalled: number;
  readonly sources: number;
}

export interface EvaluationOptions {
  /** Suggest with the folder's alias tables (default) or with the built-in countries and organisations only. */
  readonly folderAliases?: boolean;
}

const kindOfClaim = (claim: Claim): EvaluatedKind | undefined => {
  switch (claim.value.type) {
    case 'quantity':
      return 'quantity';
    case 'date':
    case 'weekday':
      return 'date';
    case 'entity-set':
      return 'entity-set';
    default:
      return undefined;
  }
};

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/**
 * @example
 * const loaded = await loadCorpus('claims');
 * evaluateSuggestions(loaded.corpus).kinds // [{ kind: 'quantity', recall: 0.92, … }, …]
 */
export const evaluateSuggestions = (gold: Corpus, options: SuggestOptions & EvaluationOptions = {}): SuggestionEvaluation => {
  const resolver = createEntityResolver({ entities: gold.entities });
  // Without the folder's alias tables: how suggest does on a new folder whose entities.yaml is still empty.
  const suggestResolver = options.folderAliases === false ? createEntityResolver({}) : resolver;
  const blank: Corpus = { ...gold, claims: [], ...(options.folderAliases === false ? { entities: [] } : {}) };
  const all: Suggestion[] = gold.sources.flatMap((s) => valueOrUndefined(suggestClaims(blank, s.source.id, options, suggestResolver))?.suggestions ?? []);
  const matches = (s: Suggestion, c: Claim): boolean => matchesClaim({ sourceId: s.sourceId, range: s.quote, value: s.value }, c, resolver);
  const kinds = EVALUATED_KINDS.map((kind): KindScore => {
    const claims = gold.claims.filter((c) => kindOfClaim(c) === kind);
    const missed = claims.filter((c) => !all.some((s) => matches(s, c)));
    const candidates = all.filter((s) => (s.kind as SuggestionKind) === kind);
    const matching = candidates.filter((s) => gold.claims.some((c) => matches(s, c))).length;
    const recalled = claims.length - missed.length;
    return {
      kind,
      claims: claims.length,
      recalled,
      recall: ratio(recalled, claims.length),
      candidates: candidates.length,
      matching,
      precision: ratio(matching, candidates.length),
      candidatesPerRecalled: ratio(candidates.length, recalled),
      missed: missed.map((c) => c.id),
    };
  });
  const recalled = kinds.reduce((n, k) => n + k.recalled, 0);
  return { kinds, candidates: all.length, candidatesPerRecalled: ratio(all.length, recalled), sources: gold.sources.length };
};
