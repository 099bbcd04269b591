/**
 * Small synthetic truth-discovery problems with known answers.
 */
import type { ClaimGroup, Observation, ResolutionProblem } from '../../src/resolve/index.js';

/** A text observation. */
export const obs = (sourceId: string, value: string, claimId?: string): Observation => ({
  sourceId,
  value: { type: 'text', text: value },
  valueKey: value,
  ...(claimId !== undefined ? { claimId } : {}),
});

/** A functional group from `[source, value]` pairs. */
export const group = (key: string, pairs: readonly (readonly [string, string])[]): ClaimGroup => ({
  key,
  functional: true,
  observations: pairs.map(([s, v]) => obs(s, v, `${s}.${key}`)),
});

export const ITEMS = 40;
export const truthOf = (i: number): string => `true-${i}`;
export const itemKey = (i: number): string => `item-${String(i).padStart(2, '0')}`;

/** Items where the copiers are outnumbered (the evidence) and where they outvote (the test). */
export const EVIDENCE = (i: number): boolean => i < ITEMS / 2;
export const CONTESTED = (i: number): boolean => i >= ITEMS / 2 && i % 2 === 0;

/**
 * A reliable source outvoted by copiers.
 *
 * - `reliable` is right on every item;
 * - `indep-a` and `indep-b` are right except on a few items, where each
 *   makes its own mistake;
 * - `copy-0` is wrong on every even item; `copy-1` … `copy-4` repeat it
 *   word for word;
 * - on the first half of the items three more independent sources
 *   (`indep-c`, `-d`, `-e`) give the true value, so the copied mistakes are
 *   outnumbered there; on the second half the five copies outvote the three
 *   independent sources on every even item (`CONTESTED`).
 *
 * The truth is `true-i` everywhere.
 */
export const copiersProblem = (options: { readonly extraIndependents?: boolean } = {}): ResolutionProblem => {
  const extra = options.extraIndependents ?? true;
  const groups: ClaimGroup[] = [];
  for (let i = 0; i < ITEMS; i++) {
    const copied = i % 2 === 0 ? `copied-wrong-${i}` : truthOf(i);
    const pairs: [string, string][] = [
      ['reliable', truthOf(i)],
      ['indep-a', i % 5 === 1 ? `a-wrong-${i}` : truthOf(i)],
      ['indep-b', i % 7 === 3 ? `b-wrong-${i}` : truthOf(i)],
      ['copy-0', copied],
      ['copy-1', copied],
      ['copy-2', copied],
      ['copy-3', copied],
      ['copy-4', copied],
    ];
    if (extra && EVIDENCE(i)) pairs.push(['indep-c', truthOf(i)], ['indep-d', truthOf(i)], ['indep-e', truthOf(i)]);
    groups.push(group(itemKey(i), pairs));
  }
  return { groups };
};

/** Precision of a resolution's preferred values against `truthOf`. */
export const precisionOn = (
  groups: readonly { key: string; preferred: { valueKey: string } | undefined }[],
  keep: (i: number) => boolean = () => true,
): number => {
  let right = 0;
  let total = 0;
  for (let i = 0; i < ITEMS; i++) {
    if (!keep(i)) continue;
    total += 1;
    if (groups.find((g) => g.key === itemKey(i))?.preferred?.valueKey === truthOf(i)) right += 1;
  }
  return right / total;
};
