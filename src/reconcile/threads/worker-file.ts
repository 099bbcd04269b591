/**
 * Where the built source-dependence worker is: `source-dependence-worker.js`
 * in the same folder as the module running this code — `dist/` for the ESM
 * build (entries and their chunks), the CommonJS build and the CLI's chunks
 * alike. Run from the TypeScript sources (tests) there is no such file: the
 * caller then finds the passages inline, or is given a file built for it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker's file name in `dist/`. */
export const WORKER_FILE_NAME = 'source-dependence-worker.js';

/**
 * The worker file's path, or undefined when this module's location is unknown.
 *
 * @example
 * workerFile() // '/…/node_modules/claimtrace/dist/source-dependence-worker.js'
 */
export const workerFile = (): string | undefined => {
  // The CommonJS build has __dirname; the ESM builds have import.meta.url (empty in CommonJS).
  if (typeof __dirname === 'string') return join(__dirname, WORKER_FILE_NAME);
  try {
    return join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE_NAME);
  } catch {
    return undefined;
  }
};
