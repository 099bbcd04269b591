/**
 * Creating an output folder and its missing parents, one at a time.
 */
import { dirname, resolve } from 'node:path';
import { errorCode, type FileSystem, nodeFileSystem } from './file-system.js';

/**
 * Create `folder` and its missing parents; returns the folders it created,
 * outermost first (so a failed write can remove them again). Not
 * `mkdirSync(…, { recursive: true })`: on Linux it spins forever where an
 * existing parent answers ENOENT for a child (/proc, /sys, stale mounts), so
 * `--out /proc/x` hung the CLI. Throws the first error instead; a folder
 * another process creates meanwhile is taken as it is (and not returned).
 *
 * @example
 * makeFolders('/tmp/out/a/b'); // ['/tmp/out/a', '/tmp/out/a/b'] when /tmp/out existed
 */
export const makeFolders = (folder: string, fileSystem: FileSystem = nodeFileSystem): string[] => {
  const missing: string[] = [];
  for (let at = resolve(folder); ; ) {
    try {
      if (fileSystem.stat(at).isDirectory()) break;
      throw Object.assign(new Error(`${at} exists and is not a folder`), { code: 'ENOTDIR' });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      missing.push(at);
      const parent = dirname(at);
      if (parent === at) throw error;
      at = parent;
    }
  }
  const created: string[] = [];
  try {
    for (const path of missing.reverse()) {
      try {
        fileSystem.mkdir(path);
        created.push(path);
      } catch (error) {
        // Another process made it between the look and the mkdir (two runs writing to one --out at once): a folder is
        // what was wanted, and it is not this run's to remove.
        if (errorCode(error) !== 'EEXIST' || !fileSystem.stat(path).isDirectory()) throw error;
      }
    }
  } catch (error) {
    removeCreatedFolders(created, fileSystem);
    throw error;
  }
  return created;
};

/** Remove folders a failed write created (innermost first), where they are still empty. */
export const removeCreatedFolders = (created: readonly string[], fileSystem: FileSystem = nodeFileSystem): void => {
  for (const folder of [...created].reverse()) {
    try {
      fileSystem.rmdir(folder);
    } catch {
      // not empty (something else wrote there meanwhile) or already gone: leave it
    }
  }
};
