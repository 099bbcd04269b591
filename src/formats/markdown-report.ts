/**
 * Format `markdown`: the conflict report a person reads (docs/conflict-report.md).
 */
import { reportInputFromCheck } from '../check/report-input-from-check.js';
import { renderMarkdownReport } from '../report/render-markdown-report.js';
import { checkOf, type OutputFormat, reconciledOf, titledLabels, TITLE_OPTION } from './format.js';

export const markdownReportFormat: OutputFormat = {
  id: 'markdown',
  summary: 'the conflict report a person reads: every finding with its quotes, sources and the value most likely true',
  mediaType: 'text/markdown',
  fileName: 'conflict-report.md',
  aliases: ['md'],
  needs: 'findings',
  commands: ['report', 'export'],
  options: [TITLE_OPTION],
  render: (input) => renderMarkdownReport(reportInputFromCheck(checkOf(input), reconciledOf(input), titledLabels(input))),
};
