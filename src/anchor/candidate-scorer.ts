/**
 * Scoring located ranges against a query: quote similarity, prefix and
 * suffix similarity pinned to the range, and closeness to the position hint.
 * Only the evidence the query gives is scored (see `combineScore`).
 */
import { foldString } from '../ingest/fold-text.js';
import { rangesOverlap } from '../ingest/overlapping-ranges.js';
import type { TextRange } from '../model/span.js';
import type { AnchorCandidate, AnchorQuery, ScoreParts } from './anchor-result.js';
import { prefixSimilarity, suffixSimilarity } from './context-similarity.js';
import type { Located } from './find-candidates.js';
import { CONTEXT_LENGTH } from './describe-span.js';
import { combineScore, MAX_CONTEXT_COMPARED, positionCloseness, type ContextShare } from './scoring.js';

/**
 * Stands for "the text starts/ends here" in context comparisons (a
 * noncharacter, so it never occurs in a source).
 */
const TEXT_BOUNDARY = '\uFFFF';

/** The folded expectations of a query, computed once per query. */
export interface ScoringContext {
  readonly foldedQuote: string;
  /** Folded expected prefix (with the boundary mark when it reaches the text start), or undefined when not scored. */
  readonly prefix: string | undefined;
  readonly suffix: string | undefined;
  readonly hint: number | undefined;
  /** Weight share of each context side (see `ContextShare`). */
  readonly share: ContextShare;
}

/**
 * Fold the query's evidence for scoring. Only the `MAX_CONTEXT_COMPARED`
 * folded units of context nearest the quote are kept (the end of the prefix,
 * the start of the suffix), so scoring a candidate costs the same whatever
 * the context's length; a context that reaches the start or end of the text
 * keeps its boundary mark only when it is not cut.
 */
export const scoringContext = (query: AnchorQuery): ScoringContext => {
  const prefix = query.prefix ?? '';
  const suffix = query.suffix ?? '';
  const foldedPrefix = foldString(prefix);
  const foldedSuffix = foldString(suffix);
  const prefixCut = foldedPrefix.length > MAX_CONTEXT_COMPARED;
  const suffixCut = foldedSuffix.length > MAX_CONTEXT_COMPARED;
  return {
    foldedQuote: foldString(query.exact),
    prefix: prefixCut
      ? foldedPrefix.slice(-MAX_CONTEXT_COMPARED)
      : query.prefixReachesStart === true
        ? TEXT_BOUNDARY + foldedPrefix
        : prefix.length > 0
          ? foldedPrefix
          : undefined,
    suffix: suffixCut
      ? foldedSuffix.slice(0, MAX_CONTEXT_COMPARED)
      : query.suffixReachesEnd === true
        ? foldedSuffix + TEXT_BOUNDARY
        : suffix.length > 0
          ? foldedSuffix
          : undefined,
    hint: query.hint,
    share: {
      prefix: query.prefixReachesStart === true ? Math.min(1, (prefix.length + 1) / (CONTEXT_LENGTH + 1)) : 1,
      suffix: query.suffixReachesEnd === true ? Math.min(1, (suffix.length + 1) / (CONTEXT_LENGTH + 1)) : 1,
    },
  };
};

/** Whether the query gives a prefix or suffix to confirm a place with. */
export const hasContext = (context: ScoringContext): boolean =>
  context.prefix !== undefined || context.suffix !== undefined;

/** Original code units read around a candidate for a context of `n` folded units. */
const windowFor = (n: number): number => 2 * n + 16;

/** Score one located range. */
export const scoreLocated = (
  text: string,
  context: ScoringContext,
  located: Located,
  nonContent: readonly TextRange[],
): AnchorCandidate => {
  const { start, end } = located;
  const quote =
    context.foldedQuote.length === 0 ? (located.errors === 0 ? 1 : 0) : Math.max(0, 1 - located.errors / context.foldedQuote.length);
  let parts: ScoreParts = { quote };
  if (context.prefix !== undefined) {
    const from = Math.max(0, start - windowFor(context.prefix.length));
    const before = (from === 0 ? TEXT_BOUNDARY : '') + foldString(text.slice(from, start));
    parts = { ...parts, prefix: prefixSimilarity(context.prefix, before) };
  }
  if (context.suffix !== undefined) {
    const to = Math.min(text.length, end + windowFor(context.suffix.length));
    const after = foldString(text.slice(end, to)) + (to === text.length ? TEXT_BOUNDARY : '');
    parts = { ...parts, suffix: suffixSimilarity(context.suffix, after) };
  }
  if (context.hint !== undefined) {
    parts = { ...parts, position: positionCloseness(start, context.hint) };
  }
  return {
    start,
    end,
    text: text.slice(start, end),
    method: located.method,
    errors: located.errors,
    score: combineScore(parts, context.share),
    parts,
    inNonContent: nonContent.some((r) => rangesOverlap(r, located)),
  };
};
