/**
 * The exit codes of `claimtrace`, the contract with CI:
 * - 0: everything anchors and every finding at or above `--fail-on` is
 *   acknowledged in the baseline (or the command simply succeeded);
 * - 1: there are new findings at or above `--fail-on`;
 * - 2: the input is invalid (bad YAML, schema errors, quotes that do not
 *   anchor, a missing file, a bad option) or the tool itself failed.
 */
export const EXIT_OK = 0;
export const EXIT_NEW_FINDINGS = 1;
export const EXIT_INVALID_INPUT = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_NEW_FINDINGS | typeof EXIT_INVALID_INPUT;
