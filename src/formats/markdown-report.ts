/**
 * Format `markdown`: the conflict report a person reads (docs/conflict-report.md).
 */
import { reportInputFromCheck } from '../check/report-input-from-check.js';
import { renderMarkdownReport } from '../report/render-markdown-report.js';
import { checkOf, type OutputFormat, reconciledOf } from './format.js';

export const markdownReportFormat: OutputFormat = {
  id: 'markdown',
  summary: 'the conflict report a person reads: every finding with its quotes, sources and the value most likely true',
  mediaType: 'text/markdown',
  fileName: 'conflict-report.md',
  needs: 'findings',
  commands: ['report', 'export'],
  options: [{ name: 'title', help: 'the heading of the report' }],
  render: (input) =>
    renderMarkdownReport(reportInputFromCheck(checkOf(input), reconciledOf(input), { ...input.labels, ...(input.options['title'] !== undefined ? { title: input.options['title'] } : {}) })),
};
