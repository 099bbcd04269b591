/**
 * Anchoring a quote an author wrote to the exact span of a source, with a
 * diagnostic that says what to do when it does not anchor uniquely.
 */
import { anchorQuote, createLocator, MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT, type AnchorResult, type Locator, type PreparedText } from '../anchor/index.js';
import { loneSurrogateAt } from '../anchor/surrogate-pairs.js';
import type { SourceId } from '../model/ids.js';
import { createDiagnostic, type Diagnostic, type FilePoint } from '../model/message.js';
import type { AnchorCode } from '../model/message-codes.js';
import { failed, ok, type Result } from '../model/result.js';
import type { Span, TextRange } from '../model/span.js';
import { rangeProblem, spanAt } from '../anchor/describe-span.js';
import { changedFigure } from './quote-figures.js';

export interface QuoteRequest {
  readonly exact: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  /** A recorded start offset: a hint to pick among occurrences (with `end`, a recorded position). */
  readonly hint?: number | undefined;
  /** A recorded end offset (exclusive), with `hint`. */
  readonly end?: number | undefined;
}

export interface AnchorPlace {
  readonly file: string;
  readonly at: FilePoint;
  readonly claimId?: string | undefined;
  readonly sourceId: string;
}


const MAX_CANDIDATES_SHOWN = 5;
const SNIPPET = 60;

/**
 * One line locator per source text, built the first time a message needs a
 * line and column: building it per message read the whole source again for
 * every claim with a warning, quadratic in a file of many such claims.
 */
const locators = new WeakMap<PreparedText, Locator>();
const locatorOf = (prepared: PreparedText): Locator => {
  let locator = locators.get(prepared);
  if (locator === undefined) {
    locator = createLocator(prepared.text);
    locators.set(prepared, locator);
  }
  return locator;
};

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > SNIPPET ? `${one.slice(0, SNIPPET - 1)}…` : one;
};

const shownFigure = (figure: string | undefined): string => (figure === undefined ? 'no figure' : `"${figure}"`);

const diag = (where: AnchorPlace, code: AnchorCode, severity: 'error' | 'warning', message: string, hint: string): Diagnostic =>
  createDiagnostic(code, message, { file: where.file, start: where.at }, {
    severity,
    sourceId: where.sourceId,
    ...(where.claimId !== undefined ? { claimId: where.claimId } : {}),
    hint,
  });

/**
 * The span at a recorded position (`hint`–`end`, as the NDJSON writer and
 * re-anchoring record it) when everything recorded still holds there: the
 * exact quote stands at those offsets, any prefix and suffix given are the
 * words right before and after it, and it is outside every non-content
 * range. Then no search is needed (a million-claim NDJSON file anchors in
 * linear time, and a caller holding the source's text need not prepare it
 * for search); otherwise the search decides, as for a quote without offsets.
 */
export const spanAtRecordedPosition = (text: string, sourceId: SourceId, request: QuoteRequest, nonContent: readonly TextRange[] = []): Span | undefined => {
  const { hint: start, end } = request;
  if (start === undefined || end === undefined || rangeProblem(text, start, end) !== undefined) return undefined;
  if (text.slice(start, end) !== request.exact) return undefined;
  if (request.prefix !== undefined && (request.prefix.length > start || !text.startsWith(request.prefix, start - request.prefix.length))) return undefined;
  if (request.suffix !== undefined && !text.startsWith(request.suffix, end)) return undefined;
  if (nonContent.some((r) => r.start < end && start < r.end)) return undefined;
  return spanAt(sourceId, text, start, end);
};

/**
 * Anchor `request` in `prepared` (the normalized text of source `sourceId`,
 * prepared once per source), never inside `nonContent` (the source's
 * declared banners and page chrome), exactly as `anchorQuote` does with the
 * same ranges: a quote standing only there is an error.
 * Exact and folded matches (curly vs straight quotes, NBSP, runs of white
 * space, decomposed accents) anchor silently; a fuzzy match anchors with a
 * warning that shows the difference, unless the passage found states other
 * figures than the quote (`quote-figure-changed`, an error: the source was
 * updated, or the quote misquotes it); ambiguous and orphaned quotes are
 * errors that list candidates with their line and column.
 */
