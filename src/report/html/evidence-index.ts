/**
 * Every range of source text the HTML report highlights, each once: claims'
 * evidence spans, the spans findings quote, related notes' spans, passages
 * two sources share and the words that declare a citation. A range is
 * highlighted only where it lies inside its source's text and, for a span,
 * where the text there still reads as its quote (a hand-made finding with a
 * stale span is shown without a link rather than highlighting other words).
 */
import type { Span } from '../../model/span.js';
import type { ReportInput } from '../report-input.js';
import type { FragmentIds } from './fragment-ids.js';

/** One highlighted range of one source. */
export interface Highlight {
  /** Fragment id, also the token in `data-hl`: `hl-001-151-350`. */
  readonly id: string;
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** Claims whose evidence this range is, in corpus order. */
  readonly claimIds: readonly string[];
}

export interface EvidenceIndex {
  /** The highlight of a span, or undefined when the span does not stand in its source's text. */
  readonly highlightOf: (span: Span) => Highlight | undefined;
  /** The highlight of a range, when registered. */
  readonly highlightAt: (sourceId: string, start: number, end: number) => Highlight | undefined;
  /** A source's highlights by start, then end. */
  readonly highlightsOf: (sourceId: string) => readonly Highlight[];
}

const rangeKey = (sourceId: string, start: number, end: number): string => `${sourceId}\u0000${start}\u0000${end}`;

/**
 * @example
 * const index = buildEvidenceIndex(input, labels, createFragmentIds());
 * index.highlightOf(claim.evidence[0])?.id // 'hl-001-474-559'
 */
export const buildEvidenceIndex = (input: ReportInput, labels: ReadonlyMap<string, string>, ids: FragmentIds): EvidenceIndex => {
  const texts = new Map(input.corpus.sources.map((d) => [d.source.id as string, d.text]));
  // Claim ids as a set: a range quoted by n claims (one sentence quoted 100 000 times) was n² to collect.
  const ranges = new Map<string, { sourceId: string; start: number; end: number; claimIds: Set<string> }>();
  const inText = (sourceId: string, start: number, end: number): boolean => {
    const text = texts.get(sourceId);
    return text !== undefined && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  };
  const spanStands = (span: Span): boolean =>
    inText(span.sourceId, span.position.start, span.position.end) &&
    texts.get(span.sourceId)?.slice(span.position.start, span.position.end) === span.quote.exact;
  const add = (sourceId: string, start: number, end: number, claimId?: string): void => {
    if (!inText(sourceId, start, end)) return;
    const key = rangeKey(sourceId, start, end);
    const range = ranges.get(key) ?? { sourceId, start, end, claimIds: new Set<string>() };
    ranges.set(key, range);
    if (claimId !== undefined) range.claimIds.add(claimId);
  };
  const addSpan = (span: Span, claimId?: string): void => {
    if (spanStands(span)) add(span.sourceId, span.position.start, span.position.end, claimId);
  };

  for (const claim of input.corpus.claims) for (const span of claim.evidence) addSpan(span, claim.id);
  for (const finding of input.findings) {
    for (const side of finding.sides) for (const c of side.claims) addSpan(c.span, c.claimId);
    for (const note of finding.related) if (note.span !== undefined) addSpan(note.span, note.claimId);
  }
  for (const p of input.dependence?.passages ?? []) {
    add(p.a.sourceId, p.a.start, p.a.end);
    add(p.b.sourceId, p.b.start, p.b.end);
  }
  for (const d of input.dependence?.declared ?? []) if (d.evidence !== undefined) addSpan(d.evidence);

  const order = new Map(input.corpus.sources.map((d, i) => [d.source.id as string, i]));
  const claimOrder = new Map(input.corpus.claims.map((c, i) => [c.id as string, i]));
  const sorted = [...ranges.values()].sort(
    (a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end,
  );
  const byKey = new Map<string, Highlight>();
  const bySource = new Map<string, Highlight[]>();
  for (const r of sorted) {
    const highlight: Highlight = {
      id: ids.take('hl', labels.get(r.sourceId) ?? r.sourceId, r.start, r.end),
      sourceId: r.sourceId,
      start: r.start,
      end: r.end,
      claimIds: [...r.claimIds].sort((a, b) => (claimOrder.get(a) ?? 0) - (claimOrder.get(b) ?? 0)),
    };
    byKey.set(rangeKey(r.sourceId, r.start, r.end), highlight);
    const list = bySource.get(r.sourceId) ?? [];
    list.push(highlight);
    bySource.set(r.sourceId, list);
  }
  return {
    highlightOf: (span) => (spanStands(span) ? byKey.get(rangeKey(span.sourceId, span.position.start, span.position.end)) : undefined),
    highlightAt: (sourceId, start, end) => byKey.get(rangeKey(sourceId, start, end)),
    highlightsOf: (sourceId) => bySource.get(sourceId) ?? [],
  };
};
