/**
 * Baselines: findings a person has reviewed, with a verdict, a reason and
 * who reviewed them, so that a claims repository's CI fails only on new or
 * changed findings. `compareWithBaseline` is pure: it sorts findings into
 * acknowledged, new and changed, and reports stale entries (reviewed
 * findings that no longer occur).
 */
import { z } from 'zod';
import type { Finding } from '../model/finding.js';
import { FindingIdSchema, RuleIdSchema } from '../model/ids.js';
import { findingFingerprint } from './finding-id.js';
import { byOrdinal } from '../model/ordinal.js';

/** What the reviewer decided a finding is. */
export const ReviewVerdictSchema = z.enum(['real-conflict', 'tension', 'dependence', 'single-source', 'not-a-conflict']);
export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;

/** One reviewed finding. */
export const BaselineEntrySchema = z.object({
  id: FindingIdSchema,
  rule: RuleIdSchema,
  verdict: ReviewVerdictSchema,
  reason: z.string().min(1, { error: 'say why (the reason for the verdict)' }),
  reviewedBy: z.string().min(1, { error: 'say who reviewed the finding' }),
  /** ISO date of the review. */
  reviewedAt: z.string().optional(),
  /**
   * The finding's fingerprint when it was reviewed (`findingFingerprint`).
   * With it, a finding whose claims changed since the review is reported as
   * changed; without it, the id alone acknowledges the finding.
   */
  fingerprint: z.string().optional(),
});
export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;

/** The baseline file (claims/baseline.yaml). Ids must be unique. */
export const BaselineSchema = z
  .object({
    findings: z.array(BaselineEntrySchema),
  })
  .superRefine((b, ctx) => {
    const seen = new Map<string, number>();
    b.findings.forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['findings', i, 'id'], message: `finding ${entry.id} is already reviewed at entry ${first + 1}; keep one entry per finding` });
      } else seen.set(entry.id, i);
    });
  });
export type Baseline = z.infer<typeof BaselineSchema>;

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
