/**
 * The order of the HTML report's findings: by severity (errors first), then
 * by discrepancy — how far apart the value clusters are — when findings
 * carry one, largest first, then in the reconciler's deterministic order.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/message.js';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** A finding's graded discrepancy: a score (larger is further apart) and its words, when the rule gives one. */
export interface Discrepancy {
  readonly score: number;
  readonly label?: string;
}

const finiteNumber = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

const asDiscrepancy = (x: unknown): Discrepancy | undefined => {
  const score = finiteNumber(x);
  if (score !== undefined) return { score };
  if (typeof x !== 'object' || x === null) return undefined;
  const record = x as Record<string, unknown>;
  const graded = finiteNumber(record['score']) ?? finiteNumber(record['value']) ?? finiteNumber(record['magnitude']);
  if (graded === undefined) return undefined;
  const label = [record['label'], record['grade'], record['words']].find((l): l is string => typeof l === 'string');
  return label !== undefined ? { score: graded, label } : { score: graded };
};

/**
 * The discrepancy a finding carries, as a top-level `discrepancy` field or
 * `data.discrepancy`: a number, or an object with `score` (or `value`,
 * `magnitude`) and an optional `label` (or `grade`, `words`).
 */
export const discrepancyOf = (finding: Finding): Discrepancy | undefined =>
  asDiscrepancy((finding as Finding & { readonly discrepancy?: unknown }).discrepancy) ?? asDiscrepancy(finding.data?.['discrepancy']);

/** Findings in report order; ties keep their given order. */
export const orderFindings = (findings: readonly Finding[]): readonly Finding[] =>
  findings
    .map((finding, index) => ({ finding, index, discrepancy: discrepancyOf(finding)?.score ?? Number.NEGATIVE_INFINITY }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        (a.discrepancy === b.discrepancy ? 0 : b.discrepancy > a.discrepancy ? 1 : -1) ||
        a.index - b.index,
    )
    .map((x) => x.finding);
