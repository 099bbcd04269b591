/**
 * Paths inside a claims folder. A path an author writes is resolved relative
 * to the file that names it and must stay inside the folder: "../../etc/passwd"
 * and absolute paths are refused.
 */
import { posix } from 'node:path';

export type FolderPath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Resolve `target` (as written in `fromFile`) to a POSIX path relative to the
 * claims folder root.
 *
 * @example
 * resolveInFolder('sources/a.yaml', 'a.txt'); // { ok: true, path: 'sources/a.txt' }
 * resolveInFolder('sources/a.yaml', '../../etc/passwd'); // { ok: false, ... }
 */
export const resolveInFolder = (fromFile: string, target: string): FolderPath => {
  const written = target.replace(/\\/g, '/');
  if (written.startsWith('/') || /^[A-Za-z]:\//.test(written)) {
    return { ok: false, reason: `"${target}" is an absolute path; source texts must be inside the claims folder` };
  }
  if (written.includes('\0')) return { ok: false, reason: `"${target}" contains a NUL character` };
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), written));
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '') {
    return { ok: false, reason: `"${target}" leaves the claims folder` };
  }
  return { ok: true, path: joined };
};
