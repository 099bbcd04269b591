/**
 * Deciding among scored candidates: one anchored place, an ambiguous tie, or
 * an orphan with the reason, never a lookalike.
 */
import type { AnchorCandidate, AnchorOptions, AnchorResult, Crowded, OrphanCause } from './anchor-result.js';
import { hasContext, type ScoringContext } from './candidate-scorer.js';
import { selectorsAt } from './describe-span.js';
import { byScore, distinctPlaces } from './distinct-places.js';
import { loneSurrogateAt } from './surrogate-pairs.js';
import { edgeUnknown, keepsWordsWhole } from './word-edges.js';
import {
  MIN_CONTEXT_SIMILARITY_FAR,
  MIN_DISTINCTIVE_QUOTE_LENGTH,
  MIN_INFORMATIVE_CONTEXT,
  MIN_QUOTE_SIMILARITY,
  MAX_SCORED_OCCURRENCES,
  MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT,
  POSITION_SCALE,
} from './scoring.js';

/** At most this many candidates are reported with an orphaned result or as alternatives. */
export const MAX_REPORTED_CANDIDATES = 10;
/** At most this many places are named in a reason; the rest are counted ("and 4 194 245 more"). */
export const MAX_LISTED_PLACES = 10;

/** The first `MAX_LISTED_PLACES` of `total` items, comma-separated, and how many more there are. */
const listed = (items: readonly string[], total: number): string =>
  items.slice(0, MAX_LISTED_PLACES).join(', ') +
  (total > MAX_LISTED_PLACES ? ` and ${total - MAX_LISTED_PLACES} more` : '');

/** The options of one anchoring, with defaults filled in. */
export interface Settings {
  readonly minScore: number;
  readonly minFuzzyScore: number;
  readonly maxErrorRate: number;
  readonly ambiguityMargin: number;
  readonly nonContent: NonNullable<AnchorOptions['nonContent']>;
}

/**
 * The digits of a text, in order. Without context to confirm a place, a
 * fuzzy candidate must keep the quote's numbers: claims are about numbers,
 * and "five" vs "nine" is one word but "12" vs "14" is one character.
 */
const digitsOf = (text: string): string => text.replace(/[^0-9]/g, '');

const fmt = (n: number): string => n.toFixed(3);

/**
 * Why a quote holding a lone surrogate (half of an emoji, left by cutting a
 * string at a code unit) was not anchored: it never matches half of a
 * character of the text, since ranges never split a surrogate pair.
 */
const loneSurrogateNote = (quote: string): string | undefined => {
  const lone = loneSurrogateAt(quote);
  return lone === undefined
    ? undefined
    : `the quote holds a lone surrogate at code unit ${lone} (half of an astral character such as an emoji), which never matches half of a character of the text; quote whole characters`;
};

/** An orphaned result with at most `MAX_REPORTED_CANDIDATES` candidates. */
export const orphaned = (cause: OrphanCause, reason: string, candidates: readonly AnchorCandidate[] = []): AnchorResult => ({
  status: 'orphaned',
  cause,
  candidates: candidates.slice(0, MAX_REPORTED_CANDIDATES),
  reason,
});

/**
 * Pick one candidate, or say why none can be picked. `crowded` says the
 * candidates are only the few places nearest the hint among more than
 * `MAX_SCORED_OCCURRENCES`: those few cannot stand for the rest, so only a
 * perfect match at the hint is taken (it scores 1, which no other place can
 * beat: scoring every place would take it too), and anything else is
 * ambiguous with the count ({@link crowdedAmbiguity}).
 */
