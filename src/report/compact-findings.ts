/** Which findings a report shows compactly: one table row rather than a section each. */
import type { Finding } from '../model/finding.js';

/** Single-source claims: shown in one table, not as a finding each. */
export const isCompactFinding = (f: Finding): boolean => f.kind === 'uncorroborated';
