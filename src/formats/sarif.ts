/**
 * Format `sarif`: SARIF 2.1.0 (OASIS), what GitHub code scanning and other
 * CI dashboards read. One run of the tool `claimtrace` with the metadata of
 * every rule that ran and of every message code that occurs (description,
 * docs url, default level); one result per message, finding and stale
 * baseline entry:
 *
 * - a finding's location is its first claim's place in its claim file; its
 *   other claims and every quote (line and column in the source's text
 *   file, with the quoted words) are related locations;
 * - `partialFingerprints` carry the finding's stable id (a message's hash of
 *   code, file, claim and words) — rule, claim group and what is disputed,
 *   never which claims support each side — so a dashboard tracks a finding
 *   across runs and commits even when lines move or a new source agrees
 *   with one side; the evidence fingerprint is a property;
 * - `baselineState` says new / unchanged / updated against baseline.yaml,
 *   and a reviewed finding whose review holds (unchanged, or carried over
 *   to new evidence) carries an accepted external `suppression` with the
 *   reviewer's verdict and reason.
 *
 * Columns count UTF-16 code units (`columnKind`), as every place in
 * claimtrace does. A test validates the output against the official schema.
 */
import type { QuotePlace } from '../check/claim-locations.js';
import { type CheckItem, type FindingItem, type FindingStatus, rulesThatRan } from '../check/check-report.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import { docsUrl } from '../model/docs-url.js';
import { type FilePlace, isFilePlace, type Severity } from '../model/message.js';
import { MESSAGE_CODES, type MessageCode } from '../model/message-codes.js';
import type { AnyRule } from '../reconcile/rule.js';
import { shortHash } from '../reconcile/stable-hash.js';
import { itemMessage, itemPlace, itemRule, itemSeverity } from './check-text.js';
import { jsonText } from '../ingest/control-characters.js';
import { type OutputFormat, checkInputOf } from './format.js';
import { TOOL } from './tool.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a SARIF URI: relative paths percent-encoded segment by segment, absolute ones as `file://` URIs. */
const uriOf = (path: string): string => {
  const encoded = path
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  return path.startsWith('/') ? `file://${encoded}` : /^[A-Za-z]:\//.test(path) ? `file:///${encoded}` : encoded;
};

const artifact = (file: string, paths: PathOptions) => {
  const shown = displayPath(file, paths);
  const uri = uriOf(shown);
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
};

const filePlaceLocation = (place: FilePlace, paths: PathOptions) => ({
  physicalLocation: {
    artifactLocation: artifact(place.file, paths),
    region: { startLine: place.start.line, startColumn: place.start.column, ...(place.end !== undefined ? { endLine: place.end.line, endColumn: place.end.column } : {}) },
  },
});

const quoteLocation = (quote: QuotePlace, paths: PathOptions) =>
  quote.file === undefined
    ? undefined
    : {
        physicalLocation: {
          artifactLocation: artifact(quote.file, paths),
          region: { startLine: quote.line, startColumn: quote.column, endLine: quote.endLine, endColumn: quote.endColumn, snippet: { text: quote.exact } },
        },
      };

const highest = (severities: readonly Severity[]): Severity => (severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'info');

const ruleDescriptor = (rule: AnyRule) => ({
  id: rule.id,
  shortDescription: { text: rule.meta.description },
  fullDescription: { text: rule.meta.description },
  help: { text: `${rule.meta.description} See ${rule.meta.url}`, markdown: rule.meta.docs },
  helpUri: rule.meta.url,
  defaultConfiguration: { level: LEVELS[highest(Object.values(rule.meta.kinds).map((k) => k.severity))] },
  properties: { tags: ['claimtrace', 'finding', ...(rule.meta.contested ? ['contested'] : [])], kinds: Object.keys(rule.meta.kinds) },
});

const codeDescriptor = (code: MessageCode) => ({
  id: code,
  shortDescription: { text: MESSAGE_CODES[code].summary },
  helpUri: docsUrl('messages.md', code),
  defaultConfiguration: { level: 'error' as SarifLevel },
  properties: { tags: ['claimtrace', MESSAGE_CODES[code].source] },
});

/**
 * SARIF's `baselineState` of each status: a reviewed finding is `unchanged`;
 * one whose evidence or disputed values changed since its review, or whose
 * entry names another rule, `updated`; an unreviewed one `new`.
 */
const BASELINE_STATES: Readonly<Record<FindingStatus, 'new' | 'unchanged' | 'updated'>> = {
  acknowledged: 'unchanged',
  'new-evidence': 'updated',
  changed: 'updated',
  mismatched: 'updated',
  new: 'new',
  'below-threshold': 'new',
};

