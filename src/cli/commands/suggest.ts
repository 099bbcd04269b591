/**
 * `claimtrace suggest [dir] <sourceId> [--json]`: candidate claims for a
 * source, as a ready-to-edit claim file (or JSON).
 */
import { resolve } from 'node:path';
import { suggestClaims, suggestionsYaml, DEFAULT_MIN_CONFIDENCE } from '../../suggest/index.js';
import { MAX_QUOTED_OCCURRENCES } from '../../suggest/page-quotes.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../exit-codes.js';
import { runPipeline } from '../run-pipeline.js';
import { writeOutputFiles } from '../write-output.js';
import { jsonText } from '../../ingest/control-characters.js';

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'propose candidate claims for a source, with their quotes and values',
  usage: ['claimtrace suggest [dir] <sourceId> [--json] [--out <file>] [--min-confidence <0..1>]'],
  description: [
    'Finds quantities, dates (resolved against the publication date), lists of entities and attributed',
    'statements in the source\'s article text (not its byline or time stamp) and proposes each as a claim:',
    'the value\'s own words as the quote (with a prefix where they occur elsewhere), the value as the loader reads it, a subject and predicate guessed from the folder\'s',
    'vocabulary and aliases, and a confidence. Claims the folder already has are not proposed again.',
    'Prints a claim file to edit (or JSON with --json); --out writes it (never over an existing file).',
    'Exit: 0 done; 1 the source did not load (its problems are printed); 2 unknown source or unreadable folder.',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    out: { type: 'string' },
    'min-confidence': { type: 'string' },
    'no-attributions': { type: 'boolean' },
  },
  optionHelp: {
    json: 'print the candidates as JSON',
    out: 'write the claim file there (e.g. claims/claims/<source>.yaml)',
    'min-confidence': `leave out candidates below this confidence (default ${DEFAULT_MIN_CONFIDENCE})`,
    'no-attributions': 'do not propose attributed statements that carry no value',
  },
  positionals: { min: 1, max: 2 },
  run: async ({ values, positionals }, context) => {
    const { io, err, progress } = context;
    const [dirArg, sourceArg] = positionals.length === 2 ? positionals : [undefined, positionals[0]];
    const sourceId = sourceArg ?? '';
    const min = stringOption(values, 'min-confidence');
    const minConfidence = min === undefined ? undefined : Number(min);
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new CliError(`--min-confidence must be a number from 0 to 1 (got "${min}")`, { showUsage: true });
    const run = await runPipeline(dirArg, values, context, { reconcile: false });
    const { corpus } = run.loaded;
    progress.update('finding candidates');
    const suggested = suggestClaims(corpus, sourceId, {
      ...(minConfidence !== undefined ? { minConfidence } : {}),
      attributions: !flag(values, 'no-attributions'),
    });
    progress.done();
    if (!suggested.ok) {
      // The source is in the folder but did not load (its text is not UTF-8, its hash does not match…): say why, a content problem.
      const whyNotLoaded = run.messages.filter((d) => d.severity === 'error' && d.sourceId === sourceId);
      if (whyNotLoaded.length > 0) {
        io.stderr.write(messagesText(whyNotLoaded, run.paths, err));
        io.stderr.write(`${err.red('error')}: the source ${sourceId} did not load (above), so there is nothing to suggest from; fix it and run suggest again\n`);
        return EXIT_PROBLEMS;
      }
      io.stderr.write(messagesText(suggested.messages, run.paths, err));
      // The source id named is not in the folder: a usage error.
      return EXIT_USAGE;
    }
    // The folder's own problems are not repeated here (claimtrace check lists them); only what they mean for the candidates.
    const errors = run.messages.filter((d) => d.severity === 'error').length;
    if (errors > 0) io.stderr.write(`${err.yellow('warning')}: the folder has ${errors} error${errors === 1 ? '' : 's'} (claimtrace check lists them); claims that did not load may be proposed again\n`);
    const result = suggested.value;
    const doc = corpus.sources.find((s) => s.source.id === sourceId);
    const summary = `${result.suggestions.length} candidate${result.suggestions.length === 1 ? '' : 's'}; ${result.alreadyClaimed} already claimed in the folder, ${result.belowConfidence} below the minimum confidence${
      result.tooRepeated > 0 ? `, ${result.tooRepeated} left out because their words occur more than ${MAX_QUOTED_OCCURRENCES} times on the page` : ''
    }${result.tableCellsLeftOut > 0 ? `, ${result.tableCellsLeftOut} table cells past the rows and columns a capture records read as plain lines, without their headers` : ''}`;
    const output = flag(values, 'json')
      ? jsonText({ source: sourceId, ...result })
      : suggestionsYaml(sourceId, doc?.text ?? '', result.suggestions, [summary + '.']);
    const out = stringOption(values, 'out');
    if (out === undefined) {
      io.stdout.write(output);
      return EXIT_OK;
    }
    writeOutputFiles([{ path: resolve(io.cwd, out), content: output }], { io, createOnly: true });
    io.stdout.write(`wrote ${out}: ${summary}\n`);
    return EXIT_OK;
  },
};
