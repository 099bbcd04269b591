/**
 * docs/benchmarks.md as the full mode writes it. The generated part sits
 * between two HTML comment markers; everything outside them (notes written
 * by hand, such as the profiling before/after record) is kept verbatim when
 * the file is rewritten.
 */
import type { MachineInfo } from './machine.js';
import { formatLoad, formatMachine } from './machine.js';
import type { BenchSection } from './section.js';
import { formatMarkdownTable } from './table.js';

export const GENERATED_START = '<!-- bench:generated:start — written by `npm run bench` (full mode); edit outside these markers -->';
export const GENERATED_END = '<!-- bench:generated:end -->';

/** Everything the generated part states. */
export interface BenchmarkReport {
  readonly machine: MachineInfo;
  /** The machine described again at the end of the run (for the load average). */
  readonly machineAtEnd?: MachineInfo;
  /** The exact command, e.g. `npm run bench`. */
  readonly command: string;
  /** ISO date-time of the run. */
  readonly date: string;
  readonly runs: number;
  readonly sections: readonly BenchSection[];
  readonly summary: string;
  /** Peak RSS of a child that loads the benchmark modules and does nothing, bytes. */
  readonly idleChildRssBytes?: number;
  readonly wallMs: number;
}

const metLabel = (met: boolean | undefined): string => (met === undefined ? 'not measured' : met ? 'met' : 'missed');

/**
 * The generated Markdown block, markers included.
 *
 * @example
 * renderGeneratedBlock(report).startsWith(GENERATED_START) // true
 */
export const renderGeneratedBlock = (report: BenchmarkReport): string => {
  const m = report.machine;
  const lines: string[] = [GENERATED_START, ''];
  lines.push(
    `Measured ${report.date} with \`${report.command}\` (full mode) in ${(report.wallMs / 60_000).toFixed(1)} minutes.`,
    '',
    `- **Machine:** ${formatMachine(m)}.`,
    `- **Load average:** ${formatLoad(m)} at the start${report.machineAtEnd !== undefined ? `, ${formatLoad(report.machineAtEnd)} at the end` : ''}, on ${m.cores} cores. A load above the core count means other processes competed for the CPU and the times are slower than on an idle machine.`,
    `- **Node:** ${m.node} (V8 ${m.v8}); TypeScript run through tsx, as \`npm run bench\` does.`,
    `- **Command:** \`${report.command}\` (\`tsx test/tools/bench.ts\`); \`npm run bench -- --quick\` is the CI-sized subset and does not write this file.`,
    `- **Figures:** medians of ${report.runs} runs unless a table says otherwise. Every scenario that reports memory runs in its own Node process, so its peak RSS is its own${
      report.idleChildRssBytes !== undefined ? ` (a child that only loads the modules peaks at ${Math.round(report.idleChildRssBytes / 1e6)} MB)` : ''
    }.`,
    '',
    `**Summary:** ${report.summary}`,
    '',
    '## Targets',
    '',
  );
  const targets = report.sections.flatMap((s, i) => s.targets.map((t) => ({ section: `${i + 1} (${s.id})`, ...t })));
  lines.push(
    formatMarkdownTable({
      caption: '',
      header: ['part', 'target', 'measured', 'status', 'note'],
      rows: targets.map((t) => [t.section, t.target, t.measured, metLabel(t.met), t.note ?? '']),
    }),
    '',
  );
  report.sections.forEach((s, i) => {
    lines.push(`## ${i + 1}. ${s.title}`, '');
    if (s.status !== 'ran') lines.push(`**${s.status}.** ${s.note ?? ''}`, '');
    else if (s.note !== undefined) lines.push(`*${s.note}.*`, '');
    if (s.meaning !== '') lines.push(s.meaning, '');
    for (const t of s.tables) lines.push(formatMarkdownTable(t), '');
  });
  lines.push(GENERATED_END);
  return lines.join('\n');
};

/**
 * Put a new generated block into the existing file text: replace the old
 * block when the markers are there; otherwise insert it after the file's
 * preamble (title and the text before the first `## ` heading) and keep
 * every section that follows.
 *
 * @example
 * mergeGeneratedBlock(undefined, block) // '# Benchmarks\n\n' + block + '\n'
 */
export const mergeGeneratedBlock = (existing: string | undefined, block: string): string => {
  const title = '# Benchmarks';
  if (existing === undefined || existing.trim() === '') return `${title}\n\n${block}\n`;
  const start = existing.indexOf(GENERATED_START);
  const end = existing.indexOf(GENERATED_END);
  if (start >= 0 && end > start) {
    return `${existing.slice(0, start)}${block}${existing.slice(end + GENERATED_END.length)}`;
  }
  const body = existing.replace(/^\s*# [^\n]*\n/, '');
  const firstSection = body.search(/^## /m);
  const preamble = (firstSection < 0 ? body : body.slice(0, firstSection)).trim();
  const rest = firstSection < 0 ? '' : body.slice(firstSection).trim();
  return [title, ...(preamble !== '' ? [preamble] : []), block, ...(rest !== '' ? [rest] : [])].join('\n\n') + '\n';
};
