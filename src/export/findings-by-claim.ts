/**
 * Which findings are about which claim: a finding is about every claim on
 * any of its sides and every claim its related notes name.
 */
import type { Finding } from '../model/finding.js';
import { byOrdinal } from '../model/ordinal.js';

/**
 * Index findings by the claim ids they involve, each list sorted by finding
 * id (so the index does not depend on the order findings arrive in).
 *
 * @example
 * findingsByClaim(result.findings).get('vault-size-003') // findings about that claim
 */
export const findingsByClaim = (findings: readonly Finding[]): ReadonlyMap<string, readonly Finding[]> => {
  const index = new Map<string, Finding[]>();
  const sorted = [...findings].sort(byOrdinal((f) => f.id));
  for (const finding of sorted) {
    const ids = new Set<string>();
    for (const side of finding.sides) for (const c of side.claims) ids.add(c.claimId);
    for (const note of finding.related) if (note.claimId !== undefined) ids.add(note.claimId);
    for (const id of ids) {
      const list = index.get(id);
      if (list === undefined) index.set(id, [finding]);
      else if (list[list.length - 1]?.id !== finding.id) list.push(finding);
    }
  }
  return index;
};
