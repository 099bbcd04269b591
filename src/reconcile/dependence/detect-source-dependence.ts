/**
 * Source dependence: shared passages plus declared relations, summarised
 * per pair of sources (links) and as independent source groups. Corroboration
 * counts groups, not sources.
 */
import type { SourceId } from '../../model/ids.js';
import type { SourceDocument } from '../../model/source.js';
import { type DeclaredDependence, declaredDependence, outsideKey } from './declared-dependence.js';
import { type SharedPassageOptions, type SharedPassage, findSharedPassages } from './shared-passages.js';
import { type SourceGroup, groupSources } from './source-groups.js';
import { byOrdinal } from '../../model/ordinal.js';

/** Why two sources are not independent. */
export type DependenceReason =
  | { readonly kind: 'shared-passages'; readonly passages: number; readonly words: number }
  | { readonly kind: 'derived-from' | 'cites'; readonly from: SourceId; readonly to: SourceId }
  | { readonly kind: 'common-origin'; readonly outside: string };

/** Two sources found dependent, with every reason. */
export interface DependenceLink {
  /** In id order. */
  readonly sources: readonly [SourceId, SourceId];
  readonly reasons: readonly DependenceReason[];
}

/** Everything known about which sources depend on which. */
export interface SourceDependence {
  readonly passages: readonly SharedPassage[];
  readonly declared: readonly DeclaredDependence[];
  readonly links: readonly DependenceLink[];
  readonly groups: readonly SourceGroup[];
  /** Source id → id of its independent group. */
  readonly groupOf: Readonly<Record<string, SourceId>>;
}

/** Options for `detectSourceDependence`. */
export interface SourceDependenceOptions extends SharedPassageOptions {
  /**
   * Shared words (summed over passages) from which two sources count as one
   * witness. Default 30 — a long sentence copied word for word. Two outlets
   * quoting the same long press statement verbatim are joined too: for the
   * statement they are one witness anyway; raise this to be stricter.
   */
  readonly minSharedWords?: number;
}

/**
 * Detect shared passages and declared dependence and group the sources.
 * Sources joined by shared text (≥ `minSharedWords`), by `derivedFrom` or
 * `cites` of a corpus source, or by being derived from the same outside
 * report, form one group. Two sources that merely cite the same outside
 * report for some statement stay independent at the source level; claims
 * attributed to an outlet are counted per outlet instead (see the engine).
 *
 * @example
 * const dep = detectSourceDependence(corpus.sources);
 * dep.groups // [{ id: '000…', sources: ['000…', '003…'] }, { id: '001…', sources: ['001…'] }, …]
 */
export const detectSourceDependence = (documents: readonly SourceDocument[], options: SourceDependenceOptions = {}): SourceDependence =>
  dependenceFrom(documents, findSharedPassages(documents, options), options);

/**
 * Source dependence from shared passages found beforehand (on a worker
 * thread, see `threads/`): the declared relations, links and groups are
 * added as `detectSourceDependence` adds them.
 *
 * @example
 * dependenceFrom(corpus.sources, findSharedPassages(corpus.sources)) // same as detectSourceDependence(corpus.sources)
 */
export const dependenceFrom = (
  documents: readonly SourceDocument[],
  passages: readonly SharedPassage[],
  options: SourceDependenceOptions = {},
): SourceDependence => {
  const minShared = options.minSharedWords ?? 30;
  const declared = declaredDependence(documents.map((d) => d.source));

  const reasons = new Map<string, { pair: readonly [SourceId, SourceId]; reasons: DependenceReason[] }>();
  const addReason = (x: SourceId, y: SourceId, reason: DependenceReason): void => {
    if (x === y) return;
    const pair: readonly [SourceId, SourceId] = x < y ? [x, y] : [y, x];
    const key = `${pair[0]}\u0000${pair[1]}`;
    const entry = reasons.get(key);
    if (entry === undefined) reasons.set(key, { pair, reasons: [reason] });
    else entry.reasons.push(reason);
  };

  const shared = new Map<string, { a: SourceId; b: SourceId; passages: number; words: number }>();
  for (const p of passages) {
    const key = `${p.a.sourceId}\u0000${p.b.sourceId}`;
    const s = shared.get(key) ?? { a: p.a.sourceId, b: p.b.sourceId, passages: 0, words: 0 };
    shared.set(key, { ...s, passages: s.passages + 1, words: s.words + p.words });
  }
  for (const s of shared.values()) {
    if (s.words >= minShared) addReason(s.a, s.b, { kind: 'shared-passages', passages: s.passages, words: s.words });
  }
  const byOutside = new Map<string, { name: string; sources: Set<SourceId> }>();
  for (const d of declared) {
    if (d.source !== undefined) addReason(d.from, d.source, { kind: d.relation, from: d.from, to: d.source });
    else if (d.relation === 'derived-from' && d.outside !== undefined) {
      const key = outsideKey(d.outside);
      const entry = byOutside.get(key) ?? { name: d.outside, sources: new Set<SourceId>() };
      entry.sources.add(d.from);
      byOutside.set(key, entry);
    }
  }
  for (const { name, sources } of [...byOutside.values()]) {
    const list = [...sources].sort();
    for (let i = 1; i < list.length; i++) addReason(list[0] as SourceId, list[i] as SourceId, { kind: 'common-origin', outside: name });
  }

  const links = [...reasons.values()]
    .map(({ pair, reasons: rs }) => ({ sources: pair, reasons: rs }))
    .sort(byOrdinal((l) => l.sources.join('\u0000')));
  const groups = groupSources(
    documents.map((d) => d.source.id),
    links.map((l) => l.sources),
  );
  // No prototype: a source may be called "constructor".
  const groupOf: Record<string, SourceId> = Object.create(null) as Record<string, SourceId>;
  for (const g of groups) for (const s of g.sources) groupOf[s] = g.id;
  return { passages, declared, links, groups, groupOf };
};
