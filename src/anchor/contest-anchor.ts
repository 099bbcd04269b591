/**
 * Second opinions on an anchor, from where the recorded prefix and suffix
 * stand now: a copy elsewhere is contested when they frame the span's own
 * place near the hint, and words they frame there count as the span changed.
 */
import type { AnchorCandidate, AnchorResult, Anchored } from './anchor-result.js';
import type { ScoringContext } from './candidate-scorer.js';
import { orphaned } from './decide-anchor.js';
import { byScore } from './distinct-places.js';
import {
  CONTEST_MARGIN,
  MAX_FUZZY_ERRORS,
  MIN_FRAMED_CONTEXT_SIMILARITY,
  MIN_FRAMED_QUOTE_SIMILARITY,
  MIN_INFORMATIVE_CONTEXT,
  POSITION_SCALE,
} from './scoring.js';

/**
 * When nothing else anchors: the one place near the hint where an intact
 * prefix and suffix (each at least `MIN_FRAMED_CONTEXT_SIMILARITY`, each long
 * enough to tell) frame words still at least `MIN_FRAMED_QUOTE_SIMILARITY`
 * like the quote, and at most `MAX_FUZZY_ERRORS` edits from it. That is the
 * span, with more of its words changed than a fuzzy search allows
 * ("a recent push" → "a renewed drive").
 */
export const framedChange = (gaps: readonly AnchorCandidate[], context: ScoringContext): AnchorCandidate | undefined => {
  const { hint, prefix, suffix } = context;
  if (hint === undefined || prefix === undefined || suffix === undefined) return undefined;
  if (prefix.length < MIN_INFORMATIVE_CONTEXT || suffix.length < MIN_INFORMATIVE_CONTEXT) return undefined;
  const framed = gaps.filter(
    (g) =>
      g.end > g.start &&
      !g.inNonContent &&
      Math.abs(g.start - hint) <= POSITION_SCALE &&
      (g.parts.prefix ?? 0) >= MIN_FRAMED_CONTEXT_SIMILARITY &&
      (g.parts.suffix ?? 0) >= MIN_FRAMED_CONTEXT_SIMILARITY &&
      g.parts.quote >= MIN_FRAMED_QUOTE_SIMILARITY &&
      g.errors <= MAX_FUZZY_ERRORS,
  );
  return framed.length === 1 ? framed[0] : undefined;
};

/** Mean similarity of the context sides that were scored (1 when none were). */
const contextEvidence = (c: { parts: AnchorCandidate['parts'] }): number => {
  const sides = [c.parts.prefix, c.parts.suffix].filter((x): x is number => x !== undefined);
  return sides.length === 0 ? 1 : sides.reduce((a, b) => a + b, 0) / sides.length;
};

/**
 * Refuse an anchor when, somewhere else, the prefix and suffix stand around
 * a gap (the span's own place, its words rewritten or deleted) that is
 * clearly better surrounded than the chosen place, or as well surrounded and
 * nearer to where the span was; or when the chosen place is far from the
 * hint while the quote's exact words still stand near it (their context
 * edited). The chosen one is then, or may be, a lookalike: a repeated
 * headline, the other "i" in "Silica", a sentence the page prints twice.
 */
export const contest = (anchored: Anchored, gaps: readonly AnchorCandidate[], hint: number | undefined): AnchorResult => {
  const chosen = contextEvidence({ parts: anchored.parts });
  const distance = (r: { start: number }): number => (hint === undefined ? 0 : Math.abs(r.start - hint));
  const rivals = gaps
    .filter(
      (g) =>
        !g.inNonContent &&
        !(g.start < anchored.end && anchored.start < g.end) &&
        !(g.start === g.end && (g.start === anchored.start || g.start === anchored.end)) &&
        (contextEvidence(g) >= chosen + CONTEST_MARGIN ||
          (contextEvidence(g) > chosen - CONTEST_MARGIN && distance(g) < distance(anchored)) ||
          (g.method !== 'fuzzy' && distance(g) <= POSITION_SCALE && distance(anchored) > POSITION_SCALE)),
    )
    .sort(byScore);
  const rival = rivals[0];
  if (rival === undefined) return anchored;
  return orphaned(
    'contested',
    `the quote's surroundings stand at ${rival.start}–${rival.end}, where the words now read ` +
      `${JSON.stringify(rival.text)}, ${contextEvidence(rival) >= chosen + CONTEST_MARGIN ? 'matching better than' : 'nearer to the recorded position than'} ` +
      `around the copy at ${anchored.start}–${anchored.end}: the span's words changed or were removed, and the copy is a lookalike`,
    [...rivals, ...anchored.alternatives],
  );
};
