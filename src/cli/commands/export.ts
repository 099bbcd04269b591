/**
 * `claimtrace export [dir] --format <format>`: one output format of the
 * table (`src/formats/registry.ts`) — JSON-LD in a standard format, the
 * report, the findings, or the JSON Schema of the claim file format — to
 * stdout or `--out <file>`.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveClaimsFolder } from '../claims-folder.js';
import type { FolderCheck } from '../../check/check-claims-folder.js';
import { hasErrors } from '../../model/message.js';
import { type OutputFormat, renderFormat } from '../../formats/format.js';
import { CliError } from '../cli-error.js';
import { type Command, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { chosenFormats, formatChoices, formatHelpLines, formatOptionConfigs, formatOptionHelp, formatOptionValues } from '../format-choice.js';
import { runPipeline, shownPath } from '../run-pipeline.js';
import { claimsFolderGuard, writeOutputFiles } from '../write-output.js';

/** The guard of a claims folder that was not loaded (formats that need nothing): no YAML file into it. */
const folderGuard = (folder: string): ((realTarget: string) => string | undefined) => {
  try {
    return claimsFolderGuard(realpathSync(folder), []);
  } catch {
    return () => undefined;
  }
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'export one format: Web Annotation, ClaimReview, PROV-O, the report, the findings, or the claim file JSON Schema',
  usage: [
    `claimtrace export [dir] --format ${formatChoices('export')} [--out <file>]`,
    'claimtrace export [dir] --format claimreview --base-url <url> --author <organisation> [--author-url <url>] [--date <YYYY-MM-DD>] [--min-severity <severity>]',
  ],
  description: [
    ...formatHelpLines('export'),
    'See docs/exports.md for the field mapping.',
    'Warnings (a source without a url, a speaker entities.yaml does not list) go to stderr; the export is still written.',
    'Exit: 0 exported; 2 the folder is invalid, the format unknown, an option missing or wrong (nothing is written).',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    ...formatOptionConfigs('export'),
  },
  optionHelp: {
    format: `one of ${formatChoices('export').split('|').join(', ')}`,
    out: 'write to this file instead of stdout',
    ...formatOptionHelp('export'),
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    // --format is a single-valued option (parseArgs keeps its last value), but it may still name several.
    const formats = chosenFormats(values['format'], 'export');
    if (formats.length !== 1) throw new CliError(`export writes one format at a time (got ${formats.map((f) => f.id).join(', ')})`, { hint: 'use claimtrace report --out <dir> for several', showUsage: true });
    const format = formats[0] as OutputFormat;
    const options = formatOptionValues(values, 'export', [format]);
    let check: FolderCheck | undefined;
    let shown = '.';
    let guard: ((realTarget: string) => string | undefined) | undefined;
    if (format.needs !== 'nothing') {
      const run = await runPipeline(positionals[0], context, { reconcile: format.needs === 'findings' });
      io.stderr.write(messagesText(run.messages, run.shown, context.err));
      const valid = format.needs === 'corpus' ? !hasErrors(run.messages) : run.reconciled !== undefined;
      if (!valid) {
        io.stderr.write(`${context.err.red('✖ invalid input')}: nothing was exported; fix the errors above\n`);
        return EXIT_INVALID_INPUT;
      }
      check = { loaded: run.loaded, ...(run.reconciled !== undefined ? { reconciled: run.reconciled } : {}) };
      shown = run.shown;
      guard = claimsFolderGuard(run.loaded.root, run.loaded.inputs);
    }
    const rendered = renderFormat(format, {
      ...(check !== undefined ? { check } : {}),
      labels: { title: 'Conflict report', corpusLabel: `${shown}/`, command: `claimtrace export ${shown} --format ${format.id}` },
      options,
    });
    io.stderr.write(messagesText(rendered.messages, shown, context.err));
    if (!rendered.ok) {
      io.stderr.write(`${context.err.red(`✖ cannot export ${format.id}`)}: nothing was exported; see the errors above\n`);
      return EXIT_INVALID_INPUT;
    }
    const text = rendered.value;
    const out = stringOption(values, 'out');
    if (out === undefined) {
      io.stdout.write(text);
    } else {
      const path = resolve(io.cwd, out);
      writeOutputFiles([{ path, content: text }], { io, guard: guard ?? folderGuard(resolveClaimsFolder(positionals[0], io.cwd)) });
      io.stderr.write(`wrote ${shownPath(path, io.cwd)} (${format.id})\n`);
    }
    return EXIT_OK;
  },
};
