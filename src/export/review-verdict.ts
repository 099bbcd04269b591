/**
 * The reconciliation verdict on one claim, as a ClaimReview rating. A claim's
 * verdict is the worst over the findings about it: a reviewed finding (in the
 * baseline) gives its reviewer's verdict; an unreviewed one is judged by its
 * severity.
 *
 * Scale: 1 (worst) to 5 (best).
 *
 * | verdict | alternateName | ratingValue |
 * |---|---|---|
 * | real-conflict, or unreviewed error | Conflicting sources | 1 |
 * | tension, or unreviewed warning | Sources in tension | 2 |
 * | dependence | Sources depend on one another | 3 |
 * | single-source | Single source | 3 |
 * | unreviewed info | Minor discrepancy | 4 |
 * | not-a-conflict | No conflict after review | 5 |
 *
 * A review answers for a finding while the finding disputes what it did when
 * reviewed: `reviewed`, and `new-evidence` (claims joined its sides, the
 * disputed values are the same) give the reviewer's verdict; `changed` (the
 * disputed values changed since) and `mismatched` (the entry names another
 * rule) do not — the finding is judged by its severity, as unreviewed.
 */
import type { Finding } from '../model/finding.js';
import type { Severity } from '../model/message.js';
import type { ReviewVerdict } from '../model/baseline.js';
import { compareOrdinal } from '../model/ordinal.js';

/** How a finding stands against its review (`compareWithBaseline(…).statusOf` of the reconcile stage). */
export type ReviewedStatus = 'reviewed' | 'new-evidence' | 'changed' | 'mismatched';

/** A reviewed finding, as the baseline records it (structurally; extra fields are ignored). */
export interface ReviewedFinding {
  readonly id: string;
  readonly verdict: ReviewVerdict;
  readonly reason?: string;
  /** ISO date of the review. */
  readonly reviewedAt?: string | undefined;
  /** The rule the review names (the baseline's `rule`): a finding of another rule is not covered by it. */
  readonly rule?: string | undefined;
  /**
   * How the finding stands against the review now (default `reviewed`):
   * `reviewed` and `new-evidence` carry the verdict over; `changed` and
   * `mismatched` leave the finding unreviewed.
   */
  readonly status?: ReviewedStatus | undefined;
}

/** Whether a review still answers for the finding (same rule; the disputed values unchanged). */
const holds = (finding: Finding, review: ReviewedFinding): boolean =>
  (review.rule === undefined || review.rule === finding.ruleId) && review.status !== 'changed' && review.status !== 'mismatched';

export interface ClaimVerdict {
  /** Words for the verdict, used as the rating's `alternateName`. */
  readonly alternateName: string;
  readonly ratingValue: 1 | 2 | 3 | 4 | 5;
  /** Whether a person reviewed every finding behind it. */
  readonly reviewed: boolean;
}

export const WORST_RATING = 1;
export const BEST_RATING = 5;

const byVerdict: Readonly<Record<ReviewVerdict, Omit<ClaimVerdict, 'reviewed'>>> = {
  'real-conflict': { alternateName: 'Conflicting sources', ratingValue: 1 },
  tension: { alternateName: 'Sources in tension', ratingValue: 2 },
  dependence: { alternateName: 'Sources depend on one another', ratingValue: 3 },
  'single-source': { alternateName: 'Single source', ratingValue: 3 },
  'not-a-conflict': { alternateName: 'No conflict after review', ratingValue: 5 },
};

const bySeverity: Readonly<Record<Severity, Omit<ClaimVerdict, 'reviewed'>>> = {
  error: { alternateName: 'Conflicting sources', ratingValue: 1 },
  warning: { alternateName: 'Sources in tension', ratingValue: 2 },
  info: { alternateName: 'Minor discrepancy', ratingValue: 4 },
};

/**
 * The verdict of one finding: the reviewer's while the review holds (see
 * above), else by severity.
 *
 * @example
 * findingVerdict(finding, new Map([[finding.id, { id: finding.id, verdict: 'tension' }]]))
 * // { alternateName: 'Sources in tension', ratingValue: 2, reviewed: true }
 */
export const findingVerdict = (
  finding: Finding,
  reviewed: ReadonlyMap<string, ReviewedFinding> = new Map(),
): ClaimVerdict => {
  const review = reviewed.get(finding.id);
  return review !== undefined && holds(finding, review)
    ? { ...byVerdict[review.verdict], reviewed: true }
    : { ...bySeverity[finding.severity], reviewed: false };
};

/**
 * The verdict over several findings about one claim: the lowest rating wins;
 * at equal rating, the name that sorts first (so the result does not depend
 * on the order of the findings). `reviewed` only when every finding was.
 * Undefined when there are no findings.
 */
export const claimVerdict = (
  findings: readonly Finding[],
  reviewed: ReadonlyMap<string, ReviewedFinding> = new Map(),
): ClaimVerdict | undefined => {
  const verdicts = findings.map((f) => findingVerdict(f, reviewed));
  const worst = [...verdicts].sort(
    (a, b) => a.ratingValue - b.ratingValue || compareOrdinal(a.alternateName, b.alternateName),
  )[0];
  return worst === undefined ? undefined : { ...worst, reviewed: verdicts.every((v) => v.reviewed) };
};
