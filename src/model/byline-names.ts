/**
 * The names a byline lists — one rule for every reader of a source's
 * `author` field (the exports' agents, suggest's byline filter).
 */

/**
 * The names of a byline: split at `;`, `,`, `&` and the word "and", with a
 * leading "By" dropped and blanks removed.
 *
 * @example
 * bylineNames('By Jane Doe and John Roe') // ['Jane Doe', 'John Roe']
 */
export const bylineNames = (byline: string): readonly string[] =>
  byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:;|,|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
