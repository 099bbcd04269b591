export { checkClaimsFolder, type CheckOptions, type CheckResult, type CheckedFolder, type FolderCheck, type Reconciled } from './check-claims-folder.js';
export { reportInputFromCheck, type ReportLabels } from './report-input-from-check.js';
export {
  createCheckReport,
  onlyFailing,
  rulesThatRan,
  isToolProblem,
  VERDICT_EXIT_CODES,
  type CheckReport,
  type CheckReportOptions,
  type CheckItem,
  type CheckCounts,
  type CheckVerdict,
  type FindingItem,
  type FindingStatus,
  type MessageItem,
  type StaleItem,
} from './check-report.js';
export { createClaimLocator, type ClaimLocation, type ClaimLocator, type QuotePlace } from './claim-locations.js';
