/**
 * What a consistency check comes to, as one list a CI system can read: every
 * message (a quote that does not anchor, a hash mismatch, a rule that threw),
 * every finding with its status against the baseline and the places of its
 * claims, and every stale baseline entry — each marked whether it fails the
 * check — and the verdict:
 *
 * - `pass`: nothing fails;
 * - `fail`: a content problem — an error in the claims folder (bad YAML, a
 *   quote that does not anchor, a hash mismatch, a bad baseline), a finding
 *   at or above `failOn` that the baseline does not acknowledge (new, its
 *   disputed values changed since its review — or any new evidence, with
 *   `recheckOn: 'new-evidence'` — or reviewed under another rule), more
 *   unacknowledged warnings than `maxWarnings`, or a stale baseline entry;
 * - `error`: the tool could not do the check — a rule threw or was set up
 *   wrongly, the configuration is broken, or it could not read its input (a
 *   folder that is not there, a file it may not read, a pipe or a device
 *   where a file should be, a path past the limits).
 *
 * Where a finding stands against the baseline is the baseline module's
 * (`compareWithBaseline`: reviewed, reviewed with new evidence, values
 * changed, new, mismatched) and what fails is its `failingFindings`; this
 * report adds the thresholds (`failOn`, `maxWarnings`), rules that are off,
 * the folder's messages and every claim's places. Every check output (the
 * CLI's stylish, JSON, GitHub, SARIF and JUnit formats, and the test-runner
 * helper) renders this report, so they agree on what fails.
 */
import type { BaselineEntry, RecheckOn } from '../model/baseline.js';
import type { Finding } from '../model/finding.js';
import { createMessage, type Message, type Severity } from '../model/message.js';
import { settled } from '../model/result.js';
import { failingFindings } from '../reconcile/baseline.js';
import { configureRules } from '../reconcile/rules-config.js';
import type { CheckResult, Reconciled } from './check-claims-folder.js';
import { type ClaimLocation, createClaimLocator } from './claim-locations.js';

/**
 * Where a finding stands: `acknowledged` (reviewed, its evidence as
 * reviewed), `new-evidence` (reviewed; claims joined or left its sides but
 * the disputed values are the same, so the review carries over), `changed`
 * (reviewed, but the disputed values changed: the verdict may not hold),
 * `new` (not in the baseline), `mismatched` (its baseline entry names
 * another rule), `below-threshold` (new, but under `failOn`). Whether it
 * fails is the item's `fails`: `changed` fails at the failing severities
 * unless `recheckOn` is `never`, `new-evidence` only with `recheckOn:
 * 'new-evidence'`.
 */
export type FindingStatus = 'acknowledged' | 'new-evidence' | 'changed' | 'new' | 'mismatched' | 'below-threshold';

/** The check's verdict: `pass`, `fail` (content problems: exit 1) or `error` (the tool could not check: exit 2). */
export type CheckVerdict = 'pass' | 'fail' | 'error';

/** The exit code of each verdict: `claimtrace check`'s contract with CI (0 pass, 1 content problems, 2 the tool could not check). */
export const VERDICT_EXIT_CODES = { pass: 0, fail: 1, error: 2 } as const satisfies Readonly<Record<CheckVerdict, number>>;

/** A message of the check: the loader's, the baseline's, a rule's problem. */
export interface MessageItem {
  readonly kind: 'message';
  readonly message: Message;
  readonly fails: boolean;
}

/** A finding, its status and where its claims are. */
export interface FindingItem {
  readonly kind: 'finding';
  readonly finding: Finding;
  readonly status: FindingStatus;
  readonly fails: boolean;
  /** Each claim once: its claim-file place and its quote's place in the source. */
  readonly locations: readonly ClaimLocation[];
  /** The baseline entry that reviewed it, if any (for `new-evidence` and `changed`: the old verdict). */
  readonly review?: BaselineEntry;
}

/** A baseline entry whose finding no longer occurs, with a message placed at the entry. */
export interface StaleItem {
  readonly kind: 'stale';
  readonly entry: BaselineEntry;
  readonly message: Message;
  readonly fails: true;
}

export type CheckItem = MessageItem | FindingItem | StaleItem;

