/**
 * "Did you mean …?" for unknown ids: the first known name (in sorted order)
 * within a few edits, if it is close enough to be a likely typo.
 */
import { withinEditDistance } from './edit-distance.js';

/** Ids longer than this are not compared (keeps hostile input cheap). */
const MAX_COMPARED_LENGTH = 200;

/**
 * The closest of `known` to `name`, when at most a third of its characters differ.
 * Ids longer than MAX_COMPARED_LENGTH are not compared.
 *
 * @example
 * closestName('founding-member', ['founding-members', 'amount']); // 'founding-members'
 */
export const closestName = (name: string, known: readonly string[]): string | undefined => {
  if (name.length > MAX_COMPARED_LENGTH) return undefined;
  const wanted = name.toLowerCase();
  const sorted = [...known].filter((k) => k.length <= MAX_COMPARED_LENGTH).sort();
  // Smallest distance first: a one-letter typo beats a three-letter one.
  for (let k = 1; k <= Math.max(1, Math.floor(name.length / 3)); k++) {
    const found = sorted.find((candidate) => withinEditDistance(wanted, candidate.toLowerCase(), k));
    if (found !== undefined) return found;
  }
  return undefined;
};
