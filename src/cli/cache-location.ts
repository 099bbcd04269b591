/**
 * Where `check --cache` keeps its cache: `--cache-location <path>` (a file,
 * or a folder to put `check-cache.json` in), else
 * `node_modules/.cache/claimtrace/check-cache.json` under the working
 * directory — the folder build tools share, already ignored by git.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { flag, type OptionValues, stringOption } from './command.js';

export const CACHE_FILE_NAME = 'check-cache.json';
export const DEFAULT_CACHE_LOCATION = `node_modules/.cache/claimtrace/${CACHE_FILE_NAME}`;

/**
 * The cache file for these options, or undefined without `--cache` (a
 * `--cache-location` implies it).
 *
 * @example
 * cacheFileFor({ cache: true }, '/repo') // '/repo/node_modules/.cache/claimtrace/check-cache.json'
 */
export const cacheFileFor = (values: OptionValues, cwd: string): string | undefined => {
  const location = stringOption(values, 'cache-location');
  if (location === undefined) return flag(values, 'cache') ? resolve(cwd, DEFAULT_CACHE_LOCATION) : undefined;
  const path = resolve(cwd, location);
  const isFolder = location.endsWith('/') || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, CACHE_FILE_NAME) : path;
};
