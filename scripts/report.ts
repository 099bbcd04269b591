/**
 * `npm run report`: check the bundled corpus and write the conflict report
 * (docs/conflict-report.md) and the findings as data (docs/conflicts.json).
 * Usage: npm run report -- [claims-dir] [out-dir]
 */
import { writeReport } from './write-report.js';

const dir = process.argv[2] ?? 'claims';
const out = process.argv[3] ?? 'docs';
const written = await writeReport(dir, out);
if (!written.ok) {
  console.error(written.message);
  process.exitCode = 2;
} else {
  console.log(written.message);
}
