/**
 * Anchoring a quote to one place in a normalized text, or saying honestly
 * that it cannot: several equally good places → `ambiguous` with every
 * candidate; no place good enough → `orphaned`, never a lookalike.
 */
import { foldString } from '../ingest/fold-text.js';
import type {
  AnchorCandidate,
  AnchorMethod,
  AnchorOptions,
  AnchorQuery,
  AnchorResult,
  Anchored,
  OrphanCause,
} from './anchor-result.js';
import { hasContext, scoreLocated, scoringContext, type ScoringContext } from './candidate-scorer.js';
import { selectorsAt } from './describe-span.js';
import { findContextMatches, findExact, findFolded, findFuzzy, findGaps, type Located } from './find-candidates.js';
import { asPreparedText, type PreparedText } from './prepared-text.js';
import {
  AMBIGUITY_MARGIN,
  CONFIDENT_SCORE,
  CONTEST_MARGIN,
  MAX_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  MIN_CONTEXT_SIMILARITY_FAR,
  MIN_DISTINCTIVE_QUOTE_LENGTH,
  MIN_FRAMED_CONTEXT_SIMILARITY,
  MIN_FRAMED_QUOTE_SIMILARITY,
  MIN_FUZZY_SCORE,
  MIN_INFORMATIVE_CONTEXT,
  MIN_QUOTE_SIMILARITY,
  MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT,
  MIN_SCORE,
  POSITION_SCALE,
} from './scoring.js';

/** At most this many candidates are reported with an orphaned result or as alternatives. */
export const MAX_REPORTED_CANDIDATES = 10;

interface Settings {
  readonly minScore: number;
  readonly minFuzzyScore: number;
  readonly maxErrorRate: number;
  readonly ambiguityMargin: number;
  readonly nonContent: NonNullable<AnchorOptions['nonContent']>;
}

const METHOD_RANK: Readonly<Record<AnchorMethod, number>> = { exact: 0, folded: 1, fuzzy: 2 };

/** Best first; ties broken by method, then offset, so the order is deterministic. */
const byScore = (a: AnchorCandidate, b: AnchorCandidate): number =>
  b.score - a.score || METHOD_RANK[a.method] - METHOD_RANK[b.method] || a.start - b.start || a.end - b.end;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The text of two overlapping candidates taken together. */
const unionText = (a: AnchorCandidate, b: AnchorCandidate): string => {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.end <= first.end ? first.text : first.text + second.text.slice(first.end - second.start);
};

/**
 * A folded candidate and an overlapping one that read the same once folded,
 * alone and taken together, are one place: the folded one only adds or leaves
 * out characters folding away (the rest of a run of white space, a soft
 * hyphen). ("aa" and "aa" in "aaa" read "aaa" together: two places; two
 * exact occurrences at different offsets are always two places.)
 */
const samePlaceFolded = (a: AnchorCandidate, b: AnchorCandidate): boolean => {
  if (a.method !== 'folded' && b.method !== 'folded') return false;
  const folded = foldString(a.text);
  return folded === foldString(b.text) && folded === foldString(unionText(a, b));
};

/**
 * Drop fuzzy candidates that overlap a better one: they are the same place
 * with other boundaries. A folded candidate that is an exact one give or take
 * folded-away characters is the same place too; the exact one stands for it
 * (its boundaries are the quote's). Overlapping exact or folded occurrences
 * ("aa" in "aaa") are different places and all stay.
 */
const distinctPlaces = (sorted: readonly AnchorCandidate[]): AnchorCandidate[] => {
  const kept: AnchorCandidate[] = [];
  // Overlapping candidates start less than the longest one apart, so kept candidates are bucketed
  // by start and each candidate is compared with its neighbours only: comparing with every kept
  // one was quadratic (a quote occurring 228 000 times in a 20 MB source took minutes).
  const width = sorted.reduce((w, c) => Math.max(w, c.end - c.start), 1);
  const buckets = new Map<number, number[]>();
  const bucketOf = (c: AnchorCandidate): number => Math.floor(c.start / width);
  const remember = (c: AnchorCandidate, index: number): void => {
    const bucket = buckets.get(bucketOf(c));
    if (bucket === undefined) buckets.set(bucketOf(c), [index]);
    else bucket.push(index);
  };
  for (const c of sorted) {
    let same = -1;
    for (const b of [bucketOf(c) - 1, bucketOf(c), bucketOf(c) + 1]) {
      for (const i of buckets.get(b) ?? []) {
        const k = kept[i];
        if (k === undefined || (same !== -1 && i >= same)) continue;
        if (overlaps(k, c) && (k.method === 'fuzzy' || c.method === 'fuzzy' || samePlaceFolded(k, c))) same = i;
      }
    }
    const k = kept[same];
    if (k === undefined) {
      remember(c, kept.length);
      kept.push(c);
    } else if (c.method === 'exact' && k.method === 'folded' && samePlaceFolded(k, c)) {
      kept[same] = c;
      remember(c, same);
    }
  }
  return kept.sort(byScore);
};

