export { renderMarkdownReport } from './render-markdown-report.js';
export { findingsToJson, type FindingsJson } from './findings-json.js';
export type { ReportInput, FindingReview, PreferredValue } from './report-input.js';
export { escapeMarkdownInline, escapeMarkdownCell, markdownBlockQuote, markdownCode } from './markdown-escape.js';
export { renderHtmlReport } from './html/render-html-report.js';
