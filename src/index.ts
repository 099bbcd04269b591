/**
 * claimtrace: claim-and-provenance fact-checking.
 *
 * The deliberate public API, by stage: load and check a claims folder,
 * anchor quotes, read and compare values, reconcile with rules, resolve
 * which value is true, and write the outputs. Everything else is internal;
 * tuning constants are options of the functions that use them. Subpath
 * entries: `claimtrace/schema` (zod schemas and JSON Schemas),
 * `claimtrace/testing` (ruleTester, corpus builders), `claimtrace/browser`
 * (anchoring and values, no Node built-ins), `claimtrace/authoring`
 * (capture pages as sources, keep them current, suggest claims),
 * `claimtrace/scale` (claim stores in DuckDB) and `claimtrace/resolve`
 * (every truth-discovery strategy and calibration).
 */

// ---------------------------------------------------------------- load and check
export { loadCorpus, type LoadCorpusResult, type LoadedFolder } from './claims/load-corpus.js';
export type { LoadCache } from './claims/load-cache.js';
export type { BuiltFolder } from './claims/build-corpus.js';
export { checkClaimsFolder, type CheckOptions, type CheckResult, type CheckedFolder, type FolderCheck, type Reconciled } from './check/check-claims-folder.js';
export {
  createCheckReport,
  type CheckReport,
  type CheckReportOptions,
  type CheckItem,
  type CheckCounts,
  type CheckVerdict,
  type FindingItem,
  type FindingStatus,
  type MessageItem,
  type StaleItem,
} from './check/check-report.js';
export type { ClaimLocation, QuotePlace } from './check/claim-locations.js';
export type { LoadedConfig, LoadConfigOptions } from './config/load-config.js';
export type { PathOptions } from './model/display-path.js';
export { formatMessage, type FormatMessageOptions, type Message, type MessagePlace, type FilePlace, type FilePoint, type TextPlace, type Severity, type Diagnostic } from './model/message.js';
export type { MessageCode, MessageSource } from './model/message-codes.js';
export { settled, type Result, type Ok, type Failed } from './model/result.js';

// ---------------------------------------------------------------- the data model
export type { Corpus } from './model/corpus.js';
export type { Claim, Qualifiers, Attribution, Hedge, Polarity } from './model/claim.js';
export type { Source, SourceDocument, PublishedAt, NonContentRange, AiGenerated, SourceRelation } from './model/source.js';
export type { Span, TextQuoteSelector, TextPositionSelector, TextRange } from './model/span.js';
export type { Predicate, Cardinality } from './model/predicate.js';
export type { AliasEntry, EntityKind } from './model/entity.js';
export type { Finding, FindingClaim, FindingSide, FindingNote, Discrepancy, DiscrepancyGrade } from './model/finding.js';
export type { SourceId, ClaimId, PredicateId, RuleId, EntityId, FindingId } from './model/ids.js';

// ---------------------------------------------------------------- anchor
export { anchorQuote } from './anchor/anchor-quote.js';
export { reanchorSpan, type ReanchorResult, type RecordedSpan } from './anchor/reanchor-span.js';
export { describeSpan, type DescribeSpanResult, type SpanSelectors } from './anchor/describe-span.js';
export { prepareText, type PreparedText } from './anchor/prepared-text.js';
export type { AnchorResult, AnchorQuery, AnchorOptions, AnchorCandidate, Anchored, Ambiguous, Orphaned } from './anchor/anchor-result.js';
export { normalizeText } from './ingest/normalize-text.js';
export { contentHash } from './ingest/content-hash.js';
export { createLocator, type Locator, type Point } from './ingest/create-locator.js';

