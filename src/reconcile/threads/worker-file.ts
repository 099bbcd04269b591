/**
 * Where a built worker is (`source-dependence-worker.js`,
 * `name-pairs-worker.js`): in the same folder as the module running this code — `dist/` for the ESM
 * build (entries and their chunks), the CommonJS build and the CLI's chunks
 * alike. Run from the TypeScript sources (tests) there is no such file: the
 * caller then finds the passages inline, or is given a file built for it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source-dependence worker's file name in `dist/`. */
export const WORKER_FILE_NAME = 'source-dependence-worker.js';
/** The name-variant pairs worker's file name in `dist/`. */
export const NAME_PAIRS_WORKER_FILE_NAME = 'name-pairs-worker.js';

/**
 * The path of the worker file `name` (default: the source-dependence
 * worker's), or undefined when this module's location is unknown.
 *
 * @example
 * workerFile() // '/…/node_modules/claimtrace/dist/source-dependence-worker.js'
 * workerFile(NAME_PAIRS_WORKER_FILE_NAME) // '/…/node_modules/claimtrace/dist/name-pairs-worker.js'
 */
export const workerFile = (name: string = WORKER_FILE_NAME): string | undefined => {
  // The CommonJS build has __dirname; the ESM builds have import.meta.url (empty in CommonJS).
  if (typeof __dirname === 'string') return join(__dirname, name);
  try {
    return join(dirname(fileURLToPath(import.meta.url)), name);
  } catch {
    return undefined;
  }
};
