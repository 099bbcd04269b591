/** Which sources a finding involves. */
import type { Finding } from '../model/finding.js';

/** The distinct sources of a finding's claims, in id order. */
export const sourcesOfFinding = (f: Finding): string[] => [...new Set(f.sides.flatMap((s) => s.claims.map((c) => c.sourceId as string)))].sort();

/** The sources of a finding's claims and of its related notes' spans, in id order. */
export const sourcesCitedBy = (f: Finding): string[] =>
  [...new Set([...sourcesOfFinding(f), ...f.related.flatMap((n) => (n.span !== undefined ? [n.span.sourceId as string] : []))])].sort();
