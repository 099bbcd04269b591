/**
 * What `claimtrace baseline status` shows: where each finding and baseline
 * entry stands — new, changed, carried over, mismatched, reviewed, stale,
 * idle — from the check report (`reportOfRun`, which compares the findings
 * with the baseline), as rows (`--json`) and as text.
 */
import { rulesThatRan } from '../check/check-report.js';
import { placeText } from '../formats/check-text.js';
import type { BaselineEntry } from '../model/baseline.js';
import { type PipelineRun, reportOfRun } from './run-pipeline.js';
import { parseSeverity } from './severity-threshold.js';
import type { Style } from './style.js';

/** Where a finding or entry stands, for `status`. */
export type Standing = 'new' | 'changed' | 'carried-over' | 'mismatched' | 'reviewed' | 'stale' | 'idle';

const STANDING_WORDS: Readonly<Record<Standing, string>> = {
  new: 'new — not reviewed',
  changed: 'changed — reviewed, but what the finding says about its claims changed since',
  'carried-over': 'carried over — reviewed; new evidence for the same disagreement, the review still holds',
  mismatched: 'mismatched — the entry names another rule than the finding',
  reviewed: 'reviewed — unchanged since the review',
  stale: 'stale — reviewed findings that no longer occur (claimtrace baseline prune removes them)',
  idle: 'idle — entries of rules that did not run (set off); kept as they are',
};

/** One finding or entry, as `status` lists it. */
export interface StatusRow {
  readonly standing: Standing;
  readonly id: string;
  readonly rule: string;
  readonly severity?: string;
  readonly fails: boolean;
  readonly where?: string;
  readonly message?: string;
  readonly review?: BaselineEntry;
}

/** Where every finding and baseline entry of a checked folder stands. */
export const statusRows = (run: PipelineRun, failOnValue: string | undefined): StatusRow[] => {
  const reconciled = run.reconciled as NonNullable<PipelineRun['reconciled']>;
  const failOn = parseSeverity(failOnValue, run.config.failOn ?? 'warning');
  const report = reportOfRun(run, { failOn });
  const rows: StatusRow[] = [];
  for (const item of report.items) {
    if (item.kind === 'finding') {
      const standing: Standing = item.status === 'acknowledged' ? 'reviewed' : item.status === 'below-threshold' ? (item.review !== undefined ? 'changed' : 'new') : item.status;
      const where = item.locations.find((l) => l.claim !== undefined)?.claim;
      rows.push({
        standing,
        id: item.finding.id,
        rule: item.finding.ruleId,
        severity: item.finding.severity,
        fails: item.fails,
        ...(where !== undefined ? { where: placeText(where, run.paths) } : {}),
        message: item.finding.message,
        ...(item.review !== undefined ? { review: item.review } : {}),
      });
    } else if (item.kind === 'stale') {
      const place = reconciled.baselinePlaces.get(item.entry.id);
      rows.push({ standing: 'stale', id: item.entry.id, rule: item.entry.rule, fails: true, ...(place !== undefined ? { where: placeText(place, run.paths) } : {}), review: item.entry });
    }
  }
  const ran = rulesThatRan(reconciled);
  for (const entry of reconciled.comparison.stale.filter((e) => !ran.has(e.rule))) {
    const place = reconciled.baselinePlaces.get(entry.id);
    rows.push({ standing: 'idle', id: entry.id, rule: entry.rule, fails: false, ...(place !== undefined ? { where: placeText(place, run.paths) } : {}), review: entry });
  }
  return rows;
};

const STANDING_ORDER = ['new', 'changed', 'carried-over', 'mismatched', 'stale', 'idle', 'reviewed'] as const;

/** The rows as text: a summary line, then each standing but `reviewed` with its findings. */
export const statusText = (rows: readonly StatusRow[], run: PipelineRun, style: Style): string => {
  const count = (standing: Standing) => rows.filter((r) => r.standing === standing).length;
  const findings = run.reconciled?.result.findings.length ?? 0;
  const entries = run.reconciled?.baseline.findings.length ?? 0;
  const lines = [
    `${run.shown}: ${findings} finding${findings === 1 ? '' : 's'}, ${entries} baseline entr${entries === 1 ? 'y' : 'ies'} — ` +
      STANDING_ORDER.map((s) => `${count(s)} ${s.replace('-', ' ')}`).join(', '),
  ];
  for (const standing of STANDING_ORDER) {
    const here = rows.filter((r) => r.standing === standing);
    if (here.length === 0 || standing === 'reviewed') continue;
    const failing = here.some((r) => r.fails);
    lines.push('', `${failing ? style.red(String(here.length)) : String(here.length)} ${STANDING_WORDS[standing]}:`);
    for (const r of here) {
      lines.push(`  ${style.bold(r.id)}${r.severity !== undefined ? ` ${r.severity}` : ''}${r.fails ? '' : style.dim(' (does not fail the check)')}${r.where !== undefined ? `  ${style.dim(r.where)}` : ''}`);
      if (r.message !== undefined) lines.push(`    ${r.message}`);
      if (r.review !== undefined) lines.push(`    ${style.dim(`reviewed as ${r.review.verdict} by ${r.review.reviewedBy}${r.review.reviewedAt !== undefined ? ` on ${r.review.reviewedAt}` : ''}: ${r.review.reason}`)}`);
    }
  }
  return `${lines.join('\n')}\n`;
};