/**
 * The digits of a text, in order. Without context to confirm a place, a
 * fuzzy candidate must keep the quote's numbers: claims are about numbers,
 * and "five" vs "nine" is one word but "12" vs "14" is one character.
 */
const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '');

const fmt = (n: number): string => n.toFixed(3);

const orphaned = (cause: OrphanCause, reason: string, candidates: readonly AnchorCandidate[] = []): AnchorResult => ({
  status: 'orphaned',
  cause,
  candidates: candidates.slice(0, MAX_REPORTED_CANDIDATES),
  reason,
});

/** Pick one candidate, or say why none can be picked. */
const decide = (
  text: string,
  candidates: readonly AnchorCandidate[],
  context: ScoringContext,
  settings: Settings,
): AnchorResult => {
  const places = distinctPlaces([...candidates].sort(byScore));
  const confirmed = hasContext(context);
  const quoteDigits = digitsOf(context.foldedQuote);
  const farContextHolds = (c: AnchorCandidate): boolean => {
    if (context.hint === undefined || Math.abs(c.start - context.hint) <= POSITION_SCALE) return true;
    const informative = (expected: string | undefined, similarity: number | undefined): boolean =>
      expected === undefined || expected.length < MIN_INFORMATIVE_CONTEXT || (similarity ?? 1) >= MIN_CONTEXT_SIMILARITY_FAR;
    return informative(context.prefix, c.parts.prefix) && informative(context.suffix, c.parts.suffix);
  };
  const shortQuoteHolds = (c: AnchorCandidate): boolean =>
    !confirmed ||
    context.foldedQuote.length >= MIN_DISTINCTIVE_QUOTE_LENGTH ||
    c.parts.prefix === 1 ||
    c.parts.suffix === 1;
  const threshold = (c: AnchorCandidate | undefined): number =>
    c?.method === 'fuzzy' ? settings.minFuzzyScore : settings.minScore;
  const goodEnough = (c: AnchorCandidate): boolean =>
    c.score >= threshold(c) &&
    farContextHolds(c) &&
    shortQuoteHolds(c) &&
    (c.method !== 'fuzzy' ||
      (confirmed
        ? c.parts.quote >= MIN_QUOTE_SIMILARITY
        : c.parts.quote >= MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT && digitsOf(c.text) === quoteDigits));
  const plausible = places.filter((c) => !c.inNonContent && goodEnough(c));
  const [best] = plausible;
  if (best === undefined) {
    if (places.length === 0) return orphaned('not-found', 'the quote was not found, not even approximately');
    if (places.some((c) => c.inNonContent && goodEnough(c))) {
      return orphaned('non-content', 'the quote occurs only inside ranges marked as non-content', places);
    }
    const top = places[0];
    const reason =
      top !== undefined && !top.inNonContent && top.score >= threshold(top) && !farContextHolds(top)
        ? `the closest passage (score ${fmt(top.score)}) is ${Math.abs(top.start - (context.hint ?? top.start))} units from where the span was and its surroundings differ: a lookalike, not the span`
        : top !== undefined && !top.inNonContent && top.score >= threshold(top)
        ? `the closest passage differs from the quote (similarity ${fmt(top.parts.quote)}` +
          (confirmed ? ')' : ', or its numbers differ) and no prefix or suffix confirms the place')
        : `no candidate is close enough: the best scores ${fmt(top?.score ?? 0)}, below the minimum ${fmt(threshold(top))}` +
          (confirmed || context.hint !== undefined ? ' (quote, context and position taken together)' : '');
    return orphaned('below-min-score', reason, places);
  }
  // Near-ties count even with candidates that are not anchorable themselves
  // (far away with edited surroundings, a short quote's neighbour): if one
  // of them is as good, the evidence cannot tell the two apart.
  const contenders = places.filter((c) => !c.inNonContent && c !== best && c.score >= threshold(c));
  const rivals = [...new Set([...plausible.slice(1), ...contenders])].filter(
    (c) => best.score - c.score < settings.ambiguityMargin,
  );
  if (rivals.length > 0) {
    const tied = [best, ...rivals].sort(byScore);
    const atHint = perfectAtHint(tied, context.hint);
    if (atHint !== undefined) return anchoredTo(text, atHint, places);
    return {
      status: 'ambiguous',
      candidates: [...new Set([...plausible, ...rivals])].sort(byScore),
      reason:
        `${tied.length} places match about equally well (scores ${tied.map((c) => fmt(c.score)).join(', ')}; ` +
        `offsets ${tied.map((c) => c.start).join(', ')}); a prefix, suffix or position hint would pick one`,
    };
  }
  return anchoredTo(text, best, places);
};

