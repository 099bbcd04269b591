/**
 * A claim store in DuckDB: claims streamed in (from a loaded corpus, an
 * NDJSON file or any generator of claims), normalised by the library, and
 * appended as rows of the claims table; saved to and loaded from Parquet.
 * Memory on the JavaScript side stays constant: one claim at a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { SourceDependenceOptions } from '../reconcile/dependence/detect-source-dependence.js';
import { claimRowContext, type ClaimRow, type ClaimRowContext } from './claim-rows.js';
import { CREATE_CLAIMS, DUPLICATE_IDS } from './claims-table.js';
import { openDuckDb, type DuckDbHandle, type DuckDbSettings } from './duckdb-driver.js';
import { readClaimsNdjson } from './read-claims-ndjson.js';

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
  /** Where rows are staged for bulk insert (default: the system's temporary folder). */
  readonly stagingDirectory?: string;
  /** What messages name as the file of claims appended from memory (default `claims`). */
  readonly file?: string;
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The claims table's columns in order, with their types, for `read_json`. */
const COLUMNS = {
  row_no: 'BIGINT', claim_id: 'VARCHAR', group_key: 'VARCHAR', predicate: 'VARCHAR', cardinality: 'VARCHAR', value_type: 'VARCHAR', source_id: 'VARCHAR',
  witness: 'VARCHAR', value_key: 'VARCHAR', class_key: 'VARCHAR', affirmative: 'BOOLEAN', low: 'DOUBLE', high: 'DOUBLE', claim_json: 'VARCHAR',
} as const;

/** Rows staged per bulk insert: a batch of rows is written as JSON lines to a temporary file and read by DuckDB's parallel reader. */
const STAGE_ROWS = 250_000;

/** One row as a JSON line (numbers that JSON cannot carry — an open extent, ±∞ — as strings DuckDB reads back as doubles). */
const rowLine = (rowNo: number, row: ClaimRow): string =>
  JSON.stringify({
    row_no: rowNo,
    claim_id: row.claimId,
    group_key: row.groupKey,
    predicate: row.predicate,
    cardinality: row.cardinality,
    value_type: row.valueType,
    source_id: row.sourceId,
    witness: row.witness,
    value_key: row.valueKey,
    class_key: row.classKey,
    affirmative: row.affirmative,
    low: row.low === undefined ? null : Number.isFinite(row.low) ? row.low : String(row.low),
    high: row.high === undefined ? null : Number.isFinite(row.high) ? row.high : String(row.high),
    claim_json: row.json,
  });

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
  const db = await openDuckDb(options);
  await db.connection.run(CREATE_CLAIMS);
  const columnsSql = `{${Object.entries(COLUMNS).map(([name, type]) => `${name}: '${type}'`).join(', ')}}`;
  let count = 0;
  const staging = mkdtempSync(join(options.stagingDirectory ?? tmpdir(), 'claimtrace-stage-'));
  const stageFile = join(staging, 'rows.ndjson');
  const flush = async (lines: string[]): Promise<void> => {
    if (lines.length === 0) return;
    writeFileSync(stageFile, lines.join(''));
    await db.connection.run(`INSERT INTO claims SELECT * FROM read_json(${sqlString(stageFile)}, format = 'newline_delimited', columns = ${columnsSql})`);
    rmSync(stageFile, { force: true });
  };
  const append = async (claims: Iterable<Claim> | AsyncIterable<Claim>, rowNo?: () => number): Promise<number> => {
    let n = 0;
    let lines: string[] = [];
    for await (const claim of claims) {
      lines.push(`${rowLine(rowNo?.() ?? count, rows.toRow(claim))}\n`);
      count += 1;
      n += 1;
      if (lines.length >= STAGE_ROWS) {
        await flush(lines);
        lines = [];
      }
    }
    await flush(lines);
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
      async function* claimsOf(): AsyncGenerator<Claim> {
        for await (const read of readClaimsNdjson(path, { sources: corpus.sources, predicates: corpus.predicates, resolver: rows.resolver })) {
          messages.push(...read.messages);
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
    close: () => {
      db.close();
      rmSync(staging, { recursive: true, force: true });
    },
  };
  return store;
};
