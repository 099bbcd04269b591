/**
 * Quotes in the form of the text they are searched in. Sources are composed
 * to Unicode NFC when they are loaded (`normalizeText`); a quote typed or
 * pasted decomposed (NFD: "e" followed by U+0301 for "é", as some editors and
 * file systems give it) is composed the same way, or none of its accented
 * words would ever match.
 */
import type { AnchorQuery } from './anchor-result.js';
import type { PreparedText } from './prepared-text.js';

/** Whether each prepared text is in NFC, computed once per text and only when a quote is not. */
const composed = new WeakMap<PreparedText, boolean>();

const isComposed = (prepared: PreparedText): boolean => {
  let known = composed.get(prepared);
  if (known === undefined) {
    known = prepared.text.normalize('NFC') === prepared.text;
    composed.set(prepared, known);
  }
  return known;
};

/**
 * `s` composed to NFC when the text is in NFC (as every source claimtrace
 * loads is), otherwise `s` as it is: a text that was not normalized is
 * searched for as written.
 *
 * @example
 * ```ts
 * inTextForm(prepareText('Café'), 'Cafe\u0301'); // 'Café'
 * ```
 */
export const inTextForm = (prepared: PreparedText, s: string): string => {
  const nfc = s.normalize('NFC');
  return nfc === s || !isComposed(prepared) ? s : nfc;
};

/** The query with its quote, prefix and suffix in the text's form (see {@link inTextForm}). */
export const queryInTextForm = (prepared: PreparedText, query: AnchorQuery): AnchorQuery => ({
  ...query,
  exact: inTextForm(prepared, query.exact),
  ...(query.prefix !== undefined ? { prefix: inTextForm(prepared, query.prefix) } : {}),
  ...(query.suffix !== undefined ? { suffix: inTextForm(prepared, query.suffix) } : {}),
});