const findingResult = (item: FindingItem, paths: PathOptions) => {
  const written = item.locations.filter((l) => l.claim !== undefined);
  const [primary, ...others] = written;
  const fallback = itemPlace(item);
  const related = [
    ...others.map((l) => ({ ...filePlaceLocation(l.claim as FilePlace, paths), message: { text: `claim ${l.claimId} (source ${l.sourceId})` } })),
    ...item.locations.flatMap((l) => {
      const at = quoteLocation(l.quote, paths);
      return at === undefined ? [] : [{ ...at, message: { text: `the quote of claim ${l.claimId} in source ${l.sourceId} (offsets ${l.quote.start}–${l.quote.end})` } }];
    }),
  ].map((location, i) => ({ id: i + 1, ...location }));
  const review = item.review;
  return {
    message: { text: `${item.finding.message}\n${item.finding.id}${item.locations.length > 0 ? `: claims ${item.locations.map((l) => l.claimId).join(', ')}` : ''}` },
    locations: primary?.claim !== undefined ? [filePlaceLocation(primary.claim, paths)] : fallback !== undefined ? [filePlaceLocation(fallback, paths)] : [],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { 'claimtraceFindingId/v1': item.finding.id },
    baselineState: BASELINE_STATES[item.status],
    ...(review !== undefined && !item.fails && item.status !== 'mismatched'
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${review.verdict}: ${review.reason} (reviewed by ${review.reviewedBy}${review.reviewedAt !== undefined ? ` on ${review.reviewedAt}` : ''}${item.status === 'new-evidence' ? '; new evidence since, the review carries over' : ''})`,
            },
          ],
        }
      : {}),
    properties: {
      findingId: item.finding.id,
      kind: item.finding.kind,
      status: item.status,
      fails: item.fails,
      fingerprint: item.finding.fingerprint,
      ...(item.finding.discrepancy !== undefined ? { discrepancy: item.finding.discrepancy } : {}),
      sides: item.finding.sides.map((side) => ({ label: side.label, claims: side.claims.map((c) => c.claimId), support: side.support })),
    },
  };
};

const resultOf = (item: CheckItem, paths: PathOptions, ruleIndex: ReadonlyMap<string, number>) => {
  const ruleId = itemRule(item);
  const common = { ruleId, ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}), level: LEVELS[itemSeverity(item)] };
  if (item.kind === 'finding') return { ...common, ...findingResult(item, paths) };
  const m = item.message;
  const place = isFilePlace(m.place) ? m.place : undefined;
  const identity = [m.code, place?.file ?? '', m.claimId ?? '', m.sourceId ?? '', m.message].join('\u0000');
  return {
    ...common,
    message: { text: `${itemMessage(item)}${m.hint !== undefined ? `\nhint: ${m.hint}` : ''}` },
    locations: place !== undefined ? [filePlaceLocation(place, paths)] : [],
    partialFingerprints:
      item.kind === 'stale' ? { 'claimtraceBaselineEntry/v1': item.entry.id } : { 'claimtraceMessage/v1': shortHash(identity, 16) },
    properties: { fails: item.fails, ...(m.claimId !== undefined ? { claimId: m.claimId } : {}), ...(m.sourceId !== undefined ? { sourceId: m.sourceId } : {}) },
  };
};

export const sarifFormat: OutputFormat = {
  id: 'sarif',
  summary: 'SARIF 2.1.0 for code scanning: rule metadata, locations, stable fingerprints from finding ids',
  mediaType: 'application/sarif+json',
  fileName: 'claimtrace.sarif',
  needs: 'check',
  commands: ['check'],
  options: [],
  render: (input) => {
    const { report, paths } = checkInputOf(input);
    const reconciled = input.check?.reconciled;
    // The rules that ran (an opt-in rule not turned on, or a rule set off, reports nothing and is not described).
    const ran = reconciled !== undefined ? rulesThatRan(reconciled) : new Set<string>();
    const rules = (reconciled?.reconciler.rules ?? []).filter((r) => ran.has(r.id));
    const codes = [...new Set(report.items.flatMap((i): MessageCode[] => (i.kind === 'finding' || i.message.code === 'finding' ? [] : [i.message.code])))].filter(
      (c) => !rules.some((r) => r.id === c),
    );
    const descriptors = [...rules.map(ruleDescriptor), ...codes.map(codeDescriptor)];
    const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: TOOL.name, version: TOOL.version, semanticVersion: TOOL.version, informationUri: TOOL.informationUri, rules: descriptors } },
          invocations: [{ executionSuccessful: report.verdict !== 'error' }],
          columnKind: 'utf16CodeUnits',
          ...(report.coverage !== undefined ? { properties: { coverage: report.coverage } } : {}),
          results: report.items.map((item) => resultOf(item, paths, ruleIndex)),
        },
      ],
    };
    return jsonText(log);
  },
};
