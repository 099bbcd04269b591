/**
 * `claimtrace summary [dir]`: load and check a claims folder end to end and
 * print what a reader needs first: the sources, the conflicts with the value
 * most likely true, and how the findings stand against the baseline.
 * `npm start` runs it on the bundled corpus.
 */
import { failsBaseline } from '../../reconcile/baseline.js';
import type { Reconciled } from '../../check/index.js';
import { type Command } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_NEW_FINDINGS, EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { type PipelineRun, runPipeline } from '../run-pipeline.js';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

const sourcesTable = (run: PipelineRun): string[] => {
  const { corpus } = run.loaded;
  const claimsPerSource = new Map<string, number>();
  for (const claim of corpus.claims) {
    for (const id of new Set(claim.evidence.map((e) => e.sourceId))) claimsPerSource.set(id, (claimsPerSource.get(id) ?? 0) + 1);
  }
  const lines = [`  ${pad('source', 22)} ${pad('published', 18)} ${pad('publisher', 30)} ${pad('chars', 6)} claims`];
  for (const { source, text } of corpus.sources) {
    const published = source.publishedAt.precision === 'unknown' ? 'unknown' : source.publishedAt.value;
    lines.push(
      `  ${pad(source.id, 22)} ${pad(published, 18)} ${pad(source.publisher ?? '(not stated)', 30)} ${pad(String(text.length), 6)} ${claimsPerSource.get(source.id) ?? 0}`,
    );
  }
  return lines;
};

/** Every finding must be reviewed for the summary to be clean (infos too). */
const ALL_SEVERITIES = { severities: ['error', 'warning', 'info'] } as const;

const findingsLines = ({ result, comparison, preferred }: Reconciled): string[] => {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const lines = [
    `  ${result.findings.length} findings (one per disagreement): ${count('error')} error, ${count('warning')} warning, ${count('info')} info`,
    `  coverage: ${result.coverage.corroborated} of ${result.coverage.values} values corroborated by two or more independent sources; ${result.coverage.singleSource.length} rest on one`,
    `  independent source groups: ${result.dependence.groups.map((g) => g.sources.join(' + ')).join('; ')}`,
    '',
  ];
  for (const f of result.findings.filter((x) => x.severity !== 'info')) {
    lines.push(`  ${pad(f.severity, 8)} ${f.message}`);
    const p = preferred.get(f.id);
    if (p !== undefined) lines.push(`  ${pad('', 8)} most likely: ${p.value} (${p.strategy}, confidence ${p.confidence.toFixed(2)})`);
  }
  lines.push('');
  const open = failsBaseline(comparison, ALL_SEVERITIES);
  const carried = comparison.newEvidence.length > 0 ? ` (${comparison.newEvidence.length} with new evidence since, the reviews carried over)` : '';
  lines.push(
    !open
      ? `  all ${comparison.acknowledged.length + comparison.newEvidence.length} findings are reviewed in baseline.yaml${carried}; the full report: claimtrace report --out docs`
      : `  ${comparison.unacknowledged.length} new, ${comparison.changed.length} changed since review, ${comparison.stale.length} stale baseline entries: run claimtrace check for the list`,
  );
  return lines;
};

export const summaryCommand: Command = {
  name: 'summary',
  summary: 'check a claims folder and print its sources, conflicts and most likely values',
  usage: ['claimtrace summary [dir]'],
  description: [
    'Loads, validates, anchors and reconciles the claims folder like `check`, and prints the',
    'sources, every error and warning with the value most likely true, and the baseline status.',
    'Exit: 0 every finding reviewed; 1 new, changed or stale findings; 2 invalid input.',
  ].join('\n'),
  options: {},
  optionHelp: {},
  positionals: { min: 0, max: 1 },
  run: async ({ positionals }, context) => {
    const run = await runPipeline(positionals[0], context, { reconcile: true });
    const { io } = context;
    io.stderr.write(messagesText(run.messages, run.shown, context.err));
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
      return EXIT_INVALID_INPUT;
    }
    const warnings = run.messages.filter((d) => d.severity === 'warning').length;
    lines.push(`  every file validates, every quote anchors, every hash matches (${warnings} warning(s))`, ...findingsLines(run.reconciled));
    io.stdout.write(`${lines.join('\n')}\n`);
    return failsBaseline(run.reconciled.comparison, ALL_SEVERITIES) ? EXIT_NEW_FINDINGS : EXIT_OK;
  },
};
