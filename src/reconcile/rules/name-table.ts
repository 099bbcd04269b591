/**
 * The table of distinct folded names of one name-variant run, in integers:
 * each distinct word once (a string and two flags), each distinct name once
 * as the ids of its words in one shared Int32Array. A name is found from a
 * folded string by scanning its characters — no `split`, no substring, no
 * Map keyed by a name — so a run that names a few hundred thousand things
 * with a few thousand words allocates a string per distinct word only.
 * Words are the parts between single spaces (empty parts included), so two
 * folded strings are equal exactly when their word ids are. A number of up
 * to eight digits ("2025", "007") is its own id, a negative number that
 * spells it (its value and its length), never interned: a corpus names
 * many things by number ("Group 7"), and each such word would be a string
 * and a table entry of its own.
 */
import { grown } from '../columns/typed-column.js';

/** Word flags: a blocking word (two or more letters, not a kind word, not a number). */
export const BLOCK_WORD = 1;
/** Word flags: a word naming a kind of thing (`KIND_WORDS`). */
export const KIND_WORD = 2;

/** Words and names in integers. */
export interface NameTable {
  /**
   * The id of the name written `text` from `from` on (a folded name, or a
   * subject key after its prefix), or -1 when it has none yet; its words are
   * kept for `add`.
   */
  readonly find: (text: string, from: number) => number;
  /** Give the name last passed to `find` (not found) the next id, and return it. */
  readonly add: () => number;
  /** How many names. */
  readonly size: () => number;
  /** The words of name `i` are `words()[start()[i]]` up to `words()[start()[i + 1]]` (arrays change as the table grows). */
  readonly start: () => Int32Array;
  readonly words: () => Int32Array;
  /** The text of a word id. */
  readonly word: (id: number) => string;
  /** How many interned words: their ids are 0 … wordCount() - 1; the other ids (numbers) are negative. */
  readonly wordCount: () => number;
  /** The flags of a word id (`BLOCK_WORD`, `KIND_WORD`; a number has neither). */
  readonly flags: (id: number) => number;
  /** The folded name: its words joined by single spaces. */
  readonly folded: (i: number) => string;
}

/** The id of a number of `length` (1 to 8) digits: negative, and different for every such string. */
const numberId = (value: number, length: number): number => -1 - (value * 9 + length);

/** The digits a number id spells. */
const numberText = (id: number): string => {
  const code = -1 - id;
  const length = code % 9;
  return String((code - length) / 9).padStart(length, '0');
};

const isDigits = (w: string): boolean => {
  for (let i = 0; i < w.length; i += 1) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
};

/**
 * A new, empty table; `isKind` tells the words that name a kind of thing.
 *
 * @example
 * const names = createNameTable((w) => w === 'summit');
 * names.find('pax silica', 0) // -1
 * names.add() // 0
 * names.find('name:pax silica', 5) // 0
 */
