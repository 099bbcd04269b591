/**
 * Where a finding's claims are: for each claim, the place it is written in
 * its claim file (`claims/003.yaml:12:5`, from the loader's
 * `claimLocations`) and the place of its quote in the source — UTF-16
 * offsets in the normalized text, and the line and column of both ends in
 * the source's text file (`sources/003.txt:41:7`). Every output that names a
 * finding's claims (the CLI's formats, `explain`, the test-runner helper)
 * reads them here, so they agree.
 */
import type { BuiltFolder } from '../claims/build-corpus.js';
import { createLocator, type Locator } from '../ingest/create-locator.js';
import type { Finding, FindingClaim } from '../model/finding.js';
import type { FilePlace } from '../model/message.js';
import type { Span } from '../model/span.js';

/** A quote in its source: offsets, and the line and column of both ends (1-based; the end is just past the quote). */
export interface QuotePlace {
  readonly sourceId: string;
  /** The source's text file, relative to the claims folder, when the source loaded from one. */
  readonly file?: string;
  /** UTF-16 offsets in the source's normalized text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The quoted words. */
  readonly exact: string;
}

/** One claim of a finding: where it is written and where its quote is. */
export interface ClaimLocation {
  readonly claimId: string;
  readonly sourceId: string;
  /** Where the claim is written (its entry in a claim file), when the folder says. */
  readonly claim?: FilePlace;
  readonly quote: QuotePlace;
}

/** Places of claims and quotes in one loaded folder (each source's line index is built once). */
export interface ClaimLocator {
  /** Where a span's quote is in its source. */
  readonly quote: (span: Span) => QuotePlace;
  /** Where one of a finding's claims is written and quoted. */
  readonly claim: (claim: FindingClaim) => ClaimLocation;
  /** Every claim of a finding, once each, in the order its sides list them. */
  readonly finding: (finding: Finding) => readonly ClaimLocation[];
}

/**
 * @example
 * const where = createClaimLocator(loaded);
 * where.finding(finding).map((l) => `${l.claim?.file}:${l.claim?.start.line} ${l.quote.file}:${l.quote.line}`)
 */
export const createClaimLocator = (folder: Pick<BuiltFolder, 'corpus' | 'claimLocations' | 'sourceTextFiles'>): ClaimLocator => {
  const texts = new Map(folder.corpus.sources.map((d) => [d.source.id as string, d.text]));
  const locators = new Map<string, Locator>();
  const locatorOf = (sourceId: string): Locator | undefined => {
    const cached = locators.get(sourceId);
    if (cached !== undefined) return cached;
    const text = texts.get(sourceId);
    if (text === undefined) return undefined;
    const created = createLocator(text);
    locators.set(sourceId, created);
    return created;
  };
  const quote = (span: Span): QuotePlace => {
    const { start, end } = span.position;
    const locator = locatorOf(span.sourceId);
    const from = locator?.toPoint(start);
    const to = locator?.toPoint(end);
    const file = folder.sourceTextFiles.get(span.sourceId);
    return {
      sourceId: span.sourceId,
      ...(file !== undefined ? { file } : {}),
      start,
      end,
      line: from?.line ?? 1,
      column: from?.column ?? 1,
      endLine: to?.line ?? from?.line ?? 1,
      endColumn: to?.column ?? from?.column ?? 1,
      exact: span.quote.exact,
    };
  };
  const claim = (c: FindingClaim): ClaimLocation => {
    const written = folder.claimLocations.get(c.claimId);
    return { claimId: c.claimId, sourceId: c.sourceId, ...(written !== undefined ? { claim: written } : {}), quote: quote(c.span) };
  };
  return {
    quote,
    claim,
    finding: (finding) => {
      const seen = new Set<string>();
      const out: ClaimLocation[] = [];
      for (const side of finding.sides) {
        for (const c of side.claims) {
          if (seen.has(c.claimId)) continue;
          seen.add(c.claimId);
          out.push(claim(c));
        }
      }
      return out;
    },
  };
};
