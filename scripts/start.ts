/**
 * `npm start`: load and check the bundled corpus in claims/ and print a summary.
 * Exit code 0 when everything loads and anchors, 2 when the folder has errors.
 */
import { loadCorpus } from '../src/claims/index.js';
import { formatDiagnostic } from '../src/model/diagnostic.js';
import { summarizeCorpus } from './corpus-summary.js';

const dir = process.argv[2] ?? 'claims';
const result = await loadCorpus(dir);
for (const d of result.diagnostics) console.error(formatDiagnostic(d));
console.log(summarizeCorpus(result));
process.exitCode = result.ok ? 0 : 2;
