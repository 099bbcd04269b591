/**
 * The path a person (or a CI system) is shown for a place: a message's file
 * is relative to the claims folder (`claims/003.yaml`); shown, it is relative
 * to the working directory (`claims/claims/003.yaml`), so it opens from where
 * the command ran. Pure string work with no Node built-in, so messages format
 * the same in the library, the CLI and a browser. Both `/` and `\` separate
 * folders; shown paths use `/`.
 */

/** Where the paths of places are relative to, and where they are shown from. */
export interface PathOptions {
  /** The folder that places' files are relative to (the claims folder). */
  readonly root?: string;
  /** The folder shown paths are relative to (the working directory). */
  readonly cwd?: string;
}

const DRIVE = /^[A-Za-z]:/;

/** Whether a path is absolute (`/x`, `\\x`, `C:\x`, `C:/x`). */
const isAbsolutePath = (path: string): boolean => path.startsWith('/') || path.startsWith('\\') || DRIVE.test(path);

/** The path's segments with `.` and `..` resolved (a `..` above the start is kept for relative paths). */
const segmentsOf = (path: string): string[] => {
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out;
};

/** `/a/b` joined with `c/d` is `/a/b/c/d`; an absolute `file` stands alone. */
const joinPaths = (base: string, file: string): string => {
  if (isAbsolutePath(file)) return file;
  const lead = DRIVE.exec(base)?.[0] ?? (isAbsolutePath(base) ? '/' : '');
  const drive = lead.endsWith(':') ? `${lead}/` : lead;
  const joined = segmentsOf(`${base.slice(lead.endsWith(':') ? lead.length : 0)}/${file}`).join('/');
  return `${drive}${joined}` || '.';
};

/** Drive letters compare without case (Windows); everything else exactly. */
const sameRoot = (a: string, b: string): boolean => (DRIVE.exec(a)?.[0]?.toLowerCase() ?? '') === (DRIVE.exec(b)?.[0]?.toLowerCase() ?? '');

/**
 * The path of `file` (relative to `root`, or absolute) as shown from `cwd`:
 * relative when it is inside `cwd`, else absolute. Without `root` the file is
 * shown as it is; without `cwd`, joined to `root`.
 *
 * @example
 * displayPath('claims/003.yaml', { root: '/repo/claims', cwd: '/repo' }) // 'claims/claims/003.yaml'
 * displayPath('claims/003.yaml', { root: '/repo/claims', cwd: '/repo/claims' }) // 'claims/003.yaml'
 * displayPath('claims/003.yaml', { root: '/data/claims', cwd: '/repo' }) // '/data/claims/claims/003.yaml'
 * displayPath('claims/003.yaml') // 'claims/003.yaml'
 */
export const displayPath = (file: string, options: PathOptions = {}): string => {
  const { root, cwd } = options;
  if (root === undefined) return file;
  const full = joinPaths(root, file);
  if (cwd === undefined || !isAbsolutePath(full) || !isAbsolutePath(cwd) || !sameRoot(full, cwd)) return full;
  const target = segmentsOf(full.replace(DRIVE, ''));
  const from = segmentsOf(cwd.replace(DRIVE, ''));
  const caseless = DRIVE.test(full);
  const same = (a: string | undefined, b: string | undefined) => (caseless ? a?.toLowerCase() === b?.toLowerCase() : a === b);
  let shared = 0;
  while (shared < from.length && shared < target.length && same(from[shared], target[shared])) shared++;
  if (shared < from.length) return full.replace(/\\/g, '/');
  return target.slice(shared).join('/') || '.';
};
