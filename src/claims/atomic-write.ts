/**
 * The one atomic file write of claimtrace — sources and claim files written
 * into a claims folder (`add`, `update-source`, `rehash`), reports and
 * exports (`report`, `export`, `suggest --out`), generated docs — so that a
 * crash, a full disk or a kill at any moment leaves either the old complete
 * file or the new one: the
 * content goes to a temporary file in the same folder (created exclusively,
 * so it never follows a planted link), is flushed to disk, then renamed over
 * the target (or linked to it, when the target must not exist yet). A target
 * that is a symbolic link, or a folder that leads outside `within`, is
 * refused: a link planted in a claims folder must not make claimtrace
 * overwrite some other file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

export interface AtomicWriteOptions {
  /** Fail when the target exists (a new file is being created). Default false: replace it. */
  readonly createOnly?: boolean;
  /** The target's real folder must be inside this folder (the claims folder). */
  readonly within?: string;
}

/** Why a write was refused or failed; `code` is stable for callers. */
export class WriteRefused extends Error {
  override readonly name = 'WriteRefused';
  constructor(
    readonly code: 'exists' | 'symlink' | 'not-a-file' | 'outside' | 'io',
    message: string,
    /** Why, without the path (for callers that name the file their own way). */
    readonly reason: string = message,
  ) {
    super(message);
  }
}

const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep));
};

const existing = (path: string): ReturnType<typeof lstatSync> | undefined => {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/**
 * Write `content` to `path` atomically. Throws `WriteRefused` when the target
 * is a link, not a regular file, outside `within`, or exists with `createOnly`.
 *
 * @example
 * writeFileAtomic('claims/sources/harbour.txt', text, { createOnly: true, within: 'claims' });
 */
export const writeFileAtomic = (path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void => {
  const folder = dirname(path);
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
  } catch (error) {
    throw new WriteRefused('io', `cannot write ${path}: ${(error as Error).message}`, (error as Error).message);
  }
  if (options.within !== undefined && !isInside(realpathSync(options.within), realFolder)) {
    throw new WriteRefused('outside', `${folder} leads to ${realFolder}, outside ${options.within}; nothing was written`);
  }
  const target = join(realFolder, basename(path));
  const stats = existing(target);
  if (stats?.isSymbolicLink() === true) throw new WriteRefused('symlink', `${path} is a symbolic link; claimtrace does not write through links`, 'it is a symbolic link; claimtrace does not write through links');
  if (stats !== undefined && !stats.isFile()) throw new WriteRefused('not-a-file', `${path} exists and is not a regular file`, 'it exists and is not a regular file');
  if (stats !== undefined && options.createOnly === true) throw new WriteRefused('exists', `${path} already exists`, 'it already exists');

  const temp = join(realFolder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', stats !== undefined ? Number(stats.mode) & 0o777 : 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.createOnly === true) {
      // link() fails if the target appeared meanwhile: never replaces a file created concurrently.
      linkSync(temp, target);
      unlinkSync(temp);
    } else {
      renameSync(temp, target);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (error instanceof WriteRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'EEXIST'
      ? new WriteRefused('exists', `${path} already exists`, 'it already exists')
      : new WriteRefused('io', `cannot write ${path}: ${(error as Error).message}`, (error as Error).message);
  }
};

/** Remove a file this run created (after a later write failed); never throws. */
export const removeCreated = (path: string): void => {
  try {
    if (existing(path)?.isFile() === true) unlinkSync(path);
  } catch {
    // best effort
  }
};
