/**
 * Reconciliation on a claim store: claim groups, value classes and the
 * groups whose values may disagree are computed in SQL; only the claims of
 * those groups come back to TypeScript, a batch of whole groups at a time,
 * where the value-conflict rule judges them with the value kinds'
 * comparison (rounding, precision, hedges, entity containment). The findings
 * are the in-memory reconciler's, finding for finding, for the same claims
 * (`createReconciler({ rules: [valueConflictRule] })`), in the same order.
 */
import type { Claim } from '../model/claim.js';
import type { Finding } from '../model/finding.js';
import type { Message } from '../model/message.js';
import { createReconciler } from '../reconcile/create-reconciler.js';
import { compareFindings } from '../reconcile/assemble-findings.js';
import { valueConflictRule } from '../reconcile/rules/value-conflict.js';
import type { ClaimStore } from './claim-store.js';
import { CANDIDATE_CLAIMS, CREATE_CLAIM_GROUPS, CREATE_DISPUTE_CANDIDATES, CREATE_VALUE_CLASSES } from './claims-table.js';

/** Options of `reconcileInDuckDb`. */
export interface ReconcileInDuckDbOptions {
  /** Claims judged per batch (whole groups; a larger group makes its batch larger). Default 20,000. */
  readonly batchClaims?: number;
  /** Clustering compares a value with at most this many clusters (the reconciler's `maxCompared`). Default 16. */
  readonly maxCompared?: number;
}

/** What SQL counted on the way. */
export interface StoreCounts {
  readonly claims: number;
  readonly groups: number;
  readonly valueClasses: number;
  /** Groups the rule had to judge in TypeScript. */
  readonly candidateGroups: number;
  /** Their claims: all that left the engine. */
  readonly candidateClaims: number;
}

/** The findings and what was counted. */
export interface StoreReconciliation {
  readonly findings: readonly Finding[];
  readonly counts: StoreCounts;
  /** Problems of the rule run (a rule that threw), as the reconciler reports them. */
  readonly messages: readonly Message[];
}

const numberOf = async (store: ClaimStore, sql: string): Promise<number> => {
  const r = await store.db.connection.runAndReadAll(sql);
  return Number(r.getRows()[0]?.[0] ?? 0);
};

/**
 * Value-conflict findings of the claims in a store.
 *
 * @example
 * const { findings, counts } = await reconcileInDuckDb(store);
 */
export const reconcileInDuckDb = async (store: ClaimStore, options: ReconcileInDuckDbOptions = {}): Promise<StoreReconciliation> => {
  const connection = store.db.connection;
  await connection.run(CREATE_VALUE_CLASSES);
  await connection.run(CREATE_CLAIM_GROUPS);
  await connection.run(CREATE_DISPUTE_CANDIDATES);
  const counts: StoreCounts = {
    claims: await numberOf(store, 'SELECT count(*) FROM claims'),
    groups: await numberOf(store, 'SELECT count(*) FROM claim_groups'),
    valueClasses: await numberOf(store, 'SELECT count(*) FROM value_classes'),
    candidateGroups: await numberOf(store, 'SELECT count(*) FROM dispute_candidates'),
    candidateClaims: await numberOf(store, 'SELECT count(*) FROM claims SEMI JOIN dispute_candidates USING (group_key)'),
  };
  const reconciler = createReconciler({
    rules: [valueConflictRule],
    options: { resolver: store.rows.resolver, ...(options.maxCompared !== undefined ? { maxCompared: options.maxCompared } : {}) },
  });
  const batchClaims = Math.max(1, options.batchClaims ?? 20_000);
  const findings: Finding[] = [];
  const messages: Message[] = [];
  let batch: Claim[] = [];
  const judge = (): void => {
    if (batch.length === 0) return;
    const result = reconciler.reconcile({ ...store.corpus, claims: batch });
    const value = result.ok ? result.value : result.partial;
    findings.push(...value.findings);
    for (const m of result.messages) if (!messages.some((x) => x.code === m.code && x.message === m.message)) messages.push(m);
    batch = [];
  };
  // Streamed chunk by chunk: only one batch of claims is in memory at a time.
  const result = await connection.stream(CANDIDATE_CLAIMS);
  let lastGroup: string | undefined;
  for await (const rows of result.yieldRows()) {
    for (const row of rows) {
      const [group, json] = row as [string, string];
      // A batch ends only between groups: a group is judged whole.
      if (group !== lastGroup && batch.length >= batchClaims) judge();
      lastGroup = group;
      batch.push(JSON.parse(json) as Claim);
    }
  }
  judge();
  return { findings: findings.sort(compareFindings), counts, messages };
};
