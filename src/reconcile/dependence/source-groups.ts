/**
 * Independent source groups: sources joined by any dependence link end up
 * in one group (union–find over the links). A group's id is its smallest
 * source id, so groups do not depend on input order.
 */
import type { SourceId } from '../../model/ids.js';
import { compareOrdinal } from '../../model/ordinal.js';

/** A set of sources that count as one witness. */
export interface SourceGroup {
  /** The smallest source id of the group. */
  readonly id: SourceId;
  readonly sources: readonly SourceId[];
}

/**
 * Partition `sources` into groups connected by `links` (pairs of source ids;
 * ids not in `sources` are ignored). Groups are sorted by id.
 *
 * @example
 * groupSources(['a', 'b', 'c'], [['a', 'c']]) // [{ id: 'a', sources: ['a', 'c'] }, { id: 'b', sources: ['b'] }]
 */
export const groupSources = (
  sources: readonly SourceId[],
  links: readonly (readonly [SourceId, SourceId])[],
): readonly SourceGroup[] => {
  const parent = new Map<SourceId, SourceId>(sources.map((s) => [s, s]));
  const find = (s: SourceId): SourceId => {
    let root = s;
    while (parent.get(root) !== root) root = parent.get(root) as SourceId;
    let at = s;
    while (at !== root) {
      const next = parent.get(at) as SourceId;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const [a, b] of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    // The smaller id becomes the root, so the root is the group id.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  const groups = new Map<SourceId, SourceId[]>();
  for (const s of [...sources].sort()) {
    const root = find(s);
    const members = groups.get(root);
    if (members === undefined) groups.set(root, [s]);
    else members.push(s);
  }
  return [...groups.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([id, members]) => ({ id, sources: members }));
};
