/**
 * Baselines as data: the disagreements a person has reviewed
 * (claims/baseline.yaml), each with a verdict, a reason, who reviewed it, and
 * what was disputed and the evidence fingerprint when they did. Comparing findings with
 * a baseline is the reconcile stage's (`reconcile/baseline.ts`).
 */
import { z } from 'zod';
import { FindingIdSchema, RuleIdSchema } from './ids.js';
import { IsoDayOrTimeSchema } from './iso-date.js';

/** What the reviewer decided a finding is. */
export const ReviewVerdictSchema = z.enum(['real-conflict', 'tension', 'dependence', 'single-source', 'not-a-conflict']);
export type ReviewVerdict = z.infer<typeof ReviewVerdictSchema>;

/** One reviewed finding. */
export const BaselineEntrySchema = z.object({
  id: FindingIdSchema.describe('The id of the reviewed finding, as `claimtrace check` prints it.'),
  rule: RuleIdSchema.describe('The rule that reports the finding.'),
  verdict: ReviewVerdictSchema.describe('What the reviewer decided the finding is.'),
  reason: z.string().min(1, { error: 'say why (the reason for the verdict)' }).describe('Why: the reason for the verdict.'),
  reviewedBy: z.string().min(1, { error: 'say who reviewed the finding' }).describe('Who reviewed the finding.'),
  /** ISO date of the review. */
  reviewedAt: IsoDayOrTimeSchema.optional().describe('The date of the review, YYYY-MM-DD (or a date-time); the latest is the default date of the ClaimReview export.'),
  /**
   * What was disputed when it was reviewed (the finding's `disputed`: one
   * list of keys per position). While the finding's positions are the same,
   * new evidence carries the review over ("reviewed, new evidence"); an entry
   * with a fingerprint but no disputed values counts any change of evidence
   * as changed values.
   */
  disputed: z
    .array(z.array(z.string()))
    .optional()
    .describe(
      'What was disputed when it was reviewed: the finding’s `disputed`, one list of value keys per position. While the finding disputes the same values, new evidence carries the review over ("reviewed, new evidence"); when they change, the finding fails `check` again.',
    ),
  /**
   * The finding's evidence fingerprint when it was reviewed
   * (`findingFingerprint`); without it (and without `disputed`), the id alone
   * acknowledges the finding.
   */
  fingerprint: z
    .string()
    .optional()
    .describe(
      'The finding’s evidence fingerprint when it was reviewed: claims that joined since show as new evidence; with no `disputed` beside it, any change of evidence counts as changed values. Without either, the id alone acknowledges the finding.',
    ),
});
export type BaselineEntry = z.infer<typeof BaselineEntrySchema>;

/** The baseline file (claims/baseline.yaml). Ids must be unique. */
export const BaselineSchema = z
  .object({
    findings: z.array(BaselineEntrySchema).describe('The reviewed findings, one entry per finding id.'),
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
