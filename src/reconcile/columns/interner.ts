/**
 * Dense integer ids for strings, one run at a time: the first string seen
 * gets 0, the next new one 1, and so on. A run keys its columns (typed
 * arrays) and group keys by these ids instead of building a key string per
 * claim; each distinct string costs one Map entry, each lookup one hash
 * probe (the string's hash is cached in the string after the first).
 */

/** Strings to dense ids and back, in order of first sight. */
export interface Interner {
  /** The id of `text`, given it on first sight. */
  readonly id: (text: string) => number;
  /** The id of `text`, or -1 when it was never given one. */
  readonly find: (text: string) => number;
  /** The string of an id. */
  readonly text: (id: number) => string;
  /** How many distinct strings have ids. */
  readonly size: () => number;
  /** Every string with an id, by id (the interner's own list: read it, do not change it). */
  readonly texts: () => readonly string[];
}

/**
 * A new, empty interner.
 *
 * @example
 * const predicates = createInterner();
 * predicates.id('amount') // 0
 * predicates.id('signed-on') // 1
 * predicates.id('amount') // 0
 * predicates.text(1) // 'signed-on'
 */
export const createInterner = (): Interner => {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  return {
    id: (text) => {
      const known = ids.get(text);
      if (known !== undefined) return known;
      const id = texts.length;
      ids.set(text, id);
      texts.push(text);
      return id;
    },
    find: (text) => ids.get(text) ?? -1,
    text: (id) => texts[id] as string,
    size: () => texts.length,
    texts: () => texts,
  };
};
