/**
 * The package as `npm pack` makes it, installed into a scratch project the
 * way `npm install` would — unpacked into node_modules/claimtrace with its
 * bin linked in node_modules/.bin — without the network: the scratch project
 * sits under the repository's .tmp/, so the package's own dependencies
 * resolve from the repository's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, REPO } from '../cli/built-bin.js';

export interface Packed {
  /** The scratch folder (under REPO/.tmp); remove it when done. */
  readonly scratch: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The files of the tarball, sorted. */
  readonly files: readonly string[];
  /** The tarball's size and the size of its files, in bytes (as `npm pack --json` reports them). */
  readonly size: number;
  readonly unpackedSize: number;
}

/** Build (with declarations) and pack into a new scratch folder. */
export const packPackage = async (): Promise<Packed> => {
  await ensureBuilt('package');
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  const scratch = mkdtempSync(join(REPO, '.tmp', 'pack-'));
  const listing = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(listing) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  return {
    scratch,
    tarball: join(scratch, packed?.filename ?? ''),
    files: (packed?.files ?? []).map((f) => f.path).sort(),
    size: packed?.size ?? 0,
    unpackedSize: packed?.unpackedSize ?? 0,
  };
};

/** Install a packed tarball into `project` as npm would: the package in node_modules, its bin linked. */
export const installTarball = (tarball: string, project: string): void => {
  const installed = join(project, 'node_modules', 'claimtrace');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync('../claimtrace/dist/cli.js', join(project, 'node_modules', '.bin', 'claimtrace'));
  chmodSync(join(installed, 'dist', 'cli.js'), 0o755);
};

/**
 * Pack, and install into `<scratch>/<name>`.
 *
 * @example
 * const { project } = await installPacked();
 */
export const installPacked = async (name = 'project'): Promise<Packed & { readonly project: string }> => {
  const packed = await packPackage();
  const project = join(packed.scratch, name);
  mkdirSync(project);
  installTarball(packed.tarball, project);
  return { ...packed, project };
};
