/**
 * Anchor: find the exact words a claim rests on (W3C TextQuoteSelector +
 * TextPositionSelector), and find them again when the source changes.
 */
export type {
  AnchorCandidate,
  AnchorMethod,
  AnchorOptions,
  AnchorQuery,
  AnchorResult,
  Anchored,
  Ambiguous,
  Crowded,
  Orphaned,
  OrphanCause,
  ScoreParts,
} from './anchor-result.js';
export { anchorQuote, MAX_REPORTED_CANDIDATES } from './anchor-quote.js';
export { describeSpan, CONTEXT_LENGTH, type DescribeSpanResult, type SpanSelectors } from './describe-span.js';
export {
  reanchorSpan,
  type DiffOp,
  type RecordedSpan,
  type ReanchorOrphanCause,
  type ReanchorResult,
} from './reanchor-span.js';
export { prepareText, type PreparedText } from './prepared-text.js';
export {
  QUOTE_WEIGHT,
  PREFIX_WEIGHT,
  SUFFIX_WEIGHT,
  POSITION_WEIGHT,
  POSITION_SCALE,
  MIN_SCORE,
  MIN_FUZZY_SCORE,
  MIN_CONTEXT_SIMILARITY_FAR,
  MIN_INFORMATIVE_CONTEXT,
  MIN_DISTINCTIVE_QUOTE_LENGTH,
  MIN_FRAMED_CONTEXT_SIMILARITY,
  MIN_FRAMED_QUOTE_SIMILARITY,
  MIN_QUOTE_SIMILARITY,
  MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT,
  MAX_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  MAX_CONTEXT_COMPARED,
  AMBIGUITY_MARGIN,
  CONFIDENT_SCORE,
  CONTEST_MARGIN,
  MAX_SCORED_OCCURRENCES,
} from './scoring.js';
// The claims loader reports candidates as line/column; the locator lives in ingest.
export { createLocator, type Locator, type Point } from '../ingest/create-locator.js';
