export { checkClaimsFolder, type CheckOptions, type CheckResult, type CheckedFolder, type FolderCheck, type Reconciled } from './check-claims-folder.js';
export { reportInputFromCheck, type ReportLabels } from './report-input-from-check.js';
