/**
 * A real JSON-LD processor (jsonld.js) that never goes to the network: its
 * document loader serves vendored copies of the contexts the exports name
 * (test/fixtures/jsonld/README.md says where each comes from) and refuses
 * every other URL. `processJsonLd` expands a document and turns it into RDF
 * in safe mode — a term the context does not define, a relative IRI, any
 * value the processor would drop is an error — round-trips the RDF through
 * `fromRDF`, and checks every property, class and datatype IRI against the
 * published vocabularies (the @vocabulary/* packages: oa, prov, schema.org,
 * dcterms, …), so a misspelt schema.org property (which `@vocab` would
 * otherwise expand without complaint) is caught too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';

const FIXTURES = join(import.meta.dirname, '../fixtures/jsonld');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

/** The two versions of the Web Annotation context: the W3C repository's 2016 file (no `assessing` term) and the published one. */
export const ANNO_CONTEXTS = {
  'w3c-repository-2016': fixture('anno-2016-w3c-repository.jsonld'),
  published: fixture('anno-published.jsonld'),
} as const;
export type AnnoContextVersion = keyof typeof ANNO_CONTEXTS;

const SCHEMA_ORG_CONTEXT = fixture('schemaorg-context-30.0.jsonld');

/** The URLs the loader serves, each to one vendored context; anything else is refused. */
const contextsFor = (anno: AnnoContextVersion): ReadonlyMap<string, unknown> =>
  new Map([
    ['http://www.w3.org/ns/anno.jsonld', ANNO_CONTEXTS[anno]],
    ['https://www.w3.org/ns/anno.jsonld', ANNO_CONTEXTS[anno]],
    ['https://schema.org', SCHEMA_ORG_CONTEXT],
    ['https://schema.org/', SCHEMA_ORG_CONTEXT],
    ['http://schema.org', SCHEMA_ORG_CONTEXT],
    ['http://schema.org/', SCHEMA_ORG_CONTEXT],
  ]);

/** Every URL a loader was asked for (to show that nothing went elsewhere). */
export interface OfflineLoader {
  readonly documentLoader: (url: string) => Promise<{ contextUrl?: string; documentUrl: string; document: unknown }>;
  readonly requested: string[];
}

export const offlineLoader = (anno: AnnoContextVersion = 'published'): OfflineLoader => {
  const contexts = contextsFor(anno);
  const requested: string[] = [];
  return {
    requested,
    documentLoader: async (url) => {
      requested.push(url);
      const document = contexts.get(url);
      if (document === undefined) throw new Error(`offline: no vendored copy of ${url} (the test never goes to the network)`);
      return { documentUrl: url, document: structuredClone(document) };
    },
  };
};

// ---------------------------------------------------------------- vocabularies

const require = createRequire(import.meta.url);

/** Namespace → the terms its published vocabulary defines (subjects of its N-Quads). */
const VOCABULARIES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const packages = [
    ['http://www.w3.org/ns/oa#', 'oa'],
    ['http://www.w3.org/ns/prov#', 'prov'],
    ['http://schema.org/', 'schema'],
    ['http://purl.org/dc/terms/', 'dcterms'],
    ['http://purl.org/dc/elements/1.1/', 'dc11'],
    ['http://www.w3.org/2000/01/rdf-schema#', 'rdfs'],
    ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
    ['https://www.w3.org/ns/activitystreams#', 'as'],
    ['http://xmlns.com/foaf/0.1/', 'foaf'],
    ['http://www.w3.org/2001/XMLSchema#', 'xsd'],
  ] as const;
  return new Map(
    packages.map(([namespace, name]) => {
      const file = join(dirname(require.resolve(`@vocabulary/${name}/package.json`)), `${name}.nq`);
      const terms = new Set<string>();
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const subject = /^<([^>]+)>/.exec(line)?.[1];
        if (subject?.startsWith(namespace) === true) terms.add(subject);
      }
      return [namespace, terms] as const;
    }),
  );
})();

/**
 * The Web Annotation context writes Activity Streams terms in the `http:`
 * namespace, the Activity Streams 2.0 vocabulary document publishes them in
 * the `https:` one (the AS 2.0 specification treats the two as the same).
 */
const NAMESPACE_ALIASES: ReadonlyMap<string, string> = new Map([['http://www.w3.org/ns/activitystreams#', 'https://www.w3.org/ns/activitystreams#']]);

