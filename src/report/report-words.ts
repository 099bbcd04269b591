/**
 * Small pieces of report wording shared by the Markdown and HTML reports:
 * a source's publication date, a clipped excerpt, a finding's anchor.
 */
import type { Finding } from '../model/finding.js';
import type { Source } from '../model/source.js';

/** "2025-12-12", "2025-12-12 14:11", or "date not stated". */
export const publishedLabel = (source: Source | undefined): string => {
  const at = source?.publishedAt;
  if (at === undefined || at.precision === 'unknown') return 'date not stated';
  return at.precision === 'minute' ? at.value.replace('T', ' ') : at.value;
};

/** The text on one line, cut to `max` characters with an ellipsis. */
export const clipText = (text: string, max: number): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** The fragment id of a finding in a report: `finding-value-conflict-c17169a5478c`. */
export const findingAnchor = (finding: Finding): string => `finding-${finding.id.replace(/[^A-Za-z0-9-]/g, '-').toLowerCase()}`;
