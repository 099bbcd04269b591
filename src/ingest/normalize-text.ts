/**
 * Normalizing a captured source text into the form every offset refers to.
 */

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Normalize a raw source text: strip the leading byte-order mark(s), compose to
 * Unicode NFC, and turn every `"\r\n"` and lone `"\r"` into `"\n"`.
 *
 * The result is what claimtrace stores and hashes: every span offset (UTF-16
 * code units, end exclusive) refers to it. Normalizing twice changes nothing.
 *
 * @example
 * ```ts
 * normalizeText('\uFEFFCafe\u0301\r\nline 2\rline 3');
 * // => 'Café\nline 2\nline 3'
 * ```
 */
export const normalizeText = (raw: string): string => {
  // Every leading BOM, not just one: "\uFEFF\uFEFF" would otherwise keep one and normalizing
  // twice would change the text (and its hash).
  let bom = 0;
  while (raw.startsWith(BYTE_ORDER_MARK, bom)) bom += BYTE_ORDER_MARK.length;
  const withoutBom = raw.slice(bom);
  // Newlines first: NFC never creates or removes "\r" or "\n".
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
};
