/**
 * The DuckDB driver, loaded only when the DuckDB path is asked for.
 * `@duckdb/node-api` is an optional dependency: the library builds, imports
 * and works without it, and asking for the DuckDB path without it gives a
 * message that says how to install it.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** Thrown (at the edge: opening a store) when `@duckdb/node-api` is not installed. */
export class DuckDbUnavailable extends Error {
  constructor(cause: string) {
    super(
      `the DuckDB path needs the optional package @duckdb/node-api, which is not installed (${cause}); install it with \`npm install @duckdb/node-api\` (its binary ships inside the npm package)`,
    );
    this.name = 'DuckDbUnavailable';
  }
}

type DuckDbModule = typeof import('@duckdb/node-api');

let loading: Promise<DuckDbModule> | undefined;

/**
 * Import `@duckdb/node-api` once; rejects with `DuckDbUnavailable` when it is missing.
 *
 * @example
 * const duckdb = await importDuckDb();
 */
export const importDuckDb = (): Promise<DuckDbModule> => {
  loading ??= import('@duckdb/node-api').then(
    (m) => ((m as { default?: DuckDbModule }).default?.DuckDBInstance !== undefined && (m as Partial<DuckDbModule>).DuckDBInstance === undefined ? (m as { default: DuckDbModule }).default : m),
    (error: unknown) => {
      loading = undefined;
      throw new DuckDbUnavailable(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
    },
  );
  return loading;
};

/** Whether `@duckdb/node-api` can be imported here. */
export const duckDbAvailable = async (): Promise<boolean> => {
  try {
    await importDuckDb();
    return true;
  } catch {
    return false;
  }
};

/** How the embedded database runs. Every field has a default. */
export interface DuckDbSettings {
  /** A database file (kept), or `:memory:` (the default; spills to `tempDirectory` when over `memoryLimit`). */
  readonly path?: string;
  /** DuckDB's `memory_limit`, e.g. `'4GB'` (default: DuckDB's own, 80% of RAM). */
  readonly memoryLimit?: string;
  /** DuckDB's `threads` (default: DuckDB's own, one per core). */
  readonly threads?: number;
  /** Where DuckDB spills what does not fit in `memoryLimit` (default: DuckDB's own, `<path>.tmp` or `.tmp`). */
  readonly tempDirectory?: string;
}

/** An open database and one connection to it. */
export interface DuckDbHandle {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Open a DuckDB database with the given settings.
 *
 * @example
 * const db = await openDuckDb({ memoryLimit: '4GB', threads: 2 });
 * try { await db.connection.run('select 1'); } finally { db.close(); }
 */
export const openDuckDb = async (settings: DuckDbSettings = {}): Promise<DuckDbHandle> => {
  const duckdb = await importDuckDb();
  const options: Record<string, string> = {};
  if (settings.memoryLimit !== undefined) options['memory_limit'] = settings.memoryLimit;
  if (settings.threads !== undefined) options['threads'] = String(settings.threads);
  if (settings.tempDirectory !== undefined) options['temp_directory'] = settings.tempDirectory;
  // Row order is part of our determinism: keep insertion order where SQL does not sort.
  options['preserve_insertion_order'] = 'true';
  const instance = await duckdb.DuckDBInstance.create(settings.path ?? ':memory:', options);
  const connection = await instance.connect();
  return {
    instance,
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
};
