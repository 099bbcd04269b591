/**
 * Comparing findings with a baseline (the reviewed findings,
 * `model/baseline.ts`), so that a claims repository's CI fails only on new
 * or changed findings. `compareWithBaseline` is pure: it sorts findings into
 * acknowledged, new and changed, and reports stale entries (reviewed
 * findings that no longer occur).
 */
import type { Baseline, BaselineEntry, ReviewVerdict } from '../model/baseline.js';
import type { Finding } from '../model/finding.js';
import { findingFingerprint } from './finding-id.js';
import { byOrdinal } from '../model/ordinal.js';

/** A finding whose claims changed since it was reviewed. */
export interface ChangedFinding {
  readonly finding: Finding;
  readonly entry: BaselineEntry;
  readonly fingerprint: string;
}

/** How the current findings stand against the baseline. */
export interface BaselineComparison {
  /** Reviewed and unchanged. */
  readonly acknowledged: readonly { readonly finding: Finding; readonly entry: BaselineEntry }[];
  /** Not in the baseline. */
  readonly unacknowledged: readonly Finding[];
  /** In the baseline, but what the finding says about its claims changed. */
  readonly changed: readonly ChangedFinding[];
  /** Baseline entries with no current finding (remove them, or the finding has gone). */
  readonly stale: readonly BaselineEntry[];
  /** Entries whose rule differs from the finding's rule id (a hand-edited id). */
  readonly mismatched: readonly { readonly finding: Finding; readonly entry: BaselineEntry }[];
}

/**
 * Compare findings with a baseline. Severity does not matter here: a
 * caller decides which unacknowledged severities fail CI (see `failsBaseline`).
 *
 * @example
 * const { unacknowledged, changed, stale } = compareWithBaseline(result.findings, baseline);
 */
export const compareWithBaseline = (findings: readonly Finding[], baseline: Baseline): BaselineComparison => {
  const entries = new Map(baseline.findings.map((e) => [e.id as string, e]));
  const acknowledged: { finding: Finding; entry: BaselineEntry }[] = [];
  const unacknowledged: Finding[] = [];
  const changed: ChangedFinding[] = [];
  const mismatched: { finding: Finding; entry: BaselineEntry }[] = [];
  const matched = new Set<string>();
  for (const finding of findings) {
    const entry = entries.get(finding.id);
    if (entry === undefined) {
      unacknowledged.push(finding);
      continue;
    }
    matched.add(entry.id);
    if (entry.rule !== finding.ruleId) {
      mismatched.push({ finding, entry });
      continue;
    }
    const fingerprint = findingFingerprint(finding);
    if (entry.fingerprint !== undefined && entry.fingerprint !== fingerprint) changed.push({ finding, entry, fingerprint });
    else acknowledged.push({ finding, entry });
  }
  const stale = baseline.findings.filter((e) => !matched.has(e.id)).sort(byOrdinal((e) => e.id));
  return { acknowledged, unacknowledged, changed, stale, mismatched };
};

/**
 * Whether a comparison should fail CI: any new or changed finding at one of
 * `severities` (default error and warning), any stale or mismatched entry.
 *
 * @example
 * if (failsBaseline(compareWithBaseline(findings, baseline))) process.exitCode = 1;
 */
export const failsBaseline = (
  comparison: BaselineComparison,
  severities: readonly Finding['severity'][] = ['error', 'warning'],
): boolean =>
  comparison.unacknowledged.some((f) => severities.includes(f.severity)) ||
  comparison.changed.some((c) => severities.includes(c.finding.severity)) ||
  comparison.stale.length > 0 ||
  comparison.mismatched.length > 0;

/**
 * A baseline entry for a finding, with its current fingerprint (for writing
 * a reviewed finding into the baseline).
 *
 * @example
 * baselineEntryFor(finding, { verdict: 'real-conflict', reason: '…', reviewedBy: 'desk' })
 */
export const baselineEntryFor = (
  finding: Finding,
  review: { readonly verdict: ReviewVerdict; readonly reason: string; readonly reviewedBy: string; readonly reviewedAt?: string },
): BaselineEntry => ({
  id: finding.id,
  rule: finding.ruleId,
  verdict: review.verdict,
  reason: review.reason,
  reviewedBy: review.reviewedBy,
  ...(review.reviewedAt !== undefined ? { reviewedAt: review.reviewedAt } : {}),
  fingerprint: findingFingerprint(finding),
});
