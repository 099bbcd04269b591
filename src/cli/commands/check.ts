/**
 * `claimtrace check [dir]`: load, validate, anchor, reconcile, compare with
 * the baseline. The consistency check a claims repository runs in CI.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/message.js';
import { hasErrors, type Message } from '../../model/message.js';
import { type BaselineEntry, failsBaseline } from '../../reconcile/index.js';
import { type Command, flag, stringOption } from '../command.js';
import { countText, messageFromCwd, messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_NEW_FINDINGS, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { type PipelineRun, runPipeline } from '../run-pipeline.js';
import { parseSeverity, severitiesAtOrAbove } from '../severity-threshold.js';
import type { Style } from '../style.js';
import { jsonText } from '../../ingest/control-characters.js';
import { cacheFileFor, DEFAULT_CACHE_LOCATION } from '../cache-location.js';

/** Where a finding stands against the baseline and the threshold. */
export type FindingStatus = 'acknowledged' | 'new' | 'changed' | 'below-threshold' | 'mismatched';

export interface CheckOutcome {
  readonly exitCode: ExitCode;
  readonly statuses: ReadonlyMap<string, FindingStatus>;
  readonly failing: readonly Finding[];
  readonly stale: readonly BaselineEntry[];
  /** Messages about the rules (a rule that threw, a configuration problem). */
  readonly problems: readonly Message[];
}

/**
 * Decide the outcome of a check. A finding fails when it is not acknowledged
 * (new, or changed since it was reviewed) and its severity is at or above
 * the threshold, or when its baseline entry names another rule; stale
 * baseline entries fail too (the baseline no longer describes the corpus).
 */
export const checkOutcome = (run: PipelineRun, failOn: Severity): CheckOutcome => {
  const reconciled = run.reconciled;
  if (reconciled === undefined) {
    return { exitCode: EXIT_INVALID_INPUT, statuses: new Map(), failing: [], stale: [], problems: [] };
  }
  const failingSeverities = severitiesAtOrAbove(failOn);
  const { comparison, result } = reconciled;
  const statuses = new Map<string, FindingStatus>();
  const mark = (finding: Finding, status: FindingStatus): void => {
    const counts = status === 'acknowledged' || status === 'mismatched' || failingSeverities.includes(finding.severity);
    statuses.set(finding.id, counts ? status : 'below-threshold');
  };
  for (const { finding } of comparison.acknowledged) mark(finding, 'acknowledged');
  for (const finding of comparison.unacknowledged) mark(finding, 'new');
  for (const { finding } of comparison.changed) mark(finding, 'changed');
  for (const { finding } of comparison.mismatched) mark(finding, 'mismatched');
  const failing = result.findings.filter((f) => {
    const status = statuses.get(f.id);
    return status === 'new' || status === 'changed' || status === 'mismatched';
  });
  // failsBaseline is the library's rule; using it keeps `check` and a corpus test built on the library in agreement.
  const problems = run.messages.filter((m) => m.source === 'reconcile');
  const exitCode = hasErrors(problems) ? EXIT_INVALID_INPUT : failsBaseline(comparison, failingSeverities) ? EXIT_NEW_FINDINGS : EXIT_OK;
  return { exitCode, statuses, failing, stale: comparison.stale, problems };
};

const claimsOf = (finding: Finding): string =>
  [...new Set(finding.sides.flatMap((s) => s.claims.map((c) => `${c.claimId} (${c.sourceId})`)))].join(', ');

const severityWord = (severity: Severity, style: Style): string =>
  severity === 'error' ? style.red(severity) : severity === 'warning' ? style.yellow(severity) : style.cyan(severity);

const findingLines = (finding: Finding, status: FindingStatus, style: Style): string =>
  [
    `  ${severityWord(finding.severity, style)} [${finding.ruleId}] ${style.bold(finding.id)}${status === 'changed' ? ' (changed since it was reviewed)' : status === 'mismatched' ? ' (the baseline entry names another rule)' : ''}`,
    `    ${finding.message}`,
    `    claims: ${claimsOf(finding)}`,
    `    → claimtrace explain ${finding.id}`,
    '',
  ].join('\n');