export const decide = (
  text: string,
  candidates: readonly AnchorCandidate[],
  context: ScoringContext,
  settings: Settings,
  crowded?: Crowded,
): AnchorResult => {
  const places = distinctPlaces([...candidates].sort(byScore));
  if (crowded !== undefined) {
    const atHint = perfectAtHint(places, context.hint);
    return atHint === undefined ? crowdedAmbiguity(places, crowded) : anchoredTo(text, atHint, places);
  }
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
    const lone = loneSurrogateNote(context.foldedQuote);
    if (places.length === 0) return orphaned('not-found', lone ?? 'nothing similar was found, not even approximately');
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
    return orphaned('below-min-score', lone === undefined ? reason : `${reason}; ${lone}`, places);
  }
  // Near-ties count even with candidates that are not anchorable themselves
  // (far away with edited surroundings, a short quote's neighbour): if one
  // of them is as good, the evidence cannot tell the two apart.
  // (Every plausible candidate but the best is a contender: good enough implies the threshold.
  // Filtering `places`, already best first, keeps that order without sets or sorting: a quote
  // found millions of times spent seconds there.)
  const isRival = (c: AnchorCandidate): boolean =>
    !c.inNonContent && c !== best && c.score >= threshold(c) && best.score - c.score < settings.ambiguityMargin;
  const rivals = places.filter(isRival);
  if (rivals.length > 0) {
    const tied = [best, ...rivals].sort(byScore);
    const atHint = perfectAtHint(tied, context.hint);
    if (atHint !== undefined) return anchoredTo(text, atHint, places);
    // A bare quote (no prefix, suffix or position: as an author writes it) means whole words.
    // With context, the context decides: a recorded span may well start inside a word.
    const whole = confirmed || context.hint !== undefined ? undefined : oneKeepingWordsWhole(text, tied);
    if (whole !== undefined) return anchoredTo(text, whole, places);
    const named = tied.slice(0, MAX_LISTED_PLACES);
    return {
      status: 'ambiguous',
      candidates: places.filter((c) => isRival(c) || (!c.inNonContent && goodEnough(c))),
      reason:
        `${tied.length} places match about equally well ` +
        `(scores ${listed(named.map((c) => fmt(c.score)), tied.length)}; offsets ${listed(named.map((c) => String(c.start)), tied.length)}); ` +
        'a prefix, suffix or position hint would pick one',
    };
  }
  return anchoredTo(text, best, places);
};

/**
 * The answer when the quote's closest approximate matches end at more places
 * than a fuzzy search looks at (`MAX_FUZZY_ENDS`), or it occurs exactly at
 * more places than are scored (`MAX_SCORED_OCCURRENCES`; `errors` 0): the
 * quote is not distinctive, so no place is taken; the candidates are the few
 * looked at, those nearest the hint first.
 */
export const crowdedAmbiguity = (
  candidates: readonly AnchorCandidate[],
  crowded: Crowded,
): AnchorResult => {
  const places = distinctPlaces([...candidates].sort(byScore));
  const shown = places.slice(0, MAX_LISTED_PLACES).map((c) => String(c.start));
  const such = shown.length > 0 ? ` (such as offsets ${listed(shown, shown.length)})` : '';
  const edits = crowded.errors === 1 ? '1 edit' : `${crowded.errors} edits`;
  return {
    status: 'ambiguous',
    candidates: places,
    reason:
      crowded.errors === 0
        ? `the quote occurs ${crowded.ends} times, more than the ${MAX_SCORED_OCCURRENCES} places scored one by one${such}; ` +
          'quote more words, or rarer ones, to pick one (among so many, only a perfect match at the position hint is taken)'
        : `the quote occurs in very many places: its closest matches (${edits}) end at ${crowded.ends} places, ` +
          `too many to tell apart${such}; ` +
          'add a prefix or suffix (the words around it), or quote more words, to pick one',
    crowded,
  };
};

/** Quote, prefix and suffix all identical: nothing can have better evidence. */
export const isPerfectCandidate = ({ parts }: AnchorCandidate): boolean =>
  parts.quote === 1 && (parts.prefix ?? 1) === 1 && (parts.suffix ?? 1) === 1;

/**
 * Among candidates that score about the same (or the few scored of a crowded
 * quote), the one outside non-content that is a perfect match (quote, prefix
 * and suffix all identical) exactly at the position hint: a span described
 * and anchored again in the same text, even when the text repeats itself
 * ("aaaa"). Anything less is left ambiguous: a near tie after edits is
 * exactly where a closer lookalike wins by accident.
 */
const perfectAtHint = (tied: readonly AnchorCandidate[], hint: number | undefined): AnchorCandidate | undefined => {
  if (hint === undefined) return undefined;
  const perfect = tied.filter((c) => c.start === hint && !c.inNonContent && isPerfectCandidate(c));
  return perfect.length === 1 ? perfect[0] : undefined;
};

/**
 * Among candidates of a bare quote (no prefix, suffix or position) that
 * score about the same, the only one that neither starts nor ends inside a
 * word: "May 20" quoted from a text that also says
 * "May 2023" is the date, not the start of the year. Two or more such places
 * (or none) stay ambiguous, and so do places in a script that does not mark
 * where words end (Chinese, Japanese, Thai…).
 */
const oneKeepingWordsWhole = (text: string, tied: readonly AnchorCandidate[]): AnchorCandidate | undefined => {
  let found: AnchorCandidate | undefined;
  for (const c of tied) {
    if (edgeUnknown(text, c.start) || edgeUnknown(text, c.end)) return undefined;
    if (!keepsWordsWhole(text, c.start, c.end)) continue;
    if (found !== undefined) return undefined;
    found = c;
  }
  return found;
};

/** The anchored result for a chosen candidate, with full selectors. */
export const anchoredTo = (text: string, chosen: AnchorCandidate, places: readonly AnchorCandidate[]): AnchorResult => {
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
