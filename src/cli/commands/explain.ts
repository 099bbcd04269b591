/**
 * `claimtrace explain <finding-id> [dir]`: one finding in full — the rule and
 * what it checks, each side's claims with the quoted words, where they stand
 * (claim file and source line:column), the normalized values, related notes,
 * independent source groups and the reviewer's verdict.
 */
import { createClaimLocator } from '../../check/claim-locations.js';
import { locationJson } from '../../formats/check-json.js';
import { placeText } from '../../formats/check-text.js';
import { displayPath } from '../../model/display-path.js';
import type { Finding, FindingClaim, FindingNote } from '../../model/finding.js';
import type { Span } from '../../model/span.js';
import { type BaselineEntry, type ReviewStatus, ReviewVerdictSchema } from '../../reconcile/index.js';
import type { PreferredValue } from '../../report/index.js';
import { describeValue } from '../../values/index.js';
import { CliError } from '../cli-error.js';
import { type Command, flag } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../exit-codes.js';
import { CONFIG_OPTION, CONFIG_OPTION_HELP, type PipelineRun, runPipeline } from '../run-pipeline.js';
import type { Style } from '../style.js';
import { compareOrdinal } from '../../model/ordinal.js';
import { jsonText } from '../../ingest/control-characters.js';
import { appendAll } from '../../model/append-all.js';

/** The finding with this id, or the only one whose id, or the hash after its rule ("e0f4ef2df17d"), starts with it. */
export const findFinding = (findings: readonly Finding[], query: string): Finding | readonly Finding[] => {
  const exact = findings.find((f) => f.id === query);
  if (exact !== undefined) return exact;
  // A prefix of the whole id ("value-conflict:e0f4"), or of its hash alone ("e0f4ef2df17d", as a reviewer copies it).
  const byPrefix = findings.filter((f) => f.id.startsWith(query) || f.id.slice(f.id.lastIndexOf(':') + 1).startsWith(query));
  return byPrefix.length === 1 && byPrefix[0] !== undefined ? byPrefix[0] : byPrefix;
};

const commonPrefixLength = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** Ids that look most like the query (longest common prefix, then id order), for "did you mean". */
export const closestIds = (findings: readonly Finding[], query: string, count = 5): readonly string[] =>
  [...findings]
    .map((f) => ({ id: f.id as string, shared: commonPrefixLength(f.id, query) }))
    .sort((a, b) => b.shared - a.shared || compareOrdinal(a.id, b.id))
    .slice(0, count)
    .map((x) => x.id);

interface Places {
  readonly spanPlace: (span: Span) => string;
  readonly claimPlace: (claimId: string) => string | undefined;
}

/** Places as the user opens them, from the claim locator all check outputs share. */
const places = (run: PipelineRun): Places => {
  const locator = createClaimLocator(run.loaded);
  return {
    spanPlace: (span) => {
      const q = locator.quote(span);
      const file = q.file !== undefined ? displayPath(q.file, run.paths) : q.sourceId;
      return `${file} ${q.line}:${q.column}–${q.endLine}:${q.endColumn} (source ${q.sourceId}, offsets ${q.start}–${q.end})`;
    },
    claimPlace: (claimId) => {
      const at = run.loaded.claimLocations.get(claimId);
      return at === undefined ? undefined : placeText(at, run.paths);
    },
  };
};

const claimLines = (c: FindingClaim, where: Places, style: Style): string[] => {
  const written = where.claimPlace(c.claimId);
  return [
    `    ${style.bold(c.claimId)}${written !== undefined ? style.dim(`  (${written})`) : ''}`,
    `      quote  “${c.span.quote.exact}”`,
    `      in     ${where.spanPlace(c.span)}`,
    `      value  ${describeValue(c.value)}`,
  ];
};

const noteLines = (n: FindingNote, where: Places): string[] => [
  `  - ${n.message}${n.claimId !== undefined ? ` (claim ${n.claimId})` : ''}${n.sourceId !== undefined ? ` (source ${n.sourceId})` : ''}`,
  ...(n.span !== undefined ? [`      “${n.span.quote.exact}” at ${where.spanPlace(n.span)}`] : []),
];

/** How a finding's review stands, as the line that shows it begins. */
const REVIEW_STANDING: Readonly<Record<ReviewStatus, string>> = {
  reviewed: 'reviewed',
  'new-evidence': 'reviewed, new evidence since (the disputed values are the same: the review carries over)',
  changed: 'reviewed, but the disputed values changed since (review it again)',
  new: 'reviewed',
  mismatched: 'the baseline entry names another rule',
};

