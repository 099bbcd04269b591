/**
 * The configuration's `ignore` globs: patterns relative to the folder of the
 * configuration file (as ESLint's and markdownlint-cli2's), matched with
 * picomatch (a small, dependency-free matcher made for this) against each
 * YAML file of the claims folder.
 */
import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * `(root, path) → ignored?` for a claims folder `root` and a file `path`
 * relative to it.
 *
 * @example
 * const ignored = createIgnoreMatcher(['claims/claims/drafts/**'], '/repo');
 * ignored('/repo/claims', 'claims/drafts/wip.yaml') // true
 */
export const createIgnoreMatcher = (patterns: readonly string[], base: string): ((root: string, path: string) => boolean) => {
  if (patterns.length === 0) return () => false;
  const matches = picomatch([...patterns], { dot: true });
  const from = real(base);
  return (root, path) => {
    const rel = relative(from, join(real(root), path)).split(sep).join('/');
    return !rel.startsWith('../') && matches(rel);
  };
};
