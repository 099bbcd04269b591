/**
 * The vocabulary of copy detection: each distinct case-folded word gets a
 * small integer id, in order of first sight. Words are looked up by a hash
 * of their folded UTF-16 code units in an open-addressing table of typed
 * arrays and confirmed unit by unit against the stored word, so a word of
 * plain ASCII is found straight from the text it stands in — no substring,
 * no `toLowerCase`, no string hashing per occurrence. Only a new word is
 * stored as a string.
 */
import { grown } from '../columns/typed-column.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hash `FoldedVocabulary` files a folded word under: 32-bit FNV-1a over
 * its UTF-16 code units. A scanner that folds ASCII as it reads computes the
 * same value unit by unit with `foldedHashStep`.
 *
 * @example
 * foldedHash('pax') === foldedHashStep(foldedHashStep(foldedHashStep(FOLDED_HASH_START, 112), 97), 120) // true
 */
export const foldedHash = (folded: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h;
};

/** The hash of the empty word, where `foldedHashStep` starts. */
export const FOLDED_HASH_START = FNV_OFFSET;

/** One folded code unit more into a hash begun at `FOLDED_HASH_START`. */
export const foldedHashStep = (hash: number, unit: number): number => Math.imul(hash ^ unit, FNV_PRIME);

/** A code unit folded as `toLowerCase` folds ASCII (A–Z to a–z; others unchanged). */
const asciiFolded = (unit: number): number => (unit >= 65 && unit <= 90 ? unit + 32 : unit);

/**
 * Folded words to dense ids (0, 1, 2, … in order of first sight).
 *
 * @example
 * const vocabulary = new FoldedVocabulary();
 * vocabulary.idOfFolded('pax')                                   // 0
 * vocabulary.idOfAscii('PAX Silica', 0, 3, foldedHash('pax'))    // 0: 'PAX' folds to 'pax'
 * vocabulary.words                                               // ['pax']
 */
export class FoldedVocabulary {
  /** Each id's folded word. */
  readonly words: string[] = [];
  private hashes = new Int32Array(64);
  /** Each id's folded word again, as code units in one pool (compared faster than a string's). */
  private units = new Uint16Array(1024);
  private unitsUsed = 0;
  private unitStart = new Int32Array(65);
  /** id + 1 per slot; 0 is empty. */
  private slots = new Int32Array(128);
  private mask = 127;
  /** 32 − log2(slots): the slot is the top bits of a multiplicative hash. */
  private shift = 25;

  /** How many distinct words. */
  get size(): number {
    return this.words.length;
  }

  /**
   * The id of `text.slice(start, end)` folded, for a word of ASCII code units
   * only; `hash` is its folded hash (`foldedHash` of the folded word).
   */
  idOfAscii(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = this.slotOf(hash);
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return this.add(text.slice(start, end).toLowerCase(), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        const from = this.unitStart[id] as number;
        if ((this.unitStart[id + 1] as number) - from === length) {
          const units = this.units;
          let i = 0;
          while (i < length && asciiFolded(text.charCodeAt(start + i)) === units[from + i]) i++;
          if (i === length) return id;
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of a word already folded (`toLowerCase`). */
  idOfFolded(folded: string): number {
    const hash = foldedHash(folded);
    let slot = this.slotOf(hash);
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return this.add(folded, hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash && this.words[id] === folded) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }

  private add(folded: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(folded);
    if (id === this.hashes.length) this.hashes = grown(this.hashes, id + 1);
    this.hashes[id] = hash;
    if (id + 2 > this.unitStart.length) this.unitStart = grown(this.unitStart, id + 2);
    if (this.unitsUsed + folded.length > this.units.length) this.units = grown(this.units, this.unitsUsed + folded.length);
    for (let i = 0; i < folded.length; i++) this.units[this.unitsUsed + i] = folded.charCodeAt(i);
    this.unitsUsed += folded.length;
    this.unitStart[id + 1] = this.unitsUsed;
    this.slots[slot] = id + 1;
    // At most half full, so probes stay short.
    if ((id + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.slotOf(this.hashes[id] as number);
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }
}
