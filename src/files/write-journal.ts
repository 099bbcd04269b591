/**
 * The journal of a set of files being put in place: which complete temporary
 * file becomes which target. It is written (atomically) after every temporary
 * file is complete on disk and before the first rename, and removed after the
 * last; a run killed between two renames leaves it behind, and the next write
 * into the folder finishes those renames first, so the folder holds the whole
 * new set (never the new Markdown report beside the old JSON).
 */
import { constants } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { errorCode, type FileSystem } from './file-system.js';
import { isInside } from './path-policy.js';
import { readRegularFile } from './read-regular-file.js';
import { processIsAlive } from './write-lock.js';

export const JOURNAL_FILE = '.claimtrace-write.journal';

/** `.<name>.<pid>-<12 hex>.tmp`: the temporary file of one write, beside its target. */
const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/;

/** The temporary file name for `target`, unique to this process and call. */
export const temporaryName = (target: string, random: string): string => `.${basename(target)}.${process.pid}-${random}.tmp`;

export interface JournalEntry {
  /** Both absolute, in one folder. */
  readonly temporary: string;
  readonly target: string;
  /** Linked into place (never replacing a file), not renamed. */
  readonly createOnly: boolean;
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Write the journal of `entries` into `folder`, atomically and durably. */
export const writeJournal = (folder: string, entries: readonly JournalEntry[], fileSystem: FileSystem, random: string): void => {
  const data = new TextEncoder().encode(
    `${JSON.stringify({
      claimtraceJournal: 1,
      entries: entries.map((e) => ({ temporary: toPosix(relative(folder, e.temporary)), target: toPosix(relative(folder, e.target)), createOnly: e.createOnly })),
    })}\n`,
  );
  const temporary = join(folder, temporaryName(JOURNAL_FILE, random));
  const fd = fileSystem.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    for (let at = 0; at < data.length; ) at += fileSystem.write(fd, data, at, data.length - at);
    fileSystem.fsync(fd);
  } finally {
    fileSystem.close(fd);
  }
  fileSystem.rename(temporary, join(folder, JOURNAL_FILE));
  syncFolder(folder, fileSystem);
};

/** Remove the journal once every rename is done. */
export const removeJournal = (folder: string, fileSystem: FileSystem): void => {
  try {
    fileSystem.unlink(join(folder, JOURNAL_FILE));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  syncFolder(folder, fileSystem);
};

/** Make a folder's entries (renames, links) durable; file systems that cannot are left as they are. */
export const syncFolder = (folder: string, fileSystem: FileSystem): void => {
  let fd: number | undefined;
  try {
    fd = fileSystem.open(folder, constants.O_RDONLY);
    fileSystem.fsync(fd);
  } catch {
    // some file systems do not sync folders; the renames are still atomic
  } finally {
    if (fd !== undefined) fileSystem.close(fd);
  }
};

/** The journal's entries, checked: every path inside `folder`, each temporary beside its target. */
const readJournal = (folder: string, fileSystem: FileSystem): JournalEntry[] | undefined => {
  const read = readRegularFile(join(folder, JOURNAL_FILE), { maxBytes: 1024 * 1024, fileSystem });
  if (read.status === 'missing') return undefined;
  if (read.status !== 'read') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return [];
  }
  const entries = (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((e: unknown): JournalEntry[] => {
    const { temporary, target, createOnly } = (e ?? {}) as Record<string, unknown>;
    if (typeof temporary !== 'string' || typeof target !== 'string') return [];
    const t = join(folder, ...posix.normalize(temporary).split('/'));
    const g = join(folder, ...posix.normalize(target).split('/'));
    const valid = isInside(folder, t) && isInside(folder, g) && dirname(t) === dirname(g) && TEMP_NAME.test(basename(t));
    return valid ? [{ temporary: t, target: g, createOnly: createOnly === true }] : [];
  });
};

/**
 * Finish the renames of a run that was killed half-way (the journal it left),
 * then remove temporary files of runs that are gone from the folders the
 * journal and `alsoClean` name. Call it holding the folder's lock.
 */
export const recoverInterruptedWrite = (folder: string, fileSystem: FileSystem, alsoClean: readonly string[] = []): void => {
  const entries = readJournal(folder, fileSystem);
  for (const entry of entries ?? []) {
    try {
      if (fileSystem.lstat(entry.target).isSymbolicLink()) continue;
    } catch {
      // no target yet
    }
    try {
      if (entry.createOnly) {
        fileSystem.link(entry.temporary, entry.target);
        fileSystem.unlink(entry.temporary);
      } else {
        fileSystem.rename(entry.temporary, entry.target);
      }
    } catch {
      // already renamed (the temporary is gone), or the target exists for a create-only file
    }
  }
  if (entries !== undefined) removeJournal(folder, fileSystem);
  const folders = new Set([folder, ...alsoClean, ...(entries ?? []).map((e) => dirname(e.temporary))]);
  for (const at of folders) removeStrayTemporaries(at, fileSystem);
};

/** Delete `.<name>.<pid>-<hex>.tmp` files whose process is gone (a killed run's leftovers). */
export const removeStrayTemporaries = (folder: string, fileSystem: FileSystem): void => {
  let names: string[];
  try {
    names = fileSystem.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null || processIsAlive(Number(match[1]))) continue;
    try {
      if (fileSystem.lstat(join(folder, name)).isFile()) fileSystem.unlink(join(folder, name));
    } catch {
      // gone meanwhile
    }
  }
};