export const anchorEvidence = (
  prepared: PreparedText,
  sourceId: SourceId,
  request: QuoteRequest,
  where: AnchorPlace,
  nonContent: readonly TextRange[] = [],
): Result<Span> => {
  const { text } = prepared;
  const recorded = spanAtRecordedPosition(text, sourceId, request, nonContent);
  if (recorded !== undefined) return ok(recorded);
  const result: AnchorResult = anchorQuote(
    prepared,
    {
      exact: request.exact,
      ...(request.prefix !== undefined ? { prefix: request.prefix } : {}),
      ...(request.suffix !== undefined ? { suffix: request.suffix } : {}),
      ...(request.hint !== undefined ? { hint: request.hint } : {}),
    },
    { nonContent },
  );
  const placeOf = (offset: number): string => {
    const p = locatorOf(prepared).toPoint(offset);
    return p === undefined ? `offset ${offset}` : `line ${p.line}, column ${p.column}`;
  };
  // Close in letters but not in figures: the source no longer says what the claim quotes.
  const figureChange = (passage: string, start: number): Diagnostic | undefined => {
    const changed = changedFigure(request.exact, passage);
    return changed === undefined
      ? undefined
      : diag(
          where,
          'quote-figure-changed',
          'error',
          `the quote's figures do not stand in ${sourceId}: the closest passage, at ${placeOf(start)}, says ${shownFigure(changed.found)} where the quote says ${shownFigure(changed.quoted)}: "${clip(passage)}"`,
          "the source may have been updated: check the claim's value against the passage, then copy the quote exactly from it",
        );
  };
  switch (result.status) {
    case 'anchored': {
      const span: Span = { sourceId, quote: result.quote, position: result.position };
      if (result.method !== 'fuzzy') return ok(span);
      const changed = figureChange(result.quote.exact, result.start);
      if (changed !== undefined) return failed([changed]);
      return ok(span, [
        diag(
          where,
          'quote-inexact',
          'warning',
          `the quote does not occur exactly in ${sourceId}; anchored to the closest passage at ${placeOf(result.start)}: "${clip(result.quote.exact)}" (score ${result.score.toFixed(2)})`,
          'copy the quote exactly from the source text',
        ),
      ]);
    }
    case 'ambiguous': {
      const shown = result.candidates
        .slice(0, MAX_CANDIDATES_SHOWN)
        .map((c) => placeOf(c.start))
        .join('; ');
      // Exact occurrences past the number scored one by one: the words around them cannot pick one, only a longer quote can.
      const countless = result.crowded?.errors === 0;
      return failed([
        diag(
          where,
          'quote-ambiguous',
          'error',
          result.crowded === undefined
            ? `the quote "${clip(request.exact)}" occurs ${result.candidates.length} times in ${sourceId} (${shown}) and nothing picks one`
            : countless
              ? `the quote "${clip(request.exact)}" occurs ${result.crowded.ends} times in ${sourceId} (${shown}; …), too often for the words around it to pick one`
              : `the quote "${clip(request.exact)}" is not distinctive in ${sourceId}: its closest matches (${result.crowded.errors} ${result.crowded.errors === 1 ? 'edit' : 'edits'}) end at ${result.crowded.ends} places (${shown}) and nothing picks one`,
          countless
            ? 'quote more words, so that the quote itself occurs once (a `prefix` or `suffix` cannot pick among this many)'
            : 'add `prefix` or `suffix` (a few words just before or after the intended occurrence), or quote more words',
        ),
      ]);
    }
    case 'orphaned': {
      const best = result.candidates[0];
      // As close as a quote without context may be, but with other figures: say so, not "below the minimum".
      if (best !== undefined && (result.cause === 'below-min-score' || result.cause === 'not-found') && best.parts.quote >= MIN_QUOTE_SIMILARITY_WITHOUT_CONTEXT) {
        const changed = figureChange(text.slice(best.start, best.end), best.start);
        if (changed !== undefined) return failed([changed]);
      }
      // A quote with half of an emoji in it: the reason says so (and why it cannot match).
      const closest =
        best === undefined || loneSurrogateAt(request.exact) !== undefined
          ? result.reason
          : `the closest passage, at ${placeOf(best.start)}, is "${clip(text.slice(best.start, best.end))}" (score ${best.score.toFixed(2)}, below the minimum)`;
      const why: Record<typeof result.cause, string> = {
        'not-found': `does not occur in ${sourceId}: ${closest}`,
        'below-min-score': `does not occur in ${sourceId}: ${closest}`,
        'invalid-query': `cannot be searched for: ${result.reason}`,
        'non-content': `stands only in a range of ${sourceId} that its source file lists under \`nonContent\` (navigation, banners, boilerplate)${
          best !== undefined && best.inNonContent ? `, at ${placeOf(best.start)}` : ''
        }: ${result.reason}`,
        contested: `cannot be placed with confidence in ${sourceId}: ${result.reason}`,
      };
      return failed([
        diag(
          where,
          'quote-not-found',
          'error',
          `the quote "${clip(request.exact)}" ${why[result.cause]}`,
          result.cause === 'contested'
            ? 'check which passage the claim means and quote it with its surrounding words (prefix/suffix)'
            : result.cause === 'non-content'
              ? `quote the article's own words; if that range is article text, remove or narrow its \`nonContent\` entry in the source's metadata file (sources/${sourceId}.yaml when it was added with claimtrace add)`
              : 'copy the quote exactly from the source text, or fix the `source` it refers to',
        ),
      ]);
    }
  }
};
