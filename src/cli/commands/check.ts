/**
 * `claimtrace check [dir]`: load, validate, anchor, reconcile, compare with
 * the baseline. The consistency check a claims repository runs in CI.
 */
import type { Finding } from '../../model/finding.js';
import type { Severity } from '../../model/message.js';
import { hasErrors, type Message } from '../../model/message.js';
import { type BaselineEntry, failingFindings, failsBaseline, type RecheckOn } from '../../reconcile/index.js';
import { CliError } from '../cli-error.js';
import { type Command, flag, stringOption } from '../command.js';
import { countText, messageFromCwd, messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_NEW_FINDINGS, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { type PipelineRun, runPipeline } from '../run-pipeline.js';
import { parseSeverity, severitiesAtOrAbove } from '../severity-threshold.js';
import type { Style } from '../style.js';
import { jsonText } from '../../ingest/control-characters.js';

/**
 * Where a finding stands against the baseline and the threshold:
 * `acknowledged` (reviewed, evidence unchanged), `new-evidence` (reviewed;
 * claims joined but the disputed values are the same — the review carries
 * over), `changed` (reviewed, but the disputed values changed), `new`,
 * `below-threshold` (new, below --fail-on), `mismatched` (the entry names
 * another rule).
 */
export type FindingStatus = 'acknowledged' | 'new-evidence' | 'new' | 'changed' | 'below-threshold' | 'mismatched';

const RECHECK: readonly RecheckOn[] = ['changed-values', 'new-evidence', 'never'];

/** `--recheck-on`: when a reviewed finding fails again. */
export const parseRecheckOn = (value: string | undefined): RecheckOn => {
  if (value === undefined) return 'changed-values';
  const found = RECHECK.find((r) => r === value);
  if (found === undefined) throw new CliError(`--recheck-on must be one of ${RECHECK.join(', ')} (got "${value}")`, { showUsage: true });
  return found;
};

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
export const checkOutcome = (run: PipelineRun, failOn: Severity, recheckOn: RecheckOn = 'changed-values'): CheckOutcome => {
  const reconciled = run.reconciled;
  if (reconciled === undefined) {
    return { exitCode: EXIT_INVALID_INPUT, statuses: new Map(), failing: [], stale: [], problems: [] };
  }
  const severities = severitiesAtOrAbove(failOn);
  const { comparison, result } = reconciled;
  // failingFindings / failsBaseline are the library's rule; using them keeps `check` and a corpus test built on the library in agreement.
  const failingIds = new Set(failingFindings(comparison, { severities, recheckOn }).map((f) => f.id));
  const statuses = new Map<string, FindingStatus>();
  for (const f of result.findings) {
    const status = comparison.statusOf.get(f.id) ?? 'new';
    statuses.set(
      f.id,
      status === 'reviewed' ? 'acknowledged' : status === 'new' && !failingIds.has(f.id) ? 'below-threshold' : status === 'new-evidence' ? 'new-evidence' : status,
    );
  }
  const failing = result.findings.filter((f) => failingIds.has(f.id));
  const problems = run.messages.filter((m) => m.source === 'reconcile');
  const exitCode = hasErrors(problems) ? EXIT_INVALID_INPUT : failsBaseline(comparison, { severities, recheckOn }) ? EXIT_NEW_FINDINGS : EXIT_OK;
  return { exitCode, statuses, failing, stale: comparison.stale, problems };
};

const claimsOf = (finding: Finding): string =>
  [...new Set(finding.sides.flatMap((s) => s.claims.map((c) => `${c.claimId} (${c.sourceId})`)))].join(', ');

const severityWord = (severity: Severity, style: Style): string =>
  severity === 'error' ? style.red(severity) : severity === 'warning' ? style.yellow(severity) : style.cyan(severity);

const STATUS_NOTE: Partial<Record<FindingStatus, string>> = {
  changed: ' (reviewed, but the disputed values changed since)',
  'new-evidence': ' (reviewed, new evidence)',
  mismatched: ' (the baseline entry names another rule)',
};

const findingLines = (finding: Finding, status: FindingStatus, style: Style, review?: BaselineEntry): string =>
  [
    `  ${severityWord(finding.severity, style)} [${finding.ruleId}] ${style.bold(finding.id)}${STATUS_NOTE[status] ?? ''}`,
    `    ${finding.message}`,
    ...(review !== undefined ? [`    reviewed as ${review.verdict} by ${review.reviewedBy}: ${review.reason}`] : []),
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
    `${plural(reconciled.result.findings.length, 'finding')}: ${count('acknowledged')} acknowledged, ${count('new-evidence')} reviewed with new evidence, ${count('new')} new, ` +
      `${count('changed')} changed since review, ${count('below-threshold')} below --fail-on ${failOn}`,
  );
  const { coverage } = reconciled.result;
  lines.push(
    `coverage: ${coverage.corroborated} of ${plural(coverage.values, 'value')} corroborated by two or more independent sources; ` +
      `${coverage.singleSource.length} rest on a single independent source (not findings: see the report's coverage table)`,
  );
  lines.push('');
  const entries = new Map(reconciled.baseline.findings.map((e) => [e.id as string, e]));
  const failingIds = new Set(outcome.failing.map((f) => f.id));
  const group = (title: string, include: (f: Finding) => boolean, withReview = false): void => {
    const found = reconciled.result.findings.filter(include);
    if (found.length === 0) return;
    lines.push(title);
    for (const f of found) lines.push(findingLines(f, outcome.statuses.get(f.id) ?? 'new', style, withReview ? entries.get(f.id) : undefined));
  };
  group('Not acknowledged in the baseline (fails the check):', (f) => failingIds.has(f.id), true);
  group(
    'Reviewed, new evidence (the review carries over: new claims, the same disputed values):',
    (f) => (outcome.statuses.get(f.id) === 'new-evidence' || outcome.statuses.get(f.id) === 'changed') && !failingIds.has(f.id),
    true,
  );
  const below = reconciled.result.findings.filter((f) => outcome.statuses.get(f.id) === 'below-threshold');
  if (below.length > MAX_LISTED_BELOW_THRESHOLD) {
    const byRule = new Map<string, number>();
    for (const f of below) byRule.set(`${f.severity} [${f.ruleId}]`, (byRule.get(`${f.severity} [${f.ruleId}]`) ?? 0) + 1);
    lines.push(`Not acknowledged, below --fail-on ${failOn} (does not fail): ${[...byRule].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    lines.push('  (list them with --json, or make them count with --fail-on info)');
    lines.push('');
  } else {
    group(`Not acknowledged, below --fail-on ${failOn} (does not fail):`, (f) => outcome.statuses.get(f.id) === 'below-threshold');
  }
  if (outcome.stale.length > 0) {
    lines.push('Stale baseline entries (the disagreement is gone; remove them):');
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

const jsonReport = (run: PipelineRun, outcome: CheckOutcome, failOn: Severity, recheckOn: RecheckOn): unknown => {
  const entries = new Map((run.reconciled?.baseline.findings ?? []).map((e) => [e.id as string, e]));
  const coverage = run.reconciled?.result.coverage;
  return {
    folder: run.shown,
    ok: outcome.exitCode === EXIT_OK,
    exitCode: outcome.exitCode,
    failOn,
    recheckOn,
    sources: run.loaded.corpus.sources.length,
    claims: run.loaded.corpus.claims.length,
    messages: run.messages.map((m) => messageFromCwd(m, run.shown)),
    findings: (run.reconciled?.result.findings ?? []).map((f) => {
      const review = entries.get(f.id);
      return {
        id: f.id,
        ruleId: f.ruleId,
        kind: f.kind,
        severity: f.severity,
        status: outcome.statuses.get(f.id),
        message: f.message,
        ...(f.discrepancy !== undefined ? { discrepancy: f.discrepancy } : {}),
        disputed: f.disputed,
        fingerprint: f.fingerprint,
        claims: [...new Set(f.sides.flatMap((s) => s.claims.map((c) => c.claimId)))],
        ...(review !== undefined ? { review: { verdict: review.verdict, reason: review.reason, reviewedBy: review.reviewedBy } } : {}),
      };
    }),
    ...(coverage !== undefined ? { coverage: { values: coverage.values, corroborated: coverage.corroborated, singleSource: coverage.singleSource.length } } : {}),
    stale: outcome.stale,
    problems: outcome.problems,
  };
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'load, validate, anchor and reconcile a claims folder; compare with the baseline',
  usage: ['claimtrace check [dir] [--fail-on error|warning|info] [--recheck-on changed-values|new-evidence|never] [--json]'],
  description: [
    'Loads the claims folder (default: ./claims when it exists, else .), validates every file,',
    'anchors every quote, reconciles with the built-in rules and compares the findings with',
    'baseline.yaml.',
    'A reviewed finding whose sides gained or lost claims but whose disputed values are the same',
    'is "reviewed, new evidence": its review carries over (--recheck-on new-evidence fails it).',
    'Exit: 0 everything anchors and every finding at or above --fail-on is acknowledged;',
    '      1 unacknowledged findings (new, or their disputed values changed since review) or',
    '        stale baseline entries (reviewed disagreements that are gone);',
    '      2 invalid input (bad YAML, schema errors, quotes that do not anchor).',
  ].join('\n'),
  options: {
    'fail-on': { type: 'string' },
    'recheck-on': { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    'fail-on': 'lowest severity that fails the check: error, warning (default) or info',
    'recheck-on': 'when a reviewed finding fails again: changed-values (default), new-evidence, or never',
    json: 'print the result as JSON',
  },
  positionals: { min: 0, max: 1 },
  run: async ({ values, positionals }, context) => {
    const failOn = parseSeverity(stringOption(values, 'fail-on'), 'warning');
    const recheckOn = parseRecheckOn(stringOption(values, 'recheck-on'));
    const run = await runPipeline(positionals[0], context, { reconcile: true });
    const outcome = checkOutcome(run, failOn, recheckOn);
    if (flag(values, 'json')) {
      context.io.stdout.write(jsonText(jsonReport(run, outcome, failOn, recheckOn)));
    } else {
      context.io.stderr.write(messagesText(run.messages, run.shown, context.err));
      context.io.stdout.write(humanReport(run, outcome, failOn, context.out));
    }
    return outcome.exitCode;
  },
};
