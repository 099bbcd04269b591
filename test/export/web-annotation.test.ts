import { describe, expect, it } from 'vitest';
import { toUtf16Offset } from '../../src/export/code-points.js';
import { sourceIri } from '../../src/export/linked-data-ids.js';
import { toAnnotationCollection, toWebAnnotations, WEB_ANNOTATION_CONTEXT } from '../../src/export/web-annotation.js';
import type { Corpus } from '../../src/model/index.js';
import { corpus, findings } from './fixture-corpus.js';

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const shuffled: Corpus = {
  ...corpus,
  sources: [...corpus.sources].reverse(),
  claims: [...corpus.claims].reverse().map((c) => ({ ...c, evidence: [...c.evidence].reverse() })),
};

describe('toWebAnnotations', () => {
  const annotations = roundTrip(toWebAnnotations(corpus, { findings }));
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
          a.target.source === sourceIri(document.source) &&
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
      const document = [...texts.values()].find((d) => sourceIri(d.source) === a.target.source);
      if (document === undefined) throw new Error(`unknown target ${a.target.source}`);
      const codePoints = [...document.text];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('counts code points, not UTF-16 units, after characters outside the BMP', () => {
    const emoji = annotations.find((a) => a.target.source === 'urn:claimtrace:source:emoji-wire');
    const span = corpus.claims.find((c) => c.id === 'partners-emoji')?.evidence[0];
    expect(emoji?.target.selector[1].start).toBe((span?.position.start ?? 0) - 2); // 🚨📰: two surrogate pairs before
    expect(emoji?.target.selector[1].end).toBe((span?.position.end ?? 0) - 5); // 𝔓𝔞𝔵 inside the quote: three more
  });

  it('uses the url as the source IRI when there is one, else a urn', () => {
    expect(annotations.map((a) => a.target.source)).toEqual(
      expect.arrayContaining([
        'https://www.newsbytesapp.com/news/world/us-forms-coalition-to-counter-china-s-rare-earth-dominance/story',
        'urn:claimtrace:source:002_9710c6be1d14500a',
      ]),
    );
  });

  it('adds an assessing body for each finding about the claim', () => {
    const founders = annotations.filter((a) => a.body.some((b) => b.value === 'founders-001'));
    expect(founders.flatMap((a) => a.body.filter((b) => b.purpose === 'assessing').map((b) => b.id))).toEqual([
      'urn:claimtrace:finding:membership-conflict:aaaa000001',
    ]);
    const launch = annotations.filter((a) => a.body.some((b) => b.value === 'launch-001'));
    expect(launch.flatMap((a) => a.body.filter((b) => b.purpose === 'assessing'))).toEqual([]);
  });

  it('is deterministic: the same corpus in any order gives the same annotations', () => {
    expect(toWebAnnotations(shuffled, { findings: [...findings].reverse() })).toEqual(annotations);
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
  });
});

describe('toAnnotationCollection', () => {
  it('wraps every annotation in one page of an AnnotationCollection with a single @context', () => {
    const collection = roundTrip(toAnnotationCollection(corpus));
    expect(collection['@context']).toBe(WEB_ANNOTATION_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.total).toBe(corpus.claims.reduce((n, c) => n + c.evidence.length, 0));
    expect(collection.first.items).toHaveLength(collection.total);
    for (const item of collection.first.items) expect(item).not.toHaveProperty('@context');
  });
});
