/**
 * Short fingerprints of a reconciliation's answer, printed by the profiling tools so that a faster
 * version can be checked to give the same one: every finding (id, severity, message, fingerprint)
 * and the coverage rows. The same hashes reconcile-profile.ts prints (docs/benchmarks.md quotes
 * them: 6f21f611d9a77df9 / e2ee3c34e813ad89 at 250k synthetic claims).
 */
import { createHash } from 'node:crypto';
import type { Reconciliation } from '../../../src/reconcile/index.js';

/** The first 16 hex digits of the SHA-256 of every finding's id, severity, message and fingerprint, in order. */
export const findingsHash = (result: Pick<Reconciliation, 'findings'>): string => {
  const hash = createHash('sha256');
  for (const f of result.findings) hash.update(`${f.id}\u0001${f.severity}\u0001${f.message}\u0001${f.fingerprint}\n`);
  return hash.digest('hex').slice(0, 16);
};

/** The first 16 hex digits of the SHA-256 of the coverage rows' JSON. */
export const coverageHash = (result: Pick<Reconciliation, 'coverage'>): string =>
  createHash('sha256').update(JSON.stringify(result.coverage)).digest('hex').slice(0, 16);