/** The finding explained in words. */
export const explainText = (
  finding: Finding,
  run: PipelineRun,
  ruleDescription: string | undefined,
  review: BaselineEntry | undefined,
  style: Style,
  preferred?: PreferredValue,
  reviewStatus?: ReviewStatus,
): string => {
  const where = places(run);
  const lines = [
    `${style.bold(finding.id)}`,
    `  rule      ${finding.ruleId}${ruleDescription !== undefined ? ` — ${ruleDescription}` : ''}`,
    `  severity  ${finding.severity}`,
    `  kind      ${finding.kind}`,
    ...(finding.key !== undefined ? [`  group     ${finding.key.subject} / ${finding.key.predicate}`] : []),
    ...(finding.discrepancy !== undefined ? [`  apart     ${finding.discrepancy.label} (${finding.discrepancy.grade})`] : []),
    '',
    finding.message,
    '',
  ];
  finding.sides.forEach((side, i) => {
    lines.push(`  side ${i + 1}: ${side.label}`);
    for (const c of side.claims) appendAll(lines, claimLines(c, where, style));
    lines.push('');
  });
  if (finding.related.length > 0) {
    lines.push('  related:');
    for (const n of finding.related) appendAll(lines, noteLines(n, where));
    lines.push('');
  }
  if (finding.sourceGroups !== undefined) {
    lines.push(`  independent source groups: ${finding.sourceGroups.map((g) => `[${g.join(', ')}]`).join(' ')}`);
    lines.push('');
  }
  if (preferred !== undefined) {
    lines.push(`  most likely (${preferred.strategy}): ${preferred.value}, confidence ${preferred.confidence.toFixed(2)}`);
    lines.push(`    ${preferred.explanation}`);
    lines.push('');
  }
  lines.push(
    review !== undefined
      ? `  ${REVIEW_STANDING[reviewStatus ?? 'reviewed']}: ${review.verdict} by ${review.reviewedBy}${review.reviewedAt !== undefined ? ` on ${review.reviewedAt}` : ''} — ${review.reason}`
      : `  not reviewed: record a verdict (${ReviewVerdictSchema.options.join(', ')}) and a reason with claimtrace baseline accept ${finding.id}`,
  );
  if (finding.data !== undefined && Object.keys(finding.data).length > 0) {
    lines.push(`  data: ${JSON.stringify(finding.data)}`);
  }
  return `${lines.join('\n')}\n`;
};

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show one finding in full',
  usage: ['claimtrace explain <finding-id> [dir] [--json]'],
  description: [
    'Loads and reconciles the claims folder (default: the claims folder you are in, else ./claims, else .)',
    'and prints one finding in full. A unique prefix of the id is enough.',
    'Exit: 0 shown; 1 the folder has errors; 2 no such finding.',
  ].join('\n'),
  options: { json: { type: 'boolean' }, ...CONFIG_OPTION },
  optionHelp: { json: 'print the finding (and its review) as JSON', ...CONFIG_OPTION_HELP },
  positionals: { min: 1, max: 2 },
  run: async ({ values, positionals }, context) => {
    const [query = '', folderArg] = positionals;
    const run = await runPipeline(folderArg, values, context, { reconcile: true });
    const reconciled = run.reconciled;
    if (reconciled === undefined) {
      throw new CliError(`${run.shown} is not a valid claims folder; nothing was reconciled`, {
        details: messagesText(run.messages, run.paths, context.err),
        hint: `run claimtrace check ${run.shown} and fix the errors first`,
        exitCode: EXIT_PROBLEMS,
      });
    }
    const found = findFinding(reconciled.result.findings, query);
    if (!('id' in found)) {
      const candidates = found.length > 1 ? found.map((f) => f.id) : closestIds(reconciled.result.findings, query);
      throw new CliError(
        found.length > 1
          ? `"${query}" matches ${found.length} findings; give more of the id`
          : `no finding ${query} in ${run.shown} (${reconciled.result.findings.length} findings)`,
        { hint: candidates.length > 0 ? `did you mean: ${candidates.slice(0, 5).join(', ')}` : 'the folder has no findings' },
      );
    }
    const rule = reconciled.reconciler.rules.find((r) => r.id === found.ruleId);
    const review = reconciled.baseline.findings.find((e) => e.id === found.id);
    const reviewStatus = reconciled.comparison.statusOf.get(found.id);
    const preferred = reconciled.preferred.get(found.id);
    if (flag(values, 'json')) {
      const locations = createClaimLocator(run.loaded).finding(found).map((l) => locationJson(l, run.paths));
      const document = { finding: found, locations, rule: rule !== undefined ? { id: rule.id, ...rule.meta } : undefined, review: review ?? null, reviewStatus: reviewStatus ?? null, preferred: preferred ?? null };
      context.io.stdout.write(jsonText(document));
    } else {
      context.io.stdout.write(explainText(found, run, rule?.meta.description, review, context.out, preferred, reviewStatus));
    }
    return EXIT_OK;
  },
};
