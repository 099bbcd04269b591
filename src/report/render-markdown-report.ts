/**
 * The conflict report as Markdown, for a person: a summary table (errors
 * first, the largest discrepancy first), the sources, every finding with
 * each side (value cluster) — its sources, independent source groups and
 * quotes with normalized values — the rule's explanation, the review and
 * whether it still holds, the source-dependence groups, and the coverage
 * table of values only one independent source gives. Deterministic (no
 * timestamps), so a test can tell when the committed report is stale. Every
 * piece of source or claim text is escaped.
 */
import type { Finding, FindingClaim } from '../model/finding.js';
import type { Severity } from '../model/message.js';
import type { SourceDocument } from '../model/source.js';
import { describeValue } from '../values/index.js';
import { escapeMarkdownCell, escapeMarkdownInline, markdownBlockQuote, markdownCode } from './markdown-escape.js';
import { isCompactFinding } from './compact-findings.js';
import { sourcesOfFinding } from './finding-sources.js';
import type { FindingReview, ReportInput } from './report-input.js';
import type { SingleSourceValue } from '../reconcile/coverage.js';
import { clipText, findingAnchor, publishedLabel } from './report-words.js';
import { claimGroupLabel, subjectNames } from './subject-names.js';
import { appendAll } from '../model/append-all.js';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** Longest excerpt of a shared passage shown in the report. */
const PASSAGE_EXCERPT = 160;

const cell = escapeMarkdownCell;
const inline = escapeMarkdownInline;

const sourceLabel = (doc: SourceDocument | undefined, id: string): string => {
  if (doc === undefined) return inline(id);
  const by = doc.source.publisher !== undefined ? inline(doc.source.publisher) : 'publisher not stated';
  return `${markdownCode(id)} (${by}, ${publishedLabel(doc?.source)})`;
};

const renderClaim = (claim: FindingClaim, sources: ReadonlyMap<string, SourceDocument>): string[] => {
  const doc = sources.get(claim.sourceId);
  const { start, end } = claim.span.position;
  return [
    `- ${sourceLabel(doc, claim.sourceId)}, claim ${markdownCode(claim.claimId)}, characters ${start}–${end}:`,
    '',
    markdownBlockQuote(claim.span.quote.exact)
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
    '',
    `  Normalized: ${inline(describeValue(claim.value, 'normalized'))}`,
  ];
};

const renderFinding = (
  finding: Finding,
  index: number,
  input: ReportInput,
  sources: ReadonlyMap<string, SourceDocument>,
  names: ReadonlyMap<string, string>,
): string[] => {
  const lines: string[] = [];
  const key = finding.key !== undefined ? ` — ${inline(names.get(finding.key.subject) ?? finding.key.subject)} · ${markdownCode(finding.key.predicate)}` : '';
  lines.push(`<a id="${findingAnchor(finding)}"></a>`);
  lines.push(`### ${index}. ${SEVERITY_LABEL[finding.severity]}: ${inline(finding.kind)}${key}`);
  lines.push('');
  lines.push(`${markdownCode(finding.id)} · rule ${markdownCode(finding.ruleId)}${finding.discrepancy !== undefined ? ` · ${inline(finding.discrepancy.label)} (${finding.discrepancy.grade})` : ''}`);
  lines.push('');
  lines.push(inline(finding.message));
  lines.push('');
  finding.sides.forEach((side, i) => {
    const groups = side.sourceGroups.map((g) => g.map((x) => markdownCode(x)).join(' + ')).join('; ');
    const support = `${side.support} independent ${side.support === 1 ? 'witness' : 'witnesses'}`;
    lines.push(`**${finding.sides.length > 1 ? `${i + 1}. ` : ''}${inline(side.label)}** — ${support}; source groups: ${groups}`);
    lines.push('');
    for (const claim of side.claims) appendAll(lines, renderClaim(claim, sources));
    lines.push('');
  });
  if (finding.related.length > 0) {
    lines.push('Related:');
    lines.push('');
    for (const note of finding.related) {
      const where = note.span !== undefined ? ` (${markdownCode(note.span.sourceId)}, characters ${note.span.position.start}–${note.span.position.end}: “${inline(clipText(note.span.quote.exact, 120))}”)` : '';
      const by = note.ruleId !== undefined ? `${markdownCode(note.ruleId)} explains: ` : '';
      lines.push(`- ${by}${inline(note.message)}${where}`);
    }
    lines.push('');
  }
  if (finding.sourceGroups !== undefined && finding.sourceGroups.length > 0) {
    const groups = finding.sourceGroups.map((g) => g.map((s) => markdownCode(s)).join(' + ')).join('; ');
    lines.push(`Independent source groups: ${groups}`);
    lines.push('');
  }
  const preferred = input.preferred?.get(finding.id);
  if (preferred !== undefined) {
    lines.push(
      `Most likely true (${inline(preferred.strategy)}): **${inline(preferred.value)}**, confidence ${preferred.confidence.toFixed(2)}. ${inline(preferred.explanation)}`,
    );
    lines.push('');
  }
  const rule = input.ruleDescriptions[finding.ruleId];
  if (rule !== undefined) {
    lines.push(`Why this rule fires: ${inline(rule)}`);
    lines.push('');
  }
  lines.push(reviewLine(input.reviews?.get(finding.id)));
  lines.push('');
  return lines;
};

