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
  reviews: new Map(
    reconciled.baseline.findings.map((e): [string, FindingReview] => [e.id, { verdict: e.verdict, reason: e.reason, reviewedBy: e.reviewedBy }]),
  ),
  preferred: reconciled.preferred,
  claimLocations: check.loaded.claimLocations,
  sourceFiles: check.loaded.sourceFiles,
});
