/**
 * docs/exports.md, generated from the real export of the bundled corpus: the
 * samples, counts and warnings are what `claimtrace export claims` writes, and
 * the tables say what each standard asks for and how each field is filled.
 * `npm run docs` writes it; test/docs/exports-doc.test.ts fails when it is stale.
 */
import type { FolderCheck } from '../../../src/check/check-claims-folder.js';
import { findingVerdict } from '../../../src/export/review-verdict.js';
import { renderFormat } from '../../../src/formats/format.js';
import { formatById } from '../../../src/formats/registry.js';
import { ReviewVerdictSchema } from '../../../src/model/baseline.js';
import type { Finding, Message } from '../../../src/model/index.js';
import { compareOrdinal } from '../../../src/model/ordinal.js';

/** The options the documented ClaimReview export is made with (also shown in the page). */
export const DOC_CLAIMREVIEW_OPTIONS = { 'base-url': 'https://example.org/fact-checks/pax-silica', author: 'Example Fact Desk', 'author-url': 'https://example.org/' } as const;
const CLAIMREVIEW_COMMAND = `claimtrace export claims --format claimreview --base-url ${DOC_CLAIMREVIEW_OPTIONS['base-url']} --author "${DOC_CLAIMREVIEW_OPTIONS.author}" --author-url ${DOC_CLAIMREVIEW_OPTIONS['author-url']}`;

type Json = Record<string, unknown>;

const exported = (check: FolderCheck, id: string, options: Record<string, string> = {}): { document: Json; messages: readonly Message[] } => {
  const format = formatById(id);
  if (format === undefined) throw new Error(`no format ${id}`);
  const rendered = renderFormat(format, { check, labels: { title: 'Conflict report', corpusLabel: 'claims/', command: 'npm run docs' }, options });
  if (!rendered.ok) throw new Error(`${id}: ${rendered.messages.map((m) => m.message).join('; ')}`);
  return { document: JSON.parse(rendered.value) as Json, messages: rendered.messages };
};

const json = (value: unknown): string => ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "source-without-url (5), agent-unknown (9)" — the warnings an export gave on the bundled corpus. */
const warningsLine = (messages: readonly Message[]): string => {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return counts.size === 0 ? 'no warning' : [...counts.entries()].map(([code, n]) => `\`${code}\` × ${n}`).join(', ');
};

