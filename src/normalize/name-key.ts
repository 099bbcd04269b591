/**
 * The matching key of a name: NFKC, case-folded, accents and dots removed,
 * other punctuation turned into spaces, "the" dropped, spaces collapsed.
 * "U.K." → "uk", "the Netherlands" → "netherlands",
 * "Côte d'Ivoire" → "cote divoire". Keys are for matching only; reports
 * show names as written or the canonical name.
 */

// Each tested against ONE character: no backtracking is possible.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** Characters dropped without leaving a space: dots in abbreviations, apostrophes. */
const DROPPED = new Set(['.', "'", '\u2019', '\u02bc', '\u00b4', '`']);

/** Words left out of keys. */
const KEY_STOPWORDS = new Set(['the']);

/**
 * The matching key of a name.
 * @example
 * nameKey('U.K.')               // 'uk'
 * nameKey('The  Netherlands')   // 'netherlands'
 * nameKey('Democratic Republic of the Congo') // 'democratic republic of congo'
 */
export const nameKey = (name: string): string => nameTokens(name).join(' ');

/** Printable ASCII only: NFKC, NFD and the Unicode property tests change nothing there. */
const isPrintableAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
};

/** The ASCII path of `nameTokens` (the same tokens, without normalizing or testing Unicode properties). */
const asciiTokens = (name: string): string[] => {
  const lower = name.toLowerCase();
  const tokens: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word.length > 0 && !KEY_STOPWORDS.has(word)) tokens.push(word);
    word = '';
  };
  for (let i = 0; i < lower.length; i += 1) {
    const ch = lower[i] as string;
    if (ch === '.' || ch === "'" || ch === '`') continue;
    if (ch === '&') {
      flush();
      tokens.push('and');
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
};

/** The words of a name's key, in order. */
export const nameTokens = (name: string): string[] => {
  if (isPrintableAscii(name)) return asciiTokens(name);
  const decomposed = name.normalize('NFKC').toLowerCase().normalize('NFD');
  const tokens: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word.length > 0 && !KEY_STOPWORDS.has(word)) tokens.push(word.normalize('NFC'));
    word = '';
  };
  for (const ch of decomposed) {
    if (DROPPED.has(ch) || MARK.test(ch)) continue;
    if (ch === '&') {
      flush();
      tokens.push('and');
    } else if (ch === 'ß') {
      word += 'ss';
    } else if (LETTER_OR_DIGIT.test(ch)) {
      word += ch;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
};
