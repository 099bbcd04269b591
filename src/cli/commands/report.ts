/**
 * `claimtrace report [dir] --out <dir>`: write the Markdown conflict report
 * (`conflict-report.md`) and the findings as JSON (`conflicts.json`).
 */
import { join, resolve } from 'node:path';
import { reportInputFromCheck } from '../../check/index.js';
import { findingsToJson, renderMarkdownReport } from '../../report/index.js';
import { CliError } from '../cli-error.js';
import { type Command, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { runPipeline, shownPath } from '../run-pipeline.js';
import { writeOutputFile } from '../write-output.js';

/** File names written into `--out`. */
export const REPORT_FILES = { markdown: 'conflict-report.md', json: 'conflicts.json' } as const;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the Markdown conflict report and the findings as JSON',
  usage: ['claimtrace report [dir] --out <dir> [--title <text>]'],
  description: [
    `Loads and reconciles the claims folder and writes <out>/${REPORT_FILES.markdown} (the conflict`,
    `report a person reads) and <out>/${REPORT_FILES.json} (the findings as data).`,
    'Exit: 0 written (whatever the findings); 2 the folder is invalid (nothing is written).',
  ].join('\n'),
  options: { out: { type: 'string', short: 'o' }, title: { type: 'string' } },
  optionHelp: { out: 'folder to write the report into (created if missing)', title: 'heading of the report' },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    const out = stringOption(values, 'out');
    if (out === undefined) throw new CliError('report needs --out <dir>: the folder to write the report into', { showUsage: true });
    const run = await runPipeline(positionals[0], context, { reconcile: true });
    io.stderr.write(messagesText(run.messages, run.shown, context.err));
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
    const markdown = join(outDir, REPORT_FILES.markdown);
    const json = join(outDir, REPORT_FILES.json);
    writeOutputFile(markdown, renderMarkdownReport(input), join(shownOut, REPORT_FILES.markdown));
    writeOutputFile(json, `${JSON.stringify(findingsToJson(input), null, 2)}\n`, join(shownOut, REPORT_FILES.json));
    io.stdout.write(
      `wrote ${join(shownOut, REPORT_FILES.markdown)} and ${join(shownOut, REPORT_FILES.json)} ` +
        `(${run.reconciled.result.findings.length} findings over ${run.loaded.corpus.claims.length} claims)\n`,
    );
    return EXIT_OK;
  },
};