const countBy = <T>(items: readonly T[], key: (item: T) => string): string =>
  [...items.reduce((m, i) => m.set(key(i), (m.get(key(i)) ?? 0) + 1), new Map<string, number>()).entries()]
    .sort(([a], [b]) => compareOrdinal(a, b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

const verdictTable = (): string[] => {
  const finding = (severity: Finding['severity']) => ({ id: 'f', severity }) as unknown as Finding;
  const rows = [
    ...ReviewVerdictSchema.options.map((verdict) => ({ label: `reviewed as \`${verdict}\``, ...findingVerdict(finding('error'), new Map([['f', { id: 'f', verdict }]])) })),
    ...(['error', 'warning', 'info'] as const).map((severity) => ({ label: `an unreviewed ${severity}`, ...findingVerdict(finding(severity)) })),
  ].sort((a, b) => a.ratingValue - b.ratingValue || compareOrdinal(a.label, b.label));
  return ['| finding | `alternateName` | `ratingValue` |', '|---|---|---|', ...rows.map((r) => `| ${r.label} | ${r.alternateName} | ${r.ratingValue} |`)];
};

/** The whole page. */
export const renderExportsDoc = (check: FolderCheck): string => {
  const annotations = exported(check, 'web-annotation');
  const reviews = exported(check, 'claimreview', DOC_CLAIMREVIEW_OPTIONS);
  const prov = exported(check, 'prov');
  const items = ((annotations.document['first'] as Json)['items'] as Json[]) ?? [];
  const assessed = items.filter((a) => (a['body'] as Json[]).some((b) => b['purpose'] === 'oa:assessing'));
  const graph = reviews.document['@graph'] as Json[];
  const claimOf = (r: Json) => r['itemReviewed'] as Json;
  const provGraph = prov.document['@graph'] as Json[];
  const node = (id: string) => provGraph.find((n) => n['@id'] === id);
  const types = (n: Json | undefined): string[] => (n === undefined ? [] : typeof n['@type'] === 'string' ? [n['@type']] : (n['@type'] as string[]));
  const attributed = provGraph.find((n) => {
    const to = n['prov:wasAttributedTo'] as Json[] | undefined;
    return String(n['@id']).startsWith('urn:claimtrace:claim:') && to?.some((a) => types(node(String(a['@id']))).includes('prov:Person')) === true;
  });
  const agent = node(String(((attributed?.['prov:wasAttributedTo'] as Json[] | undefined)?.[0] ?? {})['@id']));
  const span = node(String(((attributed?.['prov:wasDerivedFrom'] as Json[] | undefined)?.[0] ?? {})['@id']));
  const capture = provGraph.find((n) => /^urn:claimtrace:source:[^:]+$/.test(String(n['@id'])) && n['prov:wasAttributedTo'] !== undefined);
  const publisher = node(String((capture?.['prov:wasAttributedTo'] as Json | undefined)?.['@id']));
  const provSample = { '@context': prov.document['@context'], '@graph': [capture, publisher, attributed, agent, span].filter((n) => n !== undefined) };
  const undatedReviews = graph.filter((r) => claimOf(r)['datePublished'] === undefined);
  const undated = undatedReviews.length;
  const undatedSources = [...new Set(undatedReviews.flatMap((r) => [claimOf(r)['firstAppearance'], ...((claimOf(r)['appearance'] as Json[] | undefined) ?? [])].filter((a): a is Json => a !== undefined).map((a) => String(a['identifier']))))].sort(compareOrdinal);
  const undatedNote = undated === 0 ? '' : ` (${undatedSources.map((id) => `\`${id}\``).join(', ')} state no publication date and record no retrieval date)`;

  const lines = [
    '# Exports',
    '',
    '<!-- generated by `npm run docs` from the export of the bundled corpus (test/tools/docs/exports-doc.ts); do not edit by hand -->',
    '',
    'claimtrace writes a corpus in the standard formats of the field, so annotation tools, search engines',
    'and provenance tools can read it. Every export is a pure function of a loaded `Corpus` (plus the',
    'reconciler’s findings where a format reports them), deterministic (same corpus in any order → same',
    'output), plain JSON-LD, and returns a `Result`: the document with its warnings, or — when an option',
    'is missing or wrong — the errors and no document. The CLI prints the warnings on stderr and exits 2',
    'on errors.',
    '',
    '| format | function | CLI | one item is |',
    '|---|---|---|---|',
    '| W3C Web Annotation | `toAnnotationCollection` | `claimtrace export --format web-annotation` | one claim–evidence-span link |',
    '| schema.org ClaimReview | `toClaimReviewGraph` | `--format claimreview --base-url … --author …` | one claim with findings at or above a severity |',
    '| W3C PROV-O | `toProv` | `--format prov` | a graph of captures, pages, spans, claims and agents |',
    '| JSON Schema | `claimFolderJsonSchema` (`claimtrace/schema`), and the files `claimtrace/schema/<kind>.schema.json` | `--format jsonschema` | a claim-folder file format |',
    '',
    'The samples below are cut from the export of the bundled corpus (`claims/`), regenerated by',
    '`npm run docs`; a test fails when this page no longer matches the code.',
    '',
    '```ts',
    "import { loadCorpus, toAnnotationCollection } from 'claimtrace';",
    '',
    "const loaded = await loadCorpus('claims');",
    "if (!loaded.ok) throw new Error('the claims folder is invalid'); // loaded.messages says where and why",
    'const annotations = toAnnotationCollection(loaded.value.corpus);',
    'for (const warning of annotations.messages) console.warn(warning.message);',
    'if (annotations.ok) console.log(JSON.stringify(annotations.value));',
    '```',
    '',
    '## Valid under a real JSON-LD processor',
    '',
    '`test/export/jsonld-round-trip.test.ts` runs jsonld.js `expand` and `toRDF` in safe mode over every',
    'JSON-LD format of the format table, on the bundled corpus and on a synthetic corpus with URLs,',
    'retrieval dates and two captures of one URL: a term the context does not define, a relative IRI',
    'or any value the processor would drop fails it. The RDF must survive a round trip through N-Quads,',
    'and every property, class and datatype must be a term of its published vocabulary (Web Annotation,',
    'PROV-O, schema.org, Dublin Core, Activity Streams, FOAF, RDF, XSD: the `@vocabulary/*` packages),',
    'which catches what `@vocab` would otherwise accept (a misspelt schema.org property). The contexts',
    'are vendored (`test/fixtures/jsonld/`, each with its source) and the document loader never goes to',
    'the network; the Web Annotation export is checked under both versions of its context.',
    '',
    '## Identifiers',
    '',
    'Identifiers come from ids, offsets and declared URLs — never from input order, and never from a',
    'name alone, so two things that share a name do not become one node.',
    '',
    '| thing | IRI |',
    '|---|---|',
    '| a capture of a source (the text claimtrace holds) | `urn:claimtrace:source:<id>` |',
    '| the page it was captured from | its `url` when that is an absolute http(s) URL, else the capture |',
    '| the capture’s content | `ni:///sha-256;<base64url digest>` (RFC 6920), from `contentHash` |',
    '| claim | `urn:claimtrace:claim:<id>` |',
    '| evidence span | `urn:claimtrace:span:<source id>:<start>-<end>` (UTF-16 offsets) |',
    '| annotation | `urn:claimtrace:annotation:<claim id>:<source id>:<start>-<end>` |',
    '| finding | `urn:claimtrace:finding:<id>` |',
    '| ClaimReview | `urn:claimtrace:claim-review:<claim id>` (its `url` is where it is published) |',
    '| an entity of the alias tables (speaker, outlet, publisher) | `urn:claimtrace:entity:<entity id>` |',
    '| a name the alias tables do not know | `urn:claimtrace:source:<id>:name:<slug>`: the name as that source uses it |',
    '| an outside report a source cites | its `url`, else `urn:claimtrace:source:<citing id>:report:<slug>` |',
    '',
    '### Agents',
    '',
    'Speakers, outlets and publishers are typed by the kind entities.yaml (or the built-in countries and',
    'organisations) gives them. A speaker the tables do not know is a bare `prov:Agent` and cannot author',
    'a ClaimReview (the warning `agent-unknown` says to list it); an unknown outlet or publisher is an',
    'organisation by the field’s meaning. A source’s byline (`author`) is split into names at `;`, `,`, `&`',
    'and “and”; an unknown byline name is a person, unless it is the source’s publisher (a wire story',
    '“by Reuters”), which stays the publisher’s node.',
    '',
    '| kind | schema.org | PROV-O |',
    '|---|---|---|',
    '| person | Person | prov:Agent, prov:Person |',
    '| organization | Organization | prov:Agent, prov:Organization |',
    '| company | Corporation | prov:Agent, prov:Organization |',
    '| publication | NewsMediaOrganization | prov:Agent, prov:Organization |',
    '| country (a country that speaks is its government) | GovernmentOrganization | prov:Agent, prov:Organization |',
    '| other | — | prov:Agent |',
    '| programme, agreement, event, place (a document or a thing, not an agent) | — | the claim’s `prov:hadPrimarySource` |',
    '',
    '## W3C Web Annotation',
    '',
    '[Web Annotation Data Model](https://www.w3.org/TR/annotation-model/). What the model requires: an',
    '`@context` that is (or includes) `http://www.w3.org/ns/anno.jsonld`; an `id` that is an IRI; `type`',
    '`Annotation`; at least one `target`; `TextPositionSelector` offsets in Unicode code points; a',
    '`TimeState` `sourceDate` as an `xsd:dateTime` in UTC; motivations and purposes from the Web',
    'Annotation vocabulary.',
    '',
    '| field | how it is filled |',
    '|---|---|',
    '| `id` | `urn:claimtrace:annotation:<claim id>:<source id>:<start>-<end>`, one annotation per link between a claim and one of its evidence spans |',
    '| `motivation` | `describing` |',
    '| `generator` | claimtrace (`Software`, with its homepage) |',
    '| `created`, `creator` | only when given (`toAnnotationCollection(corpus, { created, creator })`), to keep the output reproducible |',
    '| `body` | a `describing` `TextualBody` with the claim in words (its `id` is the claim), an `identifying` one with the claim id, and one `oa:assessing` body per finding about the claim (its `id` is the finding). The 2016 context in the W3C repository has no `assessing` term; the compact IRI `oa:assessing` expands to the same IRI under that context and the published one |',
    '| `target.source` | the page’s `url` when the source file records one; else the capture’s `urn:claimtrace:source:<id>`, with the warning `source-without-url` |',
    '| `target.state` | a `TimeState` that says which text the selectors were computed on: `cached` is the capture by its content hash (`ni:///sha-256;…`), `sourceDate` the source’s `retrievedAt` in UTC (a retrieval day gives `sourceDateStart`/`sourceDateEnd`; an unreadable one gives the warning `retrieval-date-invalid` and no date) |',
    '| `target.selector` | a `TextQuoteSelector` (`exact`, `prefix`, `suffix`: the normalized text) and a `TextPositionSelector` (code points over the normalized text — claimtrace stores UTF-16 units and converts, so the two differ after any character outside the Basic Multilingual Plane) |',
    '',
    '`toAnnotationCollection` wraps the annotations in one `AnnotationCollection` with a single',
    '`AnnotationPage` (the shape an annotation server serves), which the CLI prints.',
    '',
    `On the bundled corpus: ${plural(items.length, 'annotation')}, ${assessed.length} of them with \`oa:assessing\` bodies; warnings: ${warningsLine(annotations.messages)}.`,
    '',
    json(assessed[0] ?? items[0]),
    '',
    '## schema.org ClaimReview',
    '',
    '[ClaimReview](https://schema.org/ClaimReview). Google’s structured-data guidelines for fact checks',
    'require `claimReviewed`, `reviewRating` (with `alternateName`, the verdict in words) and `url`, and',
    'recommend `author`, `datePublished` and `itemReviewed` — a `Claim` with its `author`,',
    '`datePublished` and `appearance` or `firstAppearance`; `claimReviewed` should stay under 75',
    'characters. One review per claim that findings at or above a severity are about (`minSeverity`,',
    '`--min-severity`; default `warning`, so info findings such as source-dependence notes get no review), sorted by claim id.',
    '',
    '| field | how it is filled |',
    '|---|---|',
    '| `url` | required: `baseUrl` (`--base-url`, an absolute http(s) URL) with `#<claim id>`, or with `{claim}` replaced by the id |',
    '| `claimReviewed` | the claim in at most 75 characters: the whole line when it fits, else subject — predicate: value, cut at a word with `…` |',
    '| `itemReviewed` | a `Claim`: `identifier` (claim id), `text` (the whole line: the source’s words, attribution, hedge) |',
    '| `itemReviewed.author` | the speaker or outlet the source names, typed from entities.yaml; else (unknown speaker, a document that “says”, no attribution) the publisher of the earliest source — a named publisher, the site of its URL, or “the unnamed publisher of …” |',
    '| `itemReviewed.datePublished` | the earliest publication date of its sources, else the earliest retrieval date (the claim had appeared by then); none when no source dates it, with the warning `claim-undated` |',
    '| `itemReviewed.firstAppearance` | the earliest source that carries the claim (dated sources first; the only one when there is one) |',
    '| `itemReviewed.appearance` | the other sources (all of them when none is dated and there are several) |',
    '| each appearance | a `CreativeWork`: `@id`/`url` the page, `headline`, `publisher` (typed), `author` (the byline’s names: one agent or a list), `datePublished` (as precise as the source states), `inLanguage`, and `hasPart`: one `Quotation` per evidence span with the quoted `text` |',
    '| `reviewRating` | a `Rating` with `worstRating` 1, `bestRating` 5, `ratingValue` and `alternateName` (below) |',
    '| `reviewBody` | the findings, one line each |',
    '| `author` | required: `author` (`--author`, an `Organization`; `--author-url` gives its `url` and `@id`) |',
    '| `datePublished` | required: `datePublished` (`--date`), a real ISO 8601 date; the CLI’s default is the latest `reviewedAt` of baseline.yaml, so the same folder always exports the same reviews. A date before a claim was published is refused (`review-before-claim`) |',
    '',
    'The verdict of a claim is the worst over the findings about it: a finding reviewed in',
    'baseline.yaml gives its reviewer’s verdict; an unreviewed one is judged by its severity.',
    'A review answers for its finding while the finding disputes what it did when reviewed: a',
    'finding shown as *reviewed* or *reviewed, new evidence* (claims joined its sides, the disputed',
    'values are the same) takes the reviewer’s verdict; one whose disputed values changed since the',
    'review (*reviewed, values changed*), or whose baseline entry names another rule, is judged by its',
    'severity as if unreviewed. Library callers pass each review’s `status`',
    '(`compareWithBaseline(…).statusOf`) in `reviewed`; without it a review is taken as current.',
    '',
    ...verdictTable(),
    '',
    `On the bundled corpus (\`${CLAIMREVIEW_COMMAND}\`, date from baseline.yaml): ${plural(graph.length, 'review')}; claim authors: ${countBy(graph, (r) => String((claimOf(r)['author'] as Json)['@type']))}; ${graph.length - undated} of ${graph.length} claims dated by their sources${undatedNote}; warnings: ${warningsLine(reviews.messages)}.`,
    '',
    json(graph[0]),
    '',
    '## W3C PROV-O',
    '',
    '[PROV-O](https://www.w3.org/TR/prov-o/) as JSON-LD. W3C publishes no JSON-LD context for PROV-O, so',
    'the document declares its prefixes (`prov`, `oa`, `dcterms`, `rdfs`, `xsd`) and uses only terms of',
    'those vocabularies; nodes are sorted by `@id`.',
    '',
    '| node | types | properties |',
    '|---|---|---|',
    '| capture of a source | `prov:Entity` | `dcterms:identifier`, `dcterms:title`, `dcterms:language`; `prov:specializationOf` the page at its URL (each capture is its own entity, even when two share a URL); `prov:generatedAtTime` (xsd:dateTime, minute precision) or `dcterms:issued` (xsd:date, day precision); `prov:wasAttributedTo` its publisher and the names of its byline; `prov:wasDerivedFrom` + `prov:qualifiedDerivation` for declared `derivedFrom`; `prov:wasInfluencedBy` + `prov:qualifiedInfluence` for declared `cites` — the qualified relation’s `rdfs:seeAlso` is the span that states it |',
    '| page | `prov:Entity` | (its URL is its id) |',
    '| publisher, speaker, outlet | `prov:Agent` and `prov:Person` / `prov:Organization` (by kind, above) | `rdfs:label` |',
    '| evidence span | `prov:Entity`, `oa:SpecificResource` | `oa:hasSource` the capture, `oa:hasSelector` (`oa:TextQuoteSelector`, `oa:TextPositionSelector` in code points), `prov:value` (the quote), `prov:wasQuotedFrom` the capture |',
    '| claim | `prov:Entity` | `dcterms:identifier`, `rdfs:label` (the claim in words), `prov:wasDerivedFrom` its spans, `prov:wasAttributedTo` its speaker or outlet, `prov:hadPrimarySource` a document it is attributed to |',
    '| outside report | `prov:Entity` | `rdfs:label`; `prov:wasAttributedTo` its outlet when entities.yaml lists it |',
    '| AI-generated section | `prov:Entity`, `oa:SpecificResource` | `dcterms:isPartOf` the capture, `oa:hasSelector`, `rdfs:label` (the page’s own label), `prov:wasGeneratedBy` the machine-generation activity |',
    '| machine generation | `prov:Activity` | `prov:wasAssociatedWith` an unnamed `prov:SoftwareAgent` (pages do not name the system) |',
    '',
    'A source the page labels as wholly machine-written is itself `prov:wasGeneratedBy` the',
    'machine-generation activity; one with labelled sections lists them with `dcterms:hasPart`. Why',
    '`wasInfluencedBy` for citations: "As reported by the South China Morning Post" says the source',
    'relays another report, not that it copies it word for word, so the general PROV relation is used;',
    '`prov:wasQuotedFrom` is kept for what really is a verbatim copy — the evidence spans.',
    '',
    `On the bundled corpus: ${plural(provGraph.length, 'node')} (${countBy(provGraph, (n) => types(n).join(' + '))}); warnings: ${warningsLine(prov.messages)}. A capture with its publisher, and a claim with its speaker and one of its spans:`,
    '',
    json(provSample),
    '',
    '## JSON Schema',
    '',
    '`claimtrace export --format jsonschema` prints the JSON Schema (draft 2020-12) of the claim file format',
    '(`claims/*.yaml`), generated from the zod schemas. `npm run schema` writes every file kind’s schema',
    '(`claim-file`, `source-file`, `predicates-file`, `entities-file`, `baseline-file`) to `docs/schema/`;',
    'the package ships them as `claimtrace/schema/<kind>.schema.json` (see [package.md](package.md)). Every',
    'field has a description, and the rules the loader adds to the shapes are in the schemas too — a claim',
    'has a `quote` or `evidence` (`oneOf`), a range is a `quote` or `from` + `to`, a relation names a',
    '`source` or an `outside` report, a quote needs a source (the file’s or its own) — so an editor refuses',
    'what `claimtrace check` refuses (`test/claims/schema-agreement.test.ts`).',
  ];
  return `${lines.join('\n')}\n`;
};
