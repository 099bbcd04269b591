/**
 * Which claims folder a command works on: the one named, else `./claims`
 * when it exists (the usual layout of a claims repository), else the
 * working directory.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * @example
 * resolveClaimsFolder(undefined, '/repo') // '/repo/claims' when it is a folder, else '/repo'
 */
export const resolveClaimsFolder = (named: string | undefined, cwd: string): string => {
  if (named !== undefined) return resolve(cwd, named);
  const conventional = resolve(cwd, 'claims');
  return existsSync(conventional) && statSync(conventional).isDirectory() ? conventional : resolve(cwd);
};
