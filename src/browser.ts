/**
 * `claimtrace/browser`: anchoring quotes and reading and comparing values,
 * with no Node built-ins (no `fs`, `path`, `crypto`) anywhere in its import
 * graph — for a browser extension or a web page that marks claims in text.
 * (Loading a claims folder, hashing and the exports need Node: use the root entry.)
 */
export { anchorQuote } from './anchor/anchor-quote.js';
export { reanchorSpan, type ReanchorResult, type RecordedSpan } from './anchor/reanchor-span.js';
export { describeSpan, spanAt, type DescribeSpanResult, type SpanSelectors } from './anchor/describe-span.js';
export { prepareText, type PreparedText } from './anchor/prepared-text.js';
export type { AnchorResult, AnchorQuery, AnchorOptions, AnchorCandidate } from './anchor/anchor-result.js';
export { normalizeText } from './ingest/normalize-text.js';
export { foldText } from './ingest/fold-text.js';
export { createLocator, type Locator, type Point } from './ingest/create-locator.js';
export { parseQuantity } from './normalize/parse-quantity.js';
export { parseDate } from './normalize/parse-date.js';
export { parseEntitySet } from './normalize/parse-entity-set.js';
export { createEntityResolver, type EntityResolver } from './normalize/entity-resolver.js';
export { compareValues, valueKey, describeValue } from './values/index.js';
export { BUILTIN_VALUE_KINDS, createValueKinds, type ValueKinds, type Value } from './values/registry.js';
export type { Comparison, CompareOptions } from './values/comparison.js';
export { formatMessage, type Message } from './model/message.js';
export { settled, type Result } from './model/result.js';
