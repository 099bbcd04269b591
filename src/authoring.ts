/**
 * `claimtrace/authoring`: getting material into a claims folder — capture a
 * saved web page, Markdown or text as a source (`captureSource`,
 * `addSource`), keep sources current with every claim re-anchored
 * (`updateSource`, `rehashSource`, `changedSources`), and propose candidate
 * claims with unique quotes (`suggestClaims`, `suggestionsYaml`), measured
 * against claims a person wrote (`evaluateSuggestions`). What `claimtrace
 * add`, `update-source`, `rehash` and `suggest` run. Every function returns
 * a `Result` whose messages come from the one code table (stage `capture`).
 * Nothing here fetches from the network.
 */
export { captureSource, type CaptureOptions, type CapturedSource, type CaptureResult, type PageFormat, type PageMetadata } from './capture/index.js';
export { addSource, type AddSourceRequest, type AddedSource, type AddSourceResult } from './capture/index.js';
export { updateSource, rehashSource, changedSources, type ClaimStatus, type ClaimUpdate, type SourceUpdateReport, type SourceUpdateResult } from './capture/index.js';
export { suggestClaims, suggestionsYaml, type Suggestion, type SuggestionKind, type SuggestOptions, type SuggestResult, type TableCellPlace } from './suggest/index.js';
export { evaluateSuggestions, type EvaluatedKind, type EvaluationOptions, type KindScore, type SuggestionEvaluation } from './suggest/index.js';
export { ndjsonFromClaimFile } from './claims/ndjson-claims.js';