/** How a finding stands against its review, in the summary table's words. */
const reviewWords = (review: FindingReview | undefined): string =>
  review === undefined
    ? 'not yet reviewed'
    : review.status === 'new-evidence'
      ? `${review.verdict} (reviewed, new evidence)`
      : review.status === 'changed'
        ? `${review.verdict} (values changed since review)`
        : review.verdict;

const reviewLine = (review: FindingReview | undefined): string => {
  if (review === undefined) return 'Reviewed: **not yet reviewed**';
  const by = review.reviewedBy !== undefined ? ` (${inline(review.reviewedBy)}${review.reviewedAt !== undefined ? `, ${inline(review.reviewedAt)}` : ''})` : '';
  const verdict = `**${inline(review.verdict)}** — ${inline(review.reason)}${by}`;
  if (review.status === 'new-evidence') {
    return `Reviewed, new evidence: ${verdict}. Claims joined or left its sides since the review; the disputed values are the same, so the review carries over.`;
  }
  if (review.status === 'changed') return `Reviewed before the disputed values changed: ${verdict}. Review it again.`;
  return `Reviewed: ${verdict}`;
};

const renderSources = (input: ReportInput): string[] => {
  const lines = ['## Sources', '', '| source | title | publisher | published | language | AI-generated sections | non-content ranges |', '|---|---|---|---|---|---|---|'];
  for (const { source } of input.corpus.sources) {
    const language = [source.language, source.chromeLanguage !== undefined ? `page chrome: ${source.chromeLanguage}` : undefined].filter(Boolean).join(', ');
    const ai = source.aiGenerated.whole ? 'whole text' : String(source.aiGenerated.ranges.length);
    lines.push(
      `| ${markdownCode(source.id)} | ${cell(source.title ?? '')} | ${cell(source.publisher ?? 'not stated')} | ${cell(publishedLabel(source))} | ${cell(language)} | ${ai} | ${source.nonContent.length} |`,
    );
  }
  lines.push('');
  return lines;
};

const renderDependence = (input: ReportInput, sources: ReadonlyMap<string, SourceDocument>): string[] => {
  const dep = input.dependence;
  if (dep === undefined) return [];
  const lines = ['## Source dependence', ''];
  lines.push('Corroboration counts independent groups, not sources: sources that share passages or declare that one derives from another count as one witness.');
  lines.push('');
  lines.push('| group | sources |', '|---|---|');
  for (const group of dep.groups) lines.push(`| ${markdownCode(group.id)} | ${group.sources.map((s) => markdownCode(s)).join(', ')} |`);
  lines.push('');
  if (dep.passages.length > 0) {
    lines.push('### Shared passages', '');
    lines.push('| sources | words | characters in first | characters in second | passage |', '|---|---|---|---|---|');
    for (const p of dep.passages) {
      lines.push(
        `| ${markdownCode(p.a.sourceId)} & ${markdownCode(p.b.sourceId)} | ${p.words} | ${p.a.start}–${p.a.end} | ${p.b.start}–${p.b.end} | ${cell(clipText(p.text, PASSAGE_EXCERPT))} |`,
      );
    }
    lines.push('');
  }
  if (dep.declared.length > 0) {
    lines.push('### Declared citations and derivations', '');
    for (const d of dep.declared) {
      const target = d.source !== undefined ? sourceLabel(sources.get(d.source), d.source) : inline(d.outside ?? 'an outside report');
      const words = d.evidence !== undefined ? `: “${inline(clipText(d.evidence.quote.exact, 120))}”` : '';
      lines.push(`- ${markdownCode(d.from)} ${d.relation === 'cites' ? 'cites' : 'is derived from'} ${target}${words}`);
    }
    lines.push('');
  }
  return lines;
};

