/**
 * The check's thresholds as options: `--fail-on <severity>` (the severities
 * at or above a threshold) and `--recheck-on <when>` (when a reviewed
 * finding fails again).
 */
import type { Severity } from '../model/message.js';
import { type RecheckOn, RecheckOnSchema } from '../model/baseline.js';
import type { LoadedConfig } from '../config/load-config.js';
import { CliError } from './cli-error.js';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The severities that fail a check at this threshold.
 *
 * @example
 * severitiesAtOrAbove('warning') // ['error', 'warning']
 */
export const severitiesAtOrAbove = (threshold: Severity): readonly Severity[] => ORDER.slice(0, ORDER.indexOf(threshold) + 1);

/** Parse the option's value; a bad value is a usage error. */
export const parseSeverity = (value: string | undefined, fallback: Severity): Severity => {
  if (value === undefined) return fallback;
  const found = ORDER.find((s) => s === value);
  if (found === undefined) {
    throw new CliError(`--fail-on must be one of ${ORDER.join(', ')} (got "${value}")`, { showUsage: true });
  }
  return found;
};

/** Parse `--recheck-on`; a bad value is a usage error. */
export const parseRecheckOn = (value: string | undefined, fallback: RecheckOn): RecheckOn => {
  if (value === undefined) return fallback;
  const found = RecheckOnSchema.options.find((r) => r === value);
  if (found === undefined) throw new CliError(`--recheck-on must be one of ${RecheckOnSchema.options.join(', ')} (got "${value}")`, { showUsage: true });
  return found;
};

/**
 * The thresholds of a check from `--fail-on` and `--recheck-on` as given,
 * else the configuration's, else the defaults (warning, changed-values).
 *
 * @example
 * reportOfRun(run, checkThresholds(run, { failOn: stringOption(values, 'fail-on') }))
 */
export const checkThresholds = (
  run: { readonly config: Pick<LoadedConfig, 'failOn' | 'recheckOn'> },
  given: { readonly failOn?: string | undefined; readonly recheckOn?: string | undefined },
): { readonly failOn: Severity; readonly recheckOn: RecheckOn } => ({
  failOn: parseSeverity(given.failOn, run.config.failOn ?? 'warning'),
  recheckOn: parseRecheckOn(given.recheckOn, run.config.recheckOn ?? 'changed-values'),
});
