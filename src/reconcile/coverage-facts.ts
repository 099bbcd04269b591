/**
 * Coverage facts: what coverage needs to know of a claim group whose claims
 * all share one value class — whether they deny it, whether one witness or
 * one source gives all of them — tallied while grouping makes each claim
 * (the claim is at hand then), so that coverage counts such a group without
 * reading its claims again: at a million claims, claims far apart in a large
 * heap, read once more each, were a third of coverage's time. Most groups
 * are of one class, and most of those are corroborated: coverage then reads
 * nothing but these columns.
 *
 * The facts are a pure function of the groups' claims; a group with more
 * than one class is only marked so (coverage clusters it).
 */
import type { GroupClaim } from './claim-groups.js';

/** The group's claims have two or more class keys. */
export const MANY_CLASSES = 1;
/** The group's claims have two or more witnesses. */
export const MANY_WITNESSES = 2;
/** The group's claims come from two or more sources. */
export const MANY_SOURCES = 4;
/** A claim of the group (the first grouping told of) is not affirmative: of one class, none is, and coverage counts no value. */
export const DENIED = 8;

/** The facts of every group, by the group's place in the sorted list. */
export interface CoverageFacts {
  /** `MANY_CLASSES | MANY_WITNESSES | MANY_SOURCES | DENIED` per group. */
  readonly bits: Uint8Array;
  /** A witness of the group's claims (the first grouping told of): its one witness when `MANY_WITNESSES` is not set. */
  readonly witness: readonly string[];
  /** A source of the group's claims (the first grouping told of): its one source when `MANY_SOURCES` is not set. */
  readonly source: readonly string[];
}

/** A tally told one claim at a time, by group id (dense, from 0), then the groups' order. */
export interface CoverageTally {
  readonly claim: (group: number, claim: GroupClaim) => void;
  /** `order[index]` is the id of the group at `index` (ids in order when never told). */
  readonly sorted: (order: readonly number[]) => void;
  /** The facts by group index, for `count` groups; `undefined` when a group was never told of. */
  readonly facts: (count: number) => CoverageFacts | undefined;
}

/**
 * An empty coverage tally.
 *
 * @example
 * const tally = createCoverageTally();
 * for (const c of group.claims) tally.claim(0, c);
 * (tally.facts(1)?.bits[0] ?? 0) & MANY_WITNESSES
 */
export const createCoverageTally = (): CoverageTally => {
  const bits: number[] = [];
  const classKey: string[] = [];
  const witness: string[] = [];
  const source: string[] = [];
  let order: readonly number[] | undefined;
  const claim = (group: number, c: GroupClaim): void => {
    if (group < bits.length) {
      let b = bits[group] as number;
      if (c.classKey !== classKey[group]) b |= MANY_CLASSES;
      if (c.witness !== witness[group]) b |= MANY_WITNESSES;
      if (c.sourceId !== source[group]) b |= MANY_SOURCES;
      bits[group] = b;
      return;
    }
    // Grouping tells of group ids in order of first sight: a new id is the next one.
    // (An id never told of would be counted as of several classes: clustered, never read off these columns.)
    while (bits.length < group) {
      bits.push(MANY_CLASSES);
      classKey.push('');
      witness.push('');
      source.push('');
    }
    bits.push(c.polarity !== 'affirmative' ? DENIED : 0);
    classKey.push(c.classKey);
    witness.push(c.witness);
    source.push(c.sourceId);
  };
  const facts = (count: number): CoverageFacts | undefined => {
    if (bits.length < count) return undefined;
    const outBits = new Uint8Array(count);
    const outWitness = new Array<string>(count);
    const outSource = new Array<string>(count);
    for (let index = 0; index < count; index += 1) {
      const g = order !== undefined ? (order[index] as number) : index;
      outBits[index] = bits[g] as number;
      outWitness[index] = witness[g] as string;
      outSource[index] = source[g] as string;
    }
    return { bits: outBits, witness: outWitness, source: outSource };
  };
  return { claim, sorted: (given) => void (order = given), facts };
};
