/**
 * W3C PROV-O export as JSON-LD (https://www.w3.org/TR/prov-o/):
 * - every capture of a source is one `prov:Entity`
 *   (`urn:claimtrace:source:<id>`), even when two captures share a URL: each
 *   is `prov:specializationOf` the page at its URL (a `prov:Entity` of its
 *   own), attributed (`prov:wasAttributedTo`) to its publisher;
 * - a declared derivation is `prov:wasDerivedFrom` and a declared citation
 *   `prov:wasInfluencedBy`, each qualified (`prov:Derivation`,
 *   `prov:Influence`) with the span that says so (`rdfs:seeAlso`); an outside
 *   report is attributed to its outlet when entities.yaml knows the outlet;
 * - every evidence span is a `prov:Entity` and an `oa:SpecificResource` with
 *   Web Annotation selectors, `prov:wasQuotedFrom` its capture;
 * - every claim is a `prov:Entity` `prov:wasDerivedFrom` its spans and
 *   attributed to the speaker or outlet the source names, typed from the
 *   alias tables (`agents.ts`); a "speaker" that is a document or a thing
 *   (an agreement, a programme) is the claim's `prov:hadPrimarySource`;
 * - machine-written text is `prov:wasGeneratedBy` a machine-generation
 *   `prov:Activity` associated with a `prov:SoftwareAgent`: the whole source,
 *   or each labelled section (an entity that is `dcterms:isPartOf` the source).
 *
 * Selector offsets are Unicode code points, as in the Web Annotation export.
 */
import type { Corpus } from '../model/corpus.js';
import { compareOrdinal } from '../model/ordinal.js';
import { ok, type Result } from '../model/result.js';
import type { PublishedAt, SourceDocument, SourceRelation } from '../model/source.js';
import type { Span } from '../model/span.js';
import { type AgentDirectory, agentDirectory, type ExportAgent } from './agents.js';
import { toCodePointOffset } from './code-points.js';
import { summarizeClaim } from './describe-claim.js';
import { aiSectionIri, captureIri, claimIri, relationTargetIri, spanIri, webUrl } from './linked-data-ids.js';

