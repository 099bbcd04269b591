/**
 * A lock on an output folder for the moment a set of files is put in place,
 * so two runs writing into one folder (two `claimtrace report --out docs`)
 * never interleave their renames: the folder ends up with one run's files or
 * the other's, never a mix. The lock is a file created exclusively
 * (`.claimtrace-write.lock`, holding the process id); it is held only while
 * renaming (milliseconds), so a lock whose process is gone, or that is older
 * than a minute, was left by a killed run and is taken over.
 */
import { constants } from 'node:fs';
import { join } from 'node:path';
import { errorCode, type FileSystem } from './file-system.js';
import { readRegularFile } from './read-regular-file.js';

export const LOCK_FILE = '.claimtrace-write.lock';

/** A lock this old was left behind: nobody holds one for more than a few milliseconds. */
const STALE_AFTER_MS = 60_000;
const POLL_MS = 20;

/** Whether a process with this id is running (on this machine). */
export const processIsAlive = (pid: number): boolean => {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
};

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** A lock being written has no process id yet for this long. */
const BEING_CREATED_MS = 2_000;

/**
 * The lock's live holder (0 while the lock file is being created), or
 * undefined when the lock was left behind by a run that is gone.
 */
const liveHolder = (path: string, fileSystem: FileSystem): number | undefined => {
  let age: number;
  try {
    age = Date.now() - fileSystem.lstat(path).mtimeMs;
  } catch {
    return undefined;
  }
  const read = readRegularFile(path, { maxBytes: 64, fileSystem });
  const written = read.status === 'read' ? new TextDecoder().decode(read.bytes).trim() : '';
  if (written === '') return age < BEING_CREATED_MS ? 0 : undefined;
  const pid = Number(written);
  return age < STALE_AFTER_MS && processIsAlive(pid) ? pid : undefined;
};

/** Why a lock could not be taken: another live run holds it past the timeout. */
export class LockBusy extends Error {
  override readonly name = 'LockBusy';
  constructor(readonly holder: number) {
    super(`another claimtrace run${holder > 0 ? ` (process ${holder})` : ''} is writing into this folder`);
  }
}

/**
 * Take the lock of `folder`, waiting up to `timeoutMs` for a live holder;
 * returns the function that releases it. Throws `LockBusy` on timeout, and the
 * system error when the lock file cannot be created at all.
 *
 * @example
 * const release = lockFolder('/repo/docs', fs, 30_000);
 * try { … } finally { release(); }
 */
export const lockFolder = (folder: string, fileSystem: FileSystem, timeoutMs: number): (() => void) => {
  const path = join(folder, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let fd: number;
    try {
      fd = fileSystem.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const holder = liveHolder(path, fileSystem);
      if (holder === undefined) {
        // Left by a killed run: take it over.
        try {
          fileSystem.unlink(path);
        } catch (unlinkError) {
          if (errorCode(unlinkError) !== 'ENOENT') throw unlinkError;
        }
        continue;
      }
      if (Date.now() >= deadline) throw new LockBusy(holder);
      sleep(POLL_MS);
      continue;
    }
    try {
      const pid = new TextEncoder().encode(`${process.pid}\n`);
      fileSystem.write(fd, pid, 0, pid.length);
    } finally {
      fileSystem.close(fd);
    }
    return () => {
      try {
        fileSystem.unlink(path);
      } catch {
        // already taken over as stale: nothing to release
      }
    };
  }
};