/**
 * Among candidates that score about the same, the one that is a perfect
 * match (quote, prefix and suffix all identical) exactly at the position
 * hint: a span described and anchored again in the same text, even when the
 * text repeats itself ("aaaa"). Anything less is left ambiguous: a near tie
 * after edits is exactly where a closer lookalike wins by accident.
 */
const perfectAtHint = (tied: readonly AnchorCandidate[], hint: number | undefined): AnchorCandidate | undefined => {
  if (hint === undefined) return undefined;
  const perfect = tied.filter(
    (c) => c.start === hint && c.parts.quote === 1 && (c.parts.prefix ?? 1) === 1 && (c.parts.suffix ?? 1) === 1,
  );
  return perfect.length === 1 ? perfect[0] : undefined;
};

const anchoredTo = (text: string, chosen: AnchorCandidate, places: readonly AnchorCandidate[]): AnchorResult => {
  const selectors = selectorsAt(text, chosen.start, chosen.end);
  return {
    status: 'anchored',
    start: chosen.start,
    end: chosen.end,
    quote: selectors.quote,
    position: selectors.position,
    method: chosen.method,
    score: chosen.score,
    parts: chosen.parts,
    errors: chosen.errors,
    alternatives: places.filter((c) => c !== chosen).slice(0, MAX_REPORTED_CANDIDATES),
  };
};

const settingsProblem = (s: Settings): string | undefined => {
  if (!(s.minScore >= 0 && s.minScore <= 1)) return `minScore must be within [0, 1] (got ${s.minScore})`;
  if (!(s.minFuzzyScore >= 0 && s.minFuzzyScore <= 1)) {
    return `minFuzzyScore must be within [0, 1] (got ${s.minFuzzyScore})`;
  }
  if (!(s.maxErrorRate >= 0 && s.maxErrorRate < 1)) return `maxErrorRate must be within [0, 1) (got ${s.maxErrorRate})`;
  if (!(s.ambiguityMargin >= 0 && s.ambiguityMargin <= 1)) {
    return `ambiguityMargin must be within [0, 1] (got ${s.ambiguityMargin})`;
  }
  return undefined;
};

