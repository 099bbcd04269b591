/**
 * Which claims folder a command works on: the one named; else, when the
 * working directory is inside a claims folder (it or a folder above it, up
 * to the project's root, has `predicates.yaml`), that folder — so
 * `claimtrace check` run inside `claims/` or `claims/claims/` checks
 * `claims/`; else `./claims` when it exists (the usual layout of a claims
 * repository); else the working directory.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const isFolder = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** Whether `folder` holds a predicate vocabulary, the file every claims folder has. */
export const isClaimsFolder = (folder: string): boolean => existsSync(join(folder, 'predicates.yaml')) || existsSync(join(folder, 'predicates.yml'));

/**
 * The folders directly inside `folder` that are claims folders, by name,
 * sorted: what a command run one level too high probably meant.
 *
 * @example
 * claimsFoldersIn('/work') // ['floods'] when /work/floods/predicates.yaml exists
 */
export const claimsFoldersIn = (folder: string): readonly string[] => {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules' && isClaimsFolder(join(folder, entry.name)))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
};

/** The claims folder `cwd` is in (the nearest folder with predicates.yaml, not above the project root), if any. */
const enclosingClaimsFolder = (cwd: string): string | undefined => {
  for (let at = resolve(cwd); ; ) {
    if (isClaimsFolder(at)) return at;
    const parent = dirname(at);
    if (parent === at || existsSync(join(at, 'package.json')) || existsSync(join(at, '.git'))) return undefined;
    at = parent;
  }
};

/**
 * @example
 * resolveClaimsFolder(undefined, '/repo')               // '/repo/claims' when it is a folder, else '/repo'
 * resolveClaimsFolder(undefined, '/repo/claims/claims') // '/repo/claims' (it has predicates.yaml)
 */
export const resolveClaimsFolder = (named: string | undefined, cwd: string): string => {
  if (named !== undefined) return resolve(cwd, named);
  const enclosing = enclosingClaimsFolder(cwd);
  if (enclosing !== undefined) return enclosing;
  const conventional = resolve(cwd, 'claims');
  return isFolder(conventional) ? conventional : resolve(cwd);
};
