/**
 * Writing a command's result to a file, atomically (the one atomic write,
 * `claims/atomic-write.ts`), creating its folder, with a user error (not a
 * stack trace) when that fails.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WriteRefused, writeFileAtomic } from '../claims/atomic-write.js';
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
 * Write `content` to `path`, creating missing folders. Atomic: a reader never
 * sees half a report, and a symbolic link at `path` is not written through.
 * `createOnly` refuses to replace an existing file (`suggest --out`).
 */
export const writeOutputFile = (path: string, content: string, shown: string, options: { readonly createOnly?: boolean } = {}): void => {
  try {
    makeFolders(dirname(path));
    writeFileAtomic(path, content, options);
  } catch (error) {
    const reason = error instanceof WriteRefused ? error.reason : (error as Error).message;
    const exists = error instanceof WriteRefused && error.code === 'exists';
    throw new CliError(`cannot write ${shown}: ${reason}`, { hint: exists ? 'choose a new file name; this command never replaces a file' : 'check the --out path and its permissions' });
  }
};
