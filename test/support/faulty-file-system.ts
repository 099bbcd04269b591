/**
 * A file system for tests that fails where a test says: EACCES on one file
 * (as root, chmod cannot make a file unreadable), ENOSPC after so many bytes,
 * ENOENT for a file listed a moment ago, or a hook that runs before a call
 * (to delete a real file between listing and reading it, or to kill the
 * process between two renames).
 */
import { nodeFileSystem, type FileSystem } from '../../src/files/file-system.js';

export type Operation = keyof FileSystem;

/** A system error as Node throws it. */
export const systemError = (code: string, syscall: string, path = ''): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

export interface Fault {
  /** The call to fail: operation and a test on its path (paths of descriptors are those they were opened with). */
  readonly op: Operation;
  readonly path?: (path: string) => boolean;
  /** The error code to throw, or a function to run before the real call (it may throw). */
  readonly fail?: string;
  readonly before?: (path: string) => void;
  /** Only the n-th matching call (1-based); every one when absent. */
  readonly nth?: number;
}

/**
 * `base` with `faults` injected. Writes can be limited to `spaceBytes` in
 * total, after which a write fails with ENOSPC (a full disk).
 */
export const faultyFileSystem = (faults: readonly Fault[], options: { readonly spaceBytes?: number; readonly base?: FileSystem } = {}): FileSystem => {
  const base = options.base ?? nodeFileSystem;
  const fdPaths = new Map<number, string>();
  const counts = new Map<Fault, number>();
  let space = options.spaceBytes ?? Infinity;
  const check = (op: Operation, path: string): void => {
    for (const fault of faults) {
      if (fault.op !== op || (fault.path !== undefined && !fault.path(path))) continue;
      const n = (counts.get(fault) ?? 0) + 1;
      counts.set(fault, n);
      if (fault.nth !== undefined && fault.nth !== n) continue;
      fault.before?.(path);
      if (fault.fail !== undefined) throw systemError(fault.fail, op, path);
    }
  };
  const at = (fd: number): string => fdPaths.get(fd) ?? `fd:${fd}`;
  return {
    lstat: (p) => (check('lstat', p), base.lstat(p)),
    stat: (p) => (check('stat', p), base.stat(p)),
    realpath: (p) => (check('realpath', p), base.realpath(p)),
    readdir: (p) => (check('readdir', p), base.readdir(p)),
    open: (p, flags, mode) => {
      check('open', p);
      const fd = base.open(p, flags, mode);
      fdPaths.set(fd, p);
      return fd;
    },
    fstat: (fd) => (check('fstat', at(fd)), base.fstat(fd)),
    read: (fd, buffer, offset, length) => (check('read', at(fd)), base.read(fd, buffer, offset, length)),
    write: (fd, buffer, offset, length) => {
      check('write', at(fd));
      if (length > space) {
        const written = space > 0 ? base.write(fd, buffer, offset, space) : 0;
        space -= written;
        if (written > 0) return written;
        throw systemError('ENOSPC', 'write', at(fd));
      }
      const written = base.write(fd, buffer, offset, length);
      space -= written;
      return written;
    },
    fsync: (fd) => (check('fsync', at(fd)), base.fsync(fd)),
    close: (fd) => {
      check('close', at(fd));
      fdPaths.delete(fd);
      base.close(fd);
    },
    rename: (from, to) => (check('rename', to), base.rename(from, to)),
    link: (existing, to) => (check('link', to), base.link(existing, to)),
    unlink: (p) => (check('unlink', p), base.unlink(p)),
    mkdir: (p) => (check('mkdir', p), base.mkdir(p)),
    rmdir: (p) => (check('rmdir', p), base.rmdir(p)),
  };
};
