/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): one
 * annotation per link between a claim and one of its evidence spans.
 *
 * - The target is a `SpecificResource`: its `source` is the page's URL when
 *   the source file records one (else the capture's `urn:claimtrace:source:`
 *   name, with a `source-without-url` warning); its `selector`s are a
 *   `TextQuoteSelector` and a `TextPositionSelector`; its `state` is a
 *   `TimeState` that says which text the selectors were computed on — the
 *   capture, named by its content hash (`cached`, an RFC 6920 `ni:` URI) and
 *   retrieved at `sourceDate` (the source's `retrievedAt`, in UTC).
 * - The bodies describe the claim (`describing`), name it (`identifying`) and,
 *   for each finding about it, assess it (`oa:assessing`: the 2016 context
 *   in the W3C repository has no `assessing` term, the published one does;
 *   the compact IRI expands to `oa:assessing` under both).
 *
 * The model counts TextPositionSelector offsets in Unicode code points, so
 * the export converts claimtrace's UTF-16 offsets over the source's
 * normalized text (`toCodePointOffset`); the quote is the normalized text.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { Finding } from '../model/finding.js';
import { createMessage, type Message } from '../model/message.js';
import { compareOrdinal } from '../model/ordinal.js';
import { PROJECT_URL } from '../model/docs-url.js';
import type { Predicate } from '../model/predicate.js';
import { ok, type Result } from '../model/result.js';
import type { Source, SourceDocument } from '../model/source.js';
import type { Span } from '../model/span.js';
import { toCodePointOffset } from './code-points.js';
import { summarizeClaim } from './describe-claim.js';
import { findingsByClaim } from './findings-by-claim.js';
import { parseIsoDate, utcDateTimes } from '../model/iso-date.js';
import { captureIri, claimIri, contentHashIri, findingIri, pageIri, webUrl } from './linked-data-ids.js';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The purpose of a finding's body: a compact IRI, so it expands under every version of the context. */
export const ASSESSING = 'oa:assessing';

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
  readonly purpose: 'describing' | 'identifying' | typeof ASSESSING;
}

/** Which text the selectors were computed on: the capture (by content hash), retrieved when. */
export interface WebAnnotationTimeState {
  readonly type: 'TimeState';
  /** The capture, named by its content hash (`ni:///sha-256;…`). */
  readonly cached: string;
  /** When it was retrieved (UTC), when the source records a time with its offset. */
  readonly sourceDate?: string;
  /** The first and last second of the retrieval day (UTC), when the source records a day. */
  readonly sourceDateStart?: string;
  readonly sourceDateEnd?: string;
}

export interface WebAnnotationTarget {
  readonly type: 'SpecificResource';
  /** The page's URL, or the capture's `urn:claimtrace:source:<id>` when the source has none. */
  readonly source: string;
  readonly state?: WebAnnotationTimeState;
  readonly selector: readonly [WebAnnotationTextQuoteSelector, WebAnnotationTextPositionSelector];
}

export interface WebAnnotationAgent {
  readonly type: 'Software' | 'Organization' | 'Person';
  readonly name: string;
  readonly homepage?: string;
}

export interface WebAnnotation {
  readonly '@context'?: typeof WEB_ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'describing';
  readonly created?: string;
  readonly creator?: WebAnnotationAgent;
  readonly generator: WebAnnotationAgent;
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
  /** Findings from the reconciler: each one about a claim adds an `oa:assessing` body. */
  readonly findings?: readonly Finding[];
  /** ISO 8601 date-time written as `created` (omitted when absent, to keep output deterministic). */
  readonly created?: string;
  /** Who made the annotations; omitted when absent. */
  readonly creator?: WebAnnotationAgent;
}

/** The software that writes the annotations (`generator`). */
export const CLAIMTRACE_SOFTWARE: WebAnnotationAgent = { type: 'Software', name: 'claimtrace', homepage: PROJECT_URL };

/** The annotation id of one claim–span link: stable, from ids and offsets. */
export const annotationIri = (claimId: string, span: Span): string =>
  `urn:claimtrace:annotation:${claimId}:${span.sourceId}:${span.position.start}-${span.position.end}`;

/** The state of a capture: its content hash and, when recorded, its retrieval time. */
const captureState = (source: Source): WebAnnotationTimeState | undefined => {
  const cached = contentHashIri(source.contentHash);
  if (cached === undefined) return undefined;
  const retrieved = source.retrievedAt !== undefined ? parseIsoDate(source.retrievedAt.trim()) : undefined;
  if (retrieved === undefined) return { type: 'TimeState', cached };
  const times = utcDateTimes(retrieved);
  return 'at' in times
    ? { type: 'TimeState', cached, sourceDate: times.at }
    : { type: 'TimeState', cached, sourceDateStart: times.start, sourceDateEnd: times.end };
};

