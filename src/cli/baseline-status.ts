/**
 * What `claimtrace baseline status` shows: where each finding and baseline
 * entry stands — new, values changed, carried over to new evidence,
 * mismatched rule, reviewed, stale, idle — from the check report
 * (`reportOfRun`, which compares the findings with the baseline), as rows
 * (`--json`) and as text. A review is of a disagreement (the finding's id:
 * rule, claim group, what is disputed), so a new source that agrees with one
 * side carries the review over; what was disputed when it was reviewed is
 * shown beside what is disputed now when that changed.
 */
import { rulesThatRan } from '../check/check-report.js';
import { placeText, reviewText } from '../formats/check-text.js';
import type { FindingStatus } from '../check/check-report.js';
import type { BaselineEntry } from '../model/baseline.js';
import { type PipelineRun, reportOfRun } from './run-pipeline.js';
import { checkThresholds } from './severity-threshold.js';
import type { Style } from './style.js';

/** Where a finding or entry stands, for `status`. */
export type Standing = 'new' | 'changed' | 'carried-over' | 'mismatched' | 'reviewed' | 'stale' | 'idle';

/** The heading of each standing. */
const STANDING_WORDS: Readonly<Record<Standing, string>> = {
  new: 'new — not reviewed',
  changed: 'values changed — reviewed, but the disputed values changed since (a new value, a side gone, sides merged): the verdict may not hold',
  'carried-over': 'carried over — reviewed; claims joined or left since, the disputed values are the same: the review still holds',
  mismatched: 'mismatched rule — the entry names another rule than the finding (a hand-edited id?)',
  reviewed: 'reviewed — the evidence is as it was reviewed',
  stale: 'stale — reviewed disagreements that are gone (claimtrace baseline prune removes them)',
  idle: 'idle — entries of rules that did not run (set off, or opt-in and not turned on); kept as they are',
};

/** Each standing in the one-line count. */
const STANDING_COUNTS: Readonly<Record<Standing, string>> = {
  new: 'new',
  changed: 'with changed values',
  'carried-over': 'carried over to new evidence',
  mismatched: 'naming another rule',
  reviewed: 'reviewed',
  stale: 'stale',
  idle: 'idle',
};

/** The standing of a finding of each check status. */
const STANDING_OF: Readonly<Record<FindingStatus, Standing>> = {
  acknowledged: 'reviewed',
  'new-evidence': 'carried-over',
  changed: 'changed',
  new: 'new',
  'below-threshold': 'new',
  mismatched: 'mismatched',
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
  /** What is disputed now (one list of value keys per position), for a finding whose disputed values changed since its review (`review.disputed` is what was). */
  readonly disputed?: readonly (readonly string[])[];
}

/** Where every finding and baseline entry of a checked folder stands (`--fail-on` and `--recheck-on` as given, else the configuration's). */
export const statusRows = (run: PipelineRun, thresholds: { readonly failOn?: string | undefined; readonly recheckOn?: string | undefined }): StatusRow[] => {
  const reconciled = run.reconciled as NonNullable<PipelineRun['reconciled']>;
  const report = reportOfRun(run, checkThresholds(run, thresholds));
  const rows: StatusRow[] = [];
  for (const item of report.items) {
    if (item.kind === 'finding') {
      const standing = STANDING_OF[item.status];
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
        ...(standing === 'changed' ? { disputed: item.finding.disputed } : {}),
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

/** Disputed positions as text: `country:AE | country:GB | country:NL` (keys of one position joined by `, `). */
const disputedText = (positions: readonly (readonly string[])[]): string => positions.map((p) => p.join(', ')).join(' | ');

const STANDING_ORDER = ['new', 'changed', 'carried-over', 'mismatched', 'stale', 'idle', 'reviewed'] as const;

/** The rows as text: a summary line, then each standing but `reviewed` with its findings. */
export const statusText = (rows: readonly StatusRow[], run: PipelineRun, style: Style): string => {
  const count = (standing: Standing) => rows.filter((r) => r.standing === standing).length;
  const findings = run.reconciled?.result.findings.length ?? 0;
  const entries = run.reconciled?.baseline.findings.length ?? 0;
  const lines = [
    `${run.shown}: ${findings} finding${findings === 1 ? '' : 's'}, ${entries} baseline entr${entries === 1 ? 'y' : 'ies'} — ` +
      STANDING_ORDER.map((s) => `${count(s)} ${STANDING_COUNTS[s]}`).join(', '),
  ];
  for (const standing of STANDING_ORDER) {
    const here = rows.filter((r) => r.standing === standing);
    if (here.length === 0 || standing === 'reviewed') continue;
    const failing = here.some((r) => r.fails);
    lines.push('', `${failing ? style.red(String(here.length)) : String(here.length)} ${STANDING_WORDS[standing]}:`);
    for (const r of here) {
      lines.push(`  ${style.bold(r.id)}${r.severity !== undefined ? ` ${r.severity}` : ''}${r.fails ? '' : style.dim(' (does not fail the check)')}${r.where !== undefined ? `  ${style.dim(r.where)}` : ''}`);
      if (r.message !== undefined) lines.push(`    ${r.message}`);
      if (r.review !== undefined) lines.push(`    ${style.dim(reviewText(r.review))}`);
      if (r.disputed !== undefined) {
        lines.push(`    ${style.dim(`disputed when reviewed: ${r.review?.disputed !== undefined ? disputedText(r.review.disputed) : '(not recorded)'}`)}`);
        lines.push(`    ${style.dim(`disputed now:           ${disputedText(r.disputed)}`)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
};
