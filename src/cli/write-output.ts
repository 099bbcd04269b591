/**
 * Writing a command's result files through the project's one atomic write
 * (`src/files/atomic-write.ts`), with a user error (not a stack trace) when
 * a target is refused or cannot be written, and the guard that keeps outputs
 * off the claims folder's inputs.
 */
import { isInside } from '../files/path-policy.js';
import { type AtomicWriteOptions, type FileToWrite, writeFileSet, WriteRefused, type WriteRefusal } from '../files/atomic-write.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { shownPath } from './run-pipeline.js';

const HINTS: Readonly<Record<WriteRefusal, string>> = {
  exists: 'choose a new file name; this command never replaces a file',
  symlink: 'remove the link, or give the path of the file it points to if that is really the one to replace',
  'not-a-file': 'give the path of a regular file (or of a new one)',
  outside: 'write inside the claims folder',
  input: 'write the output outside the claims folder, e.g. --out docs',
  busy: 'wait for the other run to finish, then run again',
  'no-space': 'free some space and run again; the old files are unchanged',
  io: 'check the --out path and its permissions',
};

/**
 * A guard for outputs of a command that read the claims folder `root`:
 * refuses the files it read and any YAML file inside it (the next run would
 * read it as input).
 */
export const claimsFolderGuard =
  (root: string, inputs: readonly string[]) =>
  (realTarget: string): string | undefined =>
    inputs.includes(realTarget)
      ? 'is an input of the claims folder; claimtrace never overwrites its inputs'
      : isInside(root, realTarget) && /\.ya?ml$/i.test(realTarget)
        ? 'is a YAML file inside the claims folder, which the next run would read as input'
        : undefined;

/**
 * Write `files` as one set (all or nothing), creating missing folders.
 *
 * @example
 * writeOutputFiles([{ path: 'docs/conflicts.json', content: json }], { io });
 */
export const writeOutputFiles = (
  files: readonly FileToWrite[],
  options: { readonly io: Pick<CliIo, 'cwd' | 'fileSystem'> } & Pick<AtomicWriteOptions, 'guard' | 'createOnly' | 'lockTimeoutMs'>,
): void => {
  const { io, ...rest } = options;
  try {
    writeFileSet(files, { ...rest, ...(io.fileSystem !== undefined ? { fileSystem: io.fileSystem } : {}), show: (path) => shownPath(path, io.cwd) });
  } catch (error) {
    if (error instanceof WriteRefused) throw new CliError(error.message, { hint: HINTS[error.code] });
    throw error;
  }
};
