/**
 * Claims for the column tests: only what grouping reads — id, subject,
 * predicate `p`, value and where the claim's spans are (the first span's
 * source places it; the span's words do not matter here).
 */
import type { Claim } from '../../../src/model/claim.js';
import { type ClaimId, type PredicateId, type SourceId } from '../../../src/model/ids.js';
import type { Span } from '../../../src/model/span.js';
import type { Value } from '../../../src/model/value.js';

/** A span in `source` (the same words everywhere). */
export const span = (source: string): Span => ({
  sourceId: source as SourceId,
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
});

/**
 * @example
 * columnClaim('a', 'Acme', { type: 'boolean', value: true }, ['s1', 'elsewhere'])
 */
export const columnClaim = (id: string, subject: string, value: Value, sources: readonly string[]): Claim => ({
  id: id as ClaimId,
  subject: { name: subject },
  predicate: 'p' as PredicateId,
  value,
  polarity: 'affirmative',
  hedge: 'asserted',
  evidence: sources.map(span) as unknown as Claim['evidence'],
});
