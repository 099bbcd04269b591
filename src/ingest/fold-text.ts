/**
 * Folding text for matching only. The folded text is never stored: every
 * offset claimtrace reports is mapped back to the normalized text.
 *
 * What folds (decided here; see the CHANGELOG):
 * - every Unicode white space (space, tab, newline, NBSP U+00A0, narrow NBSP
 *   U+202F, the U+2000–U+200A spaces, ideographic space, line and paragraph
 *   separators, …) and every run of them → one `" "`;
 * - curly and low single quotes, primes, single guillemets and the modifier
 *   letter apostrophe (U+2018, U+2019, U+201A, U+201B, U+2032, U+2035, U+2039,
 *   U+203A, U+02BC) → `'`;
 * - curly and low double quotes, double primes and guillemets (U+201C, U+201D,
 *   U+201E, U+201F, U+2033, U+2036, U+00AB, U+00BB) → `"`;
 * - hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar,
 *   minus sign and their small/full-width forms → `-` (authors type `-` for
 *   all of them; a quote's words matter, not its typography);
 * - the horizontal ellipsis `…` → `...`;
 * - invisible characters that only affect line breaking (soft hyphen U+00AD,
 *   zero-width space U+200B, word joiner U+2060, zero-width no-break space
 *   U+FEFF) are dropped. Zero-width (non-)joiners are kept: they change how
 *   emoji and some scripts read;
 * - a word hyphenated at a line end, as in text taken from a PDF or a printed
 *   page ("infra-\nstructure": a letter, `-` or U+2010, white space holding a
 *   line break, then a lower-case letter) is joined: the hyphen and the break
 *   are dropped, so a quote written "infrastructure" matches. The source text
 *   is never changed. A compound broken at a line end ("well-\nknown") folds
 *   to "wellknown" too; a quote "well-known" then anchors approximately.
 *
 * Letter case, accents and everything else are left as they are.
 */

type Fold =
  | { readonly kind: 'space' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'replace'; readonly with: string };

const SPACE: Fold = { kind: 'space' };
const DROP: Fold = { kind: 'drop' };
const replaceWith = (s: string): Fold => ({ kind: 'replace', with: s });

const FOLDS: ReadonlyMap<number, Fold> = new Map<number, Fold>([
  // white space (everything `\s` matches except U+FEFF, which is dropped)
  ...[
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
    0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  ].map((c): [number, Fold] => [c, SPACE]),
  // invisible line-breaking controls
  ...[0xad, 0x200b, 0x2060, 0xfeff].map((c): [number, Fold] => [c, DROP]),
  // single quotes, apostrophes and primes
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x2039, 0x203a, 0x02bc].map(
    (c): [number, Fold] => [c, replaceWith("'")],
  ),
  // double quotes and double primes
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0xab, 0xbb].map(
    (c): [number, Fold] => [c, replaceWith('"')],
  ),
  // dashes and minus signs
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d].map(
    (c): [number, Fold] => [c, replaceWith('-')],
  ),
  [0x2026, replaceWith('...')],
]);

/** The fold of one code unit; printable ASCII (most of a text) never folds. */
const foldOf = (unit: number): Fold | undefined => (unit > 0x20 && unit < 0x7f ? undefined : FOLDS.get(unit));

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const isBlank = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0x0d;

/**
 * Where a line-end hyphenation that starts with the hyphen at `i` ends: the
 * offset of the lower-case letter that continues the word, or -1 when `i` is
 * not such a hyphen (see the module comment).
 */
const hyphenationEnd = (text: string, i: number): number => {
  if (i === 0 || !LETTER.test(text.charAt(i - 1))) return -1;
  let j = i + 1;
  while (j < text.length && isBlank(text.charCodeAt(j))) j += 1;
  if (text.charCodeAt(j) !== 0x0a) return -1;
  j += 1;
  while (j < text.length && isBlank(text.charCodeAt(j))) j += 1;
  return j < text.length && LOWER.test(text.charAt(j)) ? j : -1;
};
const isHyphen = (unit: number): boolean => unit === 0x2d || unit === 0x2010;

