/**
 * `claimtrace export [dir] --format web-annotation|claimreview|prov|jsonschema`:
 * the corpus as JSON-LD in a standard format (or the JSON Schema of the
 * claim file format), to stdout or `--out <file>`.
 */
import { resolve } from 'node:path';
import { claimFileJsonSchema } from '../../claims/index.js';
import { isIsoDate, toClaimReviewGraph } from '../../export/claim-review.js';
import { toProv } from '../../export/prov.js';
import { toAnnotationCollection } from '../../export/web-annotation.js';
import { hasErrors } from '../../model/message.js';
import { CliError } from '../cli-error.js';
import { type Command, stringOption } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { runPipeline, shownPath } from '../run-pipeline.js';
import { writeOutputFile } from '../write-output.js';

export const EXPORT_FORMATS = ['web-annotation', 'claimreview', 'prov', 'jsonschema'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const parseFormat = (value: string | undefined): ExportFormat => {
  const found = EXPORT_FORMATS.find((f) => f === value);
  if (found === undefined) {
    throw new CliError(
      value === undefined ? 'export needs --format' : `unknown format "${value}"`,
      { hint: `--format ${EXPORT_FORMATS.join('|')}`, showUsage: true },
    );
  }
  return found;
};

/** Today as YYYY-MM-DD (UTC): the default `datePublished` of ClaimReviews. */
const today = (): string => new Date().toISOString().slice(0, 10);

export const exportCommand: Command = {
  name: 'export',
  summary: 'export JSON-LD: Web Annotation, ClaimReview, PROV-O, or the claim file JSON Schema',
  usage: [
    'claimtrace export [dir] --format web-annotation|claimreview|prov|jsonschema [--out <file>]',
    'claimtrace export [dir] --format claimreview [--date <YYYY-MM-DD>] [--author <organisation>]',
  ],
  description: [
    'web-annotation  a W3C AnnotationCollection: one annotation per claim–evidence-span link',
    'claimreview     schema.org ClaimReviews: one per claim with findings, with the verdict',
    'prov            W3C PROV-O: sources, spans, claims, publishers, derivations, AI-written parts',
    'jsonschema      the JSON Schema of the claim file format (needs no folder)',
    'See docs/exports.md for the field mapping.',
    'Exit: 0 exported; 2 the folder is invalid or an option is wrong (nothing is written).',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    date: { type: 'string' },
    author: { type: 'string' },
  },
  optionHelp: {
    format: 'web-annotation, claimreview, prov or jsonschema',
    out: 'write to this file instead of stdout',
    date: 'ClaimReview datePublished, ISO 8601 (default: today, UTC)',
    author: 'ClaimReview author: the organisation publishing the reviews',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const { io } = context;
    const format = parseFormat(stringOption(values, 'format'));
    const date = stringOption(values, 'date');
    if (date !== undefined && !isIsoDate(date)) {
      throw new CliError(`--date must be an ISO 8601 date such as 2026-01-15 (got "${date}")`, { showUsage: true });
    }
    let document: unknown;
    if (format === 'jsonschema') {
      document = claimFileJsonSchema();
    } else {
      const run = await runPipeline(positionals[0], context, { reconcile: format !== 'prov' });
      io.stderr.write(messagesText(run.messages, run.shown, context.err));
      const valid = format === 'prov' ? !hasErrors(run.messages) : run.reconciled !== undefined;
      if (!valid) {
        io.stderr.write(`${context.err.red('✖ invalid input')}: nothing was exported; fix the errors above\n`);
        return EXIT_INVALID_INPUT;
      }
      const corpus = run.loaded.corpus;
      const findings = run.reconciled?.result.findings ?? [];
      const author = stringOption(values, 'author');
      document =
        format === 'prov'
          ? toProv(corpus)
          : format === 'web-annotation'
            ? toAnnotationCollection(corpus, { findings })
            : toClaimReviewGraph(corpus, {
                findings,
                reviewed: run.reconciled?.baseline.findings ?? [],
                datePublished: date ?? today(),
                ...(author !== undefined ? { author: { '@type': 'Organization' as const, name: author } } : {}),
              });
    }
    // JSON-LD is pasted into <script type="application/ld+json">: "</script>" in a claim must not close
    // it. "<", ">", "&" and the JavaScript line separators are written as \u escapes (same data when parsed).
    const json = `${JSON.stringify(document, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
    const out = stringOption(values, 'out');
    if (out === undefined) {
      io.stdout.write(json);
    } else {
      const path = resolve(io.cwd, out);
      writeOutputFile(path, json, shownPath(path, io.cwd));
      io.stderr.write(`wrote ${shownPath(path, io.cwd)} (${format})\n`);
    }
    return EXIT_OK;
  },
};
