/**
 * The one way claimtrace writes files (reports, exports, `init`, captured
 * sources): a crash, a full disk or a SIGKILL at any moment leaves either the
 * old complete file or the new one, never half of one, and a set of files
 * (the Markdown report and its JSON) is put in place as one.
 *
 * 1. Plan: create missing folders; refuse a target that is a symbolic link,
 *    not a regular file, outside `within`, refused by `guard` (an input of the
 *    claims folder), or existing when `createOnly`.
 * 2. Stage: write each file's content to a temporary file beside it, created
 *    exclusively (so it never follows a planted link), and flush it to disk.
 *    A failure here (ENOSPC) removes every temporary file and every folder
 *    this call created: nothing was written, and the write can be retried.
 * 3. Commit: rename each temporary file over its target (link it, for
 *    `createOnly`: never replacing a file that appeared meanwhile). A set of
 *    several files commits under the folder's lock with a journal, so two runs
 *    never mix their files, and a run killed between two renames is finished
 *    by the next write into the folder.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { errorCode, errorReason, type FileSystem, nodeFileSystem } from './file-system.js';
import { makeFolders, removeCreatedFolders } from './make-folders.js';
import { isWithin } from './path-policy.js';
import { LockBusy, lockFolder } from './write-lock.js';
import { JOURNAL_FILE, recoverInterruptedWrite, removeJournal, removeStrayTemporaries, syncFolder, temporaryName, writeJournal, type JournalEntry } from './write-journal.js';
import { appendAll } from '../model/append-all.js';

/** Why a write was refused or failed; `code` is stable for callers. */
export type WriteRefusal = 'exists' | 'symlink' | 'not-a-file' | 'outside' | 'input' | 'busy' | 'no-space' | 'io';

