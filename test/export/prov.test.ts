import { describe, expect, it } from 'vitest';
import { toUtf16Offset } from '../../src/export/code-points.js';
import { captureIri, claimIri, spanIri } from '../../src/export/linked-data-ids.js';
import { machineGenerationIri, PROV_CONTEXT, type ProvDocument, type ProvNode, toProv, UNNAMED_AI_SYSTEM_IRI } from '../../src/export/prov.js';
import type { Corpus } from '../../src/model/index.js';
import { corpus, URL_001 } from './fixture-corpus.js';

const provOf = (input: Corpus): ProvDocument => {
  const result = toProv(input);
  if (!result.ok) throw new Error('failed');
  return JSON.parse(JSON.stringify(result.value)) as ProvDocument;
};
const prov = provOf(corpus) as { '@context': typeof PROV_CONTEXT; '@graph': ProvNode[] };
const node = (id: string): ProvNode => {
  const found = prov['@graph'].find((n) => n['@id'] === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const types = (n: ProvNode): readonly string[] => (typeof n['@type'] === 'string' ? [n['@type']] : n['@type']);
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map((v) => (v as { '@id': string })['@id']);

describe('toProv', () => {
  it('declares the PROV, Web Annotation and Dublin Core namespaces', () => {
    expect(prov['@context']).toMatchObject({
      prov: 'http://www.w3.org/ns/prov#',
      oa: 'http://www.w3.org/ns/oa#',
      dcterms: 'http://purl.org/dc/terms/',
    });
  });

  it('makes every capture one prov:Entity attributed to its publisher, even when two captures share a URL', () => {
    for (const { source } of corpus.sources) {
      const n = node(captureIri(source.id));
      expect(types(n)).toContain('prov:Entity');
      expect(n['dcterms:identifier']).toBe(source.id);
      if (source.publisher !== undefined) {
        // NewsBytes is in the alias tables (one node); "Example Daily" is not (the name as its source uses it).
        const publisher = source.publisher === 'NewsBytes' ? 'urn:claimtrace:entity:newsbytes' : `${captureIri(source.id)}:name:example-daily`;
        // 002's byline names Jane Doe and its own publisher: the publisher stays one node.
        const authors = source.id === '002_9710c6be1d14500a' ? [`${captureIri(source.id)}:name:jane-doe`] : [];
        expect(ids(n['prov:wasAttributedTo'])).toEqual([publisher, ...authors]);
        expect(types(node(publisher))).toEqual(['prov:Agent', 'prov:Organization']);
        for (const author of authors) expect(types(node(author))).toEqual(['prov:Agent', 'prov:Person']);
      } else {
        expect(n).not.toHaveProperty('prov:wasAttributedTo');
      }
    }
    // 001 and its recapture: two entities, each a specialization of the one page.
    expect(ids(node(captureIri('001_661b18e7d48334bf'))['prov:specializationOf'])).toEqual([URL_001]);
    expect(ids(node(captureIri('001-recapture'))['prov:specializationOf'])).toEqual([URL_001]);
    expect(types(node(URL_001))).toEqual(['prov:Entity']);
    expect(node(captureIri('002_9710c6be1d14500a'))).not.toHaveProperty('prov:specializationOf');
  });

  it('carries every claim, derived from every one of its spans, each quoted from its source', () => {
    const texts = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
    for (const claim of corpus.claims) {
      const c = node(claimIri(claim.id));
      expect(types(c)).toEqual(['prov:Entity']);
      const derived = ids(c['prov:wasDerivedFrom']);
      expect(derived).toHaveLength(claim.evidence.length);
      for (const span of claim.evidence) {
        const id = spanIri(span.sourceId, span.position.start, span.position.end);
        expect(derived).toContain(id);
        const s = node(id);
        const document = texts.get(span.sourceId);
        if (document === undefined) throw new Error('fixture source missing');
        expect(ids(s['prov:wasQuotedFrom'])).toEqual([captureIri(document.source.id)]);
        expect(s['prov:value']).toBe(span.quote.exact);
        const [quote, position] = s['oa:hasSelector'] as [Record<string, unknown>, Record<string, number>];
        expect(quote).toMatchObject({ '@type': 'oa:TextQuoteSelector', 'oa:exact': span.quote.exact });
        expect(toUtf16Offset(document.text, position['oa:start'] ?? -1)).toBe(span.position.start);
        expect(toUtf16Offset(document.text, position['oa:end'] ?? -1)).toBe(span.position.end);
      }
    }
  });

  it('attributes claims to the speaker or outlet the source names, typed from the alias tables', () => {
    // politico.com is a publication in entities.yaml: an organisation, one node for every source.
    expect(ids(node(claimIri('members-002'))['prov:wasAttributedTo'])).toEqual(['urn:claimtrace:entity:politico']);
    expect(types(node('urn:claimtrace:entity:politico'))).toEqual(['prov:Agent', 'prov:Organization']);
    // "officials" is not listed: a bare agent, named as the emoji wire uses it.
    expect(ids(node(claimIri('partners-emoji'))['prov:wasAttributedTo'])).toEqual(['urn:claimtrace:source:emoji-wire:name:officials']);
    expect(types(node('urn:claimtrace:source:emoji-wire:name:officials'))).toEqual(['prov:Agent']);
    expect(node(claimIri('founders-001'))).not.toHaveProperty('prov:wasAttributedTo');
  });

  it('makes a "speaker" that is a document the primary source of the claim, not an agent', () => {
    const launch = node(claimIri('launch-001'));
    expect(launch).not.toHaveProperty('prov:wasAttributedTo');
    expect(ids(launch['prov:hadPrimarySource'])).toEqual(['urn:claimtrace:entity:pax-silica-declaration']);
    expect(types(node('urn:claimtrace:entity:pax-silica-declaration'))).toEqual(['prov:Entity']);
  });

  it('keeps two speakers who share a surname apart until entities.yaml joins them', () => {
    const a = ids(node(claimIri('growth-emoji'))['prov:wasAttributedTo']);
    const b = ids(node(claimIri('growth-recapture'))['prov:wasAttributedTo']);
    expect(a).toEqual(['urn:claimtrace:source:emoji-wire:name:gao']);
    expect(b).toEqual(['urn:claimtrace:source:001-recapture:name:gao']);
    const joined = provOf({ ...corpus, entities: [...corpus.entities, { id: 'gao' as never, name: 'Gao', kind: 'person', aliases: [] }] });
    const joinedIds = ['growth-emoji', 'growth-recapture'].map((c) => ids(joined['@graph'].find((n) => n['@id'] === claimIri(c))?.['prov:wasAttributedTo']));
    expect(joinedIds).toEqual([['urn:claimtrace:entity:gao'], ['urn:claimtrace:entity:gao']]);
    expect(joined['@graph'].find((n) => n['@id'] === 'urn:claimtrace:entity:gao')?.['@type']).toEqual(['prov:Agent', 'prov:Person']);
  });

  it('warns once per speaker the alias tables do not know', () => {
    const result = toProv(corpus);
    expect(result.messages.map((m) => [m.code, m.actual])).toEqual([
      ['agent-unknown', 'Gao'],
      ['agent-unknown', 'officials'],
    ]);
    expect(result.messages[0]?.message).toMatch(/001-recapture, emoji-wire/);
  });

  it('records declared derivations and citations, with the span that says so', () => {
    const s2 = node(captureIri('002_9710c6be1d14500a'));
    expect(ids(s2['prov:wasDerivedFrom'])).toEqual([captureIri('001_661b18e7d48334bf')]);
    expect(s2['prov:qualifiedDerivation']).toEqual([{ '@type': 'prov:Derivation', 'prov:entity': { '@id': captureIri('001_661b18e7d48334bf') } }]);
    const report = 'urn:claimtrace:source:002_9710c6be1d14500a:report:politico-com';
    expect(ids(s2['prov:wasInfluencedBy'])).toEqual([report]);
    const influence = (s2['prov:qualifiedInfluence'] as Record<string, unknown>[])[0];
    expect(ids(influence?.['prov:influencer'])).toEqual([report]);
    const seeAlso = ids(influence?.['rdfs:seeAlso'])[0] ?? '';
    expect(node(seeAlso)['prov:value']).toBe('Pax Silica');
    // The outside report, attributed to the outlet entities.yaml knows.
    expect(node(report)['rdfs:label']).toBe('politico.com');
    expect(ids(node(report)['prov:wasAttributedTo'])).toEqual(['urn:claimtrace:entity:politico']);
  });

  it('notes machine-written sections as generated by a machine-generation activity', () => {
    const source = node(captureIri('emoji-wire'));
    const [section] = ids(source['dcterms:hasPart']);
    const s = node(section ?? '');
    expect(s['rdfs:label']).toBe('An Ruwaito ta hanyar AI');
    expect(ids(s['prov:wasGeneratedBy'])).toEqual([machineGenerationIri('emoji-wire')]);
    expect(ids(node(machineGenerationIri('emoji-wire'))['prov:wasAssociatedWith'])).toEqual([UNNAMED_AI_SYSTEM_IRI]);
    expect(types(node(UNNAMED_AI_SYSTEM_IRI))).toContain('prov:SoftwareAgent');
    expect(source).not.toHaveProperty('prov:wasGeneratedBy');
  });

  it('marks a wholly machine-written source as generated by the activity', () => {
    const first = corpus.sources[0];
    if (first === undefined) throw new Error('fixture');
    const whole = provOf({
      ...corpus,
      sources: [{ ...first, source: { ...first.source, aiGenerated: { whole: true, ranges: [] } } }],
    });
    const n = whole['@graph'].find((x) => x['@id'] === captureIri(first.source.id));
    expect(n?.['prov:wasGeneratedBy']).toEqual({ '@id': machineGenerationIri(first.source.id) });
  });

  it.each([
    [captureIri('001_661b18e7d48334bf'), 'prov:generatedAtTime', { '@value': '2025-12-12T14:11:00', '@type': 'xsd:dateTime' }],
    ['urn:claimtrace:source:002_9710c6be1d14500a', 'dcterms:issued', { '@value': '2025-12-13', '@type': 'xsd:date' }],
  ])('types the publication date of %s as %s', (id, property, value) => {
    expect(node(id)[property]).toEqual(value);
  });

  it('is deterministic: nodes sorted by @id, same graph for the corpus in any order', () => {
    const graphIds = prov['@graph'].map((n) => n['@id']);
    expect(graphIds).toEqual([...graphIds].sort());
    expect(new Set(graphIds).size).toBe(graphIds.length);
    const shuffled = provOf({ ...corpus, sources: [...corpus.sources].reverse(), claims: [...corpus.claims].reverse() });
    expect(shuffled).toEqual(prov);
  });
});
