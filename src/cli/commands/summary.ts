/**
 * `claimtrace summary [dir]`: load and check a claims folder end to end and
 * print what a reader needs first: the sources, the conflicts with the value
 * most likely true, and how the findings stand against the baseline.
 * `npm start` runs it on the bundled corpus.
 */
import { failsBaseline } from '../../reconcile/baseline.js';
import type { Reconciled } from '../../check/index.js';
import { jsonText } from '../../ingest/control-characters.js';
import { type Command, flag } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit-codes.js';
import { CONFIG_OPTION, CONFIG_OPTION_HELP, type PipelineRun, runPipeline } from '../run-pipeline.js';
import { alignColumns, padTo } from '../text-columns.js';

/** The widest a source id and a publisher are shown in the sources table; longer ones end in `…` (`--json` has them whole). */
export const SOURCE_TABLE_CAPS = { source: 48, publisher: 40 } as const;

const sourcesTable = (run: PipelineRun): string[] => {
  const { corpus } = run.loaded;
  const claimsPerSource = new Map<string, number>();
  for (const claim of corpus.claims) {
    for (const id of new Set(claim.evidence.map((e) => e.sourceId))) claimsPerSource.set(id, (claimsPerSource.get(id) ?? 0) + 1);
  }
  const rows = [
    ['source', 'published', 'publisher', 'chars', 'claims'],
    ...corpus.sources.map(({ source, text }) => [
      source.id,
      source.publishedAt.precision === 'unknown' ? 'unknown' : source.publishedAt.value,
      source.publisher ?? '(not stated)',
      String(text.length),
      String(claimsPerSource.get(source.id) ?? 0),
    ]),
  ];
  const table = alignColumns(rows, [SOURCE_TABLE_CAPS.source, undefined, SOURCE_TABLE_CAPS.publisher]);
  return [
    ...table.lines.map((line) => `  ${line}`),
    ...(table.shortened ? [`  (ids over ${SOURCE_TABLE_CAPS.source} and publishers over ${SOURCE_TABLE_CAPS.publisher} columns are shortened with …; summary --json has them whole)`] : []),
  ];
};

/** Every finding must be reviewed for the summary to be clean (infos too). */
const ALL_SEVERITIES = { severities: ['error', 'warning', 'info'] } as const;

/** Whether every finding is reviewed and every review holds (the summary is clean). */
const allReviewed = ({ comparison }: Pick<Reconciled, 'comparison'>): boolean => !failsBaseline(comparison, ALL_SEVERITIES);

const findingsLines = ({ result, comparison, preferred }: Reconciled): string[] => {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const lines = [
    `  ${result.findings.length} findings (one per disagreement): ${count('error')} error, ${count('warning')} warning, ${count('info')} info`,
    `  coverage: ${result.coverage.corroborated} of ${result.coverage.values} values corroborated by two or more independent sources; ${result.coverage.singleSource.length} rest on one`,
    `  independent source groups: ${result.dependence.groups.map((g) => g.sources.join(' + ')).join('; ')}`,
    '',
  ];
  for (const f of result.findings.filter((x) => x.severity !== 'info')) {
    lines.push(`  ${padTo(f.severity, 8)} ${f.message}`);
    const p = preferred.get(f.id);
    if (p !== undefined) lines.push(`  ${padTo('', 8)} most likely: ${p.value} (${p.strategy}, confidence ${p.confidence.toFixed(2)})`);
  }
  lines.push('');
  const open = !allReviewed({ comparison });
  const carried = comparison.newEvidence.length > 0 ? ` (${comparison.newEvidence.length} with new evidence since, the reviews carried over)` : '';
  lines.push(
    !open
      ? `  all ${comparison.acknowledged.length + comparison.newEvidence.length} findings are reviewed in baseline.yaml${carried}; the full report: claimtrace report --out docs`
      : `  ${comparison.unacknowledged.length} new, ${comparison.changed.length} changed since review, ${comparison.stale.length} stale baseline entries: run claimtrace check for the list`,
  );
  return lines;
};

/** The summary as data (`--json`). */
const summaryJson = (run: PipelineRun) => {
  const { corpus } = run.loaded;
  const reconciled = run.reconciled;
  return {
    folder: run.shown,
    ok: reconciled !== undefined && allReviewed(reconciled),
    valid: reconciled !== undefined,
    counts: { sources: corpus.sources.length, predicates: corpus.predicates.length, entities: corpus.entities.length, claims: corpus.claims.length },
    sources: corpus.sources.map(({ source, text }) => ({
      id: source.id,
      published: source.publishedAt.precision === 'unknown' ? null : source.publishedAt.value,
      publisher: source.publisher ?? null,
      chars: text.length,
      claims: corpus.claims.filter((c) => c.evidence.some((e) => e.sourceId === source.id)).length,
    })),
    findings:
      reconciled === undefined
        ? null
        : reconciled.result.findings.map((f) => ({ id: f.id, ruleId: f.ruleId, severity: f.severity, message: f.message, preferred: reconciled.preferred.get(f.id) ?? null })),
    coverage:
      reconciled === undefined
        ? null
        : { values: reconciled.result.coverage.values, corroborated: reconciled.result.coverage.corroborated, singleSource: reconciled.result.coverage.singleSource.length },
    baseline:
      reconciled === undefined
        ? null
        : {
            acknowledged: reconciled.comparison.acknowledged.length,
            newEvidence: reconciled.comparison.newEvidence.length,
            new: reconciled.comparison.unacknowledged.length,
            changed: reconciled.comparison.changed.length,
            stale: reconciled.comparison.stale.length,
            mismatched: reconciled.comparison.mismatched.length,
          },
  };
};

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'check a claims folder and print its sources, conflicts and most likely values',
  usage: ['claimtrace summary [dir] [--json]'],
  description: [
    'Loads, validates, anchors and reconciles the claims folder like `check`, and prints the',
    'sources, every error and warning with the value most likely true, and the baseline status.',
    'Exit: 0 every finding reviewed (reviews carried over to new evidence count); 1 the folder has errors, or new',
    '      findings, reviewed ones whose disputed values changed, or stale entries; 2 usage errors.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, ...CONFIG_OPTION },
  optionHelp: { json: 'print the summary as JSON', ...CONFIG_OPTION_HELP },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const run = await runPipeline(positionals[0], values, context, { reconcile: true });
    const { io } = context;
    if (flag(values, 'json')) {
      io.stdout.write(jsonText({ ...summaryJson(run), messages: run.messages }));
      return run.reconciled !== undefined && allReviewed(run.reconciled) ? EXIT_OK : EXIT_PROBLEMS;
    }
    io.stderr.write(messagesText(run.messages, run.paths, context.err));
    const { corpus } = run.loaded;
    const lines = [
      `claimtrace: ${run.shown}`,
      `  ${corpus.sources.length} sources, ${corpus.predicates.length} predicates, ${corpus.entities.length} entities, ${corpus.claims.length} claims`,
      '',
      ...sourcesTable(run),
      '',
    ];
    if (run.reconciled === undefined) {
      lines.push('  the folder is invalid (see above); nothing was reconciled');
      io.stdout.write(`${lines.join('\n')}\n`);
      return EXIT_PROBLEMS;
    }
    const warnings = run.messages.filter((d) => d.severity === 'warning').length;
    lines.push(`  every file validates, every quote anchors, every hash matches (${warnings} warning(s))`, ...findingsLines(run.reconciled));
    io.stdout.write(`${lines.join('\n')}\n`);
    return allReviewed(run.reconciled) ? EXIT_OK : EXIT_PROBLEMS;
  },
};
