/**
 * `claimtrace explain <finding-id> [dir]`: one finding in full — the rule and
 * what it checks, each side's claims with the quoted words, where they stand
 * (claim file and source line:column), the normalized values, related notes,
 * independent source groups and the reviewer's verdict.
 */
import { join } from 'node:path';
import { createLocator, type Locator } from '../../ingest/create-locator.js';
import type { Finding, FindingClaim, FindingNote } from '../../model/finding.js';
import type { Span } from '../../model/span.js';
import { type BaselineEntry, ReviewVerdictSchema } from '../../reconcile/index.js';
import type { PreferredValue } from '../../report/index.js';
import { describeValue } from '../../values/index.js';
import { CliError } from '../cli-error.js';
import { type Command, flag } from '../command.js';
import { messagesText } from '../diagnostics-output.js';
import { EXIT_INVALID_INPUT, EXIT_OK } from '../exit-codes.js';
import { type PipelineRun, runPipeline } from '../run-pipeline.js';
import type { Style } from '../style.js';
import { compareOrdinal } from '../../model/ordinal.js';
import { jsonText } from '../../ingest/control-characters.js';

/** The finding with this id, or the only one whose id starts with it. */
export const findFinding = (findings: readonly Finding[], query: string): Finding | readonly Finding[] => {
  const exact = findings.find((f) => f.id === query);
  if (exact !== undefined) return exact;
  const byPrefix = findings.filter((f) => f.id.startsWith(query));
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

const places = (run: PipelineRun): Places => {
  const locators = new Map<string, Locator>();
  const texts = new Map(run.loaded.corpus.sources.map((d) => [d.source.id as string, d.text]));
  return {
    spanPlace: (span) => {
      const text = texts.get(span.sourceId);
      if (text === undefined) return `${span.sourceId} offsets ${span.position.start}–${span.position.end}`;
      const locator = locators.get(span.sourceId) ?? createLocator(text);
      locators.set(span.sourceId, locator);
      const from = locator.toPoint(span.position.start);
      const to = locator.toPoint(span.position.end);
      return `${span.sourceId} ${from?.line ?? '?'}:${from?.column ?? '?'}–${to?.line ?? '?'}:${to?.column ?? '?'} (offsets ${span.position.start}–${span.position.end})`;
    },
    claimPlace: (claimId) => {
      const at = run.loaded.claimLocations.get(claimId);
      return at === undefined ? undefined : `${run.shown === '.' ? at.file : join(run.shown, at.file)}:${at.start.line}:${at.start.column}`;
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

/** The finding explained in words. */
export const explainText = (
  finding: Finding,
  run: PipelineRun,
  ruleDescription: string | undefined,
  review: BaselineEntry | undefined,
  style: Style,
  preferred?: PreferredValue,
): string => {
  const where = places(run);
  const lines = [
    `${style.bold(finding.id)}`,
    `  rule      ${finding.ruleId}${ruleDescription !== undefined ? ` — ${ruleDescription}` : ''}`,
    `  severity  ${finding.severity}`,
    `  kind      ${finding.kind}`,
    ...(finding.key !== undefined ? [`  group     ${finding.key.subject} / ${finding.key.predicate}`] : []),
    '',
    finding.message,
    '',
  ];
  finding.sides.forEach((side, i) => {
    lines.push(`  side ${i + 1}: ${side.label}`);
    for (const c of side.claims) lines.push(...claimLines(c, where, style));
    lines.push('');
  });
  if (finding.related.length > 0) {
    lines.push('  related:');
    for (const n of finding.related) lines.push(...noteLines(n, where));
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
      ? `  reviewed: ${review.verdict} by ${review.reviewedBy}${review.reviewedAt !== undefined ? ` on ${review.reviewedAt}` : ''} — ${review.reason}`
      : `  not reviewed: add it to baseline.yaml with a verdict (${ReviewVerdictSchema.options.join(', ')}) and a reason`,
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
    'Loads and reconciles the claims folder (default: ./claims when it exists, else .) and prints',
    'one finding in full. A unique prefix of the id is enough.',
    'Exit: 0 shown; 2 no such finding, or the folder is invalid.',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'print the finding (and its review) as JSON' },
  positionals: { min: 1, max: 2 },
  run: async ({ values, positionals }, context) => {
    const [query = '', folderArg] = positionals;
    const run = await runPipeline(folderArg, context, { reconcile: true });
    const reconciled = run.reconciled;
    if (reconciled === undefined) {
      context.io.stderr.write(messagesText(run.messages, run.shown, context.err));
      throw new CliError(`${run.shown} is not a valid claims folder; nothing was reconciled`, {
        hint: `run claimtrace check ${run.shown} and fix the errors first`,
      });
    }
    const found = findFinding(reconciled.result.findings, query);
    if (!('id' in found)) {
      const candidates = found.length > 1 ? found.map((f) => f.id) : closestIds(reconciled.result.findings, query);
      throw new CliError(
        found.length > 1
          ? `"${query}" matches ${found.length} findings; give more of the id`
          : `no finding ${query} in ${run.shown} (${reconciled.result.findings.length} findings)`,
        { hint: candidates.length > 0 ? `did you mean: ${candidates.slice(0, 5).join(', ')}` : 'the folder has no findings', exitCode: EXIT_INVALID_INPUT },
      );
    }
    const rule = reconciled.reconciler.rules.find((r) => r.id === found.ruleId);
    const review = reconciled.baseline.findings.find((e) => e.id === found.id);
    const preferred = reconciled.preferred.get(found.id);
    context.io.stdout.write(
      flag(values, 'json')
        ? jsonText({ finding: found, rule: rule !== undefined ? { id: rule.id, ...rule.meta } : undefined, review: review ?? null, preferred: preferred ?? null })
        : explainText(found, run, rule?.meta.description, review, context.out, preferred),
    );
    return EXIT_OK;
  },
};
