/**
 * Render and write the conflict report of a claims folder; also used by the
 * corpus test to tell whether the committed report is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaimsFolder, reportInputFromCheck } from '../src/check/index.js';
import { formatDiagnostic } from '../src/model/diagnostic.js';
import { findingsToJson, renderMarkdownReport } from '../src/report/index.js';

export const REPORT_MARKDOWN = 'conflict-report.md';
export const REPORT_JSON = 'conflicts.json';

export interface RenderedReport {
  readonly markdown: string;
  readonly json: string;
}

/** Render the report of `dir` (labelled as the bundled corpus's `npm run report`). */
export const renderReport = async (dir: string): Promise<{ ok: true; report: RenderedReport; findings: number } | { ok: false; message: string }> => {
  const check = await checkClaimsFolder(dir);
  if (check.reconciled === undefined) {
    return { ok: false, message: `the claims folder ${dir} is invalid; nothing was written:\n${check.diagnostics.map(formatDiagnostic).join('\n')}` };
  }
  const input = reportInputFromCheck(check, check.reconciled, {
    title: 'Pax Silica and critical minerals: conflict report',
    corpusLabel: 'claims/',
    command: 'npm run report',
  });
  return {
    ok: true,
    findings: input.findings.length,
    report: { markdown: renderMarkdownReport(input), json: `${JSON.stringify(findingsToJson(input), null, 2)}\n` },
  };
};

export const writeReport = async (dir: string, out: string): Promise<{ ok: boolean; message: string }> => {
  const rendered = await renderReport(dir);
  if (!rendered.ok) return rendered;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, REPORT_MARKDOWN), rendered.report.markdown);
  writeFileSync(join(out, REPORT_JSON), rendered.report.json);
  return { ok: true, message: `wrote ${join(out, REPORT_MARKDOWN)} and ${join(out, REPORT_JSON)} (${rendered.findings} findings)` };
};
