/**
 * Format `stylish` (the default of `claimtrace check`): ESLint's stylish
 * layout for people — problems grouped under the file they are in, one row
 * each (`line:col  severity  message  rule`), a finding's id, status and each
 * claim's places below it, then the verdict and the folder's counts.
 * Reviewed findings are counted, not listed; findings below `--fail-on` are
 * listed when there are few, else counted by rule.
 */
import type { CheckItem, FindingItem } from '../check/check-report.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import type { Severity } from '../model/message.js';
import { compareOrdinal } from '../model/ordinal.js';
import { folderText, itemDetails, itemMessage, itemPlace, itemRule, itemSeverity, summaryLines } from './check-text.js';
import { type OutputFormat, PLAIN_STYLE, checkInputOf, type TextStyle } from './format.js';
import { largestOf } from '../model/append-all.js';

/** Findings below `--fail-on` are listed one by one up to this many, else counted by rule. */
export const MAX_LISTED_BELOW_THRESHOLD = 10;

const severityWord = (severity: Severity, style: TextStyle): string =>
  severity === 'error' ? style.red(severity) : severity === 'warning' ? style.yellow(severity) : style.cyan(severity);

interface Row {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly item: CheckItem;
}

/** Rows grouped by file, files in path order (problems without a file last, under the folder's name). */
const renderRows = (rows: readonly Row[], folder: string, paths: PathOptions, style: TextStyle): string[] => {
  const lines: string[] = [];
  const byFile = new Map<string, Row[]>();
  for (const row of rows) {
    const here = byFile.get(row.file);
    if (here === undefined) byFile.set(row.file, [row]);
    else here.push(row);
  }
  const files = [...byFile.keys()].sort((a, b) => (a === folder ? 1 : b === folder ? -1 : compareOrdinal(a, b)));
  for (const file of files) {
    const here = (byFile.get(file) as Row[]).sort((a, b) => a.line - b.line || a.column - b.column);
    const at = here.map((r) => (r.line > 0 ? `${r.line}:${r.column}` : ''));
    const atWidth = largestOf(at.map((s) => s.length), 0);
    const severityWidth = largestOf(here.map((r) => itemSeverity(r.item).length), 0);
    lines.push(style.underline(file));
    here.forEach((row, i) => {
      const severity = itemSeverity(row.item);
      const lead = `  ${(at[i] ?? '').padStart(atWidth)}  `;
      lines.push(`${lead}${severityWord(severity, style)}${' '.repeat(severityWidth - severity.length)}  ${itemMessage(row.item)}  ${style.dim(itemRule(row.item))}`);
      const indent = ' '.repeat(lead.length + severityWidth + 2);
      for (const detail of itemDetails(row.item, paths)) lines.push(`${indent}${style.dim(detail)}`);
    });
    lines.push('');
  }
  return lines;
};

export const stylishFormat: OutputFormat = {
  id: 'stylish',
  summary: 'for people (the default): problems grouped by file, each finding with its claims’ places, then the verdict',
  mediaType: 'text/plain',
  fileName: 'claimtrace-check.txt',
  needs: 'check',
  commands: ['check'],
  options: [],
  render: (input) => {
    const { report, paths } = checkInputOf(input);
    const style = input.style ?? PLAIN_STYLE;
    const folder = folderText(report, paths);
    const below = report.items.filter((i): i is FindingItem => i.kind === 'finding' && i.status === 'below-threshold');
    const countBelow = below.length > MAX_LISTED_BELOW_THRESHOLD;
    const shown = report.items.filter((i) => !(i.kind === 'finding' && (i.status === 'acknowledged' || (countBelow && i.status === 'below-threshold'))));
    const rows = shown.map((item): Row => {
      const place = itemPlace(item);
      return place === undefined
        ? { file: folder, line: 0, column: 0, item }
        : { file: displayPath(place.file, paths), line: place.start.line, column: place.start.column, item };
    });
    const lines = renderRows(rows, folder, paths, style);
    if (countBelow) {
      const byRule = new Map<string, number>();
      for (const f of below) byRule.set(`${f.finding.severity} [${f.finding.ruleId}]`, (byRule.get(`${f.finding.severity} [${f.finding.ruleId}]`) ?? 0) + 1);
      const counted = [...byRule].sort(([a], [b]) => compareOrdinal(a, b)).map(([k, n]) => `${n} ${k}`);
      lines.push(`Not reviewed, below --fail-on ${report.failOn} (they do not fail): ${counted.join(', ')}; list them with --format json`, '');
    }
    const summary = summaryLines(report, paths);
    lines.push(report.verdict === 'pass' ? style.green(summary.verdict) : style.red(summary.verdict), `  ${summary.counts}`);
    if (summary.coverage !== undefined) lines.push(`  ${summary.coverage}`);
    return `${lines.join('\n')}\n`;
  },
};
