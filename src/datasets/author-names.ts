/**
 * Author lists as book stores write them, reduced to what can be compared:
 * the multiset of surnames.
 *
 * Stores write "Knuth, Donald E.", "Donald E. Knuth", "KNUTH, DONALD E.",
 * "Knuth", "Donald Ervin Knuth"; they join several authors with ";", ",",
 * "/", "&", "and", or nothing at all ("Harriet Vane Peter Wimsey",
 * "WIMSEY, PETERVANE, HARRIET"); they add roles ("(Editor)", "Ph.D.").
 * Given names vary between stores and are often missing, so two lists say
 * the same thing when they name the same surnames the same number of times.
 *
 * Which word of a name is the surname is not decidable from one string
 * ("Peter Wimsey" vs "Wimsey Peter"), so it is decided per book from all the
 * stores' strings together (`buildSurnameLexicon`): a word is a surname of
 * the book when it stands in surname position (before the comma of
 * "Last, First", last in "First Last", alone) more often than in given-name
 * position. This is entity normalization over the claim group, as a person
 * would do it reading the listings side by side.
 */
import { decodeHtmlEntities, repairMojibake } from './html-text.js';

/** One word of an author string. */
export interface NameToken {
  /** Folded: lower case, no diacritics, no apostrophes, dots or hyphens. */
  readonly word: string;
  /** A single letter or a run of single letters with dots ("J.", "J.N."). */
  readonly initial: boolean;
}

/** An author string split at strong separators (chunks) and commas (parts). */
export interface AuthorStructure {
  readonly chunks: readonly (readonly (readonly NameToken[])[])[];
}

/** Cells that state nothing (the benchmark's "Not Available", blanks). */
const NO_CLAIM = new Set(['', 'not available', 'n/a', 'na', 'unknown', 'none', 'not specified', 'various', '-', '--']);

/** Words that are roles, titles or suffixes, never names. */
const ROLE_WORDS = new Set([
  'editor', 'editors', 'ed', 'eds', 'edited', 'edt', 'by', 'author', 'authors', 'foreword', 'forward', 'translator',
  'translated', 'trans', 'illustrator', 'illustrated', 'introduction', 'intro', 'compiler', 'compiled', 'contributor',
  'contributors', 'preface', 'et', 'al', 'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'ph', 'md', 'dr', 'prof', 'professor',
  'mr', 'mrs', 'ms', 'the', 'of', 'auth', 'ill', 'photographer', 'series', 'general', 'consulting', 'revised',
]);

/** Words that separate two authors. */
const JOIN_WORDS = new Set(['and', 'with', 'und']);

const fold = (s: string): string =>
  repairMojibake(decodeHtmlEntities(s))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** `true` when the cell states no author at all. */
export const isNoAuthorClaim = (cell: string): boolean => NO_CLAIM.has(cell.trim().toLowerCase());

/**
 * Split an author string into chunks (at ";", "/", "&", "|", "and") and
 * parts (at ","), dropping parenthesized notes and role words.
 *
 * @example
 * parseAuthorStructure('Knuth, Donald E. (Editor); Fuller, John')
 * // chunks: [[[knuth], [donald, e*]], [[fuller], [john]]]  (* = initial)
 */
