/**
 * claimtrace: claim-and-provenance fact-checking.
 *
 * The pipeline, one folder per stage:
 * ingest → anchor → claims → normalize → reconcile → resolve → report / export.
 */
export * from './model/index.js';
export * from './ingest/index.js';
export * from './anchor/index.js';
export * from './normalize/index.js';
export * from './reconcile/index.js';
export * from './resolve/index.js';
export * from './export/index.js';
export * from './claims/index.js';
export * from './report/index.js';
export * from './check/index.js';
// issue 16: getting material in (capture a page, keep sources current, suggest claims).
export { captureSource, addSource, updateSource, rehashSource, type CapturedSource, type CaptureResult, type SourceUpdateReport } from './capture/index.js';
export { suggestClaims, suggestionsYaml, evaluateSuggestions, type Suggestion, type SuggestionEvaluation } from './suggest/index.js';
