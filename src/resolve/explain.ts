/**
 * Why a value was preferred, in words a fact-checker can check: which
 * sources support it, how trusted they are, and which were discounted as
 * likely copies.
 */
import type { ValueConfidence } from './problem.js';

const pct = (x: number): string => x.toFixed(2);

/** Short label of a value for messages: its key, cut at 60 characters. */
export const valueLabel = (v: ValueConfidence): string =>
  v.valueKey.length > 60 ? `${v.valueKey.slice(0, 57)}...` : v.valueKey;

/**
 * Explain the preferred value of a group against its runner-up.
 *
 * @example
 * explainPreferred(values)
 * // '"14:07" preferred (confidence 0.93) over "14:06" (0.05): supported by aa (trust 0.97),
 * //  orbitz (trust 0.91); discounted as likely copies: gofox (copies orbitz, p=0.99, vote ×0.21)'
 */
export const explainPreferred = (
  values: readonly ValueConfidence[],
  /** How a value is named in the explanation; default: its key (`valueLabel`). */
  label: (v: ValueConfidence) => string = valueLabel,
): string => {
  const best = values[0];
  if (best === undefined) return 'no source gives a value';
  const runner = values[1];
  const independent = best.support.filter((s) => s.copyOf === undefined);
  const copies = best.support.filter((s) => s.copyOf !== undefined);
  const head =
    runner === undefined
      ? `"${label(best)}" is the only value given (confidence ${pct(best.confidence)})`
      : `"${label(best)}" preferred (confidence ${pct(best.confidence)}) over "${label(runner)}" (${pct(runner.confidence)})`;
  const supporters = independent
    .slice(0, 5)
    .map((s) => `${s.sourceId} (trust ${pct(s.trust)})`)
    .join(', ');
  const more = independent.length > 5 ? ` and ${independent.length - 5} more` : '';
  const parts = [`${head}: supported by ${supporters || 'no independent source'}${more}`];
  if (copies.length > 0) {
    const listed = copies
      .slice(0, 5)
      .map((s) => `${s.sourceId} (copies ${s.copyOf!.sourceId}, p=${pct(s.copyOf!.probability)}, vote ×${pct(s.voteWeight)})`)
      .join(', ');
    parts.push(`discounted as likely copies: ${listed}${copies.length > 5 ? ` and ${copies.length - 5} more` : ''}`);
  }
  if (runner !== undefined) {
    const runnerCopies = runner.support.filter((s) => s.copyOf !== undefined).length;
    if (runnerCopies > 0) parts.push(`${runnerCopies} of the ${runner.support.length} sources of "${label(runner)}" were discounted as copies`);
  }
  return parts.join('; ');
};
