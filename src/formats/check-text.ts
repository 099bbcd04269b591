/**
 * The words and places every check format shares: where an item is
 * (`file:line:col` as it opens from the working directory), a finding's
 * claims with their claim-file places and their quotes' places in the
 * sources, the status of a finding, and the closing summary. The stylish,
 * GitHub, JUnit formats and the test-runner helper put findings into words
 * here, so they say the same thing.
 */
import type { ClaimLocation, QuotePlace } from '../check/claim-locations.js';
import type { CheckItem, CheckReport, FindingStatus } from '../check/check-report.js';
import type { BaselineEntry } from '../model/baseline.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import { type FilePlace, isFilePlace, messageWords, type Severity } from '../model/message.js';

/** `claims/claims/003.yaml:12:5` */
export const placeText = (place: FilePlace, paths: PathOptions): string => `${displayPath(place.file, paths)}:${place.start.line}:${place.start.column}`;

/** `sources/003.txt:41:7` (or `003@120-145` when the source has no text file). */
export const quotePlaceText = (quote: QuotePlace, paths: PathOptions): string =>
  quote.file !== undefined ? `${displayPath(quote.file, paths)}:${quote.line}:${quote.column}` : `${quote.sourceId}@${quote.start}-${quote.end}`;

/** The quote's words, shortened to about `max` characters, on one line. */
export const shortQuote = (exact: string, max = 60): string => {
  const flat = exact.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

/** `cost-gazette at claims/claims/gazette.yaml:4:5, quoting “$2 billion” at sources/gazette.txt:3:12 (offsets 60–70)` */
export const locationText = (location: ClaimLocation, paths: PathOptions): string =>
  `${location.claimId}${location.claim !== undefined ? ` at ${placeText(location.claim, paths)}` : ''}, quoting “${shortQuote(location.quote.exact)}” at ${quotePlaceText(location.quote, paths)} (offsets ${location.quote.start}–${location.quote.end})`;

/** The claims folder as shown (`claims`, `.`). */
export const folderText = (report: CheckReport, paths: PathOptions): string => displayPath('.', { ...paths, root: paths.root ?? report.root });

/** What a finding's status means, for people. */
export const STATUS_WORDS: Readonly<Record<FindingStatus, string>> = {
  acknowledged: 'reviewed in the baseline',
  'new-evidence': 'reviewed, new evidence: claims joined or left it, the disputed values are the same, so the review carries over',
  changed: 'reviewed, but the disputed values changed since: review it again',
  new: 'new: not in the baseline',
  mismatched: 'its baseline entry names another rule',
  'below-threshold': 'not reviewed, below --fail-on',
};

/** `reviewed as tension by desk on 2026-11-22: the reason` */
export const reviewText = (review: BaselineEntry): string =>
  `reviewed as ${review.verdict} by ${review.reviewedBy}${review.reviewedAt !== undefined ? ` on ${review.reviewedAt}` : ''}: ${review.reason}`;

/** The file place of an item: a message's, a finding's first written claim, a stale entry's. */
export const itemPlace = (item: CheckItem): FilePlace | undefined => {
  if (item.kind === 'finding') {
    const written = item.locations.find((l) => l.claim !== undefined)?.claim;
    return written ?? (isFilePlace(item.finding.place) ? item.finding.place : undefined);
  }
  return isFilePlace(item.message.place) ? item.message.place : undefined;
};

/** The rule id or message code of an item. */
export const itemRule = (item: CheckItem): string =>
  item.kind === 'finding' ? item.finding.ruleId : item.message.code === 'finding' ? (item.message.ruleId ?? 'finding') : item.message.code;

/** The severity of an item (a stale entry fails like an error). */
export const itemSeverity = (item: CheckItem): Severity => (item.kind === 'finding' ? item.finding.severity : item.kind === 'stale' ? 'error' : item.message.severity);

/** The one-line message of an item. */
export const itemMessage = (item: CheckItem): string => (item.kind === 'finding' ? item.finding.message : messageWords(item.message));

/**
 * An item in full, plain text: the message, then for a finding its id and
 * status and each claim's places, else the hint.
 *
 * @example
 * itemDetails(item, paths)
 * // ['value-conflict:6b1f0e2c9a1d (new: not in the baseline)',
 * //  'cost-gazette at claims/claims/gazette.yaml:4:5, quoting “$2 billion” at claims/sources/gazette.txt:3:12 (offsets 60–70)', …]
 */
export const itemDetails = (item: CheckItem, paths: PathOptions): readonly string[] => {
  if (item.kind === 'finding') {
    return [
      `${item.finding.id} (${STATUS_WORDS[item.status]})`,
      ...(item.review !== undefined && item.status !== 'acknowledged' ? [reviewText(item.review)] : []),
      ...item.locations.map((l) => locationText(l, paths)),
    ];
  }
  return item.message.hint !== undefined ? [`hint: ${item.message.hint}`] : [];
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The closing lines: the verdict, what failed, the folder's counts, and its
 * coverage (values only one independent source gives are counted, not
 * findings).
 *
 * @example
 * summaryLines(report, paths)
 * // { verdict: '✖ check failed: 2 findings not reviewed, 1 error in the claims folder',
 * //   counts: 'claims: 5 sources, 269 claims; 5 findings (…)',
 * //   coverage: 'coverage: 38 of 214 values corroborated by two or more independent sources; …' }
 */
export const summaryLines = (report: CheckReport, paths: PathOptions): { readonly verdict: string; readonly counts: string; readonly coverage?: string } => {
  const c = report.counts;
  const failing = (status: FindingStatus): number => report.items.filter((i) => i.kind === 'finding' && i.fails && i.status === status).length;
  const loadErrors = report.items.filter((i) => i.kind === 'message' && i.fails).length;
  const [unreviewed, changed, newEvidence, mismatched] = [failing('new'), failing('changed'), failing('new-evidence'), failing('mismatched')];
  const reasons = [
    ...(loadErrors > 0 ? [`${plural(loadErrors, 'error')} in the claims folder`] : []),
    ...(unreviewed > 0 ? [`${plural(unreviewed, 'finding')} not reviewed`] : []),
    ...(changed > 0 ? [`${plural(changed, 'reviewed finding')} whose disputed values changed`] : []),
    ...(newEvidence > 0 ? [`${plural(newEvidence, 'reviewed finding')} with new evidence (--recheck-on new-evidence)`] : []),
    ...(mismatched > 0 ? [`${mismatched} baseline ${mismatched === 1 ? 'entry names' : 'entries name'} another rule than the finding`] : []),
    ...(c.stale > 0 ? [`${c.stale} stale baseline ${c.stale === 1 ? 'entry' : 'entries'}`] : []),
    ...(report.maxWarnings !== undefined && c.unacknowledgedWarnings > report.maxWarnings
      ? [`${plural(c.unacknowledgedWarnings, 'warning')} over --max-warnings ${report.maxWarnings}`]
      : []),
  ];
  const verdict =
    report.verdict === 'pass'
      ? `✔ check passed: every quote anchors, and every finding at or above ${report.failOn} is reviewed`
      : report.verdict === 'error'
        ? `✖ check could not run: ${reasons.length > 0 ? `${reasons.join(', ')}; ` : ''}see the errors above`
        : `✖ check failed: ${reasons.join(', ')}`;
  // Only the statuses that occur: `5 findings (3 reviewed, 2 reviewed with new evidence)`.
  const statuses = [
    [c.acknowledged, 'reviewed'],
    [c.newEvidence, 'reviewed with new evidence'],
    [c.new, 'new'],
    [c.changed, 'with changed values'],
    [c.mismatched, 'naming another rule'],
    [c.belowThreshold, `below --fail-on ${report.failOn}`],
  ] as const;
  const occurring = statuses.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  const findings = report.reconciled
    ? `${plural(c.findings, 'finding')}${occurring.length > 0 ? ` (${occurring.join(', ')})` : ''}`
    : 'the rules did not run: the folder has errors (findings over a half-loaded folder would mislead)';
  const ignored = c.ignoredFiles > 0 ? `; ${plural(c.ignoredFiles, 'file')} ignored` : '';
  const coverage = report.coverage;
  return {
    verdict,
    counts: `${folderText(report, paths)}: ${plural(c.sources, 'source')}, ${plural(c.claims, 'claim')}; ${findings}${ignored}`,
    ...(coverage !== undefined
      ? {
          coverage:
            `coverage: ${coverage.corroborated} of ${plural(coverage.values, 'value')} corroborated by two or more independent sources; ` +
            `${coverage.singleSource} rest on one (not findings: the report's coverage table lists them)`,
        }
      : {}),
  };
};