export const createNameTable = (isKind: (word: string) => boolean): NameTable => {
  // Words: text, flags, hash; an open-addressing table of word ids by hash.
  const wordText: string[] = [];
  let wordFlags: Uint8Array = new Uint8Array(256);
  let wordHash: Int32Array = new Int32Array(256);
  let wordSlots: Int32Array = new Int32Array(512).fill(-1);
  // Names: word ids in one array, by start offsets; hash; an open-addressing table of name ids.
  let start: Int32Array = new Int32Array(1024);
  let words: Int32Array = new Int32Array(4096);
  let nameHash: Int32Array = new Int32Array(1024);
  let nameSlots: Int32Array = new Int32Array(2048).fill(-1);
  let names = 0;
  // The name last looked up: its word ids (at `words[start[names]]` on), count and hash.
  let pending = 0;
  let pendingHash = 0;

  const wordId = (text: string, a: number, b: number): number => {
    let h = 0x811c9dc5 | 0;
    let digits = b - a <= 8 && b > a;
    let value = 0;
    for (let i = a; i < b; i += 1) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      if (digits) {
        if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
        else digits = false;
      }
    }
    if (digits) return numberId(value, b - a);
    const mask = wordSlots.length - 1;
    const length = b - a;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = wordSlots[s] as number;
      if (id === -1) {
        const w = a === 0 && b === text.length ? text : text.slice(a, b);
        const fresh = wordText.length;
        wordText.push(w);
        if (fresh === wordFlags.length) {
          wordFlags = grown(wordFlags, fresh + 1);
          wordHash = grown(wordHash, fresh + 1);
        }
        const kind = isKind(w);
        wordFlags[fresh] = (kind ? KIND_WORD : 0) | (w.length >= 2 && !kind && !isDigits(w) ? BLOCK_WORD : 0);
        wordHash[fresh] = h;
        wordSlots[s] = fresh;
        if (2 * wordText.length > wordSlots.length) rehashWords();
        return fresh;
      }
      if (wordHash[id] !== h) continue;
      const w = wordText[id] as string;
      if (w.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i += 1) {
        if (w.charCodeAt(i) !== text.charCodeAt(a + i)) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  };
  const rehashWords = (): void => {
    wordSlots = new Int32Array(wordSlots.length * 2).fill(-1);
    const mask = wordSlots.length - 1;
    for (let id = 0; id < wordText.length; id += 1) {
      let s = (wordHash[id] as number) & mask;
      while (wordSlots[s] !== -1) s = (s + 1) & mask;
      wordSlots[s] = id;
    }
  };
  const rehashNames = (): void => {
    nameSlots = new Int32Array(nameSlots.length * 2).fill(-1);
    const mask = nameSlots.length - 1;
    for (let id = 0; id < names; id += 1) {
      let s = (nameHash[id] as number) & mask;
      while (nameSlots[s] !== -1) s = (s + 1) & mask;
      nameSlots[s] = id;
    }
  };

  const find = (text: string, from: number): number => {
    // The words, written after the last name's (where `add` keeps them).
    const at = start[names] as number;
    pending = 0;
    let h = 0x2545f491;
    let a = from;
    for (let i = from; i <= text.length; i += 1) {
      if (i < text.length && text.charCodeAt(i) !== 32) continue;
      if (at + pending === words.length) words = grown(words, at + pending + 1);
      const id = wordId(text, a, i);
      words[at + pending] = id;
      pending += 1;
      h = Math.imul(h ^ id, 0x01000193);
      a = i + 1;
    }
    pendingHash = h;
    const mask = nameSlots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = nameSlots[s] as number;
      if (id === -1) return -1;
      if (nameHash[id] !== h) continue;
      const b = start[id] as number;
      if ((start[id + 1] as number) - b !== pending) continue;
      let same = true;
      for (let k = 0; k < pending; k += 1) {
        if (words[b + k] !== words[at + k]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  };
  const add = (): number => {
    const id = names;
    if (id + 2 > start.length) {
      start = grown(start, id + 2);
      nameHash = grown(nameHash, id + 2);
    }
    nameHash[id] = pendingHash;
    start[id + 1] = (start[id] as number) + pending;
    names += 1;
    const mask = nameSlots.length - 1;
    let s = pendingHash & mask;
    while (nameSlots[s] !== -1) s = (s + 1) & mask;
    nameSlots[s] = id;
    if (2 * names > nameSlots.length) rehashNames();
    return id;
  };
  const word = (id: number): string => (id < 0 ? numberText(id) : (wordText[id] as string));
  const folded = (i: number): string => {
    let out = '';
    for (let k = start[i] as number; k < (start[i + 1] as number); k += 1) out += k === start[i] ? word(words[k] as number) : ` ${word(words[k] as number)}`;
    return out;
  };
  return {
    find,
    add,
    size: () => names,
    start: () => start,
    words: () => words,
    word,
    wordCount: () => wordText.length,
    flags: (id) => (id < 0 ? 0 : (wordFlags[id] as number)),
    folded,
  };
};
