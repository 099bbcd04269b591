/**
 * Currency markers around an amount: "$", "US$", "€", "EUR 12", "12m USD",
 * "12 billion dollars", "Australian dollars".
 */
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_ADJECTIVES,
  DOLLAR_PREFIXES,
  isCurrencyCode,
} from './currency.js';
import { peek, wordAt, type Cursor } from './quantity-cursor.js';

/** A currency before the amount; consumes it and returns its ISO code. */
export const parseCurrencyPrefix = (c: Cursor): string | undefined => {
  const t = peek(c);
  if (t === undefined) return undefined;
  if (t.kind === 'symbol') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    if (code !== undefined) c.pos += 1;
    return code;
  }
  if (t.kind !== 'word') return undefined;
  const next = peek(c, 1);
  const dollar = DOLLAR_PREFIXES.get(t.text);
  if (dollar !== undefined && next?.kind === 'symbol' && next.text === '$' && !next.spaceBefore) {
    c.pos += 2;
    return dollar;
  }
  if (isCurrencyCode(t.original) && next !== undefined && (next.kind === 'number' || next.kind === 'symbol')) {
    c.pos += 1;
    return t.original;
  }
  return undefined;
};

/** A currency after the amount ("USD", "dollars", "of dollars"); consumes it and returns its ISO code. */
export const parseCurrencySuffix = (c: Cursor): string | undefined => {
  const start = c.pos;
  if (wordAt(c) === 'of') c.pos += 1;
  const t = peek(c);
  if (t?.kind === 'word') {
    if (isCurrencyCode(t.original)) {
      c.pos += 1;
      return t.original;
    }
    const adjective = DOLLAR_ADJECTIVES.get(t.text);
    const after = wordAt(c, 1);
    if (adjective !== undefined && (after === 'dollars' || after === 'dollar')) {
      c.pos += 2;
      return adjective;
    }
    const word = CURRENCY_WORDS.get(t.text);
    if (word !== undefined) {
      c.pos += 1;
      return word;
    }
  }
  c.pos = start;
  return undefined;
};
