export { checkClaimsFolder, type CheckOptions, type FolderCheck, type Reconciled } from './check-claims-folder.js';
export { reportInputFromCheck, type ReportLabels } from './report-input-from-check.js';
