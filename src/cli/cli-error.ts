/**
 * The one exception the command line throws on purpose: a problem the user
 * can fix (a bad option, a missing file). `runCli` prints its message and
 * hint, never a stack trace, and exits with its code.
 */
import { EXIT_INVALID_INPUT, type ExitCode } from './exit-codes.js';

export class CliError extends Error {
  override readonly name = 'CliError';
  /** What to do about it. */
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  /** Whether to print the command's usage after the message. */
  readonly showUsage: boolean;

  constructor(message: string, options: { hint?: string; exitCode?: ExitCode; showUsage?: boolean } = {}) {
    super(message);
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_INVALID_INPUT;
    this.showUsage = options.showUsage ?? false;
  }
}
