/**
 * An in-memory `CliIo` for running commands in-process: captures what they
 * write and lets a test say whether the streams are terminals.
 */
import type { CliIo } from '../../src/cli/cli-io.js';

export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export const memoryIo = (options: { tty?: boolean; env?: Record<string, string | undefined>; cwd?: string } = {}): MemoryIo => {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s) => void (out += s), isTTY: options.tty ?? false },
    stderr: { write: (s) => void (err += s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
};