export const parseAuthorStructure = (cell: string): AuthorStructure => {
  const text = fold(cell).replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, ' ');
  const chunks: NameToken[][][] = [];
  let parts: NameToken[][] = [];
  let tokens: NameToken[] = [];
  const endPart = (): void => {
    if (tokens.length > 0) parts.push(tokens);
    tokens = [];
  };
  const endChunk = (): void => {
    endPart();
    if (parts.length > 0) chunks.push(parts);
    parts = [];
  };
  for (const m of text.matchAll(/[\p{L}\p{N}'’.-]+|[,;/&|\n]/gu)) {
    const t = m[0];
    if (t === ',') {
      endPart();
      continue;
    }
    if (t === ';' || t === '/' || t === '&' || t === '|' || t === '\n') {
      endChunk();
      continue;
    }
    const pieces = t.split('.').filter((x) => x !== '');
    const initials = pieces.length > 0 && pieces.every((x) => x.replace(/['’-]/g, '').length <= 1);
    const word = t.replace(/['’.-]/g, '');
    if (word === '') continue;
    if (JOIN_WORDS.has(word)) {
      endChunk();
      continue;
    }
    if (ROLE_WORDS.has(word)) continue;
    tokens.push({ word, initial: initials || word.length === 1 });
  }
  endChunk();
  return { chunks };
};

const words = (part: readonly NameToken[]): readonly string[] => part.filter((t) => !t.initial).map((t) => t.word);

/** Per-word counts of surname and given-name positions over a book's strings. */
export interface SurnameLexicon {
  readonly surnames: ReadonlySet<string>;
  /** Every non-initial word with the number of strings it occurs in. */
  readonly vocabulary: ReadonlyMap<string, number>;
}

/**
 * Decide which words are surnames for one book, from all its author strings.
 *
 * @example
 * const lex = buildSurnameLexicon(['Knuth, Donald E.', 'Donald E. Knuth', 'Knuth'].map(parseAuthorStructure));
 * lex.surnames.has('knuth') // true
 * lex.surnames.has('donald') // false
 */
export const buildSurnameLexicon = (structures: readonly AuthorStructure[]): SurnameLexicon => {
  const surname = new Map<string, number>();
  const given = new Map<string, number>();
  const vocabulary = new Map<string, number>();
  const add = (m: Map<string, number>, w: string | undefined): void => {
    if (w !== undefined) m.set(w, (m.get(w) ?? 0) + 1);
  };
  for (const s of structures) {
    const seen = new Set<string>();
    for (const parts of s.chunks) {
      for (const part of parts) for (const w of words(part)) seen.add(w);
      const ws = parts.map(words).filter((p) => p.length > 0);
      if (ws.length === 0) continue;
      if (ws.length === 1) {
        const only = ws[0]!;
        add(surname, only[only.length - 1]);
        if (only.length > 1) add(given, only[0]);
      } else if (ws.every((p) => p.length >= 2)) {
        // "First Last, First Last"
        for (const p of ws) {
          add(surname, p[p.length - 1]);
          add(given, p[0]);
        }
      } else if (ws.length >= 3 && ws.slice(1, -1).every((p) => p.length >= 2)) {
        // "Last, First Last, First Last, First": separators lost between authors.
        ws.forEach((p, i) => {
          if (i > 0) add(given, p[0]);
          if (i < ws.length - 1) add(surname, p[p.length - 1]);
        });
      } else {
        // "Last, First[, Last, First ...]"
        ws.forEach((p, i) => {
          if (i % 2 === 0) add(surname, p[p.length - 1]);
          else add(given, p[0]);
        });
      }
    }
    for (const w of seen) add(vocabulary, w);
  }
  const surnames = new Set<string>();
  for (const [w, n] of surname) if (n > (given.get(w) ?? 0)) surnames.add(w);
  return { surnames, vocabulary };
};

/**
 * The surnames an author string names, in order, with repeats
 * ("O'Hara, Maeve; O'Hara, Liam" → ["ohara", "ohara"]). A word glued
 * to the next name ("PETERVANE") is split when both halves are words of
 * the book.
 *
 * @example
 * surnamesOf(parseAuthorStructure('Donald E. Knuth'), lexicon) // ['knuth']
 */
export const surnamesOf = (structure: AuthorStructure, lexicon: SurnameLexicon): readonly string[] => {
  const out: string[] = [];
  const known = (w: string): boolean => (lexicon.vocabulary.get(w) ?? 0) >= 2 || lexicon.surnames.has(w);
  for (const parts of structure.chunks) {
    for (const part of parts) {
      for (const t of part) {
        if (t.initial) continue;
        if (lexicon.surnames.has(t.word)) {
          out.push(t.word);
          continue;
        }
        if (t.word.length < 5 || (lexicon.vocabulary.get(t.word) ?? 0) >= 2) continue;
        for (let i = 2; i <= t.word.length - 2; i++) {
          const left = t.word.slice(0, i);
          const right = t.word.slice(i);
          if (known(left) && known(right)) {
            if (lexicon.surnames.has(left)) out.push(left);
            if (lexicon.surnames.has(right)) out.push(right);
            break;
          }
        }
      }
    }
  }
  return out;
};

/**
 * Surnames of a gold author list, written "last, first; last, first; ..."
 * (the surname is the last word before the comma).
 *
 * @example
 * goldSurnames("o'leary, timothy j.;  o'leary, linda i.;") // ['oleary', 'oleary']
 */
export const goldSurnames = (list: string): readonly string[] => {
  const out: string[] = [];
  for (const author of list.split(';')) {
    if (author.trim() === '') continue;
    const before = author.split(',')[0]!;
    const structure = parseAuthorStructure(before);
    const ws = structure.chunks.flatMap((c) => c.flatMap((p) => words(p)));
    const last = ws[ws.length - 1];
    if (last !== undefined) out.push(last);
  }
  return out;
};

/** Canonical key of a surname multiset: sorted, joined with "; ". */
export const surnameKey = (surnames: readonly string[]): string => [...surnames].sort().join('; ');