/** Whether an IRI is a term of a published vocabulary; the reason when it is not. */
export const vocabularyProblem = (given: string): string | undefined => {
  const alias = [...NAMESPACE_ALIASES.entries()].find(([from]) => given.startsWith(from));
  const iri = alias === undefined ? given : `${alias[1]}${given.slice(alias[0].length)}`;
  const namespace = [...VOCABULARIES.keys()].find((ns) => iri.startsWith(ns));
  if (namespace === undefined) return `${iri} is in no vocabulary the exports use`;
  return VOCABULARIES.get(namespace)?.has(iri) === true ? undefined : `${iri} is not a term of ${namespace}`;
};

// ---------------------------------------------------------------- processing

interface Term {
  readonly termType: string;
  readonly value: string;
  readonly datatype?: { readonly value: string };
}
interface Quad {
  readonly subject: Term;
  readonly predicate: Term;
  readonly object: Term;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDF_LIST = new Set(['http://www.w3.org/1999/02/22-rdf-syntax-ns#first', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest']);

/** What processing a document found. */
export interface Processed {
  /** Triples of the document (default graph). */
  readonly quads: number;
  /** The property IRIs used, sorted. */
  readonly properties: readonly string[];
  /** The class IRIs used (objects of rdf:type), sorted. */
  readonly classes: readonly string[];
  /** Every problem: a processor error in safe mode, a term outside the vocabularies, a relative IRI, a lossy round trip. */
  readonly problems: readonly string[];
  /** The URLs the loader was asked for. */
  readonly requested: readonly string[];
}

const isAbsoluteIri = (value: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);

/**
 * Expand and convert to RDF in safe mode, round-trip through fromRDF, and
 * check every IRI. Never throws: a processor error is a problem.
 */
export const processJsonLd = async (document: unknown, anno: AnnoContextVersion = 'published'): Promise<Processed> => {
  const loader = offlineLoader(anno);
  const options = { documentLoader: loader.documentLoader, safe: true } as const;
  const problems: string[] = [];
  const fail = (stage: string, error: unknown): void => {
    const details = (error as { details?: { event?: { code?: string; details?: unknown } } }).details?.event;
    problems.push(`${stage}: ${(error as Error).message}${details?.code !== undefined ? ` (${details.code}: ${JSON.stringify(details.details).slice(0, 300)})` : ''}`);
  };
  try {
    await jsonld.expand(document as jsonld.JsonLdDocument, options as jsonld.Options.Expand);
  } catch (error) {
    fail('expand', error);
  }
  let dataset: Quad[] = [];
  let nquads = '';
  try {
    dataset = (await jsonld.toRDF(document as jsonld.JsonLdDocument, options as jsonld.Options.ToRdf)) as unknown as Quad[];
    nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { ...options, format: 'application/n-quads' } as jsonld.Options.ToRdf)) as unknown as string;
  } catch (error) {
    fail('toRDF', error);
  }
  if (nquads !== '') {
    try {
      const back = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
      const again = (await jsonld.toRDF(back, { ...options, format: 'application/n-quads' } as jsonld.Options.ToRdf)) as unknown as string;
      const [a, b] = await Promise.all([
        jsonld.canonize(nquads as unknown as jsonld.JsonLdDocument, { algorithm: 'URDNA2015', inputFormat: 'application/n-quads' } as jsonld.Options.Normalize),
        jsonld.canonize(again as unknown as jsonld.JsonLdDocument, { algorithm: 'URDNA2015', inputFormat: 'application/n-quads' } as jsonld.Options.Normalize),
      ]);
      if (a !== b) problems.push('round trip: the RDF read back from N-Quads differs from the RDF written');
    } catch (error) {
      fail('round trip', error);
    }
  }
  const properties = new Set<string>();
  const classes = new Set<string>();
  for (const quad of dataset) {
    for (const term of [quad.subject, quad.object]) {
      if (term.termType === 'NamedNode' && !isAbsoluteIri(term.value)) problems.push(`relative IRI ${term.value}`);
    }
    if (!RDF_LIST.has(quad.predicate.value)) properties.add(quad.predicate.value);
    if (quad.predicate.value === RDF_TYPE) classes.add(quad.object.value);
    const datatype = quad.object.datatype?.value;
    if (quad.object.termType === 'Literal' && datatype !== undefined) {
      const problem = vocabularyProblem(datatype);
      if (problem !== undefined) problems.push(`datatype: ${problem}`);
    }
  }
  for (const iri of [...properties, ...classes]) {
    const problem = vocabularyProblem(iri);
    if (problem !== undefined) problems.push(problem);
  }
  return {
    quads: dataset.length,
    properties: [...properties].sort(),
    classes: [...classes].sort(),
    problems: [...new Set(problems)],
    requested: [...new Set(loader.requested)],
  };
};