export const PROV_CONTEXT = {
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A JSON-LD node reference. */
export interface NodeRef {
  readonly '@id': string;
}

/** A JSON-LD node of the PROV graph: an `@id`, one or more `@type`s, and properties. */
export interface ProvNode {
  readonly '@id': string;
  readonly '@type': string | readonly string[];
  readonly [property: string]: unknown;
}

export interface ProvDocument {
  readonly '@context': typeof PROV_CONTEXT;
  readonly '@graph': readonly ProvNode[];
}

/** The IRI of the machine-generation activity of one source. */
export const machineGenerationIri = (sourceId: string): string =>
  `urn:claimtrace:activity:machine-generation:${sourceId}`;

/** The software agent behind machine-written text; pages do not name the system. */
export const UNNAMED_AI_SYSTEM_IRI = 'urn:claimtrace:agent:unnamed-ai-system';

const ref = (id: string): NodeRef => ({ '@id': id });


/**
 * A publication date as PROV/Dublin Core properties: minute precision as
 * `prov:generatedAtTime` (xsd:dateTime, seconds added), day precision as
 * `dcterms:issued` (xsd:date), unknown as nothing.
 */
const publicationProperties = (published: PublishedAt): Record<string, unknown> => {
  if (published.precision === 'unknown') return {};
  if (published.precision === 'day') return { 'dcterms:issued': { '@value': published.value, '@type': 'xsd:date' } };
  const withSeconds = `${published.value.slice(0, 16)}:00${published.value.slice(16)}`;
  return { 'prov:generatedAtTime': { '@value': withSeconds, '@type': 'xsd:dateTime' } };
};

interface GraphBuilder {
  add(node: ProvNode): void;
  nodes(): ProvNode[];
}

/** Collects nodes by `@id`, merging types and properties of nodes that share one. */
const graphBuilder = (): GraphBuilder => {
  const byId = new Map<string, Record<string, unknown>>();
  const types = new Map<string, Set<string>>();
  return {
    add(node) {
      const id = node['@id'];
      const nodeTypes = typeof node['@type'] === 'string' ? [node['@type']] : node['@type'];
      const known = types.get(id) ?? new Set<string>();
      for (const t of nodeTypes) known.add(t);
      types.set(id, known);
      byId.set(id, { ...(byId.get(id) ?? {}), ...node });
    },
    nodes() {
      return [...byId.entries()]
        .sort(([a], [b]) => compareOrdinal(a, b))
        .map(([id, node]) => {
          const t = [...(types.get(id) ?? [])].sort(compareOrdinal);
          return { ...node, '@id': id, '@type': t.length === 1 ? (t[0] ?? '') : t };
        });
    },
  };
};

const spanNode = (span: Span, document: SourceDocument | undefined): ProvNode => {
  const text = document?.text;
  const cp = (offset: number): number => (text !== undefined ? toCodePointOffset(text, offset) : offset);
  const capture = captureIri(span.sourceId);
  return {
    '@id': spanIri(span.sourceId, span.position.start, span.position.end),
    '@type': ['prov:Entity', 'oa:SpecificResource'],
    'oa:hasSource': ref(capture),
    'oa:hasSelector': [
      {
        '@type': 'oa:TextQuoteSelector',
        'oa:exact': span.quote.exact,
        'oa:prefix': span.quote.prefix,
        'oa:suffix': span.quote.suffix,
      },
      { '@type': 'oa:TextPositionSelector', 'oa:start': cp(span.position.start), 'oa:end': cp(span.position.end) },
    ],
    'prov:value': span.quote.exact,
    'prov:wasQuotedFrom': ref(capture),
  };
};

/** The node of an agent (when it is one), added to the graph; its reference. */
const agentNode = (agent: ExportAgent, graph: GraphBuilder): NodeRef | undefined => {
  if (agent.provTypes === undefined) return undefined;
  graph.add({ '@id': agent.iri, '@type': agent.provTypes, 'rdfs:label': agent.name });
  return ref(agent.iri);
};

const relationNodes = (
  relations: readonly SourceRelation[],
  kind: 'derivation' | 'influence',
  citing: string,
  documents: ReadonlyMap<string, SourceDocument>,
  agents: AgentDirectory,
  graph: GraphBuilder,
): { targets: NodeRef[]; qualified: Record<string, unknown>[] } => {
  const sorted = relations
    .map((r) => ({ relation: r, target: relationTargetIri(r, citing) }))
    .sort((a, b) => compareOrdinal(a.target, b.target));
  const qualified = sorted.map(({ relation, target }) => {
    if (relation.source === undefined) {
      const outlet = relation.outside !== undefined ? agents.agent(relation.outside, citing, 'outlet') : undefined;
      const attributed = outlet?.entityId !== undefined ? agentNode(outlet, graph) : undefined;
      graph.add({
        '@id': target,
        '@type': 'prov:Entity',
        ...(relation.outside !== undefined ? { 'rdfs:label': relation.outside } : {}),
        ...(attributed !== undefined ? { 'prov:wasAttributedTo': attributed } : {}),
      });
    }
    const evidence = relation.evidence;
    if (evidence !== undefined) graph.add(spanNode(evidence, documents.get(evidence.sourceId)));
    return {
      '@type': kind === 'derivation' ? 'prov:Derivation' : 'prov:Influence',
      [kind === 'derivation' ? 'prov:entity' : 'prov:influencer']: ref(target),
      ...(evidence !== undefined
        ? { 'rdfs:seeAlso': ref(spanIri(evidence.sourceId, evidence.position.start, evidence.position.end)) }
        : {}),
    };
  });
  const targets = [...new Set(sorted.map((s) => s.target))].map(ref);
  return { targets, qualified };
};

const sourceNodes = (document: SourceDocument, documents: ReadonlyMap<string, SourceDocument>, agents: AgentDirectory, graph: GraphBuilder): void => {
  const { source } = document;
  const iri = captureIri(source.id);
  const page = webUrl(source.url);
  const derived = relationNodes(source.derivedFrom, 'derivation', source.id, documents, agents, graph);
  const cited = relationNodes(source.cites, 'influence', source.id, documents, agents, graph);
  const ai = source.aiGenerated;
  const machineWritten = ai.whole || ai.ranges.length > 0;
  if (machineWritten) {
    graph.add({
      '@id': machineGenerationIri(source.id),
      '@type': 'prov:Activity',
      'rdfs:label': `machine generation of ${ai.whole ? 'the text' : 'sections'} of ${source.id}, as the page labels it`,
      'prov:wasAssociatedWith': ref(UNNAMED_AI_SYSTEM_IRI),
    });
    graph.add({
      '@id': UNNAMED_AI_SYSTEM_IRI,
      '@type': ['prov:Agent', 'prov:SoftwareAgent'],
      'rdfs:label': 'AI system (the page does not name it)',
    });
  }
  const sections = [...ai.ranges]
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
    .map((r) => {
      const id = aiSectionIri(source.id, r.range.start, r.range.end);
      graph.add({
        '@id': id,
        '@type': ['prov:Entity', 'oa:SpecificResource'],
        'oa:hasSource': ref(iri),
        'oa:hasSelector': {
          '@type': 'oa:TextPositionSelector',
          'oa:start': toCodePointOffset(document.text, r.range.start),
          'oa:end': toCodePointOffset(document.text, r.range.end),
        },
        'dcterms:isPartOf': ref(iri),
        'prov:wasGeneratedBy': ref(machineGenerationIri(source.id)),
        ...(r.label !== undefined ? { 'rdfs:label': r.label } : {}),
        ...(r.language !== undefined ? { 'dcterms:language': r.language } : {}),
        ...(r.note !== undefined ? { 'rdfs:comment': r.note } : {}),
      });
      return ref(id);
    });
  const publisher = source.publisher !== undefined ? agentNode(agents.agent(source.publisher, source.id, 'publisher'), graph) : undefined;
  const attributed = [
    ...(publisher !== undefined ? [publisher] : []),
    ...agents.authors(source).flatMap((a) => (a.iri === publisher?.['@id'] ? [] : (agentNode(a, graph) ?? []))),
  ];
  if (page !== undefined) graph.add({ '@id': page, '@type': 'prov:Entity' });
  graph.add({
    '@id': iri,
    '@type': 'prov:Entity',
    'dcterms:identifier': source.id,
    ...(source.title !== undefined ? { 'dcterms:title': source.title } : {}),
    ...(source.language !== undefined ? { 'dcterms:language': source.language } : {}),
    ...(page !== undefined ? { 'prov:specializationOf': ref(page) } : {}),
    ...publicationProperties(source.publishedAt),
    ...(attributed.length > 0 ? { 'prov:wasAttributedTo': attributed.length === 1 ? attributed[0]! : attributed } : {}),
    ...(derived.targets.length > 0
      ? { 'prov:wasDerivedFrom': derived.targets, 'prov:qualifiedDerivation': derived.qualified }
      : {}),
    ...(cited.targets.length > 0
      ? { 'prov:wasInfluencedBy': cited.targets, 'prov:qualifiedInfluence': cited.qualified }
      : {}),
    ...(ai.whole ? { 'prov:wasGeneratedBy': ref(machineGenerationIri(source.id)) } : {}),
    ...(sections.length > 0 ? { 'dcterms:hasPart': sections } : {}),
    ...(machineWritten
      ? {
          'rdfs:comment': ai.whole
            ? 'The page labels the whole text as machine-generated.'
            : `The page labels ${sections.length} section(s) as machine-generated.`,
        }
      : {}),
  });
};

/**
 * The corpus's provenance as a PROV-O JSON-LD document, nodes sorted by
 * `@id`, with a warning for each speaker entities.yaml does not list (it is
 * a bare `prov:Agent`).
 *
 * @example
 * const prov = toProv(corpus);
 * prov.value['@graph'].filter((n) => n['@type'] === 'prov:Entity') // captures, claims, ...
 */
export const toProv = (corpus: Corpus): Result<ProvDocument> => {
  const graph = graphBuilder();
  const agents = agentDirectory(corpus);
  const documents = new Map(corpus.sources.map((d) => [d.source.id as string, d]));
  const predicates = new Map(corpus.predicates.map((p) => [p.id as string, p]));
  for (const document of [...corpus.sources].sort((a, b) => compareOrdinal(a.source.id, b.source.id))) {
    sourceNodes(document, documents, agents, graph);
  }
  for (const claim of [...corpus.claims].sort((a, b) => compareOrdinal(a.id, b.id))) {
    const spans = claim.evidence.map((span) => {
      const node = spanNode(span, documents.get(span.sourceId));
      graph.add(node);
      return node['@id'];
    });
    const attributedTo: NodeRef[] = [];
    const primarySources: NodeRef[] = [];
    for (const named of [agents.speaker(claim), agents.outlet(claim)]) {
      if (named === undefined) continue;
      const agent = agentNode(named, graph);
      if (agent !== undefined) attributedTo.push(agent);
      else {
        graph.add({ '@id': named.iri, '@type': 'prov:Entity', 'rdfs:label': named.name });
        primarySources.push(ref(named.iri));
      }
    }
    graph.add({
      '@id': claimIri(claim.id),
      '@type': 'prov:Entity',
      'dcterms:identifier': claim.id,
      'rdfs:label': summarizeClaim(claim, predicates.get(claim.predicate)),
      'prov:wasDerivedFrom': [...new Set(spans)].sort(compareOrdinal).map(ref),
      ...(attributedTo.length > 0 ? { 'prov:wasAttributedTo': attributedTo } : {}),
      ...(primarySources.length > 0 ? { 'prov:hadPrimarySource': primarySources } : {}),
    });
  }
  return ok({ '@context': PROV_CONTEXT, '@graph': graph.nodes() }, agents.messages());
};
