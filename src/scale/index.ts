/**
 * claimtrace/scale: large claim stores and truth discovery in DuckDB (an
 * optional dependency, `@duckdb/node-api`). Claims stream in from NDJSON,
 * Parquet or any generator; groups, value classes, the groups that may
 * disagree and the truth-discovery iterations are SQL; the findings are
 * the in-memory reconciler's for the same claims. See docs/scale.md.
 */
export { openClaimStore, type ClaimStore, type ClaimStoreOptions } from './claim-store.js';
export { reconcileInDuckDb, type ReconcileInDuckDbOptions, type StoreReconciliation, type StoreCounts } from './reconcile-in-duckdb.js';
export { majorityVoteInDuckDb, accuInDuckDb, readConfidence, readAccuracy, type AccuInDuckDbOptions, type TruthTables, type StoredConfidence } from './truth-in-duckdb.js';
export { writeClaimsNdjson } from './claims-ndjson.js';
export { claimLine, type ClaimLine } from '../claims/ndjson-claims.js';
export { readClaimsNdjson, claimLineReader, type ClaimLineRead, type ClaimLineContext } from './read-claims-ndjson.js';
export { duckDbAvailable, DuckDbUnavailable, type DuckDbSettings } from './duckdb-driver.js';
