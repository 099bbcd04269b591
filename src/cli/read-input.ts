/**
 * Reading a file the user names on the command line (a page to capture, a
 * source text to anchor in): `-` is stdin; anything else must be a regular
 * file (a pipe, a device or a folder is refused at once, never read until it
 * blocks or forever) of at most `maxBytes`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeReadFailure, readRegularFile } from '../files/read-regular-file.js';
import { CliError } from './cli-error.js';

/**
 * @example
 * const bytes = readInputFile(positionals[0], io.cwd, MAX_PAGE_BYTES);
 */
export const readInputFile = (arg: string, cwd: string, maxBytes: number, options: { readonly stdin?: boolean; readonly hint?: string; readonly shown?: string } = {}): Uint8Array => {
  if (arg === '-' && options.stdin === true) {
    try {
      return readFileSync(0);
    } catch (error) {
      throw new CliError(`cannot read stdin: ${(error as Error).message}`);
    }
  }
  const read = readRegularFile(resolve(cwd, arg), { maxBytes });
  if (read.status === 'read') return read.bytes;
  const { message, hint } = describeReadFailure(read, options.shown ?? arg);
  throw new CliError(message, { hint: read.status === 'missing' && options.hint !== undefined ? options.hint : hint });
};
