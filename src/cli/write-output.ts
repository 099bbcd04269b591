/**
 * Writing a command's result to a file, creating its folder, with a user
 * error (not a stack trace) when that fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './cli-error.js';

/** Write `content` to `path`, creating missing folders. */
export const writeOutputFile = (path: string, content: string, shown: string): void => {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${(error as Error).message}`, { hint: 'check the --out path and its permissions' });
  }
};