/** Below-threshold findings are listed one by one up to this many, else counted by rule. */
export const MAX_LISTED_BELOW_THRESHOLD = 10;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const humanReport = (run: PipelineRun, outcome: CheckOutcome, failOn: Severity, style: Style): string => {
  const { corpus } = run.loaded;
  const lines: string[] = [];
  const loadErrors = run.messages.filter((d) => d.severity === 'error').length;
  lines.push(
    `${run.shown}: ${plural(corpus.sources.length, 'source')}, ${plural(corpus.claims.length, 'claim')}` +
      (loadErrors === 0 ? ', every quote anchors' : '') +
      ` (${countText(run.messages)})`,
  );
  const reconciled = run.reconciled;
  if (reconciled === undefined) {
    lines.push(`${style.red('✖ invalid input')}: fix the ${plural(loadErrors, 'error')} above and run again`);
    return `${lines.join('\n')}\n`;
  }
  const count = (status: FindingStatus) => [...outcome.statuses.values()].filter((s) => s === status).length;
  lines.push(
    `${plural(reconciled.result.findings.length, 'finding')}: ${count('acknowledged')} acknowledged, ${count('new')} new, ` +
      `${count('changed')} changed since review, ${count('below-threshold')} below --fail-on ${failOn}`,
  );
  lines.push('');
  const group = (title: string, statuses: readonly FindingStatus[]): void => {
    const found = reconciled.result.findings.filter((f) => statuses.includes(outcome.statuses.get(f.id) ?? 'new'));
    if (found.length === 0) return;
    lines.push(title);
    for (const f of found) lines.push(findingLines(f, outcome.statuses.get(f.id) ?? 'new', style));
  };
  group('Not acknowledged in the baseline (fails the check):', ['new', 'changed', 'mismatched']);
  const below = reconciled.result.findings.filter((f) => outcome.statuses.get(f.id) === 'below-threshold');
  if (below.length > MAX_LISTED_BELOW_THRESHOLD) {
    const byRule = new Map<string, number>();
    for (const f of below) byRule.set(`${f.severity} [${f.ruleId}]`, (byRule.get(`${f.severity} [${f.ruleId}]`) ?? 0) + 1);
    lines.push(`Not acknowledged, below --fail-on ${failOn} (does not fail): ${[...byRule].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    lines.push('  (list them with --json, or make them count with --fail-on info)');
    lines.push('');
  } else {
    group(`Not acknowledged, below --fail-on ${failOn} (does not fail):`, ['below-threshold']);
  }
  if (outcome.stale.length > 0) {
    lines.push('Stale baseline entries (no such finding any more; remove them, or review what changed):');
    for (const e of outcome.stale) lines.push(`  ${e.id} [${e.rule}] ${e.verdict}: ${e.reason}`);
    lines.push('');
  }
  if (outcome.problems.length > 0) {
    lines.push('Reconciliation problems:');
    for (const p of outcome.problems) lines.push(`  ${style.red('error')} [${p.code}] ${p.message}`);
    lines.push('');
  }
  if (outcome.exitCode === EXIT_OK) {
    lines.push(`${style.green('✔ check passed')}: every finding at or above ${failOn} is acknowledged`);
  } else if (outcome.exitCode === EXIT_NEW_FINDINGS) {
    lines.push(
      `${style.red('✖ check failed')}: ${plural(outcome.failing.length, 'unacknowledged finding')}` +
        (outcome.stale.length > 0 ? `, ${plural(outcome.stale.length, 'stale baseline entry')}` : '') +
        ` — review ${outcome.failing.length === 1 ? 'it' : 'them'} and record the verdict in baseline.yaml`,
    );
  } else {
    lines.push(`${style.red('✖ check failed')}: the reconciler reported problems (see above)`);
  }
  return `${lines.join('\n')}\n`;
};

const jsonReport = (run: PipelineRun, outcome: CheckOutcome, failOn: Severity): unknown => ({
  folder: run.shown,
  ok: outcome.exitCode === EXIT_OK,
  exitCode: outcome.exitCode,
  failOn,
  sources: run.loaded.corpus.sources.length,
  claims: run.loaded.corpus.claims.length,
  messages: run.messages.map((m) => messageFromCwd(m, run.shown)),
  findings: (run.reconciled?.result.findings ?? []).map((f) => ({
    id: f.id,
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    status: outcome.statuses.get(f.id),
    message: f.message,
    claims: [...new Set(f.sides.flatMap((s) => s.claims.map((c) => c.claimId)))],
  })),
  stale: outcome.stale,
  problems: outcome.problems,
});

export const checkCommand: Command = {
  name: 'check',
  summary: 'load, validate, anchor and reconcile a claims folder; compare with the baseline',
  usage: ['claimtrace check [dir] [--fail-on error|warning|info] [--json] [--cache] [--cache-location <path>]'],
  description: [
    'Loads the claims folder (default: ./claims when it exists, else .), validates every file,',
    'anchors every quote, reconciles with the built-in rules and compares the findings with',
    'baseline.yaml.',
    'Exit: 0 everything anchors and every finding at or above --fail-on is acknowledged;',
    '      1 unacknowledged findings (new, or changed since review) or stale baseline entries;',
    '      2 invalid input (bad YAML, schema errors, quotes that do not anchor).',
  ].join('\n'),
  options: {
    'fail-on': { type: 'string' },
    json: { type: 'boolean' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
  },
  optionHelp: {
    'fail-on': 'lowest severity that fails the check: error, warning (default) or info',
    json: 'print the result as JSON',
    cache: `keep what loading each claim file gave, by content hash, and reuse it while nothing it depends on changes (in ${DEFAULT_CACHE_LOCATION})`,
    'cache-location': 'the cache file (or a folder for it); implies --cache',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const failOn = parseSeverity(stringOption(values, 'fail-on'), 'warning');
    const cacheFile = cacheFileFor(values, context.io.cwd);
    const run = await runPipeline(positionals[0], context, { reconcile: true, ...(cacheFile !== undefined ? { cacheFile } : {}) });
    const outcome = checkOutcome(run, failOn);
    if (flag(values, 'json')) {
      context.io.stdout.write(jsonText(jsonReport(run, outcome, failOn)));
    } else {
      context.io.stderr.write(messagesText(run.messages, run.shown, context.err));
      context.io.stdout.write(humanReport(run, outcome, failOn, context.out));
    }
    return outcome.exitCode;
  },
};
