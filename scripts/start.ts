/**
 * `npm start`: load and check the bundled corpus in claims/ (or the folder
 * given) and print a summary: sources, claims, findings, and how they stand
 * against the reviewed baseline.
 * Exit code 0 when everything anchors and every finding is reviewed,
 * 1 when there are new, changed or stale findings, 2 when the folder is invalid.
 */
import { checkClaimsFolder } from '../src/check/index.js';
import { formatDiagnostic } from '../src/model/diagnostic.js';
import { summarizeCheck } from './corpus-summary.js';

const dir = process.argv[2] ?? 'claims';
const check = await checkClaimsFolder(dir);
for (const d of check.diagnostics) console.error(formatDiagnostic(d));
console.log(summarizeCheck(check));
if (check.reconciled === undefined) process.exitCode = 2;
else {
  const { comparison } = check.reconciled;
  const open = comparison.unacknowledged.length + comparison.changed.length + comparison.stale.length + comparison.mismatched.length;
  process.exitCode = open === 0 ? 0 : 1;
}
