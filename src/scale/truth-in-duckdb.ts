/**
 * Truth discovery as SQL on a claim store: majority vote, and the ACCU
 * iterations (Dong, Berti-Equille & Srivastava 2009, without copy
 * detection) — each round three statements over the votes table, run until
 * no source's accuracy moves by more than the tolerance. The figures are
 * those of `majorityVote` and `createAccu({ copyDetection: false })` on the
 * reconciler's problem (`problemFromReconcile`), to rounding.
 */
import type { ClaimStore } from './claim-store.js';
import { ACCU_ACCURACY, ACCU_ADVANCE, ACCU_CONFIDENCE, ACCU_DELTA, ACCU_START, CREATE_VOTE_GROUPS, CREATE_VOTES, MAJORITY_VOTE } from './claims-table.js';

/** Options of `accuInDuckDb`; the defaults are `createAccu`'s. */
export interface AccuInDuckDbOptions {
  /** Number of false values per item (default 100). */
  readonly n?: number;
  /** Initial accuracy of every source (default 0.8). */
  readonly initialAccuracy?: number;
  /** Stop when no accuracy moves by more than this (default 1e-4). */
  readonly tolerance?: number;
  /** Default 30. */
  readonly maxIterations?: number;
}

/** Where the results are: tables of the store's database. */
export interface TruthTables {
  /** `vote_confidence(group_key, value_key, confidence)` or `accu_confidence(…)`. */
  readonly confidence: string;
  /** `accuracy(source_id, accuracy)` (ACCU only). */
  readonly trust?: string;
  readonly iterations: number;
  readonly converged: boolean;
}

const prepareVotes = async (store: ClaimStore): Promise<void> => {
  await store.db.connection.run(CREATE_VOTES);
  await store.db.connection.run(CREATE_VOTE_GROUPS);
};

/**
 * Majority vote in SQL: table `vote_confidence`.
 *
 * @example
 * await majorityVoteInDuckDb(store); // SELECT * FROM vote_confidence
 */
export const majorityVoteInDuckDb = async (store: ClaimStore): Promise<TruthTables> => {
  await prepareVotes(store);
  await store.db.connection.run(MAJORITY_VOTE);
  return { confidence: 'vote_confidence', iterations: 1, converged: true };
};

/**
 * ACCU in SQL: tables `accu_confidence` and `accuracy`.
 *
 * @example
 * const { iterations } = await accuInDuckDb(store, { n: 100 });
 */
export const accuInDuckDb = async (store: ClaimStore, options: AccuInDuckDbOptions = {}): Promise<TruthTables> => {
  const connection = store.db.connection;
  const n = options.n ?? 100;
  const tolerance = options.tolerance ?? 1e-4;
  const maxIterations = options.maxIterations ?? 30;
  await prepareVotes(store);
  await connection.run(ACCU_START, { initial: options.initialAccuracy ?? 0.8 });
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    await connection.run(ACCU_CONFIDENCE, { n });
    await connection.run(ACCU_ACCURACY);
    const delta = Number((await connection.runAndReadAll(ACCU_DELTA)).getRows()[0]?.[0] ?? 0);
    await connection.run(ACCU_ADVANCE);
    if (delta < tolerance) {
      converged = true;
      break;
    }
  }
  return { confidence: 'accu_confidence', trust: 'accuracy', iterations, converged };
};

/** One value's confidence, as read back. */
export interface StoredConfidence {
  readonly groupKey: string;
  readonly valueKey: string;
  readonly confidence: number;
}

/**
 * Read a confidence table back (sorted by group, then value key) — for tests and small stores.
 *
 * @example
 * const rows = await readConfidence(store, 'accu_confidence');
 */
export const readConfidence = async (store: ClaimStore, table: 'vote_confidence' | 'accu_confidence'): Promise<readonly StoredConfidence[]> => {
  const r = await store.db.connection.runAndReadAll(`SELECT group_key, value_key, confidence FROM ${table} ORDER BY group_key, value_key`);
  return r.getRows().map(([g, v, c]) => ({ groupKey: String(g), valueKey: String(v), confidence: Number(c) }));
};

/**
 * Read source accuracies back (sorted by source id).
 *
 * @example
 * const trust = await readAccuracy(store);
 */
export const readAccuracy = async (store: ClaimStore): Promise<ReadonlyMap<string, number>> => {
  const r = await store.db.connection.runAndReadAll('SELECT source_id, accuracy FROM accuracy ORDER BY source_id');
  return new Map(r.getRows().map(([s, a]) => [String(s), Number(a)]));
};
