/**
 * Who says and who publishes, as the exports name them: a speaker, an outlet
 * or a publisher becomes an agent typed by what the alias tables
 * (entities.yaml and the built-in countries and organisations) say it is,
 * with an identity that never comes from its name alone.
 *
 * - A name the tables know is the entity: `urn:claimtrace:entity:<id>`,
 *   typed by its kind (below). Every source that names it shares the node.
 * - A name they do not know is the name *as one source uses it*
 *   (`urn:claimtrace:source:<id>:name:<slug>`): "Gao" in two articles stays
 *   two nodes until entities.yaml says they are one person. An unknown
 *   speaker is a bare `prov:Agent` (a person? a group? the exports cannot
 *   tell), and a warning (`agent-unknown`) says to list it; an unknown
 *   outlet or publisher is an organisation by the field's meaning.
 *
 * | kind | schema.org | PROV |
 * |---|---|---|
 * | person | Person | prov:Agent, prov:Person |
 * | organization | Organization | prov:Agent, prov:Organization |
 * | company | Corporation | prov:Agent, prov:Organization |
 * | publication | NewsMediaOrganization | prov:Agent, prov:Organization |
 * | country | GovernmentOrganization (a country that speaks is its government) | prov:Agent, prov:Organization |
 * | other | — | prov:Agent |
 * | programme, agreement, event, place | — (not an agent: a document or a thing) | — |
 *
 * A byline (`author` of a source) is split into names at `;`, `,`, `&` and
 * "and" (a leading "By" dropped). A byline name the tables do not know is a
 * person by the field's meaning, unless it is the source's publisher (a wire
 * story "by Reuters"), which stays the publisher's node.
 */
import { bylineNames } from '../model/byline-names.js';
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { EntityKind } from '../model/entity.js';
import type { Source } from '../model/source.js';
import { createMessage, type Message } from '../model/message.js';
import { compareOrdinal } from '../model/ordinal.js';
import { createEntityResolver } from '../normalize/entity-resolver.js';
import { entityIri, scopedNameIri } from './linked-data-ids.js';

/** The schema.org types an author (of a claim, of a page) can have. */
export type SchemaOrgAgentType = 'Person' | 'Organization' | 'GovernmentOrganization' | 'Corporation' | 'NewsMediaOrganization';

/** The role a name plays where it is named. */
export type AgentRole = 'speaker' | 'outlet' | 'publisher' | 'author';

/** A named speaker, outlet or publisher, as the exports write it. */
export interface ExportAgent {
  /** Its node's IRI (see the module comment). */
  readonly iri: string;
  /** The canonical name when the alias tables know it, else the name as written. */
  readonly name: string;
  /** The entity id when the alias tables know it. */
  readonly entityId?: string;
  readonly kind?: EntityKind;
  /** Its schema.org type, when it can author a claim or a page. */
  readonly schemaOrgType?: SchemaOrgAgentType;
  /** Its PROV types, when it is an agent at all (a declaration that "says" something is not). */
  readonly provTypes?: readonly string[];
}

const PERSON = ['prov:Agent', 'prov:Person'] as const;
const ORGANIZATION = ['prov:Agent', 'prov:Organization'] as const;

const BY_KIND: Readonly<Record<EntityKind, { readonly schemaOrg?: SchemaOrgAgentType; readonly prov?: readonly string[] }>> = {
  person: { schemaOrg: 'Person', prov: PERSON },
  organization: { schemaOrg: 'Organization', prov: ORGANIZATION },
  company: { schemaOrg: 'Corporation', prov: ORGANIZATION },
  publication: { schemaOrg: 'NewsMediaOrganization', prov: ORGANIZATION },
  country: { schemaOrg: 'GovernmentOrganization', prov: ORGANIZATION },
  other: { prov: ['prov:Agent'] },
  programme: {},
  agreement: {},
  event: {},
  place: {},
};

