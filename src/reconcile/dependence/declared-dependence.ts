/**
 * Declared dependence: what the sources themselves say about where their
 * text comes from (`derivedFrom`, `cites`), with outside reports matched to
 * corpus sources by publisher or web host ("politico.com" → the corpus's
 * Politico page, when there is one).
 */
import type { Claim } from '../../model/claim.js';
import type { SourceId } from '../../model/ids.js';
import type { Span } from '../../model/span.js';
import type { Source, SourceRelation } from '../../model/source.js';
import { nameKey } from '../../normalize/name-key.js';
import { byOrdinal } from '../../model/ordinal.js';

/** One declared relation between a source and another source or an outside report. */
export interface DeclaredDependence {
  readonly from: SourceId;
  readonly relation: 'derived-from' | 'cites';
  /** The corpus source depended on (given, or matched from `outside`). */
  readonly source?: SourceId;
  /** The outside report as the source names it ("politico.com"). */
  readonly outside?: string;
  /** The words that say so. */
  readonly evidence?: Span;
}

const hostOf = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/** The folded names a source can be cited by: publisher, web host, host without its top-level domain. */
const namesOf = (source: Source): readonly string[] => {
  const host = hostOf(source.url);
  const names = [source.publisher, host, host?.replace(/\.[a-z]+$/, '')].filter((n): n is string => n !== undefined);
  return names.map(nameKey).filter((n) => n.length > 0);
};

/** Key under which an outside report is compared with other outside reports. */
export const outsideKey = (outside: string): string => nameKey(outside.replace(/^https?:\/\//, '').replace(/^www\./, ''));

/**
 * A lookup from an outlet's name ("politico.com", "Politico") to the corpus
 * source it names, by publisher or web host; the first source in id order
 * wins when several match.
 *
 * @example
 * sourceNamed(sources)('www.politico.com') // the id of the corpus page at politico.com, or undefined
 */
export const sourceNamed = (sources: readonly Source[]): ((outlet: string) => SourceId | undefined) => {
  const byName = new Map<string, SourceId>();
  for (const s of [...sources].sort(byOrdinal((s) => s.id))) {
    for (const n of namesOf(s)) if (!byName.has(n)) byName.set(n, s.id);
  }
  return (outlet) => byName.get(outsideKey(outlet));
};

/**
 * Every declared relation of every source, sorted by source id, relation
 * and target. An outside report that names a corpus source's publisher or
 * web host is linked to that source.
 *
 * @example
 * declaredDependence(sources) // [{ from: '004…', relation: 'cites', outside: 'politico.com' }]
 */
export const declaredDependence = (sources: readonly Source[]): readonly DeclaredDependence[] => {
  const named = sourceNamed(sources);
  const out: DeclaredDependence[] = [];
  const add = (from: Source, relation: DeclaredDependence['relation'], r: SourceRelation): void => {
    const matched = r.source ?? (r.outside !== undefined ? named(r.outside) : undefined);
    if (matched === from.id) return;
    out.push({
      from: from.id,
      relation,
      ...(matched !== undefined ? { source: matched } : {}),
      ...(r.outside !== undefined ? { outside: r.outside } : {}),
      ...(r.evidence !== undefined ? { evidence: r.evidence } : {}),
    });
  };
  for (const s of sources) {
    for (const r of s.derivedFrom) add(s, 'derived-from', r);
    for (const r of s.cites) add(s, 'cites', r);
  }
  const sortKey = (d: DeclaredDependence): string => `${d.from}\u0000${d.relation}\u0000${d.source ?? ''}\u0000${d.outside ?? ''}`;
  return out.sort(byOrdinal(sortKey));
};

/**
 * The independent witness a claim counts for: its source's dependence group
 * in its own voice (`group:<source group>`), or the outlet it attributes the
 * statement to — the group of that outlet's page when the corpus holds one
 * (`group:<its group>`), else the outlet itself (`outlet:<name>`). One rule for
 * the reconciler's rule context and the claims table of `claimtrace/scale`.
 *
 * @example
 * const witness = witnessOf(sources, groupOf);
 * witness(claim, groupOf(claim.evidence[0].sourceId)) // 'group:000_6ddc9de317a1d06d'
 */
export const witnessOf = (sources: readonly Source[], groupOf: (id: SourceId) => SourceId): ((claim: Claim, sourceGroup: SourceId) => string) => {
  const outletSource = sourceNamed(sources);
  return (claim, sourceGroup) => {
    const outlet = claim.attribution?.outlet;
    if (outlet === undefined) return `group:${sourceGroup}`;
    const inCorpus = outletSource(outlet);
    return inCorpus !== undefined ? `group:${groupOf(inCorpus)}` : `outlet:${outsideKey(outlet)}`;
  };
};
