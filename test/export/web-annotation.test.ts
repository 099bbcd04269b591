import { describe, expect, it } from 'vitest';
import { toUtf16Offset } from '../../src/export/code-points.js';
import { contentHashIri, pageIri } from '../../src/export/linked-data-ids.js';
import { ASSESSING, toAnnotationCollection, toWebAnnotations, type WebAnnotation, WEB_ANNOTATION_CONTEXT } from '../../src/export/web-annotation.js';
import type { Corpus, Message } from '../../src/model/index.js';
import { corpus, findings, URL_001 } from './fixture-corpus.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const annotationsOf = (input: Corpus, options: Parameters<typeof toWebAnnotations>[1] = {}): { annotations: WebAnnotation[]; messages: readonly Message[] } => {
  const result = toWebAnnotations(input, options);
  if (!result.ok) throw new Error('failed');
  return { annotations: roundTrip([...result.value]), messages: result.messages };
};

const shuffled: Corpus = {
  ...corpus,
  sources: [...corpus.sources].reverse(),
  claims: [...corpus.claims].reverse().map((c) => ({ ...c, evidence: [...c.evidence].reverse() })),
};

describe('toWebAnnotations', () => {
  const { annotations, messages } = annotationsOf(corpus, { findings });
  const texts = new Map(corpus.sources.map((d) => [d.source.id as string, d]));

  it('makes one annotation per claim–span link, nothing dropped', () => {
    const links = corpus.claims.flatMap((c) => c.evidence.map((s) => ({ claim: c.id, span: s })));
    expect(annotations).toHaveLength(links.length);
    for (const { claim, span } of links) {
      const document = texts.get(span.sourceId);
      if (document === undefined) throw new Error('fixture source missing');
      const matching = annotations.filter(
        (a) =>
          a.body.some((b) => b.purpose === 'identifying' && b.value === claim) &&
          a.target.source === pageIri(document.source) &&
          a.target.state?.cached === contentHashIri(document.source.contentHash) &&
          a.target.selector[0].exact === span.quote.exact &&
          toUtf16Offset(document.text, a.target.selector[1].start) === span.position.start,
      );
      expect(matching, `${claim} ${span.quote.exact}`).toHaveLength(1);
    }
  });

  it.each([
    ['@context', WEB_ANNOTATION_CONTEXT],
    ['type', 'Annotation'],
    ['motivation', 'describing'],
  ])('uses the model field %s = %s', (field, value) => {
    for (const a of annotations) expect((a as unknown as Record<string, unknown>)[field]).toBe(value);
  });

  it('targets the source with a TextQuoteSelector and a TextPositionSelector in code points', () => {
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      expect(Object.keys(quote).sort()).toEqual(['exact', 'prefix', 'suffix', 'type']);
      expect(quote.type).toBe('TextQuoteSelector');
      expect(Object.keys(position).sort()).toEqual(['end', 'start', 'type']);
      expect(position.type).toBe('TextPositionSelector');
      const document = [...texts.values()].find((d) => pageIri(d.source) === a.target.source && contentHashIri(d.source.contentHash) === a.target.state?.cached);
      if (document === undefined) throw new Error(`unknown target ${a.target.source}`);
      expect(a.target.type).toBe('SpecificResource');
      const codePoints = [...document.text];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('counts code points, not UTF-16 units, after characters outside the BMP', () => {
    const emoji = annotations.find((a) => a.target.source === 'urn:claimtrace:source:emoji-wire' && a.body.some((b) => b.value === 'partners-emoji'));
    const span = corpus.claims.find((c) => c.id === 'partners-emoji')?.evidence[0];
    expect(emoji?.target.selector[1].start).toBe((span?.position.start ?? 0) - 2); // 🚨📰: two surrogate pairs before
    expect(emoji?.target.selector[1].end).toBe((span?.position.end ?? 0) - 5); // 𝔓𝔞𝔵 inside the quote: three more
  });

  it('targets the page at its url when there is one, else the capture, and warns about each source without one', () => {
    expect(annotations.map((a) => a.target.source)).toEqual(expect.arrayContaining([URL_001, 'urn:claimtrace:source:002_9710c6be1d14500a']));
    expect(messages.map((m) => [m.code, m.sourceId])).toEqual([
      ['source-without-url', '002_9710c6be1d14500a'],
      ['source-without-url', 'emoji-wire'],
    ]);
  });

  it.each([
    ['001_661b18e7d48334bf', { sourceDate: '2025-12-13T09:30:00Z' }],
    ['001-recapture', { sourceDateStart: '2025-12-14T00:00:00Z', sourceDateEnd: '2025-12-14T23:59:59Z' }],
    ['002_9710c6be1d14500a', {}],
  ])('says which capture of %s the selectors were computed on: its content hash and retrieval date', (id, dates) => {
    const document = texts.get(id);
    if (document === undefined) throw new Error('fixture source missing');
    const targets = annotations.filter((a) => a.target.state?.cached === contentHashIri(document.source.contentHash));
    expect(targets.length).toBeGreaterThan(0);
    for (const a of targets) expect(a.target.state).toEqual({ type: 'TimeState', cached: contentHashIri(document.source.contentHash), ...dates });
  });

  it('keeps two captures of one URL apart: same page, different content hash', () => {
    const captures = new Set(annotations.filter((a) => a.target.source === URL_001).map((a) => a.target.state?.cached));
    expect(captures.size).toBe(2);
  });

  it('converts a retrieval time with an offset to UTC, and warns about one it cannot read', () => {
    const at = (retrievedAt: string) => annotationsOf({ ...corpus, sources: corpus.sources.map((d) => ({ ...d, source: { ...d.source, retrievedAt } })) });
    expect(at('2025-12-13T10:30+01:00').annotations[0]?.target.state?.sourceDate).toBe('2025-12-13T09:30:00Z');
    const unreadable = at('yesterday');
    expect(unreadable.annotations[0]?.target.state).not.toHaveProperty('sourceDate');
    expect(unreadable.messages.filter((m) => m.code === 'retrieval-date-invalid')).toHaveLength(corpus.sources.length);
  });

  it('adds an `oa:assessing` body for each finding about the claim (a term both context versions expand)', () => {
    expect(ASSESSING).toBe('oa:assessing');
    const founders = annotations.filter((a) => a.body.some((b) => b.value === 'founders-001'));
    expect(founders.flatMap((a) => a.body.filter((b) => b.purpose === ASSESSING).map((b) => b.id))).toEqual([
      'urn:claimtrace:finding:membership-conflict:aaaa000001',
    ]);
    const launch = annotations.filter((a) => a.body.some((b) => b.value === 'launch-001'));
    expect(launch.flatMap((a) => a.body.filter((b) => b.purpose === ASSESSING))).toEqual([]);
  });

  it('names claimtrace as the generator', () => {
    for (const a of annotations) expect(a.generator).toEqual({ type: 'Software', name: 'claimtrace', homepage: 'https://github.com/claimtrace/claimtrace' });
  });

  it('is deterministic: the same corpus in any order gives the same annotations', () => {
    expect(annotationsOf(shuffled, { findings: [...findings].reverse() }).annotations).toEqual(annotations);
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
  });
});

describe('toAnnotationCollection', () => {
  it('wraps every annotation in one page of an AnnotationCollection with a single @context', () => {
    const result = toAnnotationCollection(corpus);
    if (!result.ok) throw new Error('failed');
    const collection = roundTrip(result.value);
    expect(collection['@context']).toBe(WEB_ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(corpus.claims.reduce((n, c) => n + c.evidence.length, 0));
    expect(collection.first.items).toHaveLength(collection.total);
    for (const item of collection.first.items) expect(item).not.toHaveProperty('@context');
  });
});
