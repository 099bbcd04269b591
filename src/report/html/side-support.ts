/**
 * How much support one side of a finding (one value cluster) has: its
 * sources, and the independent source groups they form — sources that copy
 * each other count as one witness.
 */
import type { FindingSide } from '../../model/finding.js';
import type { SourceDependence } from '../../reconcile/dependence/detect-source-dependence.js';
import { compareOrdinal } from '../../model/ordinal.js';

export interface SideSupport {
  /** Distinct sources, in id order. */
  readonly sources: readonly string[];
  /** The independent groups those sources fall into, each as its sources (in id order). */
  readonly groups: readonly (readonly string[])[];
}

export const sideSupport = (side: FindingSide, dependence: SourceDependence | undefined): SideSupport => {
  const sources = [...new Set(side.claims.map((c) => c.sourceId as string))].sort();
  const groups = new Map<string, string[]>();
  for (const s of sources) {
    const group = dependence?.groupOf[s] ?? s;
    groups.set(group, [...(groups.get(group) ?? []), s]);
  }
  return { sources, groups: [...groups.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([, members]) => members) };
};
