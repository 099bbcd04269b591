/**
 * A cursor over quantity tokens and the small look-ahead helpers the
 * quantity grammar is written with. The cursor is the one mutable thing in
 * a parse, local to it.
 */
import type { QuantityToken } from './quantity-tokens.js';

/** Tokens and the position of the next one to read. */
export interface Cursor {
  readonly tokens: readonly QuantityToken[];
  pos: number;
}

/** Dashes that join a range ("54–55") or a compound number word ("twenty-six"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‒', '−']);
/** Signs that make a number negative when written against it. */
export const MINUS: ReadonlySet<string> = new Set(['-', '−']);

/** The token `offset` ahead, if any. */
export const peek = (c: Cursor, offset = 0): QuantityToken | undefined => c.tokens[c.pos + offset];

/** The word `offset` ahead (lower-cased), if that token is a word. */
export const wordAt = (c: Cursor, offset = 0): string | undefined => {
  const t = peek(c, offset);
  return t?.kind === 'word' ? t.text : undefined;
};

/** The symbol `offset` ahead, if that token is a symbol. */
export const symbolAt = (c: Cursor, offset = 0): string | undefined => {
  const t = peek(c, offset);
  return t?.kind === 'symbol' ? t.text : undefined;
};

/** Consume the words if they come next, in order. */
export const acceptWords = (c: Cursor, words: readonly string[]): boolean => {
  for (let i = 0; i < words.length; i += 1) if (wordAt(c, i) !== words[i]) return false;
  c.pos += words.length;
  return true;
};
