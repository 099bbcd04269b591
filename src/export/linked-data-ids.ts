/**
 * Identifiers (IRIs) for the things the JSON-LD exports talk about. They are
 * derived only from ids and offsets, never from input order, so the same
 * corpus always exports the same graph.
 */
import type { Source, SourceRelation } from '../model/source.js';

const URN = 'urn:claimtrace';

/**
 * The IRI of a source: its `url` when it has one, else a stable
 * `urn:claimtrace:source:<id>`.
 *
 * @example
 * sourceIri({ id: '001_abc', url: 'https://example.org/a' }) // 'https://example.org/a'
 * sourceIri({ id: '001_abc' })                               // 'urn:claimtrace:source:001_abc'
 */
export const sourceIri = (source: Pick<Source, 'id' | 'url'>): string =>
  source.url !== undefined && source.url.trim() !== '' ? source.url.trim() : `${URN}:source:${source.id}`;

/** `urn:claimtrace:claim:<id>` */
export const claimIri = (claimId: string): string => `${URN}:claim:${claimId}`;

/** `urn:claimtrace:finding:<id>` */
export const findingIri = (findingId: string): string => `${URN}:finding:${findingId}`;

/** A span of a source's text: `urn:claimtrace:span:<source id>:<start>-<end>` (UTF-16 offsets). */
export const spanIri = (sourceId: string, start: number, end: number): string =>
  `${URN}:span:${sourceId}:${start}-${end}`;

/** A machine-written section of a source: `urn:claimtrace:ai-section:<source id>:<start>-<end>`. */
export const aiSectionIri = (sourceId: string, start: number, end: number): string =>
  `${URN}:ai-section:${sourceId}:${start}-${end}`;

/**
 * A name turned into an IRI-safe slug: NFKC, case-folded, every run of
 * characters that are not letters or digits becomes one `-`.
 */
export const nameSlug = (name: string): string => {
  const folded = name.normalize('NFKC').toLowerCase();
  let slug = '';
  let pendingDash = false;
  for (const ch of folded) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      if (pendingDash && slug !== '') slug += '-';
      slug += ch;
      pendingDash = false;
    } else {
      pendingDash = true;
    }
  }
  return encodeURIComponent(slug === '' ? 'unnamed' : slug);
};

/** An agent (publisher, speaker, outlet) named by its name: `urn:claimtrace:agent:<slug>`. */
export const agentIri = (name: string): string => `${URN}:agent:${nameSlug(name)}`;

/**
 * The IRI a declared relation points at: the corpus source, else the outside
 * report's `url`, else `urn:claimtrace:outside:<slug of its name>`.
 */
export const relationTargetIri = (
  relation: SourceRelation,
  sourcesById: ReadonlyMap<string, Pick<Source, 'id' | 'url'>>,
): string => {
  if (relation.source !== undefined) {
    const target = sourcesById.get(relation.source);
    return target !== undefined ? sourceIri(target) : `${URN}:source:${relation.source}`;
  }
  if (relation.url !== undefined && relation.url.trim() !== '') return relation.url.trim();
  return `${URN}:outside:${nameSlug(relation.outside ?? '')}`;
};
