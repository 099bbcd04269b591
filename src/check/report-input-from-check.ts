/**
 * The report input (src/report) of a checked folder: corpus, findings, rule
 * explanations, source dependence, reviewed verdicts and preferred values.
 */
import type { FindingReview, ReportInput } from '../report/report-input.js';
import type { FolderCheck, Reconciled } from './check-claims-folder.js';

export interface ReportLabels {
  readonly title: string;
  /** The folder as shown in the report, e.g. `claims/`. */
  readonly corpusLabel: string;
  /** The command that regenerates the report. */
  readonly command: string;
}

/**
 * @example
 * const input = reportInputFromCheck(check, check.reconciled, { title: 'Conflict report', corpusLabel: 'claims/', command: 'npm run report' });
 */
export const reportInputFromCheck = (check: FolderCheck, reconciled: Reconciled, labels: ReportLabels): ReportInput => ({
  ...labels,
  corpus: check.loaded.corpus,
  findings: reconciled.result.findings,
  ruleDescriptions: Object.fromEntries(reconciled.reconciler.rules.map((r) => [r.id, r.meta.description])),
  dependence: reconciled.result.dependence,
  // An entry that names another rule than its finding's (a hand-edited id) reviews nothing: check fails on it, the report shows the finding as new.
  reviews: new Map(
    reconciled.baseline.findings.flatMap((e): [string, FindingReview][] => {
      const status = reconciled.comparison.statusOf.get(e.id);
      if (status === 'mismatched') return [];
      return [[
        e.id,
        {
          verdict: e.verdict,
          reason: e.reason,
          reviewedBy: e.reviewedBy,
          ...(e.reviewedAt !== undefined ? { reviewedAt: e.reviewedAt } : {}),
          ...(status === 'new-evidence' || status === 'changed' ? { status } : {}),
        },
      ]];
    }),
  ),
  preferred: reconciled.preferred,
  coverage: reconciled.result.coverage,
  claimLocations: check.loaded.claimLocations,
  sourceFiles: check.loaded.sourceFiles,
});
