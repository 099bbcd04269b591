/**
 * The parts of the describe styles that every kind shares: how the source's
 * own words (`raw`) stand beside the normalized value.
 */

/** Longest stretch of the source's words quoted in a reason. */
const QUOTED_WORDS = 60;

/**
 * The `quoted` style: the source's words in quotes, then the normalized value
 * when it says something else.
 *
 * @example
 * quotedStyle('nearly $12 billion', '[10.8 billion, 12 billion] USD') // '"nearly $12 billion" ([10.8 billion, 12 billion] USD)'
 * quotedStyle(undefined, 'Japan (country:JP)')                         // 'Japan (country:JP)'
 */
export const quotedStyle = (raw: string | undefined, normalized: string): string => {
  if (raw === undefined || raw.length === 0) return normalized;
  const words = raw.length > QUOTED_WORDS ? `${raw.slice(0, QUOTED_WORDS)}…` : raw;
  return normalized === words ? `"${words}"` : `"${words}" (${normalized})`;
};

/**
 * The `export` style of kinds that keep the source's words: the complete
 * value, then the source's words in quotes when they differ.
 *
 * @example
 * exportStyle('nearly $12 billion', 'USD 12,000,000,000') // 'USD 12,000,000,000 ("nearly $12 billion")'
 */
export const exportStyle = (raw: string | undefined, complete: string): string =>
  raw !== undefined && raw !== complete ? `${complete} ("${raw}")` : complete;