export interface CheckReportOptions {
  /** The lowest severity of an unacknowledged finding that fails the check (default: the configuration's `failOn`, else `warning`). */
  readonly failOn?: Severity;
  /**
   * How many unacknowledged warning findings are tolerated: with a limit,
   * warnings fail only when there are more of them than it (whatever
   * `failOn` says about warnings), as ESLint's `--max-warnings`.
   */
  readonly maxWarnings?: number;
  /** When a reviewed finding fails again (default: the configuration's `recheckOn`, else `changed-values`). */
  readonly recheckOn?: RecheckOn;
}

export interface CheckCounts {
  readonly sources: number;
  readonly claims: number;
  readonly findings: number;
  readonly acknowledged: number;
  /** Reviewed findings with new evidence for the same disputed values (the review carries over). */
  readonly newEvidence: number;
  readonly new: number;
  readonly changed: number;
  readonly mismatched: number;
  readonly belowThreshold: number;
  readonly stale: number;
  /** Baseline entries of rules that did not run (set `off`): kept, neither stale nor checked. */
  readonly idle: number;
  /** Messages by severity (the loader's, the baseline's, the rules'). */
  readonly errors: number;
  readonly warnings: number;
  /** Unacknowledged warning findings (what `maxWarnings` counts): new, or reviewed but in need of a new review. */
  readonly unacknowledgedWarnings: number;
  /** Items that fail the check. */
  readonly failing: number;
  /** YAML files left out by `ignore`. */
  readonly ignoredFiles: number;
}

/** Coverage (values only one independent source gives are counted here, not reported as findings). */
export interface CheckCoverage {
  /** Distinct values (value clusters) over all claim groups. */
  readonly values: number;
  /** Values two or more independent sources give. */
  readonly corroborated: number;
  /** Values one independent source gives. */
  readonly singleSource: number;
}