/** What the export says about the sources it points at: no URL, a retrieval date it cannot read. */
export const sourceWarnings = (sources: readonly Source[]): Message[] =>
  [...sources]
    .sort((a, b) => compareOrdinal(a.id, b.id))
    .flatMap((source) => {
      const messages: Message[] = [];
      if (webUrl(source.url) === undefined) {
        messages.push(
          createMessage(
            'source-without-url',
            source.url === undefined
              ? `source ${source.id} has no url: its annotations and reviews point at ${captureIri(source.id)}, which no browser opens`
              : `source ${source.id} has a url that is not an absolute http(s) URL ("${source.url}"): its annotations and reviews point at ${captureIri(source.id)}`,
            { severity: 'warning', sourceId: source.id, hint: 'record the page address as `url:` in the source file' },
          ),
        );
      }
      if (source.retrievedAt !== undefined && parseIsoDate(source.retrievedAt.trim()) === undefined) {
        messages.push(
          createMessage('retrieval-date-invalid', `source ${source.id} has a retrievedAt that is not an ISO 8601 date or date-time ("${source.retrievedAt}")`, {
            severity: 'warning',
            sourceId: source.id,
            actual: source.retrievedAt,
            hint: 'write it as 2026-01-15 or 2026-01-15T09:30:00Z',
          }),
        );
      }
      return messages;
    });

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
  const state = document !== undefined ? captureState(document.source) : undefined;
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
        purpose: ASSESSING,
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
    generator: CLAIMTRACE_SOFTWARE,
    body,
    target: {
      type: 'SpecificResource',
      source: document !== undefined ? pageIri(document.source) : captureIri(span.sourceId),
      ...(state !== undefined ? { state } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: span.quote.exact, prefix: span.quote.prefix, suffix: span.quote.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
};

/**
 * One W3C Web Annotation per claim–evidence-span link, sorted by claim id
 * then by position, with warnings for sources that have no URL (their
 * annotations point at a name no browser opens). Each annotation carries its
 * own `@context` so it can be posted to an annotation server as it is.
 *
 * @example
 * const { value: annotations, messages } = toWebAnnotations(corpus, { findings: result.findings });
 * annotations[0].target.selector[0].exact // the quoted words
 */
export const toWebAnnotations = (corpus: Corpus, options: WebAnnotationOptions = {}): Result<readonly WebAnnotation[]> => {
  const documents = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  const byClaim = findingsByClaim(options.findings ?? []);
  const claims = [...corpus.claims].sort((a, b) => compareOrdinal(a.id, b.id));
  const annotations = claims.flatMap((claim) =>
    [...claim.evidence]
      .sort(
        (a, b) =>
          compareOrdinal(a.sourceId, b.sourceId) || a.position.start - b.position.start || a.position.end - b.position.end,
      )
      .map((span) =>
        annotate(claim, span, documents.get(span.sourceId), predicates.get(claim.predicate), byClaim.get(claim.id) ?? [], options),
      ),
  );
  const targeted = new Set(claims.flatMap((c) => c.evidence.map((s) => s.sourceId as string)));
  const sources = corpus.sources.map((d) => d.source).filter((s) => targeted.has(s.id));
  return ok(annotations, sourceWarnings(sources));
};

/**
 * The annotations as one W3C AnnotationCollection with a single page (the
 * shape an annotation server serves a container in), with the warnings of
 * `toWebAnnotations`.
 *
 * @example
 * const collection = toAnnotationCollection(corpus);
 * JSON.stringify(collection.value, null, 2)
 */
export const toAnnotationCollection = (
  corpus: Corpus,
  options: WebAnnotationOptions & { readonly id?: string; readonly label?: string } = {},
): Result<AnnotationCollection> => {
  const annotations = toWebAnnotations(corpus, options);
  const items = annotations.ok ? annotations.value.map(({ '@context': _context, ...rest }) => rest) : [];
  return ok(
    {
      '@context': WEB_ANNOTATION_CONTEXT,
      id: options.id ?? 'urn:claimtrace:annotations',
      type: 'AnnotationCollection',
      label: options.label ?? 'claimtrace claims and their evidence',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    annotations.messages,
  );
};
