/**
 * Writing a command's result to a file, atomically, creating its folder, with
 * a user error (not a stack trace) when that fails.
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cli-error.js';

/**
 * Create `folder` and its missing parents one at a time. Not `mkdirSync(…, { recursive: true })`:
 * on Linux it spins forever where an existing parent answers ENOENT for a child (/proc, /sys, stale
 * mounts), so `--out /proc/x` hung the CLI. Throws the first error instead.
 */
export const makeFolders = (folder: string): void => {
  const missing: string[] = [];
  for (let at = resolve(folder); ; ) {
    try {
      if (statSync(at).isDirectory()) break;
      throw new Error(`${at} exists and is not a folder`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) throw error;
      at = parent;
    }
  }
  for (const path of missing.reverse()) mkdirSync(path);
};

/**
 * Write `content` to `path`, creating missing folders. Atomic: the content
 * goes to a temporary file beside `path`, renamed over it once complete, so
 * a reader never sees half a report.
 */
export const writeOutputFile = (path: string, content: string, shown: string): void => {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    makeFolders(dirname(path));
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`cannot write ${shown}: ${(error as Error).message}`, { hint: 'check the --out path and its permissions' });
  }
};
