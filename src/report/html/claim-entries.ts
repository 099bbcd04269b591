/**
 * The per-source claim lists of the HTML report: each source lists every
 * claim with evidence in it, numbered in reading order (by the claim's first
 * highlight there), so a highlight's small number points at its claim.
 */
import type { Claim } from '../../model/claim.js';
import type { Corpus } from '../../model/corpus.js';
import type { EvidenceIndex, Highlight } from './evidence-index.js';
import type { FragmentIds } from './fragment-ids.js';

/** One claim as listed under one source. */
export interface ClaimEntry {
  readonly claim: Claim;
  /** 1-based number in the source's list. */
  readonly number: number;
  /** Fragment id of the list entry. */
  readonly id: string;
  /** The claim's highlights in this source, in reading order. */
  readonly highlights: readonly Highlight[];
}

export interface ClaimEntries {
  /** A source's entries, numbered. */
  readonly of: (sourceId: string) => readonly ClaimEntry[];
  /** The entry of a claim under a source. */
  readonly entry: (sourceId: string, claimId: string) => ClaimEntry | undefined;
}

/**
 * @example
 * const entries = buildClaimEntries(corpus, index, labels, ids);
 * entries.entry('002_…', 'pax-silica-founding-members-002')?.number // 3
 */
export const buildClaimEntries = (corpus: Corpus, index: EvidenceIndex, labels: ReadonlyMap<string, string>, ids: FragmentIds): ClaimEntries => {
  const bySource = new Map<string, ClaimEntry[]>();
  const byKey = new Map<string, ClaimEntry>();
  const found = new Map<string, Map<string, { claim: Claim; highlights: Highlight[] }>>();
  for (const claim of corpus.claims) {
    for (const span of claim.evidence) {
      const highlight = index.highlightOf(span);
      if (highlight === undefined) continue;
      const ofSource = found.get(span.sourceId) ?? new Map<string, { claim: Claim; highlights: Highlight[] }>();
      found.set(span.sourceId, ofSource);
      const item = ofSource.get(claim.id) ?? { claim, highlights: [] };
      if (!item.highlights.includes(highlight)) item.highlights.push(highlight);
      ofSource.set(claim.id, item);
    }
  }
  for (const { source } of corpus.sources) {
    const ordered = [...(found.get(source.id)?.values() ?? [])]
      .map((item) => ({ ...item, highlights: [...item.highlights].sort((a, b) => a.start - b.start || a.end - b.end) }))
      .sort((a, b) => (a.highlights[0]?.start ?? 0) - (b.highlights[0]?.start ?? 0) || (a.highlights[0]?.end ?? 0) - (b.highlights[0]?.end ?? 0));
    const entries = ordered.map((item, i): ClaimEntry => {
      // The entry under the source of the claim's first span keeps the plain id; others name their source.
      const home = item.claim.evidence[0]?.sourceId === source.id;
      const id = home ? ids.take('claim', item.claim.id) : ids.take('claim', item.claim.id, 'in', labels.get(source.id) ?? source.id);
      return { claim: item.claim, number: i + 1, id, highlights: item.highlights };
    });
    bySource.set(source.id, entries);
    for (const e of entries) byKey.set(`${source.id}\u0000${e.claim.id}`, e);
  }
  return {
    of: (sourceId) => bySource.get(sourceId) ?? [],
    entry: (sourceId, claimId) => byKey.get(`${sourceId}\u0000${claimId}`),
  };
};
