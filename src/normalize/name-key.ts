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
export const nameKey = (name: string): string => {
  if (!isPrintableAscii(name)) return nameTokens(name).join(' ');
  const lower = name.toLowerCase();
  // Most names are words of letters and digits between single spaces: lower-cased, they are their own key.
  return isOwnKey(lower) ? lower : asciiTokens(lower).join(' ');
};

/**
 * Whether a lower-cased ASCII name is its own key: words of `a`–`z` and
 * `0`–`9` between single spaces, none of them a stopword ("the").
 */
const isOwnKey = (lower: string): boolean => {
  const length = lower.length;
  let from = 0;
  for (let i = 0; i <= length; i += 1) {
    const c = i < length ? lower.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    // A space only between two words (the end counts as one), and no stopword.
    if (c !== 0x20 || i === from || isStopword(lower, from, i)) return length === 0;
    from = i + 1;
  }
  return true;
};

/** Whether `text.slice(from, to)` is a stopword (nothing sliced). */
const isStopword = (text: string, from: number, to: number): boolean => {
  for (const word of KEY_STOPWORDS) if (word.length === to - from && text.startsWith(word, from)) return true;
  return false;
};

/** Printable ASCII only: NFKC, NFD and the Unicode property tests change nothing there. */
const isPrintableAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
};

/**
 * The ASCII path of `nameTokens` for a lower-cased name (the same tokens,
 * without normalizing or testing Unicode properties). Each word is cut from the lower-cased name
 * by `slice` — one string per word, not one per character — and pieced
 * together only around a dropped dot or apostrophe ("U.K." → "uk").
 */
const asciiTokens = (lower: string): string[] => {
  const tokens: string[] = [];
  const length = lower.length;
  // The word so far before a dropped character, and where its current run of letters and digits began (-1: none).
  let word = '';
  let from = -1;
  for (let i = 0; i <= length; i += 1) {
    // One space past the end closes the last word.
    const c = i < length ? lower.charCodeAt(i) : 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      word = word.length === 0 ? lower.slice(from, i) : word + lower.slice(from, i);
      from = -1;
    }
    // '.', "'" and '`' are dropped without ending the word.
    if (c === 0x2e || c === 0x27 || c === 0x60) continue;
    if (word.length > 0 && !KEY_STOPWORDS.has(word)) tokens.push(word);
    word = '';
    if (c === 0x26) tokens.push('and');
  }
  return tokens;
};

/** The words of a name's key, in order. */
export const nameTokens = (name: string): string[] => {
  if (isPrintableAscii(name)) return asciiTokens(name.toLowerCase());
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
