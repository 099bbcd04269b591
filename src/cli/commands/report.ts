/**
 * `claimtrace report [dir] --out <dir> [--format markdown,json,html]`: write
 * the Markdown conflict report (`conflict-report.md`), the findings as JSON
 * (`conflicts.json`) and the HTML conflict report (`conflict-report.html`);
 * all three unless `--format` picks some.
 */
import { join, resolve } from 'node:path';
import { reportInputFromCheck } from '../../check/index.js';
import { findingsToJson, renderHtmlReport, renderMarkdownReport, type ReportInput } from '../../report/index.js';
import { CliError } from '../cli-error.js';
import { type Command, type OptionValues, stringOption } from '../command.js';
import { diagnosticsText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { runPipeline, shownPath } from '../run-pipeline.js';
import { writeOutputFile } from '../write-output.js';

/** File names written into `--out`. */
export const REPORT_FILES = { markdown: 'conflict-report.md', json: 'conflicts.json', html: 'conflict-report.html' } as const;

export type ReportFormat = keyof typeof REPORT_FILES;

/** Each report format: its file and its renderer (one pure function of the report input). */
export const REPORT_FORMATS: Readonly<Record<ReportFormat, { readonly file: string; readonly render: (input: ReportInput) => string }>> = {
  markdown: { file: REPORT_FILES.markdown, render: renderMarkdownReport },
  json: { file: REPORT_FILES.json, render: (input) => `${JSON.stringify(findingsToJson(input), null, 2)}\n` },
  html: { file: REPORT_FILES.html, render: renderHtmlReport },
};

const FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];
const FORMAT_ALIASES: Readonly<Record<string, ReportFormat>> = { md: 'markdown' };

/** The formats `--format` asks for (repeatable, or comma-separated), in table order; all when absent. */
export const parseReportFormats = (values: OptionValues): readonly ReportFormat[] => {
  const raw = values['format'];
  const given = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).flatMap((v) => String(v).split(','));
  if (given.length === 0) return FORMAT_NAMES;
  const wanted = new Set<ReportFormat>();
  for (const name of given.map((g) => g.trim().toLowerCase())) {
    const format = FORMAT_ALIASES[name] ?? FORMAT_NAMES.find((f) => f === name);
    if (format === undefined) throw new CliError(`unknown report format "${name}"`, { hint: `--format ${FORMAT_NAMES.join('|')} (repeat it or separate with commas)`, showUsage: true });
    wanted.add(format);
  }
  return FORMAT_NAMES.filter((f) => wanted.has(f));
};

const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the conflict report as Markdown and HTML, and the findings as JSON',
  usage: ['claimtrace report [dir] --out <dir> [--format markdown|json|html] [--title <text>]'],
  description: [
    `Loads and reconciles the claims folder and writes <out>/${REPORT_FILES.markdown} (the conflict`,
    `report a person reads), <out>/${REPORT_FILES.json} (the findings as data) and`,
    `<out>/${REPORT_FILES.html} (one self-contained page: findings, filters, and the sources with`,
    'the disputed words highlighted; open it from disk). --format picks some of them.',
    'Exit: 0 written (whatever the findings); 2 the folder is invalid (nothing is written).',
  ].join('\n'),
  options: { out: { type: 'string', short: 'o' }, title: { type: 'string' }, format: { type: 'string', short: 'f', multiple: true } },
  optionHelp: {
    out: 'folder to write the report into (created if missing)',
    title: 'heading of the report',
    format: 'markdown (md), json or html; repeat or separate with commas (default: all three)',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    const out = stringOption(values, 'out');
    if (out === undefined) throw new CliError('report needs --out <dir>: the folder to write the report into', { showUsage: true });
    const formats = parseReportFormats(values);
    const run = await runPipeline(positionals[0], context, { reconcile: true });
    io.stderr.write(diagnosticsText(run.diagnostics, run.shown, context.err));
    if (run.reconciled === undefined) {
      io.stderr.write(`${context.err.red('✖ invalid input')}: nothing was written; fix the errors above\n`);
      return EXIT_INVALID_INPUT;
    }
    const outDir = resolve(io.cwd, out);
    const shownOut = shownPath(outDir, io.cwd);
    // The output folder is left out so the same folder renders the same report wherever it is written.
    const command = `claimtrace report ${run.shown}`;
    const input = reportInputFromCheck(run, run.reconciled, {
      title: stringOption(values, 'title') ?? 'Conflict report',
      corpusLabel: `${run.shown}/`,
      command,
    });
    const written = formats.map((format) => {
      const { file, render } = REPORT_FORMATS[format];
      writeOutputFile(join(outDir, file), render(input), join(shownOut, file));
      return join(shownOut, file);
    });
    io.stdout.write(`wrote ${listWords(written)} (${run.reconciled.result.findings.length} findings over ${run.load.corpus.claims.length} claims)\n`);
    return EXIT_OK;
  },
};
