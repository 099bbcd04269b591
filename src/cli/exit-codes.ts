/**
 * The exit codes of `claimtrace`, the contract with CI (the same as ESLint's):
 * - 0: the command did what was asked — for `check`, everything anchors and
 *   every finding at or above `--fail-on` is reviewed in the baseline;
 * - 1: content problems — the claims folder has errors (bad YAML, schema
 *   errors, a quote that does not anchor, a source hash mismatch, a bad
 *   baseline), or `check` found findings nobody has reviewed, or stale
 *   baseline entries;
 * - 2: usage and tool errors — an unknown command or option, a missing
 *   folder or file, a broken configuration, a rule that threw, an internal
 *   error.
 */
import { isToolProblem, VERDICT_EXIT_CODES } from '../check/check-report.js';
import type { Message } from '../model/message.js';

export const EXIT_OK = VERDICT_EXIT_CODES.pass;
export const EXIT_PROBLEMS = VERDICT_EXIT_CODES.fail;
export const EXIT_USAGE = VERDICT_EXIT_CODES.error;

export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_USAGE;

/**
 * Codes that mean the command could not do its work or was asked for
 * something that is not there or not valid (a usage or tool error): an
 * export option missing or wrong, or a review date (--date) before the claim.
 */
const USAGE_CODES: ReadonlySet<string> = new Set([
  'write-refused',
  'unknown-source',
  'folder-missing',
  'invalid-source-field',
  'export-option-missing',
  'export-option-invalid',
  'review-before-claim',
]);

/**
 * The exit code of a command that failed with these messages: 2 when the
 * tool could not work or the arguments name what is not there (a file it
 * cannot write, an unknown source id, a rule that threw), else 1 — the
 * content (a page, a claims folder) is what is wrong.
 *
 * @example
 * if (!result.ok) return failureExitCode(result.messages);
 */
export const failureExitCode = (messages: readonly Message[]): ExitCode =>
  messages.some((m) => m.severity === 'error' && (isToolProblem(m) || USAGE_CODES.has(m.code))) ? EXIT_USAGE : EXIT_PROBLEMS;
