/**
 * The deletion keys of name-variant's blocking (see `forEachSmallBlock` in
 * `name-variant.ts`): a word and each of its one-letter deletions, so that
 * two words one edit apart share a key ("vualt" and "vault" both give
 * "vult"). Keys are kept as integers — a word id and the position of the
 * letter left out — in an open-addressing hash table of typed columns,
 * never as strings.
 */
import { grown } from '../columns/typed-column.js';

/** The hash of `text` without its letter `skip` (-1: the whole text). */
export const deletionHash = (text: string, skip: number): number => {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i += 1) if (i !== skip) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
};

/** Whether `a` without its letter `i` spells `b` without its letter `j` (-1: none left out). */
export const sameDeletion = (a: string, i: number, b: string, j: number): boolean => {
  const length = i < 0 ? a.length : a.length - 1;
  if (length !== (j < 0 ? b.length : b.length - 1)) return false;
  for (let k = 0; k < length; k += 1) {
    if (a.charCodeAt(i < 0 || k < i ? k : k + 1) !== b.charCodeAt(j < 0 || k < j ? k : k + 1)) return false;
  }
  return true;
};

/**
 * The deletion keys of the words and the words of each key, in integers:
 * a key is the text of one word with one letter left out (or none: "vault"
 * meets "vaultt" less a letter, and "vualt" meets it at "vult"), kept as
 * that word and position, never as a string (a string and a `Map` entry
 * per key were about a twentieth of the rule's time at 250,000 claims).
 * Keys are numbered in order of first sight; each key's words are a list,
 * each word once, in order of `add`.
 *
 * @example
 * const words = ['vault', 'vualt'];
 * const keys = new DeletionKeys((w) => words[w] as string, 12);
 * keys.add(0);
 * keys.add(1);
 * keys.forEach((listed, count) => count > 1 && console.log(listed.subarray(0, count))); // [0, 1] twice: "vult", "valt"
 */
export class DeletionKeys {
  private keyWord: Int32Array;
  private keyAt: Int32Array;
  private keyHash: Int32Array;
  private first: Int32Array;
  private last: Int32Array;
  private slots: Int32Array;
  // The lists: an entry is a word and the next entry of its key (-1: the end).
  private entryWord: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;
  /** How many keys. */
  size = 0;

  /** `room`: how many keys and entries to make room for at once (the letters plus one of the words to add; more grows). */
  constructor(private readonly text: (w: number) => string, room: number) {
    const n = room + 16;
    this.keyWord = new Int32Array(n);
    this.keyAt = new Int32Array(n);
    this.keyHash = new Int32Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.entryWord = new Int32Array(n);
    this.entryNext = new Int32Array(n);
    let slots = 64;
    while (slots < 2 * n) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
  }

  /** List word `w` under each of its keys. */
  add(w: number): void {
    const text = this.text(w);
    for (let skip = -1; skip < text.length; skip += 1) this.list(this.keyOf(text, skip, w), w);
  }

  /** Call `visit` with each key's words (`words[0]` … `words[count - 1]`), keys in order. */
  forEach(visit: (words: Int32Array, count: number) => void): void {
    let words: Int32Array = new Int32Array(16);
    for (let k = 0; k < this.size; k += 1) {
      let count = 0;
      for (let e = this.first[k] as number; e !== -1; e = this.entryNext[e] as number) {
        if (count === words.length) words = grown(words, count + 1);
        words[count] = this.entryWord[e] as number;
        count += 1;
      }
      visit(words, count);
    }
  }

  private keyOf(text: string, skip: number, w: number): number {
    const h = deletionHash(text, skip);
    let mask = this.slots.length - 1;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const k = this.slots[s] as number;
      if (k === -1) break;
      if (this.keyHash[k] === h && sameDeletion(this.text(this.keyWord[k] as number), this.keyAt[k] as number, text, skip)) return k;
    }
    const k = this.size;
    if (k === this.keyWord.length) {
      this.keyWord = grown(this.keyWord, k + 1);
      this.keyAt = grown(this.keyAt, k + 1);
      this.keyHash = grown(this.keyHash, k + 1);
      this.first = grown(this.first, k + 1);
      this.last = grown(this.last, k + 1);
    }
    this.keyWord[k] = w;
    this.keyAt[k] = skip;
    this.keyHash[k] = h;
    this.first[k] = -1;
    this.size += 1;
    if (2 * this.size > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      mask = this.slots.length - 1;
      for (let id = 0; id < this.size; id += 1) {
        let t = (this.keyHash[id] as number) & mask;
        while (this.slots[t] !== -1) t = (t + 1) & mask;
        this.slots[t] = id;
      }
    } else this.slots[s] = k;
    return k;
  }

  // Word `w` at the end of key `k`'s list, unless it is there already (two deletions of one word can spell one key: "vaal").
  private list(k: number, w: number): void {
    const tail = this.first[k] === -1 ? -1 : (this.last[k] as number);
    if (tail !== -1 && this.entryWord[tail] === w) return;
    const e = this.entries;
    if (e === this.entryWord.length) {
      this.entryWord = grown(this.entryWord, e + 1);
      this.entryNext = grown(this.entryNext, e + 1);
    }
    this.entryWord[e] = w;
    this.entryNext[e] = -1;
    this.entries += 1;
    if (tail === -1) this.first[k] = e;
    else this.entryNext[tail] = e;
    this.last[k] = e;
  }
}