/** A folded text and the map from its offsets back to the original's. */
export interface FoldedText {
  /** The folded text: for matching only, never stored or reported. */
  readonly folded: string;
  /**
   * The original offset where the folded code unit `i` comes from: use it
   * for the start of a range. `i` is clamped to `[0, folded.length]`;
   * `toOriginal(folded.length)` is the original text's length.
   */
  readonly toOriginal: (i: number) => number;
  /**
   * The original offset just after the folded code unit `i - 1`: use it for
   * the (exclusive) end of a range, so a range ending in a folded space covers
   * the whole run of white space it stands for. `i` is clamped to
   * `[0, folded.length]`.
   */
  readonly toOriginalEnd: (i: number) => number;
}

/**
 * Fold a text for matching and keep a map back to the original offsets
 * (UTF-16 code units). See the module comment for what folds.
 *
 * @example
 * ```ts
 * const f = foldText('It\u2019s  a\u00a0test');
 * f.folded;              // "It's a test"
 * f.toOriginal(5);       // 6: the folded "a" is the original's offset 6
 * f.toOriginalEnd(5);    // 6: the folded space covered "  " (offsets 4–6)
 * ```
 */
export const foldText = (text: string): FoldedText => {
  // Typed arrays sized once and unchanged text copied in slices: boxed arrays of
  // one-character strings and offsets took 1.4 GB and 6.5 s for a 20 MB text.
  let capacity = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const fold = foldOf(text.charCodeAt(i));
    if (fold?.kind === 'replace') capacity += fold.with.length - 1;
  }
  const out: string[] = [];
  // starts[i] / ends[i]: the original range folded code unit i stands for.
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  let n = 0;
  let copiedUpTo = 0; // text before this offset is in `out` (or was dropped)
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const fold = foldOf(unit);
    // "-" is kept as it is (no fold): one comparison for every other character; U+2010 folds, so it is rare here.
    if (unit === 0x2d || (fold !== undefined && unit === 0x2010)) {
      const end = hyphenationEnd(text, i);
      if (end > 0) {
        // the hyphen and the line break are dropped; the word continues
        if (copiedUpTo < i) out.push(text.slice(copiedUpTo, i));
        copiedUpTo = end;
        i = end - 1;
        lastWasSpace = false;
        continue;
      }
    }
    // A character kept as it is, or a lone " " (it folds to itself): copied with its neighbours.
    const kept = fold === undefined || (unit === 0x20 && !lastWasSpace);
    if (kept) {
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      lastWasSpace = fold !== undefined;
      continue;
    }
    if (copiedUpTo < i) out.push(text.slice(copiedUpTo, i));
    copiedUpTo = i + 1;
    if (fold.kind === 'drop') {
      // nothing emitted; a run of white space continues across it
    } else if (fold.kind === 'space') {
      if (lastWasSpace) {
        ends[n - 1] = i + 1;
      } else {
        out.push(' ');
        starts[n] = i;
        ends[n] = i + 1;
        n += 1;
        lastWasSpace = true;
      }
    } else {
      out.push(fold.with);
      for (let k = 0; k < fold.with.length; k += 1) {
        starts[n] = i;
        ends[n] = i + 1;
        n += 1;
      }
      lastWasSpace = false;
    }
  }
  if (copiedUpTo < text.length) out.push(text.slice(copiedUpTo));
  const folded = out.join('');
  const length = folded.length;
  const clamp = (i: number): number => (i < 0 ? 0 : i > length ? length : Math.trunc(i));
  return {
    folded,
    toOriginal: (i) => {
      const k = clamp(i);
      return k === length ? text.length : (starts[k] ?? text.length);
    },
    toOriginalEnd: (i) => {
      const k = clamp(i);
      return k === 0 ? (starts[0] ?? text.length) : (ends[k - 1] ?? text.length);
    },
  };
};

/**
 * The folded form of a string without the offset map: use it for quotes and
 * context strings that are compared against folded text.
 *
 * @example
 * ```ts
 * foldString('\u201CPax\u00a0Silica\u201D \u2013 2025'); // '"Pax Silica" - 2025'
 * ```
 */
export const foldString = (text: string): string => {
  let out = '';
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const end = isHyphen(unit) ? hyphenationEnd(text, i) : -1;
    if (end > 0) {
      i = end - 1;
      lastWasSpace = false;
      continue;
    }
    const fold = FOLDS.get(unit);
    if (fold === undefined) {
      out += text.charAt(i);
      lastWasSpace = false;
    } else if (fold.kind === 'space') {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else if (fold.kind === 'replace') {
      out += fold.with;
      lastWasSpace = false;
    }
  }
  return out;
};
