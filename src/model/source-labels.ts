/**
 * Short labels for sources, as findings and reports name them: "001" for
 * `001_661b18e7d48334bf`.
 */
import type { SourceDocument } from './source.js';

/**
 * The id's prefix before `_` when no other source shares it, else the whole id.
 *
 * @example
 * sourceLabels(corpus.sources).get('001_661b18e7d48334bf') // '001'
 */
export const sourceLabels = (sources: readonly SourceDocument[]): ReadonlyMap<string, string> => {
  const prefix = (id: string): string => id.split('_')[0] ?? id;
  const counts = new Map<string, number>();
  for (const d of sources) counts.set(prefix(d.source.id), (counts.get(prefix(d.source.id)) ?? 0) + 1);
  return new Map(sources.map((d) => [d.source.id, counts.get(prefix(d.source.id)) === 1 ? prefix(d.source.id) : d.source.id]));
};
