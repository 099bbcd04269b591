/**
 * Format `html`: the conflict report as one self-contained page
 * (docs/conflict-report.html): findings as filterable cards, the sources'
 * texts with every claim's words highlighted at their offsets, the
 * source-dependence graph. Opens from disk; nothing loads from elsewhere.
 */
import { reportInputFromCheck } from '../check/report-input-from-check.js';
import { renderHtmlReport } from '../report/html/render-html-report.js';
import { checkOf, type OutputFormat, reconciledOf, titledLabels, TITLE_OPTION } from './format.js';

export const htmlReportFormat: OutputFormat = {
  id: 'html',
  summary: 'the conflict report as one self-contained HTML page: findings, filters, and the sources with the disputed words highlighted',
  mediaType: 'text/html',
  fileName: 'conflict-report.html',
  needs: 'findings',
  commands: ['report', 'export'],
  options: [TITLE_OPTION],
  render: (input) => renderHtmlReport(reportInputFromCheck(checkOf(input), reconciledOf(input), titledLabels(input))),
};