const uniqueRanges = (located: readonly Located[]): Located[] => {
  const seen = new Set<string>();
  return located.filter((l) => {
    const key = `${l.start}:${l.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Find the one place in a normalized text where a quote stands.
 *
 * 1. Exact occurrences, then occurrences once both sides are folded (NBSP and
 *    other spaces, runs of white space, curly quotes, dashes; see `foldText`).
 *    Each is scored on its prefix, suffix and position hint, when given.
 * 2. Unless one of those is clearly right (score ≥ `CONFIDENT_SCORE`, or
 *    there is no context to doubt it), a fuzzy search (approx-string-match,
 *    up to `maxErrorRate` × quote length edits) over the whole text and
 *    around the hint, prefix and suffix adds candidates.
 * 3. Candidates below `minScore` (or a fuzzy candidate too unlike the quote)
 *    are never taken: no candidate left → `orphaned`. A runner-up within
 *    `ambiguityMargin` of the best → `ambiguous` with every plausible
 *    candidate. Otherwise → `anchored`, with full W3C selectors.
 *
 * Offsets are UTF-16 code units over `text`, end exclusive. Never throws:
 * an empty quote or a bad hint gives `orphaned` with cause `invalid-query`.
 *
 * @example
 * ```ts
 * const text = 'Japan signed on Friday. Japan and Korea signed on Monday.';
 * anchorQuote(text, { exact: 'Japan' }).status;                      // 'ambiguous'
 * anchorQuote(text, { exact: 'Japan', suffix: ' and Korea' }).start;  // 24 (status 'anchored')
 * anchorQuote(text, { exact: 'Brazil signed' }).status;               // 'orphaned'
 * ```
 */
export const anchorQuote = (
  text: string | PreparedText,
  query: AnchorQuery,
  options: AnchorOptions = {},
): AnchorResult => {
  const settings: Settings = {
    minScore: options.minScore ?? MIN_SCORE,
    minFuzzyScore: options.minFuzzyScore ?? MIN_FUZZY_SCORE,
    maxErrorRate: options.maxErrorRate ?? MAX_ERROR_RATE,
    ambiguityMargin: options.ambiguityMargin ?? AMBIGUITY_MARGIN,
    nonContent: options.nonContent ?? [],
  };
  const problem = settingsProblem(settings);
  if (problem !== undefined) return orphaned('invalid-query', problem);
  if (query.exact.length === 0) return orphaned('invalid-query', 'the quote is empty');
  if (query.hint !== undefined && !(Number.isInteger(query.hint) && query.hint >= 0)) {
    return orphaned('invalid-query', `the position hint must be a non-negative integer (got ${query.hint})`);
  }

  const prepared = asPreparedText(text);
  const context = scoringContext(query);
  const score = (located: readonly Located[]): AnchorCandidate[] =>
    located.map((l) => scoreLocated(prepared.text, context, l, settings.nonContent));

  const direct = score(
    uniqueRanges([...findExact(prepared.text, query.exact), ...findFolded(prepared, context.foldedQuote)]),
  );
  const first = decide(prepared.text, direct, context, settings);
  if (first.status === 'ambiguous') return first;
  if (
    first.status === 'anchored' &&
    (!hasContext(context) ||
      (isPerfect(first, direct) && (query.hint === undefined || Math.abs(first.start - query.hint) <= POSITION_SCALE)))
  ) {
    return first;
  }

  // The context is searched for once: it opens fuzzy search windows and finds gaps.
  const contextMatches = findContextMatches(
    prepared,
    query.prefix === undefined ? undefined : foldString(query.prefix),
    query.suffix === undefined ? undefined : foldString(query.suffix),
  );
  let result: AnchorResult = first;
  if (first.status !== 'anchored' || first.score < CONFIDENT_SCORE) {
    const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(context.foldedQuote.length * settings.maxErrorRate));
    const known = new Set(direct.map((c) => `${c.start}:${c.end}`));
    const fuzzy = findFuzzy(prepared, context.foldedQuote, maxErrors, query.hint, contextMatches).filter(
      (l) => !known.has(`${l.start}:${l.end}`),
    );
    if (fuzzy.length > 0) result = decide(prepared.text, [...direct, ...score(fuzzy)], context, settings);
  }
  if (result.status === 'ambiguous') return result;
  const gaps = score(findGaps(prepared, context.foldedQuote, contextMatches));
  if (result.status === 'orphaned') {
    const framed = result.cause === 'not-found' || result.cause === 'below-min-score' ? framedChange(gaps, context) : undefined;
    return framed === undefined ? result : anchoredTo(prepared.text, framed, result.candidates);
  }
  // Rivals: gaps framed by the context, and (when the anchor is far from the
  // hint) the quote's own words still standing near the hint.
  const nearHint =
    query.hint !== undefined && Math.abs(result.start - query.hint) > POSITION_SCALE
      ? direct.filter((c) => Math.abs(c.start - (query.hint ?? 0)) <= POSITION_SCALE)
      : [];
  return contest(result, [...gaps, ...nearHint], query.hint);
};

/**
 * When nothing else anchors: the one place near the hint where an intact
 * prefix and suffix (each at least `MIN_FRAMED_CONTEXT_SIMILARITY`, each long
 * enough to tell) frame words still at least `MIN_FRAMED_QUOTE_SIMILARITY`
 * like the quote. That is the span, with more of its words changed than a
 * fuzzy search allows ("a recent push" → "a renewed drive").
 */
const framedChange = (gaps: readonly AnchorCandidate[], context: ScoringContext): AnchorCandidate | undefined => {
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
      g.parts.quote >= MIN_FRAMED_QUOTE_SIMILARITY,
  );
  return framed.length === 1 ? framed[0] : undefined;
};

/** The chosen candidate of an anchored result. */
const chosenOf = (anchored: Anchored, candidates: readonly AnchorCandidate[]): AnchorCandidate | undefined =>
  candidates.find((c) => c.start === anchored.start && c.end === anchored.end);

/** Quote, prefix and suffix all identical: nothing can have better evidence. */
const isPerfect = (anchored: Anchored, candidates: readonly AnchorCandidate[]): boolean => {
  const parts = chosenOf(anchored, candidates)?.parts;
  return parts !== undefined && parts.quote === 1 && (parts.prefix ?? 1) === 1 && (parts.suffix ?? 1) === 1;
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
const contest = (anchored: Anchored, gaps: readonly AnchorCandidate[], hint: number | undefined): AnchorResult => {
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

