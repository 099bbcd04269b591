/**
 * The plain-text summary `npm start` prints.
 */
import type { LoadCorpusResult } from '../src/claims/index.js';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export const summarizeCorpus = (result: LoadCorpusResult): string => {
  const { corpus, diagnostics } = result;
  const claimsPerSource = new Map<string, number>();
  for (const claim of corpus.claims) {
    for (const id of new Set(claim.evidence.map((e) => e.sourceId))) claimsPerSource.set(id, (claimsPerSource.get(id) ?? 0) + 1);
  }
  const lines: string[] = [];
  lines.push(`claimtrace: ${result.root}`);
  lines.push(`  ${corpus.sources.length} sources, ${corpus.predicates.length} predicates, ${corpus.entities.length} entities, ${corpus.claims.length} claims`);
  lines.push('');
  lines.push(`  ${pad('source', 22)} ${pad('published', 18)} ${pad('publisher', 34)} ${pad('chars', 6)} claims`);
  for (const { source, text } of corpus.sources) {
    const published = source.publishedAt.precision === 'unknown' ? 'unknown' : source.publishedAt.value;
    lines.push(
      `  ${pad(source.id, 22)} ${pad(published, 18)} ${pad(source.publisher ?? '(not stated)', 34)} ${pad(String(text.length), 6)} ${claimsPerSource.get(source.id) ?? 0}`,
    );
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push('');
  lines.push(errors === 0 ? `  every file validates, every quote anchors, every hash matches (${warnings} warning(s))` : `  ${errors} error(s), ${warnings} warning(s): see above`);
  return lines.join('\n');
};
