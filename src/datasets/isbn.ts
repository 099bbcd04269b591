/**
 * ISBN-10 ↔ ISBN-13. The book benchmark's claims use ISBN-10 (some ISBN-13)
 * and its gold uses ISBN-13 (some ISBN-10): both are joined on ISBN-13.
 */

/** ISBN-10 check character for the first 9 digits. */
const isbn10Check = (nine: string): string => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(nine[i]);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
};

/** ISBN-13 check digit for the first 12 digits. */
const isbn13Check = (twelve: string): string => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * Number(twelve[i]);
  return String((10 - (sum % 10)) % 10);
};

/**
 * Normalize an ISBN-10 or ISBN-13 (hyphens and spaces allowed) to ISBN-13
 * digits, or `undefined` when it is neither. The check digit is recomputed,
 * not verified: stores sometimes mistype it and the rest still identifies the book.
 *
 * @example
 * toIsbn13('0-201-85394-9') // '9780201853940'
 */
export const toIsbn13 = (isbn: string): string | undefined => {
  const s = isbn.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(s)) {
    const twelve = `978${s.slice(0, 9)}`;
    return twelve + isbn13Check(twelve);
  }
  if (/^97[89]\d{10}$/.test(s)) return s.slice(0, 12) + isbn13Check(s.slice(0, 12));
  return undefined;
};

/**
 * ISBN-13 (978 prefix only) to ISBN-10, or `undefined`.
 *
 * @example
 * toIsbn10('9780201853940') // '0201853949'
 */
export const toIsbn10 = (isbn: string): string | undefined => {
  const s = isbn.replace(/[\s-]/g, '');
  if (/^\d{9}[\dXx]$/.test(s)) return s.slice(0, 9) + isbn10Check(s.slice(0, 9));
  if (!/^978\d{10}$/.test(s)) return undefined;
  return s.slice(3, 12) + isbn10Check(s.slice(3, 12));
};
