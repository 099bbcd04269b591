/**
 * A claim store in DuckDB: claims streamed in (from a loaded corpus, an
 * NDJSON file or any generator of claims), normalised by the library, and
 * appended as rows of the claims table through DuckDB's appender; saved to
 * and loaded from Parquet. Memory on the JavaScript side stays constant:
 * one batch of claims at a time.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { SourceDependenceOptions } from '../reconcile/dependence/detect-source-dependence.js';
import { claimRowContext, type ClaimRow, type ClaimRowContext } from './claim-rows.js';
import { CREATE_CLAIMS, DUPLICATE_IDS } from './claims-table.js';
import { importDuckDb, openDuckDb, type DuckDbHandle, type DuckDbSettings } from './duckdb-driver.js';
import { claimsNdjsonLines } from './read-claims-ndjson.js';
import { appendAll } from '../model/append-all.js';

/** An open claim store. Close it with `close()`. */
export interface ClaimStore {
  readonly db: DuckDbHandle;
  /** The corpus without its claims: sources, predicates, alias tables. */
  readonly corpus: Omit<Corpus, 'claims'>;
  readonly rows: ClaimRowContext;
  /** Claims appended so far. */
  readonly size: () => number;
  /** Append claims (a corpus's, or any generator's). Returns how many were appended. */
  appendClaims(claims: Iterable<Claim> | AsyncIterable<Claim>): Promise<number>;
  /** Stream an NDJSON file in; every bad line is a message (file, line, claim), the others load. */
  loadNdjson(path: string): Promise<{ readonly claims: number; readonly messages: readonly Diagnostic[] }>;
  /** Write the claims table (normalised columns) to a Parquet file. */
  saveParquet(path: string): Promise<void>;
  /** Append the rows of a Parquet file written by `saveParquet` (normalised against the same corpus). */
  loadParquet(path: string): Promise<number>;
  /** Claim ids given more than once, as messages. */
  duplicateIds(): Promise<readonly Diagnostic[]>;
  close(): void;
}

/** Options of `openClaimStore`. */
export interface ClaimStoreOptions extends DuckDbSettings {
  readonly dependence?: SourceDependenceOptions;
  /** What messages name as the file of claims appended from memory (default `claims`). */
  readonly file?: string;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Rows per data chunk handed to DuckDB's appender (DuckDB's vector size). */
const CHUNK_ROWS = 2048;

/** The claims table's columns in order: how each is read from a row, and its DuckDB type. */
type Column = readonly [type: 'BIGINT' | 'VARCHAR' | 'BOOLEAN' | 'DOUBLE', value: (row: ClaimRow, rowNo: number) => string | boolean | number | bigint | null];
const COLUMNS: readonly Column[] = [
  ['BIGINT', (_, n) => BigInt(n)],
  ['VARCHAR', (r) => r.claimId],
  ['VARCHAR', (r) => r.subject],
  ['VARCHAR', (r) => r.groupKey],
  ['VARCHAR', (r) => r.predicate],
  ['VARCHAR', (r) => r.cardinality],
  ['VARCHAR', (r) => r.valueType],
  ['VARCHAR', (r) => r.sourceId],
  ['VARCHAR', (r) => r.witness],
  ['VARCHAR', (r) => r.valueKey],
  ['VARCHAR', (r) => r.classKey],
  ['BOOLEAN', (r) => r.affirmative],
  ['BOOLEAN', (r) => r.listView],
  ['BOOLEAN', (r) => r.dated],
  ['BOOLEAN', (r) => r.attributed],
  ['VARCHAR', (r) => r.entities],
  ['VARCHAR', (r) => r.names],
  ['DOUBLE', (r) => r.low ?? null],
  ['DOUBLE', (r) => r.high ?? null],
  ['VARCHAR', (r) => r.json],
];

/**
 * Open a claim store for a corpus's sources, predicates and alias tables.
 * Rejects with `DuckDbUnavailable` when `@duckdb/node-api` is not installed.
 *
 * @example
 * const store = await openClaimStore({ sources, predicates, entities }, { memoryLimit: '4GB' });
 * try {
 *   await store.loadNdjson('claims.ndjson');
 *   const { findings } = await reconcileInDuckDb(store);
 * } finally { store.close(); }
 */
