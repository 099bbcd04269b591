/**
 * Comparing findings with a baseline (the reviewed findings,
 * `model/baseline.ts`), so that a claims repository's CI fails only on what
 * needs a person. A review is of a disagreement (the finding's id: rule,
 * claim group, what is disputed), so it survives a growing corpus:
 *
 * - **reviewed** — the finding and its evidence are as they were;
 * - **reviewed, new evidence** — claims joined (or left) the sides, but the
 *   disputed values are the same: the old verdict still answers the question;
 * - **reviewed, values changed** — the disputed positions changed (a new
 *   value, a side gone, sides merged): the verdict may no longer hold;
 * - **new** — nobody has reviewed this disagreement;
 * - **stale** — a reviewed disagreement that is gone (no finding has its id).
 *
 * `compareWithBaseline` is pure; `failsBaseline` decides what fails CI, by
 * default new findings at the failing severities, changed values and stale
 * entries — not new evidence (`recheckOn` makes that stricter or looser).
 */
import type { Baseline, BaselineEntry, ReviewVerdict } from '../model/baseline.js';
import type { Finding } from '../model/finding.js';
import { byOrdinal } from '../model/ordinal.js';
import { canonicalDisputed, sameDisputed } from './finding-id.js';

/** Where a finding stands against the baseline. */
export type ReviewStatus = 'reviewed' | 'new-evidence' | 'changed' | 'new' | 'mismatched';

/** A reviewed finding and its review. */
export interface AcknowledgedFinding {
  readonly finding: Finding;
  readonly entry: BaselineEntry;
}

/** A reviewed finding whose evidence (or disputed values) changed since the review. */
export interface ChangedFinding extends AcknowledgedFinding {
  /** The finding's fingerprint now. */
  readonly fingerprint: string;
}

/** How the current findings stand against the baseline. */
export interface BaselineComparison {
  /** Reviewed, and the evidence is as it was. */
  readonly acknowledged: readonly AcknowledgedFinding[];
  /** Reviewed; claims joined or left the sides, but the disputed values are the same: the review carries over. */
  readonly newEvidence: readonly ChangedFinding[];
  /** Reviewed, but what is disputed changed (a new value, a side gone): the verdict may not hold. */
  readonly changed: readonly ChangedFinding[];
  /** Not in the baseline. */
  readonly unacknowledged: readonly Finding[];
  /** Baseline entries whose disagreement is gone (no finding has their id). */
  readonly stale: readonly BaselineEntry[];
  /** Entries whose rule differs from the finding's rule id (a hand-edited id). */
  readonly mismatched: readonly AcknowledgedFinding[];
  /** Every finding id → its status. */
  readonly statusOf: ReadonlyMap<string, ReviewStatus>;
}

/**
 * Compare findings with a baseline. Severity does not matter here: a
 * caller decides what fails CI (see `failsBaseline`).
 *
 * @example
 * const { unacknowledged, newEvidence, changed, stale } = compareWithBaseline(result.findings, baseline);
 */
export const compareWithBaseline = (findings: readonly Finding[], baseline: Baseline): BaselineComparison => {
  const entries = new Map(baseline.findings.map((e) => [e.id as string, e]));
  const acknowledged: AcknowledgedFinding[] = [];
  const newEvidence: ChangedFinding[] = [];
  const changed: ChangedFinding[] = [];
  const unacknowledged: Finding[] = [];
  const mismatched: AcknowledgedFinding[] = [];
  const statusOf = new Map<string, ReviewStatus>();
  const matched = new Set<string>();
  for (const finding of findings) {
    const entry = entries.get(finding.id);
    if (entry === undefined) {
      unacknowledged.push(finding);
      statusOf.set(finding.id, 'new');
      continue;
    }
    matched.add(entry.id);
    if (entry.rule !== finding.ruleId) {
      mismatched.push({ finding, entry });
      statusOf.set(finding.id, 'mismatched');
      continue;
    }
    const fingerprint = finding.fingerprint;
    if (entry.fingerprint === undefined || entry.fingerprint === fingerprint) {
      // Same evidence (or a review that pinned none): the values cannot have changed unless the entry says otherwise.
      if (entry.disputed === undefined || sameDisputed(entry.disputed, finding.disputed)) {
        acknowledged.push({ finding, entry });
        statusOf.set(finding.id, 'reviewed');
        continue;
      }
    }
    if (entry.disputed !== undefined && sameDisputed(entry.disputed, finding.disputed)) {
      newEvidence.push({ finding, entry, fingerprint });
      statusOf.set(finding.id, 'new-evidence');
    } else {
      changed.push({ finding, entry, fingerprint });
      statusOf.set(finding.id, 'changed');
    }
  }
  const stale = baseline.findings.filter((e) => !matched.has(e.id)).sort(byOrdinal((e) => e.id));
  return { acknowledged, newEvidence, changed, unacknowledged, stale, mismatched, statusOf };
};

/**
 * When a reviewed finding needs a new review:
 * - `changed-values` (default): when what is disputed changed; new evidence for the same values carries the review over;
 * - `new-evidence`: whenever its evidence changed (the strictest);
 * - `never`: while the disagreement exists, its review holds.
 */
export type RecheckOn = 'changed-values' | 'new-evidence' | 'never';

/** What fails a check against the baseline. */
export interface FailOptions {
  /** Severities at which a new finding fails (default error and warning). */
  readonly severities?: readonly Finding['severity'][];
  /** When a reviewed finding fails again (default `changed-values`). */
  readonly recheckOn?: RecheckOn;
}

/**
 * The findings that fail a check: new ones at a failing severity, reviewed
 * ones that need a new review (by `recheckOn`), and mismatched entries.
 *
 * @example
 * failingFindings(comparison, { severities: ['error'] }).map((f) => f.id)
 */
export const failingFindings = (comparison: BaselineComparison, options: FailOptions = {}): readonly Finding[] => {
  const severities = options.severities ?? ['error', 'warning'];
  const recheckOn = options.recheckOn ?? 'changed-values';
  const reviewedFails = (c: ChangedFinding): boolean => recheckOn !== 'never' && severities.includes(c.finding.severity);
  return [
    ...comparison.unacknowledged.filter((f) => severities.includes(f.severity)),
    ...comparison.changed.filter(reviewedFails).map((c) => c.finding),
    ...(recheckOn === 'new-evidence' ? comparison.newEvidence.filter(reviewedFails).map((c) => c.finding) : []),
    ...comparison.mismatched.map((m) => m.finding),
  ];
};

/**
 * Whether a comparison should fail CI: any failing finding (see
 * `failingFindings`) or stale entry.
 *
 * @example
 * if (failsBaseline(compareWithBaseline(findings, baseline))) process.exitCode = 1;
 */
export const failsBaseline = (comparison: BaselineComparison, options: FailOptions = {}): boolean =>
  failingFindings(comparison, options).length > 0 || comparison.stale.length > 0;

/**
 * A baseline entry for a finding, with what it disputes and its fingerprint
 * (for writing a reviewed finding into the baseline).
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
  disputed: canonicalDisputed(finding.disputed),
  fingerprint: finding.fingerprint,
});