export class WriteRefused extends Error {
  override readonly name = 'WriteRefused';
  constructor(
    readonly code: WriteRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface FileToWrite {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface AtomicWriteOptions {
  /** Fail when a target exists (new files are being created). Default false: replace them. */
  readonly createOnly?: boolean;
  /** Every target's real folder must be inside this folder (the claims folder). */
  readonly within?: string;
  /** Refuse a target (its real path): the reason, or undefined to allow it. */
  readonly guard?: (realTarget: string) => string | undefined;
  /** How a path is shown in messages (default: as given). */
  readonly show?: (path: string) => string;
  /** How long to wait for another run writing into the same folder (default 30 s). */
  readonly lockTimeoutMs?: number;
  readonly fileSystem?: FileSystem;
}

interface Planned {
  readonly path: string;
  readonly target: string;
  readonly temporary: string;
  readonly bytes: Uint8Array;
  readonly mode: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

const refusalOf = (error: unknown): WriteRefusal => {
  const code = errorCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'no-space' : code === 'EEXIST' ? 'exists' : 'io';
};

/** The deepest folder holding all of `folders`. */
const commonFolder = (folders: readonly string[]): string => {
  let common = folders[0] ?? sep;
  for (const folder of folders) while (!isWithin(common, folder)) common = dirname(common);
  return common;
};

const hasJournal = (folder: string, fileSystem: FileSystem): boolean => {
  try {
    fileSystem.lstat(join(folder, JOURNAL_FILE));
    return true;
  } catch {
    return false;
  }
};

const writeAll = (fileSystem: FileSystem, fd: number, bytes: Uint8Array): void => {
  for (let at = 0; at < bytes.length; ) at += fileSystem.write(fd, bytes, at, bytes.length - at);
};

/**
 * Write every file of `files` atomically, as one set. Throws `WriteRefused`
 * (with nothing written) when a target is refused or a file cannot be written.
 *
 * @example
 * writeFileSet([{ path: 'docs/conflict-report.md', content: md }, { path: 'docs/conflicts.json', content: json }]);
 */
export const writeFileSet = (files: readonly FileToWrite[], options: AtomicWriteOptions = {}): void => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  const show = options.show ?? ((path: string) => path);
  const createdFolders: string[] = [];
  const planned: Planned[] = [];
  const staged: string[] = [];
  const random = randomBytes(6).toString('hex');
  let within: string | undefined;

  const undo = (): void => {
    for (const temporary of staged) {
      try {
        fileSystem.unlink(temporary);
      } catch {
        // already gone
      }
    }
    removeCreatedFolders(createdFolders, fileSystem);
  };

  // 1. Plan.
  try {
    if (options.within !== undefined) within = fileSystem.realpath(options.within);
    for (const file of files) {
      const folder = dirname(resolve(file.path));
      let realFolder: string;
      try {
        appendAll(createdFolders, makeFolders(folder, fileSystem));
        realFolder = fileSystem.realpath(folder);
      } catch (error) {
        throw new WriteRefused(refusalOf(error), `cannot write ${show(file.path)}: cannot create its folder: ${errorReason(error)}`);
      }
      if (within !== undefined && !isWithin(within, realFolder)) {
        throw new WriteRefused('outside', `${show(file.path)} would be written to ${realFolder}, outside ${options.within ?? ''}; nothing was written`);
      }
      const target = join(realFolder, basename(file.path));
      if (planned.some((p) => p.target === target)) throw new WriteRefused('io', `${show(file.path)} is named twice in one write`);
      let mode = 0o666;
      try {
        const stats = fileSystem.lstat(target);
        if (stats.isSymbolicLink()) {
          throw new WriteRefused('symlink', `${show(file.path)} is a symbolic link; claimtrace does not write through links (it would replace the file the link points to)`);
        }
        if (!stats.isFile()) throw new WriteRefused('not-a-file', `${show(file.path)} exists and is not a regular file`);
        if (options.createOnly === true) throw new WriteRefused('exists', `${show(file.path)} already exists`);
        mode = Number(stats.mode) & 0o777;
      } catch (error) {
        if (error instanceof WriteRefused) throw error;
        if (errorCode(error) !== 'ENOENT') throw new WriteRefused(refusalOf(error), `cannot write ${show(file.path)}: ${errorReason(error)}`);
      }
      const refused = options.guard?.(target);
      if (refused !== undefined) throw new WriteRefused('input', `${show(file.path)} ${refused}; nothing was written`);
      const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
      planned.push({ path: file.path, target, temporary: join(realFolder, temporaryName(target, random)), bytes, mode });
    }
  } catch (error) {
    undo();
    if (error instanceof WriteRefused) throw error;
    throw new WriteRefused(refusalOf(error), `cannot write: ${errorReason(error)}`);
  }

  // 2. Stage: every temporary file complete and on disk before any target changes.
  for (const file of planned) {
    let fd: number | undefined;
    try {
      fd = fileSystem.open(file.temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, file.mode);
      staged.push(file.temporary);
      writeAll(fileSystem, fd, file.bytes);
      fileSystem.fsync(fd);
    } catch (error) {
      if (fd !== undefined) fileSystem.close(fd);
      fd = undefined;
      undo();
      throw new WriteRefused(refusalOf(error), `cannot write ${show(file.path)}: ${errorReason(error)}; nothing was written`);
    } finally {
      if (fd !== undefined) fileSystem.close(fd);
    }
  }

  // 3. Commit.
  const folders = [...new Set(planned.map((p) => dirname(p.target)))];
  const commit = commonFolder(folders);
  const journaled = planned.length > 1;
  let release: (() => void) | undefined;
  if (journaled) {
    try {
      release = lockFolder(commit, fileSystem, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
      recoverInterruptedWrite(commit, fileSystem, folders);
      const entries: JournalEntry[] = planned.map((p) => ({ temporary: p.temporary, target: p.target, createOnly: options.createOnly === true }));
      writeJournal(commit, entries, fileSystem, random);
    } catch (error) {
      release?.();
      undo();
      if (error instanceof LockBusy) throw new WriteRefused('busy', `${error.message} (${show(commit)}); nothing was written — try again when it is done`);
      throw new WriteRefused(refusalOf(error), `cannot write into ${show(commit)}: ${errorReason(error)}; nothing was written`);
    }
  }
  const done: Planned[] = [];
  try {
    for (const file of planned) {
      if (options.createOnly === true) {
        // link() fails if the target appeared meanwhile: never replaces a file created concurrently.
        fileSystem.link(file.temporary, file.target);
        fileSystem.unlink(file.temporary);
      } else {
        fileSystem.rename(file.temporary, file.target);
      }
      done.push(file);
    }
    for (const folder of folders) syncFolder(folder, fileSystem);
    if (journaled) removeJournal(commit, fileSystem);
    // A single file's leftovers of killed runs go too, unless a journal there may still need them.
    else if (!hasJournal(commit, fileSystem)) removeStrayTemporaries(commit, fileSystem);
  } catch (error) {
    // Not a crash (a crash leaves the journal for the next run to finish): undo what can be undone.
    if (options.createOnly === true) {
      for (const file of done) {
        try {
          fileSystem.unlink(file.target);
        } catch {
          // gone already
        }
      }
    }
    const pending = planned.filter((p) => !done.includes(p));
    for (const file of pending) {
      try {
        fileSystem.unlink(file.temporary);
      } catch {
        // gone already
      }
    }
    if (journaled) {
      try {
        removeJournal(commit, fileSystem);
      } catch {
        // the next run finds nothing to finish: its temporary files are gone
      }
    }
    removeCreatedFolders(createdFolders, fileSystem);
    const written = options.createOnly === true ? [] : done.map((p) => show(p.path));
    throw new WriteRefused(
      refusalOf(error),
      `cannot write ${show(pending[0]?.path ?? '')}: ${errorReason(error)}${written.length > 0 ? `; ${written.join(', ')} were already replaced` : '; nothing was written'}`,
    );
  } finally {
    release?.();
  }
};

/**
 * Write one file atomically (see {@link writeFileSet}).
 *
 * @example
 * writeFileAtomic('claims/sources/harbour.txt', text, { createOnly: true, within: 'claims' });
 */
export const writeFileAtomic = (path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void =>
  writeFileSet([{ path, content }], options);

/**
 * Finish a set of writes into `folder` that a killed run left half done (see
 * the journal), before looking at what the folder holds. Writes of sets do
 * this themselves; commands that first check which files exist (`init`) call
 * it. Does nothing when no run was interrupted.
 *
 * @example
 * finishInterruptedWrites('claims'); // then look at which scaffold files exist
 */
export const finishInterruptedWrites = (folder: string, options: Pick<AtomicWriteOptions, 'fileSystem' | 'lockTimeoutMs'> = {}): void => {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  let real: string;
  try {
    real = fileSystem.realpath(folder);
  } catch {
    return;
  }
  if (!hasJournal(real, fileSystem)) return;
  const release = lockFolder(real, fileSystem, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  try {
    recoverInterruptedWrite(real, fileSystem);
  } finally {
    release();
  }
};