export const openClaimStore = async (corpus: Omit<Corpus, 'claims'>, options: ClaimStoreOptions = {}): Promise<ClaimStore> => {
  const rows = claimRowContext(corpus, options.dependence !== undefined ? { dependence: options.dependence } : {});
  const duckdb = await importDuckDb();
  const db = await openDuckDb(options);
  await db.connection.run(CREATE_CLAIMS);
  const types = COLUMNS.map(([type]) => duckdb[type]);
  let count = 0;
  /**
   * Claims are turned into rows a batch at a time (one grouping per batch)
   * and handed to DuckDB's appender as columns, a data chunk at a time:
   * nothing is staged on disk, nothing parsed twice, and only one batch is
   * held in JavaScript.
   */
  const append = async (claims: Iterable<Claim> | AsyncIterable<Claim>, rowNo?: () => number): Promise<number> => {
    const appender = await db.connection.createAppender('claims');
    let n = 0;
    let batch: Claim[] = [];
    let numbers: number[] = [];
    let ids = new Set<string>();
    const flush = (): void => {
      if (batch.length === 0) return;
      const made = rows.toRows(batch);
      const chunk = duckdb.DuckDBDataChunk.create(types, made.length);
      COLUMNS.forEach(([, value], column) => chunk.setColumnValues(column, made.map((row, i) => value(row, numbers[i] as number))));
      appender.appendDataChunk(chunk);
      batch = [];
      numbers = [];
      ids = new Set();
    };
    const add = (claim: Claim): void => {
      // A batch holds each claim id once: a repeated id (reported by duplicateIds) starts the next batch.
      if (batch.length >= CHUNK_ROWS || ids.has(claim.id)) flush();
      batch.push(claim);
      ids.add(claim.id);
      numbers.push(rowNo?.() ?? count);
      count += 1;
      n += 1;
    };
    try {
      // A synchronous source (a file's lines, an array) is read without a promise per claim.
      if (Symbol.iterator in claims) for (const claim of claims) add(claim);
      else for await (const claim of claims) add(claim);
      flush();
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return n;
  };
  const store: ClaimStore = {
    db,
    corpus,
    rows,
    size: () => count,
    appendClaims: (claims) => append(claims),
    loadNdjson: async (path) => {
      const messages: Diagnostic[] = [];
      // Line numbers become row numbers (after the rows already there), so duplicate ids are reported by line.
      const base = count;
      let line = 0;
      function* claimsOf(): Generator<Claim> {
        for (const read of claimsNdjsonLines(path, { sources: corpus.sources, predicates: corpus.predicates, resolver: rows.resolver, units: corpus.units })) {
          appendAll(messages, read.messages);
          line = read.line;
          if (read.claim !== undefined) yield read.claim;
        }
      }
      const claims = await append(claimsOf(), () => base + line - 1);
      return { claims, messages };
    },
    saveParquet: async (path) => {
      await db.connection.run(`COPY (SELECT * FROM claims ORDER BY row_no) TO ${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`);
    },
    loadParquet: async (path) => {
      const before = count;
      await db.connection.run(`INSERT INTO claims SELECT * REPLACE (row_no + ${before} AS row_no) FROM read_parquet(${sqlString(path)})`);
      const result = await db.connection.runAndReadAll('SELECT count(*) AS n FROM claims');
      count = Number(result.getRowObjects()[0]?.['n'] ?? 0);
      return count - before;
    },
    duplicateIds: async () => {
      const result = await db.connection.runAndReadAll(DUPLICATE_IDS);
      return result.getRowObjects().map((r) =>
        createDiagnostic('duplicate-claim-id', `claim id "${String(r['claim_id'])}" is given ${String(r['n'])} times`, { file: options.file ?? 'claims', start: { line: Number(r['first_row']) + 1, column: 1 } }, { claimId: String(r['claim_id']) }),
      );
    },
    close: () => db.close(),
  };
  return store;
};
