/**
 * How `update-source` and `rehash` print what happened to a source and to
 * every claim quoting it.
 */
import type { DiffOp } from '../anchor/index.js';
import type { SourceUpdateReport } from '../capture/index.js';
import type { PathOptions } from '../model/display-path.js';
import { formatMessage } from '../model/message.js';
import type { Style } from './style.js';

const oneLine = (s: string, max = 70): string => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** A diff as `[-removed-]{+added+}` inside the unchanged words. */
export const inlineDiff = (ops: readonly DiffOp[], style: Style): string =>
  ops.map(([op, text]) => (op === 0 ? text : op === -1 ? style.red(`[-${text}-]`) : style.green(`{+${text}+}`))).join('').replace(/\n/g, '⏎');

const short = (hash: string): string => hash.replace(/^sha256:/, '').slice(0, 12);

/** The human-readable report. */
export const sourceUpdateText = (report: SourceUpdateReport, style: Style, folderShown: string, paths: PathOptions): string => {
  const lines: string[] = [];
  const { claims } = report;
  lines.push(
    report.textChanged
      ? `${style.bold(report.sourceId)}: ${folderShown}/${report.textFile} replaced (hash ${short(report.previousHash)} → ${short(report.hash)})`
      : report.previousHash === report.hash
        ? `${style.bold(report.sourceId)}: text unchanged (hash ${short(report.hash)})`
        : `${style.bold(report.sourceId)}: text edited in place; hash ${short(report.previousHash)} → ${short(report.hash)}`,
  );
  const width = Math.max(8, ...claims.map((c) => c.claimId.length));
  const label = { unchanged: style.green('unchanged'), moved: style.cyan('moved    '), changed: style.yellow('changed  '), orphaned: style.red('orphaned ') };
  for (const c of claims) {
    const id = c.claimId.padEnd(width);
    const where =
      c.status === 'moved' && c.previous !== undefined && c.position !== undefined
        ? style.dim(` ${c.previous.start}–${c.previous.end} → ${c.position.start}–${c.position.end}`)
        : '';
    lines.push(`  ${label[c.status]} ${id} "${oneLine(c.quote)}"${where}${c.rewritten ? style.dim(' (selectors updated)') : ''}`);
    if (c.status === 'changed' && c.diff !== undefined) lines.push(`  ${' '.repeat(9)} ${' '.repeat(width)} ${inlineDiff(c.diff, style)}`);
    if (c.status === 'orphaned' && c.reason !== undefined) lines.push(`  ${' '.repeat(9)} ${' '.repeat(width)} ${style.dim(oneLine(c.reason, 110))}`);
  }
  if (claims.length === 0) lines.push('  no claim quotes this source');
  for (const p of report.sourceProblems) lines.push(`  ${style.red('source')}    ${formatMessage(p, paths).replace(/\n/g, '\n            ')}`);
  if (report.addedNonContent > 0) lines.push(`  ${report.addedNonContent} non-content range${report.addedNonContent === 1 ? '' : 's'} of the new capture added to ${report.metadataFile}`);
  if (report.tablesWritten !== undefined) {
    const n = report.tablesWritten;
    lines.push(`  tables: ${n === 0 ? `the new capture has none; removed from ${report.metadataFile}` : `the new capture's ${n} table${n === 1 ? '' : 's'} written to ${report.metadataFile}`}`);
  }
  const count = (s: string): number => claims.filter((c) => c.status === s).length;
  lines.push(
    `${claims.length} claim${claims.length === 1 ? '' : 's'}: ${count('unchanged')} unchanged, ${count('moved')} moved, ${count('changed')} changed, ${count('orphaned')} orphaned`,
  );
  if (report.written.length > 0) lines.push(`written: ${report.written.map((f) => `${folderShown}/${f}`).join(', ')}`);
  if (report.needsPerson) {
    const files = [...new Set(claims.filter((c) => c.status === 'changed' || c.status === 'orphaned').map((c) => `${folderShown}/${c.file}`))];
    lines.push(
      style.yellow(
        `needs a person: changed and orphaned claims were left as written${files.length > 0 ? ` (${files.join(', ')})` : ''}; fix their quotes (or remove them), then run: claimtrace check ${folderShown}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
};

/** The machine-readable report. */
export const sourceUpdateJson = (report: SourceUpdateReport): unknown => report;
