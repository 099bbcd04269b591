/**
 * The candidate pairs of name-variant: which names of a run's name table
 * (`name-table.ts`) share a small block and are at most one word apart, and
 * may be compared by the resolver's `nearDuplicate`. Pure work over integers
 * and the table's word strings — nothing of the caller's (resolver, value
 * kinds, claims) — so it runs on the calling thread or, at scale, on a worker
 * thread (`threads/name-pairs-threads.ts`), with the same answer.
 */
import { MAX_TYPO_WORD_LENGTH, ONE_TYPO_MIN_LENGTH } from '../../normalize/near-duplicate.js';
import { grown } from '../columns/typed-column.js';
import { DeletionKeys } from './deletion-keys.js';
import { BLOCK_WORD } from './name-table.js';

/**
 * Words longer than this get no deletion keys (they still block on the
 * word itself): a word's keys cost the square of its length to make and
 * compare (one key per letter, each hashed and checked over the whole
 * word), so one 100,000-letter subject took two minutes to check. The
 * resolver's `nearDuplicate` never takes words longer than
 * `MAX_TYPO_WORD_LENGTH` (40 letters) for misspellings of each other, so
 * their deletion keys could only find pairs it refuses; and names do not
 * have such words (the longest in everyday use, "Llanfairpwllgwyngyll", has 20
 * letters; the 58- and 85-letter place names are curiosities).
 */
export const MAX_VARIANT_WORD_LENGTH = MAX_TYPO_WORD_LENGTH;

/**
 * What the pairs are found from: the name table's words and names as
 * `NameTable.snapshot` gives them, each name's entity id known or not and
 * its kind words (as a number), and the rule's block caps. Strings and typed
 * arrays only, so that it can be posted to a worker thread.
 */
export interface NamePairsInput {
  /** How many names. */
  readonly size: number;
  /** The text of each interned word, by word id. */
  readonly wordText: readonly string[];
  /** Each word's flags (`BLOCK_WORD`, `KIND_WORD`). */
  readonly wordFlags: Uint8Array;
  /** The words of name `i` are `words[start[i]]` up to `words[start[i + 1]]` (`size + 1` entries). */
  readonly start: Int32Array;
  readonly words: Int32Array;
  /** By name: 1 when its first use gave an entity id (two known names are never a candidate pair). */
  readonly known: Uint8Array;
  /** By name: its kind words as a number (equal kinds, equal numbers). */
  readonly kind: Int32Array;
  readonly maxBlock: number;
  readonly maxTypoBlock: number;
}

/**
 * Blocking keys: every distinctive word (two or more letters, not a kind
 * word, not a number) and, for words of {@link ONE_TYPO_MIN_LENGTH} letters
 * or more (up to {@link MAX_VARIANT_WORD_LENGTH}), each of its one-letter deletions (its deletion neighbourhood, as
 * SymSpell indexes words). Two words one edit apart — a letter changed,
 * added, dropped, or two swapped, anywhere in the word ("Vualt" / "Vault",
 * "Lyans" / "Lynas") — share a key, so they meet in a block; character
 * trigrams would miss them in short words (no trigram of "vualt" is one of
 * "vault"). A name has at most a few keys per letter: blocking stays linear.
 * Word keys are the words themselves (one block per word); deletion keys
 * are a word and the letter it leaves out, in `DeletionKeys` (`deletion-keys.ts`).
 */

/**
 * Call `visit` with each block of two to `cap` names, as ascending name
 * ids in `members[from]` … `members[to - 1]`: a word's block is the names
 * that have the word (at most `maxBlock`), a deletion key's block the names
 * of the words that have the key (at most `maxTypoBlock`). The names of
 * each word are listed once, in one Int32Array (by counting); a block over
 * its cap is skipped without being listed, so the work is linear in the
 * names even when a word is shared by many (a corpus of a million claims
 * names hundreds of thousands of things with a few thousand words).
 */
