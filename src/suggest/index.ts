/**
 * Suggest: candidate claims for a source — quantities, dates, lists of
 * entities and attributed statements — with unique quotes, parsed values and
 * guessed subjects and predicates; and the evaluation of those suggestions
 * against a folder of written claims.
 */
export { suggestClaims, DEFAULT_MIN_CONFIDENCE, type Suggestion, type SuggestionKind, type SuggestOptions, type SuggestResult } from './suggest-claims.js';
export { suggestionsYaml, suggestionEntry } from './suggestion-file.js';
export { evaluateSuggestions, EVALUATED_KINDS, type EvaluatedKind, type KindScore, type SuggestionEvaluation, type EvaluationOptions } from './evaluate-suggestions.js';
export { matchesClaim } from './claim-match.js';
export type { TableCellPlace } from './table-cells.js';