export interface CheckReport {
  /** The claims folder, resolved: the root of every place's `file`. */
  readonly root: string;
  readonly verdict: CheckVerdict;
  readonly failOn: Severity;
  readonly recheckOn: RecheckOn;
  readonly maxWarnings?: number;
  /** Whether the rules ran (they do not when the folder has errors: findings over a half-loaded corpus would mislead). */
  readonly reconciled: boolean;
  readonly counts: CheckCounts;
  /** How many values more than one independent source backs (when the rules ran). */
  readonly coverage?: CheckCoverage;
  /** Messages in the loader's order (file, line, column), then findings in the reconciler's order, then stale entries. */
  readonly items: readonly CheckItem[];
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The ids of the rules that ran (a rule set `off` did not: its baseline entries are not stale, only idle). */
export const rulesThatRan = (reconciled: Pick<Reconciled, 'reconciler'>): ReadonlySet<string> =>
  new Set(settled(configureRules(reconciled.reconciler.rules, reconciled.reconciler.config)).map((c) => c.rule.id));

/**
 * Codes of problems reading the folder rather than problems in it: the tool
 * could not read its input (a folder that is not there, a file it may not
 * read, a pipe or device where a file should be, a path or a folder past the
 * operating system's or claimtrace's limits, a file that vanished) — as
 * ESLint's fatal read errors, these exit 2, not 1.
 */
const READ_FAILURES: ReadonlySet<string> = new Set([
  'folder-missing',
  'unreadable',
  'not-a-file',
  'broken-link',
  'file-vanished',
  'path-too-long',
  'folder-too-large',
  'file-too-large',
  'source-too-large',
  'baseline-unreadable',
]);

/** Whether a message is the tool's problem rather than the folder's content: a rule's, a strategy's, the configuration's, or input it could not read. */
export const isToolProblem = (m: Message): boolean =>
  m.severity === 'error' && (m.source === 'reconcile' || m.source === 'resolve' || m.source === 'config' || READ_FAILURES.has(m.code));

/**
 * The report of a check.
 *
 * @example
 * const report = createCheckReport(await checkClaimsFolder('claims'), { failOn: 'warning' });
 * report.verdict; // 'pass' | 'fail' | 'error'
 * report.items.filter((i) => i.fails);
 */
export const createCheckReport = (check: CheckResult, options: CheckReportOptions = {}): CheckReport => {
  const { loaded, reconciled, config } = check.ok ? check.value : check.partial;
  const failOn = options.failOn ?? config?.failOn ?? 'warning';
  const maxWarnings = options.maxWarnings ?? config?.maxWarnings;
  const recheckOn = options.recheckOn ?? config?.recheckOn ?? 'changed-values';
  const items: CheckItem[] = check.messages.map((message): MessageItem => ({ kind: 'message', message, fails: message.severity === 'error' }));

  let stale: readonly BaselineEntry[] = [];
  let idle = 0;
  let unacknowledgedWarnings = 0;
  if (reconciled !== undefined) {
    const { comparison, result } = reconciled;
    const reviews = new Map<string, BaselineEntry>();
    for (const { finding, entry } of [...comparison.acknowledged, ...comparison.newEvidence, ...comparison.changed, ...comparison.mismatched]) reviews.set(finding.id, entry);
    // The baseline module says what needs a person (new, values changed, …); the thresholds say at which severities.
    const open = (severities: readonly Severity[]): ReadonlySet<string> => new Set(failingFindings(comparison, { severities, recheckOn }).map((f) => f.id));
    const openWarnings = open(['warning']);
    unacknowledgedWarnings = result.findings.filter((f) => f.severity === 'warning' && openWarnings.has(f.id) && comparison.statusOf.get(f.id) !== 'mismatched').length;
    const warningsFail = maxWarnings !== undefined ? unacknowledgedWarnings > maxWarnings : RANK.warning <= RANK[failOn];
    const failing = open(SEVERITIES.filter((severity) => (severity === 'warning' ? warningsFail : RANK[severity] <= RANK[failOn])));
    const locator = createClaimLocator(loaded);
    for (const finding of result.findings) {
      const reviewed = comparison.statusOf.get(finding.id) ?? 'new';
      const fails = failing.has(finding.id);
      const status: FindingStatus = reviewed === 'reviewed' ? 'acknowledged' : reviewed === 'new' && !fails ? 'below-threshold' : reviewed;
      const review = reviews.get(finding.id);
      items.push({ kind: 'finding', finding, status, fails, locations: locator.finding(finding), ...(review !== undefined ? { review } : {}) });
    }
    const ran = rulesThatRan(reconciled);
    stale = comparison.stale.filter((e) => ran.has(e.rule));
    idle = comparison.stale.length - stale.length;
    for (const entry of stale) {
      const place = reconciled.baselinePlaces.get(entry.id);
      const message = createMessage('stale-baseline-entry', `baseline entry ${entry.id} [${entry.rule}] matches no finding any more (reviewed as ${entry.verdict}: ${entry.reason})`, {
        ruleId: entry.rule,
        hint: 'remove it with `claimtrace baseline prune`, or find out why the finding went',
        ...(place !== undefined ? { place } : {}),
      });
      items.push({ kind: 'stale', entry, message, fails: true });
    }
  }

  const findings = items.filter((i): i is FindingItem => i.kind === 'finding');
  const messages = items.filter((i): i is MessageItem => i.kind === 'message');
  const count = (status: FindingStatus) => findings.filter((f) => f.status === status).length;
  const failing = items.filter((i) => i.fails).length;
  const verdict: CheckVerdict = messages.some((i) => isToolProblem(i.message)) ? 'error' : failing > 0 ? 'fail' : 'pass';
  return {
    root: loaded.root,
    verdict,
    failOn,
    recheckOn,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    reconciled: reconciled !== undefined,
    counts: {
      sources: loaded.corpus.sources.length,
      claims: loaded.corpus.claims.length,
      findings: findings.length,
      acknowledged: count('acknowledged'),
      newEvidence: count('new-evidence'),
      new: count('new'),
      changed: count('changed'),
      mismatched: count('mismatched'),
      belowThreshold: count('below-threshold'),
      stale: stale.length,
      idle,
      errors: messages.filter((i) => i.message.severity === 'error').length,
      warnings: messages.filter((i) => i.message.severity === 'warning').length,
      unacknowledgedWarnings,
      failing,
      ignoredFiles: loaded.ignoredFiles.length,
    },
    ...(reconciled !== undefined
      ? {
          coverage: {
            values: reconciled.result.coverage.values,
            corroborated: reconciled.result.coverage.corroborated,
            singleSource: reconciled.result.coverage.singleSource.length,
          },
        }
      : {}),
    items,
  };
};

/**
 * The report with only what fails the check (`--quiet`); counts and verdict
 * unchanged.
 *
 * @example
 * render(quiet ? onlyFailing(report) : report)
 */
export const onlyFailing = (report: CheckReport): CheckReport => ({ ...report, items: report.items.filter((i) => i.fails) });
