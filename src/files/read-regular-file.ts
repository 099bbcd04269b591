/**
 * Reading a file that must be a regular file, without ever blocking or
 * following it into a device: the file is opened non-blocking (a named pipe
 * opens at once, with no writer needed) and checked with fstat on the open
 * descriptor, so a pipe, a socket, a device (/dev/zero, /dev/stdin under a
 * pipe) or a folder is refused before a byte is read — even when it was
 * swapped in after the caller looked at the name. Every failure is a value
 * (`missing`, `unreadable`, …) with the system's reason, never an exception.
 */
import { constants, type Stats } from 'node:fs';
import { errorCode, errorReason, type FileSystem, isPathTooLong, nodeFileSystem } from './file-system.js';

/** What a file is when it is not a regular file. */
export type SpecialFileKind = 'folder' | 'named pipe' | 'socket' | 'device' | 'special file';

export type ReadFileOutcome =
  | { readonly status: 'read'; readonly bytes: Uint8Array }
  /** It does not exist (or vanished since the folder was listed). */
  | { readonly status: 'missing' }
  | { readonly status: 'not-a-file'; readonly kind: SpecialFileKind }
  | { readonly status: 'too-large'; readonly size: number; readonly limit: number }
  | { readonly status: 'path-too-long' }
  /** It exists but cannot be read: permission denied, an I/O error, a link loop… */
  | { readonly status: 'unreadable'; readonly code: string | undefined; readonly reason: string };

export interface ReadRegularFileOptions {
  /** Largest size read, in bytes; a larger file is `too-large` and is not read. */
  readonly maxBytes: number;
  readonly fileSystem?: FileSystem;
}

/** The kind of a file that is not a regular file. */
const specialKindOf = (stats: Stats): SpecialFileKind =>
  stats.isDirectory()
    ? 'folder'
    : stats.isFIFO()
      ? 'named pipe'
      : stats.isSocket()
        ? 'socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'device'
          : 'special file';

/** A system error met opening or reading, as an outcome. */
export const failure = (error: unknown): Exclude<ReadFileOutcome, { status: 'read' }> => {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
  if (code === 'ENAMETOOLONG') return { status: 'path-too-long' };
  // A socket cannot be opened as a file.
  if (code === 'ENXIO') return { status: 'not-a-file', kind: 'socket' };
  return { status: 'unreadable', code, reason: errorReason(error) };
};

const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const CHUNK = 64 * 1024;

/**
 * Read `path`, which must be a regular file of at most `maxBytes`.
 *
 * @example
 * const read = readRegularFile('claims/baseline.yaml', { maxBytes: 16 * 1024 * 1024 });
 * if (read.status === 'read') decode(read.bytes);
 */
export const readRegularFile = (path: string, options: ReadRegularFileOptions): ReadFileOutcome => {
  const fs = options.fileSystem ?? nodeFileSystem;
  const opened = openRegularFile(path, fs);
  if (opened.status !== 'open') return opened;
  const { fd } = opened;
  try {
    if (opened.size > options.maxBytes) return { status: 'too-large', size: opened.size, limit: options.maxBytes };
    // Read to the end (a file can grow after fstat; /proc files say size 0), never past the limit.
    let buffer = new Uint8Array(Math.min(options.maxBytes, opened.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > options.maxBytes) return { status: 'too-large', size: length, limit: options.maxBytes };
        const grown = new Uint8Array(Math.min(options.maxBytes + 1, buffer.length * 2 + CHUNK));
        grown.set(buffer);
        buffer = grown;
      }
      const n = fs.read(fd, buffer, length, buffer.length - length);
      if (n === 0) break;
      length += n;
    }
    if (length > options.maxBytes) return { status: 'too-large', size: length, limit: options.maxBytes };
    return { status: 'read', bytes: buffer.subarray(0, length) };
  } catch (error) {
    return failure(error);
  } finally {
    closeQuietly(fs, fd);
  }
};

/** Close a descriptor that was only read: closing it cannot lose data, so a failure is ignored. */
export const closeQuietly = (fs: FileSystem, fd: number): void => {
  try {
    fs.close(fd);
  } catch {
    // nothing was written through it
  }
};

/**
 * Open `path` for reading when it is a regular file (checked with fstat on
 * the open descriptor, so a pipe, socket, device or folder is refused before
 * a byte is read). The caller closes `fd` (`closeQuietly`).
 */
export const openRegularFile = (path: string, fs: FileSystem): { readonly status: 'open'; readonly fd: number; readonly size: number } | Exclude<ReadFileOutcome, { status: 'read' }> => {
  if (isPathTooLong(path)) return { status: 'path-too-long' };
  let fd: number;
  try {
    fd = fs.open(path, READ_FLAGS);
  } catch (error) {
    return failure(error);
  }
  try {
    const stats = fs.fstat(fd);
    if (stats.isFile()) return { status: 'open', fd, size: stats.size };
    closeQuietly(fs, fd);
    return { status: 'not-a-file', kind: specialKindOf(stats) };
  } catch (error) {
    closeQuietly(fs, fd);
    return failure(error);
  }
};

/** A failed read in words: what is wrong with `shown`, and what to do. */
export const describeReadFailure = (
  outcome: Exclude<ReadFileOutcome, { status: 'read' }>,
  shown: string,
): { readonly message: string; readonly hint: string } => {
  switch (outcome.status) {
    case 'missing':
      return { message: `cannot read ${shown}: it does not exist (or was removed while claimtrace was reading)`, hint: 'check the path; if files were being moved, run again' };
    case 'not-a-file':
      return { message: `${shown} is a ${outcome.kind}, not a regular file; it was not read`, hint: 'replace it with a regular file' };
    case 'too-large':
      return { message: `${shown} is ${outcome.size} bytes; the limit is ${outcome.limit}`, hint: 'split it into smaller files' };
    case 'path-too-long':
      return { message: `the path of ${shown} is too long for the operating system`, hint: 'use shorter folder and file names' };
    case 'unreadable':
      return { message: `cannot read ${shown}: ${outcome.reason}`, hint: outcome.code === 'EACCES' || outcome.code === 'EPERM' ? 'check its permissions' : 'check the file and the disk' };
  }
};
