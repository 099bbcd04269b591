/**
 * The file-system calls claimtrace makes, as one small interface, so that the
 * edges (the loader, the CLI's writes) run against the real disk by default
 * and against a file system with injected faults in tests: EACCES as root,
 * ENOSPC on a disk that is not full, ENOENT between listing a folder and
 * reading a file, a kill between two renames.
 */
import * as fs from 'node:fs';

export interface FileSystem {
  readonly lstat: (path: string) => fs.Stats;
  readonly stat: (path: string) => fs.Stats;
  readonly realpath: (path: string) => string;
  readonly readdir: (path: string) => string[];
  /** `flags` as numbers (`fs.constants`): the readers open with O_NONBLOCK so a pipe never blocks. */
  readonly open: (path: string, flags: number, mode?: number) => number;
  readonly fstat: (fd: number) => fs.Stats;
  /** Read into `buffer` at `offset` from the current position; 0 at the end of the file. */
  readonly read: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  readonly write: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  readonly fsync: (fd: number) => void;
  readonly close: (fd: number) => void;
  readonly rename: (from: string, to: string) => void;
  readonly link: (existing: string, newPath: string) => void;
  readonly unlink: (path: string) => void;
  readonly mkdir: (path: string) => void;
  readonly rmdir: (path: string) => void;
}

/** The real file system (node:fs, synchronous). */
export const nodeFileSystem: FileSystem = Object.freeze({
  lstat: (path: string) => fs.lstatSync(path),
  stat: (path: string) => fs.statSync(path),
  realpath: (path: string) => fs.realpathSync(path),
  readdir: (path: string) => fs.readdirSync(path),
  open: (path: string, flags: number, mode?: number) => fs.openSync(path, flags, mode),
  fstat: (fd: number) => fs.fstatSync(fd),
  read: (fd: number, buffer: Uint8Array, offset: number, length: number) => fs.readSync(fd, buffer, offset, length, null),
  write: (fd: number, buffer: Uint8Array, offset: number, length: number) => fs.writeSync(fd, buffer, offset, length),
  fsync: (fd: number) => fs.fsyncSync(fd),
  close: (fd: number) => fs.closeSync(fd),
  rename: (from: string, to: string) => fs.renameSync(from, to),
  link: (existing: string, newPath: string) => fs.linkSync(existing, newPath),
  unlink: (path: string) => fs.unlinkSync(path),
  mkdir: (path: string) => fs.mkdirSync(path),
  rmdir: (path: string) => fs.rmdirSync(path),
});

/** The `code` of a Node system error (`ENOENT`, `EACCES`, …), or undefined. */
export const errorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** A system error's reason without the path Node appends (`EACCES: permission denied`). */
export const errorReason = (error: unknown): string => {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = REASONS[code ?? ''] ?? message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '');
  return code !== undefined ? `${reason} (${code})` : reason;
};

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links (a loop)',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error',
  EXDEV: 'it is on another device',
  EMFILE: 'too many open files',
  EEXIST: 'it already exists',
};

/**
 * The longest path (in bytes, with its final NUL) Linux accepts in one call
 * (PATH_MAX); longer ones fail with ENAMETOOLONG before the disk is touched.
 */
export const PATH_MAX_BYTES = 4096;

/** Whether a path is too long to pass to the operating system at all. */
export const isPathTooLong = (path: string): boolean => Buffer.byteLength(path, 'utf8') >= PATH_MAX_BYTES;
