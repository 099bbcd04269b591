/**
 * Folding of names and free text for keys and comparisons: NFKC, lower case,
 * every run of non-letters/digits becomes one space, a leading "the" is
 * dropped. "the U.K." and "UK" fold alike; "MP Minerals" and "MP Materials" do not.
 */

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DOTTED = /(?<=\p{L})\.(?=\p{L})/gu;

/** Fold a name for use as a key. */
export const foldName = (name: string): string => {
  const folded = name.normalize('NFKC').toLowerCase().replace(DOTTED, '').replace(NON_WORD, ' ').trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
};
