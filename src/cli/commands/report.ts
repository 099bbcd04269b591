/**
 * `claimtrace report [dir] --out <dir> [--format …]`: write the report
 * formats of the format table into a folder — by default all of them: the
 * Markdown conflict report (`conflict-report.md`), the findings as JSON
 * (`conflicts.json`) and the HTML conflict report (`conflict-report.html`).
 */
import { join, resolve } from 'node:path';
import { findingsJsonFormat } from '../../formats/findings-json.js';
import { renderFormat } from '../../formats/format.js';
import { htmlReportFormat } from '../../formats/html-report.js';
import { formatsFor } from '../../formats/registry.js';
import { markdownReportFormat } from '../../formats/markdown-report.js';
import { jsonText } from '../../ingest/control-characters.js';
import { joinWords } from '../../values/words.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS, failureExitCode } from '../exit-codes.js';
import { chosenFormats, formatChoices, formatHelpLines, formatOptionConfigs, formatOptionHelp, formatOptionValues } from '../format-choice.js';
import { CONFIG_OPTION, CONFIG_OPTION_HELP, runPipeline, shownPath } from '../run-pipeline.js';
import { claimsFolderGuard, writeOutputFiles } from '../write-output.js';
import { largestOf } from '../../model/append-all.js';

/** The files the built-in report formats write into `--out`. */
export const REPORT_FILES = { markdown: markdownReportFormat.fileName, json: findingsJsonFormat.fileName, html: htmlReportFormat.fileName } as const;

export const reportCommand: Command = {
  name: 'report',
  summary: 'write the conflict report as Markdown and HTML, and the findings as JSON',
  usage: [`claimtrace report [dir] --out <dir> [--format ${formatChoices('report')} …] [--title <text>] [--json]`],
  description: [
    'Loads and reconciles the claims folder and writes each report format into <out> (default: all of them):',
    ...formatsFor('report').map((f, _i, all) => `${f.fileName.padEnd(largestOf(all.map((x) => x.fileName.length), 0))}  ${f.summary}`),
    'The HTML page is self-contained: open it from disk.',
    'Exit: 0 written (whatever the findings); 1 the folder has errors (nothing is written); 2 an option is wrong.',
    '',
    ...formatHelpLines('report').map((line) => `--format ${line}`),
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f', multiple: true },
    json: { type: 'boolean' },
    ...CONFIG_OPTION,
    ...formatOptionConfigs('report'),
  },
  optionHelp: {
    out: 'folder to write the report into (created if missing)',
    json: 'say what was written as JSON: { written, findings, claims }',
    ...CONFIG_OPTION_HELP,
    format: `write only these formats (repeat the option or separate with commas; default: all): ${formatChoices('report').split('|').join(', ')}`,
    ...formatOptionHelp('report'),
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    const out = stringOption(values, 'out');
    if (out === undefined) throw new CliError('report needs --out <dir>: the folder to write the report into', { showUsage: true });
    const formats = chosenFormats(values['format'], 'report', formatsFor('report'));
    const options = formatOptionValues(values, 'report', formats);
    const run = await runPipeline(positionals[0], values, context, { reconcile: true });
    io.stderr.write(messagesText(run.messages, run.paths, context.err));
    if (run.reconciled === undefined) {
      io.stderr.write(`${context.err.red('✖ invalid input')}: nothing was written; fix the errors above\n`);
      return EXIT_PROBLEMS;
    }
    const outDir = resolve(io.cwd, out);
    const shownOut = shownPath(outDir, io.cwd);
    // The output folder is left out so the same folder renders the same report wherever it is written.
    const labels = { title: 'Conflict report', corpusLabel: `${run.shown}/`, command: `claimtrace report ${run.shown}` };
    const check = { loaded: run.loaded, reconciled: run.reconciled };
    const rendered = formats.map((format) => ({ format, output: renderFormat(format, { check, labels, options }) }));
    io.stderr.write(messagesText(rendered.flatMap((r) => r.output.messages), run.paths, context.err));
    const files = rendered.flatMap(({ format, output }) => (output.ok ? [{ path: join(outDir, format.fileName), content: output.value }] : []));
    if (files.length !== rendered.length) {
      io.stderr.write(`${context.err.red('✖ cannot write the report')}: nothing was written; see the errors above\n`);
      return failureExitCode(rendered.flatMap((r) => r.output.messages));
    }
    // All formats as one set: the folder holds this run's files or the previous run's, never a mix.
    writeOutputFiles(files, { io, guard: claimsFolderGuard(run.loaded.root, run.loaded.inputs) });
    const written = formats.map((format) => join(shownOut, format.fileName));
    const findings = run.reconciled.result.findings.length;
    const claims = run.loaded.corpus.claims.length;
    if (flag(values, 'json')) io.stdout.write(jsonText({ written, findings, claims }));
    else io.stdout.write(`wrote ${joinWords(written)} (${findings} findings over ${claims} claims)\n`);
    return EXIT_OK;
  },
};
