/**
 * The one exception the command line throws on purpose: a problem the user
 * can fix (a bad option, a missing file, a broken configuration). `runCli`
 * prints its details, message and hint, never a stack trace, and exits with
 * its code (2 unless it says otherwise).
 */
import { EXIT_USAGE, type ExitCode } from './exit-codes.js';

export class CliError extends Error {
  override readonly name = 'CliError';
  /** What to do about it. */
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  /** Whether to print the command's usage after the message. */
  readonly showUsage: boolean;
  /** Lines printed before the message (e.g. each problem of a configuration file, placed). */
  readonly details: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: ExitCode; showUsage?: boolean; details?: string } = {}) {
    super(message);
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_USAGE;
    this.showUsage = options.showUsage ?? false;
    this.details = options.details;
  }
}