const renderCompact = (findings: readonly Finding[], names: ReadonlyMap<string, string>): string[] => {
  if (findings.length === 0) return [];
  const lines = ['## Claims only one independent source makes', ''];
  lines.push(
    `${findings.length} claims are made by a single independent source (sources that copy each other count as one). They are not conflicts: they are what to corroborate before relying on them.`,
    '',
    '| finding | about | value | source | quote |',
    '|---|---|---|---|---|',
  );
  for (const f of findings) {
    const claim = f.sides[0]?.claims[0];
    const value = claim !== undefined ? describeValue(claim.value, 'normalized') : '';
    const quote = claim !== undefined ? clipText(claim.span.quote.exact, 90) : '';
    lines.push(
      `| ${markdownCode(f.id)} | ${cell(claimGroupLabel(f, names))} | ${cell(clipText(value, 80))} | ${sourcesOfFinding(f).map((s) => markdownCode(s)).join(' ')} | ${cell(quote)} |`,
    );
  }
  lines.push('');
  return lines;
};

const renderCoverage = (values: readonly SingleSourceValue[], names: ReadonlyMap<string, string>): string[] => {
  if (values.length === 0) return [];
  const lines = ['## Coverage: values only one independent source gives', ''];
  lines.push(
    `${values.length} values are given by a single independent source (sources that copy each other count as one). They are not conflicts and need no review: they are what to corroborate before relying on them.`,
    '',
    '| about | value | sources | quote |',
    '|---|---|---|---|',
  );
  for (const v of values) {
    const about = `${names.get(v.key.subject) ?? v.subjectName} · ${v.key.predicate}`;
    const quote = v.claims[0] !== undefined ? clipText(v.claims[0].span.quote.exact, 90) : '';
    const relayed = v.witness.startsWith('outlet:') ? ` (relaying ${v.witness.slice('outlet:'.length)})` : '';
    lines.push(
      `| ${cell(about)} | ${cell(clipText(describeValue(v.value, 'normalized'), 80))} | ${v.sources.map((x) => markdownCode(x)).join(' ')}${cell(relayed)} | ${cell(quote)} |`,
    );
  }
  lines.push('');
  return lines;
};

/**
 * Render the conflict report.
 *
 * @example
 * const markdown = renderMarkdownReport({ title: 'Conflict report', corpusLabel: 'claims/', corpus, findings, ruleDescriptions, command: 'npm run report' });
 */
export const renderMarkdownReport = (input: ReportInput): string => {
  const sources = new Map(input.corpus.sources.map((d) => [d.source.id as string, d]));
  const names = subjectNames(input.corpus);
  const detailed = input.findings.filter((f) => !isCompactFinding(f));
  const compact = input.findings.filter(isCompactFinding);
  const lines: string[] = [];
  lines.push(`# ${inline(input.title)}`);
  lines.push('');
  lines.push(
    `Generated by claimtrace from ${markdownCode(input.corpusLabel)} with ${markdownCode(input.command)}: ${input.corpus.sources.length} sources, ${input.corpus.claims.length} claims, ${input.findings.length} findings. Do not edit by hand; a test fails when this file is stale.`,
  );
  lines.push('');
  lines.push('## Summary', '');
  const counts = SEVERITY_ORDER.map((s) => `${input.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const coverage = input.coverage;
  lines.push(
    `Findings by severity: ${counts}; one finding per disagreement, errors first, the largest discrepancy first.` +
      (compact.length > 0 ? ` ${compact.length} of them are single-source claims, listed in a table at the end.` : '') +
      (coverage !== undefined
        ? ` Coverage: ${coverage.corroborated} of ${coverage.values} distinct values are given by two or more independent sources; ${coverage.singleSource.length} rest on one (a table at the end; not findings).`
        : ''),
  );
  lines.push('');
  lines.push('| # | severity | kind | about | discrepancy | sides | sources | reviewed as |', '|---|---|---|---|---|---|---|---|');
  detailed.forEach((f, i) => {
    lines.push(
      `| [${i + 1}](#${findingAnchor(f)}) | ${f.severity} | ${cell(f.kind)} | ${cell(claimGroupLabel(f, names))} | ${cell(f.discrepancy?.label ?? '')} | ${f.sides.length} | ${sourcesOfFinding(f).map((s) => markdownCode(s)).join(' ')} | ${cell(reviewWords(input.reviews?.get(f.id)))} |`,
    );
  });
  lines.push('');
  appendAll(lines, renderSources(input));
  appendAll(lines, renderDependence(input, sources));
  lines.push('## Findings', '');
  detailed.forEach((f, i) => appendAll(lines, renderFinding(f, i + 1, input, sources, names)));
  appendAll(lines, renderCompact(compact, names));
  if (compact.length === 0 && coverage !== undefined) appendAll(lines, renderCoverage(coverage.singleSource, names));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};
