/**
 * "Did you mean …?" for unknown ids: the known name with the smallest edit
 * distance, if it is close enough to be a likely typo.
 */

/** Levenshtein distance, O(a·b) with two rows; inputs here are short ids. */
const editDistance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

/** Ids longer than this are not compared (keeps hostile input cheap). */
const MAX_COMPARED_LENGTH = 200;

/**
 * The closest of `known` to `name`, when at most a third of its characters differ.
 *
 * @example
 * closestName('founding-member', ['founding-members', 'amount']); // 'founding-members'
 */
export const closestName = (name: string, known: readonly string[]): string | undefined => {
  if (name.length > MAX_COMPARED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...known].sort()) {
    if (candidate.length > MAX_COMPARED_LENGTH) continue;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
};
