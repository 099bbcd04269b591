/**
 * The one path policy of claimtrace, for every command that reads a claims
 * folder (the loader, `anchor`, the capture commands): a path an author writes
 * is resolved relative to the file that names it and must stay inside the
 * folder — no `..` out of it, no absolute path, no NUL — and so must the real
 * file behind it after symbolic links are followed.
 */
import { isAbsolute, posix, relative, sep } from 'node:path';
import { createMessage } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';
import { errorCode, errorReason, type FileSystem, isPathTooLong, nodeFileSystem } from './file-system.js';

const refused = (message: string): Result<string> =>
  failed([createMessage('source-path', message, { hint: 'put the text file inside the claims folder and name it relative to this file' })]);

/**
 * Resolve `target` (as written in `fromFile`) to a POSIX path relative to the
 * claims folder root.
 *
 * @example
 * resolveInFolder('sources/a.yaml', 'a.txt'); // { ok: true, value: 'sources/a.txt', messages: [] }
 * resolveInFolder('sources/a.yaml', '../../etc/passwd'); // { ok: false, messages: [{ code: 'source-path', … }] }
 */
export const resolveInFolder = (fromFile: string, target: string): Result<string> => {
  const written = target.replace(/\\/g, '/');
  if (written.startsWith('/') || /^[A-Za-z]:\//.test(written)) {
    return refused(`"${target}" is an absolute path; source texts must be inside the claims folder`);
  }
  if (written.includes('\0')) return refused(`"${target}" contains a NUL character`);
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), written));
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '') {
    return refused(`"${target}" leaves the claims folder`);
  }
  return ok(joined);
};

/** Whether `path` is strictly inside the folder `root` (both absolute, real). */
export const isInside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !/^[A-Za-z]:/.test(rel);
};

/** Whether `path` is the folder `root` or inside it. */
export const isWithin = (root: string, path: string): boolean => path === root || isInside(root, path);

export type FolderPlace =
  | { readonly status: 'inside'; readonly real: string }
  /** A symbolic link (of the file or of a folder on the way) leads out of the folder. */
  | { readonly status: 'outside'; readonly real: string }
  /** Nothing there, or a broken link or link loop on the way. */
  | { readonly status: 'missing' }
  | { readonly status: 'path-too-long' }
  | { readonly status: 'unreadable'; readonly reason: string };

/**
 * Where the file `absolute` really is, and whether that is inside `root` (a
 * real path). Links are followed; nothing is opened.
 *
 * @example
 * placeInFolder('/repo/claims', '/repo/claims/sources/a.txt'); // { status: 'inside', real: '/repo/claims/sources/a.txt' }
 */
export const placeInFolder = (root: string, absolute: string, fileSystem: FileSystem = nodeFileSystem): FolderPlace => {
  if (isPathTooLong(absolute)) return { status: 'path-too-long' };
  let real: string;
  try {
    real = fileSystem.realpath(absolute);
  } catch (error) {
    const code = errorCode(error);
    // A link loop leads nowhere, like a broken link.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return { status: 'missing' };
    if (code === 'ENAMETOOLONG') return { status: 'path-too-long' };
    return { status: 'unreadable', reason: errorReason(error) };
  }
  return isInside(root, real) ? { status: 'inside', real } : { status: 'outside', real };
};

/**
 * The claims folder a source metadata file belongs to, for commands given
 * one file rather than a folder (`claimtrace anchor sources/a.yaml`): the
 * folder that holds the nearest `sources/` above it, else the file's own folder.
 *
 * @example
 * claimsFolderOf('/repo/claims/sources/a.yaml'); // '/repo/claims'
 * claimsFolderOf('/tmp/a.yaml'); // '/tmp'
 */
export const claimsFolderOf = (metadataFile: string): string => {
  const parts = metadataFile.split(sep);
  for (let i = parts.length - 2; i > 0; i -= 1) {
    if (parts[i] === 'sources') return parts.slice(0, i).join(sep) || sep;
  }
  return parts.slice(0, -1).join(sep) || sep;
};
