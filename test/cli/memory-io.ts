/**
 * An in-memory `CliIo` for running commands in-process: captures what they
 * write and lets a test say whether the streams are terminals.
 */
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { FileSystem } from '../../src/files/file-system.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export const memoryIo = (options: { tty?: boolean; env?: Record<string, string | undefined>; cwd?: string; fileSystem?: FileSystem } = {}): MemoryIo => {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s) => void (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s) => void (err += s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.fileSystem !== undefined ? { fileSystem: options.fileSystem } : {}),
    out: () => out,
    err: () => err,
  };
};

/**
 * Run the command line in-process (same code as the bin, without spawning
 * node), with the result in the shape `runBin` gives.
 */
export const runInProcess = async (
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; fileSystem?: FileSystem } = {},
): Promise<{ code: number; stdout: string; stderr: string }> => {
  const { runCli } = await import('../../src/cli/run-cli.js');
  const io = memoryIo({ ...options, cwd: options.cwd ?? REPO_ROOT });
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
};
