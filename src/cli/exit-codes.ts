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
import { VERDICT_EXIT_CODES } from '../check/check-report.js';

export const EXIT_OK = VERDICT_EXIT_CODES.pass;
export const EXIT_PROBLEMS = VERDICT_EXIT_CODES.fail;
export const EXIT_USAGE = VERDICT_EXIT_CODES.error;

export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_USAGE;
