/**
 * Temporary folders for one test file, removed after it — with `rm -rf`,
 * which also removes folders nested past PATH_MAX (Node's rmSync cannot).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface ScratchFolders {
  /** A new empty folder. */
  readonly tempDir: (label?: string) => string;
  /** A new folder holding a copy of `from`. */
  readonly copyOf: (from: string, label?: string) => string;
}

/** Call at the top of a test file. */
export const scratchFolders = (prefix: string): ScratchFolders => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) execFileSync('rm', ['-rf', dir]);
  });
  const tempDir = (label?: string): string => {
    const dir = mkdtempSync(join(tmpdir(), `claimtrace-${prefix}${label !== undefined ? `-${label}` : ''}-`));
    made.push(dir);
    return dir;
  };
  return {
    tempDir,
    copyOf: (from, label) => {
      const dir = tempDir(label);
      cpSync(from, dir, { recursive: true });
      return dir;
    },
  };
};
