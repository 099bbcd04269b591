/**
 * Fractions written in digits: "1/2", "3⁄4", the vulgar fraction characters
 * ("½", "¾", "⅜") and mixed numbers made of them ("1½ miles", "1 1/2
 * miles", "2¾ inches"). The quantity parser reads them with the tokens of
 * `quantity-tokens.ts`; this module holds what is particular to them.
 */
import { peek, type Cursor } from './quantity-cursor.js';

/** Largest denominator read as a fraction in digits: "1/64 inch" is one, "1/2025" is not. */
export const MAX_DIGIT_DENOMINATOR = 1000;

/** The fraction slash U+2044, which NFKC writes a vulgar fraction with ("½" → "1⁄2"). */
export const FRACTION_SLASH = '\u2044';

/**
 * The vulgar fraction characters: ½ ⅓ ⅔ ¼ ¾ ⅕ … ⅞ ⅑ ⅒ (U+00BC–00BE,
 * U+2150–215E). NFKC turns each into digits around a fraction slash.
 */
const isVulgarFraction = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  return (code >= 0xbc && code <= 0xbe) || (code >= 0x2150 && code <= 0x215e);
};

/**
 * The text with a space between a digit and a vulgar fraction written
 * against it, so that NFKC does not run their digits together: "1½" would
 * become "11⁄2" (eleven halves); it becomes "1 1⁄2", a mixed number.
 * Linear, one pass; the text is returned as it is when it has none.
 *
 * @example
 * spaceVulgarFractions('1½ miles') // '1 ½ miles'
 */
export const spaceVulgarFractions = (text: string): string => {
  let out: string | undefined;
  for (let i = 1; i < text.length; i += 1) {
    const prev = text[i - 1] as string;
    if (isVulgarFraction(text[i] as string) && prev >= '0' && prev <= '9') {
      out ??= text.slice(0, i);
      out += ' ';
    }
    if (out !== undefined) out += text[i];
  }
  return out ?? text;
};

/** A fraction in digits: its parts, and whether it was written with the fraction slash (a vulgar fraction, "½"). */
export interface DigitFraction {
  readonly numerator: number;
  readonly denominator: number;
  /** Written "1⁄2" or "½": unmistakably a fraction. With "/" it is one only in a mixed number or before a measuring unit ("9/11" is not one). */
  readonly vulgar: boolean;
}

/**
 * A proper fraction in digits at the cursor, its parts written against the
 * slash: "1/2", "3⁄4" (the cursor is left after it). Not "3/2" or "1/2025",
 * and not "1 / 2".
 */
export const parseDigitFraction = (c: Cursor, offset = 0): (DigitFraction & { readonly tokens: number }) | undefined => {
  const n = peek(c, offset);
  const slash = peek(c, offset + 1);
  const d = peek(c, offset + 2);
  if (n?.kind !== 'number' || slash?.kind !== 'symbol' || d?.kind !== 'number') return undefined;
  if ((slash.text !== '/' && slash.text !== FRACTION_SLASH) || slash.spaceBefore || d.spaceBefore) return undefined;
  if (n.digits.includes('.') || d.digits.includes('.')) return undefined;
  if (!(n.value >= 1 && n.value < d.value && d.value <= MAX_DIGIT_DENOMINATOR)) return undefined;
  return { numerator: n.value, denominator: d.value, vulgar: slash.text === FRACTION_SLASH, tokens: 3 };
};

/**
 * The precision of a mixed number: the place of the last decimal of its
 * fraction written out ("1½" is 1.5 → 0.1, "2¾" is 2.75 → 0.01, "1⅜" is
 * 1.375 → 0.001), and 0.01 for a fraction with no short decimal ("1⅓").
 * `fraction` is in [0, 1).
 */
export const mixedStep = (fraction: number): number => {
  for (let places = 1; places <= 3; places += 1) {
    const scaled = fraction * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return 10 ** -places;
  }
  return 0.01;
};
