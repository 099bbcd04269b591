/**
 * `claimtrace rehash [dir] [--source <id>]`: accept source texts edited in
 * place — re-anchor their claims and record the new content hashes.
 */
import { changedSources, rehashSource, type SourceUpdateReport } from '../../capture/index.js';
import { resolveClaimsFolder } from '../claims-folder.js';
import { type Command, flag } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_NEW_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { shownPath } from '../run-pipeline.js';
import { sourceUpdateJson, sourceUpdateText } from '../source-update-output.js';
import { jsonText } from '../../ingest/control-characters.js';

export const rehashCommand: Command = {
  name: 'rehash',
  summary: 'accept source texts edited in place: re-anchor their claims, record the hash',
  usage: ['claimtrace rehash [dir] [--source <id>]... [--dry-run] [--json]'],
  description: [
    'For every source whose text no longer matches its recorded content hash (or the sources named',
    'with --source), re-anchors every claim quoting it, prints each as unchanged, moved, changed or',
    'orphaned, and records the new hash. Changed and orphaned claims are left as written for a person.',
    'Exit: 0 every claim still anchors to its words; 1 some claim changed or orphaned; 2 unreadable folder.',
  ].join('\n'),
  options: {
    source: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    source: 'a source id to rehash (repeatable; default: every source whose text changed)',
    'dry-run': 'report what would change; write nothing',
    json: 'print the reports as JSON',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, { io, out, err }) => {
    const folder = resolveClaimsFolder(positionals[0], io.cwd);
    const shown = shownPath(folder, io.cwd);
    const named = (Array.isArray(values['source']) ? values['source'] : []).filter((s): s is string => typeof s === 'string');
    const ids = named.length > 0 ? named : await changedSources(folder);
    const json = flag(values, 'json');
    if (ids.length === 0) {
      io.stdout.write(json ? '[]\n' : 'every source text matches its recorded hash; nothing to rehash\n');
      return EXIT_OK;
    }
    const reports: SourceUpdateReport[] = [];
    for (const sourceId of ids) {
      const result = await rehashSource({ folder, sourceId, dryRun: flag(values, 'dry-run') });
      if (!result.ok) {
        io.stderr.write(messagesText(result.messages, shown, err));
        io.stderr.write(`${err.red('✖')} source ${sourceId}: not rehashed${reports.length > 0 ? ` (${reports.map((r) => r.sourceId).join(', ')} already were)` : ''}\n`);
        return EXIT_INVALID_INPUT;
      }
      reports.push(result.value);
      if (!json) io.stdout.write(sourceUpdateText(result.value, out, shown));
    }
    if (json) io.stdout.write(jsonText(reports.map(sourceUpdateJson)));
    return reports.some((r) => r.needsPerson) ? EXIT_NEW_FINDINGS : EXIT_OK;
  },
};