const forEachSmallBlock = (input: NamePairsInput, visit: (members: Int32Array, from: number, to: number) => void): void => {
  const { words, start, wordText, size: names, maxBlock, maxTypoBlock } = input;
  const wordCount = wordText.length;
  const block = new Uint8Array(wordCount);
  for (let w = 0; w < wordCount; w += 1) block[w] = ((input.wordFlags[w] as number) & BLOCK_WORD) !== 0 ? 1 : 0;
  // The names of each block word, each name once: counted, then listed.
  const last = new Int32Array(wordCount).fill(-1);
  const offset = new Int32Array(wordCount + 1);
  for (let n = 0; n < names; n += 1) {
    for (let k = start[n] as number; k < (start[n + 1] as number); k += 1) {
      const w = words[k] as number;
      if (w < 0 || block[w] === 0 || last[w] === n) continue;
      last[w] = n;
      offset[w + 1] = (offset[w + 1] as number) + 1;
    }
  }
  for (let w = 0; w < wordCount; w += 1) offset[w + 1] = (offset[w + 1] as number) + (offset[w] as number);
  const byWord = new Int32Array(offset[wordCount] as number);
  const fill = offset.slice(0, wordCount);
  last.fill(-1);
  for (let n = 0; n < names; n += 1) {
    for (let k = start[n] as number; k < (start[n + 1] as number); k += 1) {
      const w = words[k] as number;
      if (w < 0 || block[w] === 0 || last[w] === n) continue;
      last[w] = n;
      byWord[fill[w] as number] = n;
      fill[w] = (fill[w] as number) + 1;
    }
  }
  const size = (w: number): number => (offset[w + 1] as number) - (offset[w] as number);
  // Word blocks; and the words of each deletion key.
  let room = 0;
  for (let w = 0; w < wordCount; w += 1) {
    const length = block[w] === 0 ? 0 : (wordText[w] as string).length;
    if (length >= ONE_TYPO_MIN_LENGTH && length <= MAX_VARIANT_WORD_LENGTH) room += length + 1;
  }
  const byKey = new DeletionKeys((w) => wordText[w] as string, room);
  for (let w = 0; w < wordCount; w += 1) {
    if (block[w] === 0) continue;
    const n = size(w);
    if (n >= 2 && n <= maxBlock) visit(byWord, offset[w] as number, offset[w + 1] as number);
    const length = (wordText[w] as string).length;
    if (length >= ONE_TYPO_MIN_LENGTH && length <= MAX_VARIANT_WORD_LENGTH) byKey.add(w);
  }
  // Deletion blocks: one word's names as they are; several words' names merged (each name once), sorted.
  const seen = new Int32Array(names).fill(-1);
  let merged: Int32Array = new Int32Array(maxTypoBlock + 1);
  let key = 0;
  byKey.forEach((keyWords, length) => {
    key += 1;
    if (length === 1) {
      const w = keyWords[0] as number;
      const n = size(w);
      if (n >= 2 && n <= maxTypoBlock) visit(byWord, offset[w] as number, offset[w + 1] as number);
      return;
    }
    let count = 0;
    for (let x = 0; x < length; x += 1) {
      const w = keyWords[x] as number;
      for (let k = offset[w] as number; k < (offset[w + 1] as number) && count <= maxTypoBlock; k += 1) {
        const n = byWord[k] as number;
        if (seen[n] === key) continue;
        seen[n] = key;
        if (count === merged.length) merged = grown(merged, count + 1);
        merged[count] = n;
        count += 1;
      }
      if (count > maxTypoBlock) break;
    }
    if (count >= 2 && count <= maxTypoBlock) {
      const members = merged.subarray(0, count).sort();
      visit(members, 0, count);
    }
  });
};

/**
 * A cheap first test before the resolver's `nearDuplicate`: spellings of one
 * name differ in at most one word on each side ("MP Minerals" / "MP
 * Materials", "Pax Silica" / "Pax Silca"); names that differ in more words
 * are different names. The words of a are `xs[a0]` … `xs[a0 + la - 1]`, those of b
 * `ys[b0]` … (word ids).
 */
const oneWordApart = (xs: Int32Array, a0: number, la: number, ys: Int32Array, b0: number, lb: number): boolean => {
  if (Math.abs(la - lb) > 1) return false;
  // Match each word of a with an unused equal word of b: a bit per word of b, no copy per pair (blocks hold
  // thousands of pairs); names of more than 30 words fall back to an array of flags.
  const flags = lb > 30 ? new Uint8Array(lb) : undefined;
  let used = 0;
  let matched = 0;
  let onlyA = 0;
  for (let i = 0; i < la; i += 1) {
    const w = xs[a0 + i];
    let found = false;
    for (let j = 0; j < lb; j += 1) {
      const free = flags === undefined ? (used & (1 << j)) === 0 : flags[j] === 0;
      if (free && ys[b0 + j] === w) {
        if (flags === undefined) used |= 1 << j;
        else flags[j] = 1;
        found = true;
        break;
      }
    }
    if (found) matched += 1;
    else if (++onlyA > 1) return false;
  }
  return lb - matched <= 1;
};

/**
 * The candidate pairs, as name ids `i, j` (i before j in their block),
 * each pair once, in the order the blocks find them: names of a small
 * block, not both known entities, of the same kinds, at most a word apart.
 *
 * @example
 * candidatePairs({ size: 2, wordText: ['vault', 'vualt'], wordFlags: Uint8Array.of(1, 1), start: Int32Array.of(0, 1, 2),
 *   words: Int32Array.of(0, 1), known: new Uint8Array(2), kind: new Int32Array(2), maxBlock: 50, maxTypoBlock: 12 }) // Int32Array [0, 1]
 */
export const candidatePairs = (input: NamePairsInput): Int32Array => {
  const { size, words, start, known, kind } = input;
  const seen = new Set<number>();
  let pairs: Int32Array = new Int32Array(64);
  let length = 0;
  forEachSmallBlock(input, (members, from, to) => {
    for (let x = from; x < to; x++) {
      const i = members[x] as number;
      const a = start[i] as number;
      const la = (start[i + 1] as number) - a;
      for (let y = x + 1; y < to; y++) {
        const j = members[y] as number;
        // Known entities (aliases or different ones), different kinds of thing, names more than a word apart.
        if ((known[i] === 1 && known[j] === 1) || kind[i] !== kind[j]) continue;
        const b = start[j] as number;
        if (!oneWordApart(words, a, la, words, b, (start[j + 1] as number) - b)) continue;
        const pair = i * size + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (length + 2 > pairs.length) pairs = grown(pairs, length + 2);
        pairs[length] = i;
        pairs[length + 1] = j;
        length += 2;
      }
    }
  });
  return pairs.slice(0, length);
};
