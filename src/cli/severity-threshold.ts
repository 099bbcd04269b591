/**
 * `--fail-on <severity>`: the severities at or above a threshold.
 */
import type { Severity } from '../model/message.js';
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
