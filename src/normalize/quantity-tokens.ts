/**
 * The lexer of the quantity parser: one left-to-right pass over the text,
 * no regular expressions, so its cost is linear in the length of the input
 * whatever the input is.
 */

/** A lexical token with its UTF-16 offsets in the (NFKC-normalized) text. */
export type QuantityToken =
  | {
      readonly kind: 'number';
      readonly value: number;
      /** The digits as written, without thousands separators ("1200", "12.50"): their precision. */
      readonly digits: string;
      readonly start: number;
      readonly end: number;
      readonly spaceBefore: boolean;
    }
  | { readonly kind: 'word'; readonly text: string; readonly original: string; readonly start: number; readonly end: number; readonly spaceBefore: boolean }
  | { readonly kind: 'symbol'; readonly text: string; readonly start: number; readonly end: number; readonly spaceBefore: boolean };

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
/** Letters of any script: a letter has distinct upper and lower case, or is beyond Latin-1 and not a symbol we know. */
const isLetter = (c: string): boolean => {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  const code = c.charCodeAt(0);
  if (code < 0xc0) return false;
  return c.toLowerCase() !== c.toUpperCase() || LETTER_RE.test(c);
};
// Tested against one character at a time: cannot backtrack.
const LETTER_RE = /^\p{L}$/u;
/** Apostrophes inside a word ("world's") keep the word together. */
const isApostrophe = (c: string): boolean => c === "'" || c === '\u2019';

/**
 * Split text into number, word and symbol tokens.
 * - numbers: `12`, `1,200` (groups of exactly three digits), `12.5`; a minus
 *   sign is a symbol, the parser decides what it means;
 * - words: runs of letters (with inner apostrophes), lower-cased in `text`;
 * - symbols: every other non-space character, one per token.
 * `spaceBefore` tells whether whitespace separated the token from the previous one
 * ("12bn" vs "12 bn").
 */
export const tokenizeQuantity = (text: string): readonly QuantityToken[] => {
  const tokens: QuantityToken[] = [];
  let i = 0;
  let spaceBefore = true;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (isSpace(c)) {
      spaceBefore = true;
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let digits = '';
      while (i < n && isDigit(text[i] as string)) digits += text[i++];
      // thousands groups: ",ddd" not followed by another digit
      while (
        i + 3 < n &&
        text[i] === ',' &&
        isDigit(text[i + 1] as string) &&
        isDigit(text[i + 2] as string) &&
        isDigit(text[i + 3] as string) &&
        !(i + 4 < n && isDigit(text[i + 4] as string))
      ) {
        digits += text.slice(i + 1, i + 4);
        i += 4;
      }
      if (i + 1 < n && text[i] === '.' && isDigit(text[i + 1] as string)) {
        digits += '.';
        i += 1;
        while (i < n && isDigit(text[i] as string)) digits += text[i++];
      }
      tokens.push({ kind: 'number', value: Number(digits), digits, start, end: i, spaceBefore });
    } else if (isLetter(c)) {
      while (i < n) {
        const d = text[i] as string;
        if (isLetter(d)) i += 1;
        else if (isApostrophe(d) && i + 1 < n && isLetter(text[i + 1] as string)) i += 2;
        else break;
      }
      const original = text.slice(start, i);
      tokens.push({ kind: 'word', text: original.toLowerCase(), original, start, end: i, spaceBefore });
    } else {
      // one UTF-16 unit, or a surrogate pair kept together
      const code = c.charCodeAt(0);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push({ kind: 'symbol', text: text.slice(start, i), start, end: i, spaceBefore });
    }
    spaceBefore = false;
  }
  return tokens;
};
