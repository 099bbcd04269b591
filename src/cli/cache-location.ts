/**
 * Where `check --cache` keeps its cache: `--cache-location <path>` (a file,
 * or a folder to put `check-cache.json` in), else
 * `node_modules/.cache/claimtrace/check-cache.json` under the working
 * directory — the folder build tools share, already ignored by git.
 * The location is looked at through the command line's file system, as the
 * cache is read and written (`claims/load-cache.ts`).
 */
import { join, resolve } from 'node:path';
import { type FileSystem, nodeFileSystem } from '../files/file-system.js';
import type { CliIo } from './cli-io.js';
import { flag, type OptionValues, stringOption } from './command.js';

export const CACHE_FILE_NAME = 'check-cache.json';
export const DEFAULT_CACHE_LOCATION = `node_modules/.cache/claimtrace/${CACHE_FILE_NAME}`;

/**
 * Whether a path is a folder now (following links). Anything that cannot be
 * looked at (missing, unreadable) is taken as the file's name: opening the
 * cache then says what is wrong with it, as a warning, and the check runs.
 */
const isFolder = (path: string, fileSystem: FileSystem): boolean => {
  try {
    return fileSystem.stat(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The cache file for these options, or undefined without `--cache` (a
 * `--cache-location` implies it).
 *
 * @example
 * cacheFileFor({ cache: true }, { cwd: '/repo' }) // '/repo/node_modules/.cache/claimtrace/check-cache.json'
 */
export const cacheFileFor = (values: OptionValues, io: Pick<CliIo, 'cwd' | 'fileSystem'>): string | undefined => {
  const location = stringOption(values, 'cache-location');
  if (location === undefined) return flag(values, 'cache') ? resolve(io.cwd, DEFAULT_CACHE_LOCATION) : undefined;
  const path = resolve(io.cwd, location);
  return location.endsWith('/') || isFolder(path, io.fileSystem ?? nodeFileSystem) ? join(path, CACHE_FILE_NAME) : path;
};
