/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one
 * annotation per link between a claim and one of its evidence spans. The
 * target is the source with both a TextQuoteSelector and a
 * TextPositionSelector; the body describes the claim.
 *
 * The model counts TextPositionSelector offsets in Unicode code points, so
 * the export converts claimtrace's UTF-16 offsets over the source's
 * normalized text (`toCodePointOffset`); the quote is the normalized text.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import type { Span } from '../model/span.js';
import { toCodePointOffset } from './code-points.js';
import { summarizeClaim } from './describe-claim.js';
import { findingsByClaim } from './findings-by-claim.js';
import { claimIri, findingIri, sourceIri } from './linked-data-ids.js';
import { compareOrdinal } from '../model/ordinal.js';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotationTextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface WebAnnotationTextPositionSelector {
  readonly type: 'TextPositionSelector';
  /** Code points from the start of the source's normalized text. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export interface WebAnnotationTextualBody {
  readonly id?: string;
  readonly type: 'TextualBody';
  readonly value: string;
  readonly format: 'text/plain';
  readonly purpose: 'describing' | 'identifying' | 'assessing';
}

export interface WebAnnotationTarget {
  readonly source: string;
  readonly selector: readonly [WebAnnotationTextQuoteSelector, WebAnnotationTextPositionSelector];
}

export interface WebAnnotation {
  readonly '@context'?: typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'describing';
  readonly created?: string;
  readonly creator?: { readonly type: 'Software' | 'Organization' | 'Person'; readonly name: string };
  readonly body: readonly WebAnnotationTextualBody[];
  readonly target: WebAnnotationTarget;
}

export interface AnnotationCollection {
  readonly '@context': typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: { readonly type: 'AnnotationPage'; readonly startIndex: 0; readonly items: readonly WebAnnotation[] };
}

export interface WebAnnotationOptions {
  /** Findings from the reconciler: each one about a claim adds an `assessing` body. */
  readonly findings?: readonly Finding[];
  /** ISO 8601 date-time written as `created` (omitted when absent, to keep output deterministic). */
  readonly created?: string;
  /** Who made the annotations; omitted when absent. */
  readonly creator?: { readonly type: 'Software' | 'Organization' | 'Person'; readonly name: string };
}

/** The annotation id of one claim–span link: stable, from ids and offsets. */
export const annotationIri = (claimId: string, span: Span): string =>
  `urn:claimtrace:annotation:${claimId}:${span.sourceId}:${span.position.start}-${span.position.end}`;


const annotate = (
  claim: Claim,
  span: Span,
  document: SourceDocument | undefined,
  predicate: Predicate | undefined,
  findings: readonly Finding[],
  options: WebAnnotationOptions,
): WebAnnotation => {
  const text = document?.text;
  const start = text !== undefined ? toCodePointOffset(text, span.position.start) : span.position.start;
  const end = text !== undefined ? toCodePointOffset(text, span.position.end) : span.position.end;
  const body: WebAnnotationTextualBody[] = [
    {
      id: claimIri(claim.id),
      type: 'TextualBody',
      value: summarizeClaim(claim, predicate),
      format: 'text/plain',
      purpose: 'describing',
    },
    { type: 'TextualBody', value: claim.id, format: 'text/plain', purpose: 'identifying' },
    ...findings.map(
      (f): WebAnnotationTextualBody => ({
        id: findingIri(f.id),
        type: 'TextualBody',
        value: `${f.severity} [${f.ruleId}] ${f.message}`,
        format: 'text/plain',
        purpose: 'assessing',
      }),
    ),
  ];
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: annotationIri(claim.id, span),
    type: 'Annotation',
    motivation: 'describing',
    ...(options.created !== undefined ? { created: options.created } : {}),
    ...(options.creator !== undefined ? { creator: options.creator } : {}),
    body,
    target: {
      source: document !== undefined ? sourceIri(document.source) : `urn:claimtrace:source:${span.sourceId}`,
      selector: [
        { type: 'TextQuoteSelector', exact: span.quote.exact, prefix: span.quote.prefix, suffix: span.quote.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
};

/**
 * One W3C Web Annotation per claim–evidence-span link, sorted by claim id
 * then by position. Each annotation carries its own `@context` so it can be
 * posted to an annotation server as it is.
 *
 * @example
 * const annotations = toWebAnnotations(corpus, { findings: result.findings });
 * annotations[0].target.selector[0].exact // the quoted words
 */
export const toWebAnnotations = (corpus: Corpus, options: WebAnnotationOptions = {}): readonly WebAnnotation[] => {
  const documents = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  const byClaim = findingsByClaim(options.findings ?? []);
  const claims = [...corpus.claims].sort((a, b) => compareOrdinal(a.id, b.id));
  return claims.flatMap((claim) =>
    [...claim.evidence]
      .sort(
        (a, b) =>
          compareOrdinal(a.sourceId, b.sourceId) || a.position.start - b.position.start || a.position.end - b.position.end,
      )
      .map((span) =>
        annotate(
          claim,
          span,
          documents.get(span.sourceId),
          predicates.get(claim.predicate),
          byClaim.get(claim.id) ?? [],
          options,
        ),
      ),
  );
};

/**
 * The annotations as one W3C AnnotationCollection with a single page (the
 * shape an annotation server serves a container in).
 *
 * @example
 * JSON.stringify(toAnnotationCollection(corpus), null, 2)
 */
export const toAnnotationCollection = (
  corpus: Corpus,
  options: WebAnnotationOptions & { readonly id?: string; readonly label?: string } = {},
): AnnotationCollection => {
  const items = toWebAnnotations(corpus, options).map(({ '@context': _context, ...rest }) => rest);
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: options.id ?? 'urn:claimtrace:annotations',
    type: 'AnnotationCollection',
    label: options.label ?? 'claimtrace claims and their evidence',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
};