/** Agents of one corpus, and the warnings about names it does not know. */
export interface AgentDirectory {
  /** The agent `name` stands for where `sourceId` names it in this role. */
  agent(name: string, sourceId: string, role: AgentRole): ExportAgent;
  /** The speaker of a claim (scoped to the first of its sources), if it names one. */
  speaker(claim: Claim): ExportAgent | undefined;
  /** The outlet a claim is attributed to, if it names one. */
  outlet(claim: Claim): ExportAgent | undefined;
  /** The authors a source's byline names, in byline order, without repeats (none without a byline). */
  authors(source: Pick<Source, 'id' | 'author' | 'publisher'>): readonly ExportAgent[];
  /** One `agent-unknown` warning per unknown speaker name met so far, sorted by name. */
  messages(): readonly Message[];
}

/** The first of a claim's sources in id order: the scope of the names its attribution uses. */
export const claimScope = (claim: Claim): string =>
  [...new Set(claim.evidence.map((s) => s.sourceId as string))].sort(compareOrdinal)[0] ?? '';

/**
 * The agent directory of a corpus: names resolved through its alias tables
 * (and the built-in countries and organisations).
 *
 * @example
 * const agents = agentDirectory(corpus);
 * agents.agent('Donald Trump', '001_x', 'speaker') // { iri: 'urn:claimtrace:entity:donald-trump', schemaOrgType: 'Person', … }
 */
export const agentDirectory = (corpus: Pick<Corpus, 'entities'>): AgentDirectory => {
  const resolver = createEntityResolver({ entities: corpus.entities });
  const unknownSpeakers = new Map<string, Set<string>>();
  const agent = (name: string, sourceId: string, role: AgentRole): ExportAgent => {
    const id = resolver.resolve(name);
    const entity = id !== undefined ? resolver.entity(id) : undefined;
    if (entity !== undefined) {
      const typed = BY_KIND[entity.kind];
      return {
        iri: entityIri(entity.id),
        name: entity.name,
        entityId: entity.id,
        kind: entity.kind,
        ...(typed.schemaOrg !== undefined ? { schemaOrgType: typed.schemaOrg } : {}),
        ...(typed.prov !== undefined ? { provTypes: typed.prov } : {}),
      };
    }
    const iri = scopedNameIri(sourceId, name);
    if (role === 'speaker') {
      const sources = unknownSpeakers.get(name) ?? new Set<string>();
      sources.add(sourceId);
      unknownSpeakers.set(name, sources);
      return { iri, name, provTypes: ['prov:Agent'] };
    }
    if (role === 'author') return { iri, name, schemaOrgType: 'Person', provTypes: PERSON };
    return { iri, name, schemaOrgType: 'Organization', provTypes: ORGANIZATION };
  };
  return {
    agent,
    speaker: (claim) => (claim.attribution?.speaker !== undefined ? agent(claim.attribution.speaker, claimScope(claim), 'speaker') : undefined),
    outlet: (claim) => (claim.attribution?.outlet !== undefined ? agent(claim.attribution.outlet, claimScope(claim), 'outlet') : undefined),
    authors: (source) => {
      const publisher = source.publisher?.trim().toLowerCase();
      const seen = new Set<string>();
      return bylineNames(source.author ?? '').flatMap((name) => {
        const found = agent(name, source.id, name.toLowerCase() === publisher ? 'publisher' : 'author');
        if (seen.has(found.iri)) return [];
        seen.add(found.iri);
        return [found];
      });
    },
    messages: () =>
      [...unknownSpeakers.entries()]
        .sort(([a], [b]) => compareOrdinal(a, b))
        .map(([name, sources]) =>
          createMessage('agent-unknown', `entities.yaml does not list the speaker "${name}" (named in ${[...sources].sort(compareOrdinal).join(', ')}): the exports cannot say whether it is a person or an organisation`, {
            severity: 'warning',
            hint: `add "${name}" to entities.yaml (or as an alias of an entry) with its kind — person, organization, country …`,
            actual: name,
          }),
        ),
  };
};
