/**
 * The one place that calls string-similarity. That package compares strings
 * as given (case-sensitive) and is no longer maintained, so it only ever
 * sees keys from `nameKey` (case-folded, NFKC, punctuation stripped).
 */
import stringSimilarity from 'string-similarity';
import { nameKey } from './name-key.js';

/**
 * Dice coefficient of the character bigrams of two names' keys, 0–1.
 * @example
 * nameSimilarity('Project Vaut', 'project vault') // ≈ 0.857
 */
export const nameSimilarity = (a: string, b: string): number => keySimilarity(nameKey(a), nameKey(b));

/** Dice coefficient of two strings that are already keys. */
export const keySimilarity = (a: string, b: string): number => {
  if (a === b) return 1;
  return stringSimilarity.compareTwoStrings(a, b);
};
