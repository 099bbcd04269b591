/**
 * The plain-text summary `npm start` prints.
 */
import type { FolderCheck } from '../src/check/index.js';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export const summarizeCheck = (check: FolderCheck): string => {
  const { corpus, diagnostics, root } = check.load;
  const claimsPerSource = new Map<string, number>();
  for (const claim of corpus.claims) {
    for (const id of new Set(claim.evidence.map((e) => e.sourceId))) claimsPerSource.set(id, (claimsPerSource.get(id) ?? 0) + 1);
  }
  const lines: string[] = [];
  lines.push(`claimtrace: ${root}`);
  lines.push(`  ${corpus.sources.length} sources, ${corpus.predicates.length} predicates, ${corpus.entities.length} entities, ${corpus.claims.length} claims`);
  lines.push('');
  lines.push(`  ${pad('source', 22)} ${pad('published', 18)} ${pad('publisher', 30)} ${pad('chars', 6)} claims`);
  for (const { source, text } of corpus.sources) {
    const published = source.publishedAt.precision === 'unknown' ? 'unknown' : source.publishedAt.value;
    lines.push(
      `  ${pad(source.id, 22)} ${pad(published, 18)} ${pad(source.publisher ?? '(not stated)', 30)} ${pad(String(text.length), 6)} ${claimsPerSource.get(source.id) ?? 0}`,
    );
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push('');
  if (check.reconciled === undefined) {
    lines.push(`  ${errors} error(s), ${warnings} warning(s): see above; nothing was reconciled`);
    return lines.join('\n');
  }
  lines.push(`  every file validates, every quote anchors, every hash matches (${warnings} warning(s))`);
  const { result, comparison, preferred } = check.reconciled;
  const bySeverity = (s: string) => result.findings.filter((f) => f.severity === s).length;
  lines.push(`  ${result.findings.length} findings: ${bySeverity('error')} error, ${bySeverity('warning')} warning, ${bySeverity('info')} info`);
  lines.push(`  independent source groups: ${result.dependence.groups.map((g) => g.sources.map((s) => s.slice(0, 3)).join('+')).join(', ')}`);
  lines.push('');
  for (const f of result.findings.filter((x) => x.severity !== 'info')) {
    lines.push(`  ${pad(f.severity, 8)} ${f.message}`);
    const p = preferred.get(f.id);
    if (p !== undefined) lines.push(`  ${pad('', 8)} most likely: ${p.value} (${p.strategy}, confidence ${p.confidence.toFixed(2)})`);
  }
  lines.push('');
  const open = comparison.unacknowledged.length + comparison.changed.length;
  lines.push(
    open === 0 && comparison.stale.length === 0 && comparison.mismatched.length === 0
      ? `  all ${comparison.acknowledged.length} findings are reviewed in baseline.yaml; full report: docs/conflict-report.md (npm run report)`
      : `  ${comparison.unacknowledged.length} new, ${comparison.changed.length} changed, ${comparison.stale.length} stale baseline entries: review them (claimtrace check --help)`,
  );
  return lines.join('\n');
};
