/**
 * Find what a strategy concluded about the group a reconcile finding is
 * about, so a conflict report can show, next to each conflict, the
 * preferred value, its confidence and why.
 */
import type { GroupResolution, Resolution } from './problem.js';

/**
 * The group resolution for a finding's key (`{ subject, predicate }`, the
 * reconcile group key `subject|predicate`), or `undefined` when the finding
 * is not about one group or the group has no affirmative claim.
 *
 * @example
 * for (const f of result.findings) {
 *   const g = resolutionForFinding(resolution, f);
 *   if (g?.preferred) console.log(f.message, '→', g.explanation);
 * }
 */
export const resolutionForFinding = (
  resolution: Resolution,
  finding: { readonly key?: { readonly subject: string; readonly predicate: string } | undefined },
): GroupResolution | undefined => {
  if (finding.key === undefined) return undefined;
  const key = `${finding.key.subject}|${finding.key.predicate}`;
  return resolution.groups.find((g) => g.key === key);
};