// ---------------------------------------------------------------- values
export { parseQuantity, type ParseQuantityOptions } from './normalize/parse-quantity.js';
export { parseDate, type ParseDateOptions } from './normalize/parse-date.js';
export { parseEntitySet, type ParseEntitySetOptions } from './normalize/parse-entity-set.js';
export { createEntityResolver, type EntityResolver, type EntityResolverOptions, type KnownEntity } from './normalize/entity-resolver.js';
export type { NearDuplicate } from './normalize/near-duplicate.js';
export { compareValues, valueKey, describeValue } from './values/index.js';
export { BUILTIN_VALUE_KINDS, createValueKinds, type ValueKinds, type Value, type ValueType, type ValueKind } from './values/registry.js';
export type { ValueKindModule, AnyValueKind, AnyValue, DescribeStyle, ValueShorthand, ShorthandContext, CompareContext } from './values/value-kind.js';
export type { Comparison, ComparisonVerdict, ComparisonDetails, CompareOptions } from './values/comparison.js';
export type { EntityRef, EntityValue } from './values/kinds/entity.js';
export type { EntitySetValue } from './values/kinds/entity-set.js';
export type { QuantityValue } from './values/kinds/quantity.js';
export type { DateValue } from './values/kinds/date.js';
export type { WeekdayValue } from './values/kinds/weekday.js';
export type { BooleanValue } from './values/kinds/boolean.js';
export type { TextValue } from './values/kinds/text.js';

// ---------------------------------------------------------------- reconcile
export { createReconciler, type Reconciler, type ReconcilerOptions, type ReconcileResult, type Reconciliation } from './reconcile/create-reconciler.js';
export {
  defineRule,
  type Rule,
  type AnyRule,
  type RuleSpec,
  type RuleMeta,
  type RuleKind,
  type RuleContext,
  type RuleExample,
  type FindingDraft,
  type DraftSide,
} from './reconcile/rule.js';
export type { RulesConfig, RuleSetting, RuleLevel } from './reconcile/rules-config.js';
export type { ClaimGroup, GroupClaim } from './reconcile/claim-groups.js';
export type { CompareValues, EntityResolverLike } from './reconcile/contract.js';
export { builtinRules } from './reconcile/rules/builtin-rules.js';
export { detectSourceDependence, type SourceDependence, type SourceDependenceOptions } from './reconcile/dependence/detect-source-dependence.js';
export {
  compareWithBaseline,
  baselineEntryFor,
  type BaselineComparison,
  type ReviewStatus,
  type RecheckOn,
} from './reconcile/baseline.js';
export type { Coverage, SingleSourceValue } from './reconcile/coverage.js';
export type { ValueCluster } from './reconcile/value-clusters.js';
export type { Baseline, BaselineEntry, ReviewVerdict } from './model/baseline.js';

// ---------------------------------------------------------------- resolve
export { majorityVote } from './resolve/majority-vote.js';
export { createTruthFinder, type TruthFinderOptions } from './resolve/truth-finder.js';
export { createAccu, type AccuOptions } from './resolve/accu.js';
export { resolveGroups, defaultStrategy } from './resolve/resolve-groups.js';
export { problemFromReconcile } from './resolve/from-reconcile.js';
export type { Strategy, ResolutionProblem, Resolution, Observation, ValueConfidence, GroupResolution, SourceTrust } from './resolve/problem.js';

// ---------------------------------------------------------------- outputs
export { OUTPUT_FORMATS } from './formats/registry.js';
export type { OutputFormat, FormatInput, FormatOption, FormatNeeds, FormatCommand } from './formats/format.js';
export { renderMarkdownReport } from './report/render-markdown-report.js';
export { renderHtmlReport } from './report/html/render-html-report.js';
export { findingsToJson, type FindingsJson } from './report/findings-json.js';
export type { ReportInput, FindingReview, PreferredValue } from './report/report-input.js';
export { toAnnotationCollection, type AnnotationCollection, type WebAnnotation, type WebAnnotationOptions } from './export/web-annotation.js';
export { toClaimReviewGraph, type ClaimReview, type ClaimReviewGraph, type ClaimReviewOptions, type ReviewAuthor } from './export/claim-review.js';
export { toProv, type ProvDocument } from './export/prov.js';
