/**
 * `claimtrace update-source <id> <file|-> [dir]`: replace a source's text with
 * a new capture and re-anchor every claim quoting it.
 */
import { captureSource, MAX_PAGE_BYTES, PAGE_FORMATS, updateSource, type PageFormat } from '../../capture/index.js';
import { resolveClaimsFolder } from '../claims-folder.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS, failureExitCode } from '../exit-codes.js';
import { readInputFile } from '../read-input.js';
import { shownPath } from '../run-pipeline.js';
import { sourceUpdateJson, sourceUpdateText } from '../source-update-output.js';
import { jsonText } from '../../ingest/control-characters.js';
import { isoMinute } from '../../model/iso-date.js';

export const updateSourceCommand: Command = {
  name: 'update-source',
  summary: "replace a source's text with a new capture and re-anchor its claims",
  usage: ['claimtrace update-source <id> <file|-> [dir] [--dry-run] [--json]'],
  description: [
    'Captures <file> as `add` does (HTML article extraction, Markdown, text), re-anchors every claim',
    'quoting source <id> in the new text, and prints each as unchanged, moved, changed (with a diff) or',
    'orphaned. Writes the new text, the content hash and retrievedAt, and new selectors only for',
    'unchanged and moved claims; changed and orphaned claims are left as written for a person.',
    'Exit: 0 every claim unchanged or moved; 1 some claim changed or orphaned (until a person fixes it);',
    '2 the source, file or folder cannot be read.',
  ].join('\n'),
  options: {
    format: { type: 'string' },
    encoding: { type: 'string' },
    retrieved: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    format: 'html, markdown or text (default: from the file name and content)',
    encoding: 'the character encoding, overriding what the page declares',
    retrieved: 'when the new capture was saved, ISO 8601 as 2026-03-05T10:00Z (default: now)',
    'dry-run': 'report what would change; write nothing',
    json: 'print the report as JSON',
  },
  positionals: { min: 2, max: 3 },
  run: async ({ values, positionals }, { io, out, err }) => {
    const [id = '', fileArg = '', dir] = positionals;
    const folder = resolveClaimsFolder(dir, io.cwd);
    const shown = shownPath(folder, io.cwd);
    const format = stringOption(values, 'format');
    if (format !== undefined && !PAGE_FORMATS.includes(format as PageFormat)) throw new CliError(`--format must be one of ${PAGE_FORMATS.join(', ')}`, { showUsage: true });
    const bytes = readInputFile(fileArg, io.cwd, MAX_PAGE_BYTES, { stdin: true });
    const encoding = stringOption(values, 'encoding');
    const captured = captureSource(bytes, {
      fileName: fileArg === '-' ? '' : fileArg,
      ...(format !== undefined ? { format: format as PageFormat } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
    });
    io.stderr.write(messagesText(captured.messages, { root: folder, cwd: io.cwd }, err));
    if (!captured.ok) {
      io.stderr.write(`${err.red('✖')} ${fileArg === '-' ? 'standard input' : fileArg}: nothing was changed\n`);
      return failureExitCode(captured.messages);
    }
    const retrieved = stringOption(values, 'retrieved');
    const result = await updateSource({
      folder,
      sourceId: id,
      capture: captured.value,
      retrievedAt: retrieved ?? isoMinute(new Date()),
      dryRun: flag(values, 'dry-run'),
    });
    if (!result.ok) {
      io.stderr.write(messagesText(result.messages, { root: folder, cwd: io.cwd }, err));
      io.stderr.write(`${err.red('✖')} source ${id}: nothing was changed\n`);
      return failureExitCode(result.messages);
    }
    const report = result.value;
    io.stdout.write(flag(values, 'json') ? jsonText(sourceUpdateJson(report)) : sourceUpdateText(report, out, shown, { root: folder, cwd: io.cwd }));
    return report.needsPerson ? EXIT_PROBLEMS : EXIT_OK;
  },
};
