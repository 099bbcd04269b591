/**
 * Coverage facts: what coverage needs to know of a claim group beyond the
 * rules' group facts (`rules/group-facts.ts`) — whether one witness or one
 * source gives all its claims — tallied while grouping makes each claim (the
 * claim is at hand then), so that coverage counts a group whose claims all
 * affirm one value class (the group facts tell: `saysOneThing`) without
 * reading its claims again: at a million claims, claims far apart in a large
 * heap, read once more each, were a third of coverage's time. Most groups
 * say one thing, and most of those are corroborated: coverage then reads
 * nothing but these columns and the group facts.
 *
 * The facts are a pure function of the groups' claims.
 */
import type { GroupClaim } from './claim-groups.js';
import { grown } from './columns/typed-column.js';

/** The group's claims have two or more witnesses. */
export const MANY_WITNESSES = 1;
/** The group's claims come from two or more sources. */
export const MANY_SOURCES = 2;
/** Grouping never told of a claim of the group: nothing is known of it here (coverage reads its claims). */
export const UNTOLD = 4;

/** The facts of every group, by the group's place in the sorted list. */
export interface CoverageFacts {
  /** `MANY_WITNESSES | MANY_SOURCES | UNTOLD` per group. */
  readonly bits: Uint8Array;
  /** A witness of the group's claims (the first grouping told of): its one witness when `MANY_WITNESSES` is not set. */
  readonly witness: readonly string[];
  /**
   * A source of the group's claims (the first grouping told of) as a list of it: its one source when
   * `MANY_SOURCES` is not set. One list per source, shared by every group it is the first source of (a
   * coverage row of one source shows it as it is).
   */
  readonly sources: readonly (readonly string[])[];
}

/** A tally told one claim at a time, by group id (dense, from 0), then the groups' order. */
export interface CoverageTally {
  /** `source` is the claim's source index: dense, from 0, one per distinct `sourceId` (grouping's, see `columns/source-column.ts`). */
  readonly claim: (group: number, claim: GroupClaim, source: number) => void;
  /** `order[index]` is the id of the group at `index` (ids in order when never told). */
  readonly sorted: (order: readonly number[]) => void;
  /** The facts by group index, for `count` groups; `undefined` when a group was never told of. */
  readonly facts: (count: number) => CoverageFacts | undefined;
}

// A tally's first capacity, in groups (its typed columns double from there).
const INITIAL_GROUPS = 1024;

/**
 * An empty coverage tally.
 *
 * @example
 * const tally = createCoverageTally();
 * group.claims.forEach((c, k) => tally.claim(0, c, k)); // (each claim a source of its own)
 * (tally.facts(1)?.bits[0] ?? 0) & MANY_WITNESSES
 */
export const createCoverageTally = (): CoverageTally => {
  // By group id: the facts so far, the first claim's witness and source index (-1: none yet); `told` groups have
  // slots. The number columns are typed, grown by doubling (off the collected heap; no array copied at every push).
  let told = 0;
  let bits = new Uint8Array(INITIAL_GROUPS);
  let source = new Int32Array(INITIAL_GROUPS);
  const witness: string[] = [];
  // By source index: the source as a list of it, one per source, made when it is a group's first.
  const lists: (readonly string[] | undefined)[] = [];
  const untold: readonly string[] = [''];
  const first = (group: number, c: GroupClaim, s: number): void => {
    witness[group] = c.witness;
    source[group] = s;
    while (lists.length <= s) lists.push(undefined);
    lists[s] ??= [c.sourceId];
  };
  let order: readonly number[] | undefined;
  const claim = (group: number, c: GroupClaim, s: number): void => {
    if (group < told) {
      let b = bits[group] as number;
      if ((b & UNTOLD) !== 0) {
        // (an id skipped over, told of at last: its first claim)
        bits[group] = 0;
        first(group, c, s);
        return;
      }
      if (c.witness !== witness[group]) b |= MANY_WITNESSES;
      if (s !== source[group]) b |= MANY_SOURCES;
      bits[group] = b;
      return;
    }
    if (group >= bits.length) {
      bits = grown(bits, group + 1);
      source = grown(source, group + 1);
    }
    // Grouping tells of group ids in order of first sight: a new id is the next one (one skipped over is marked).
    for (; told < group; told += 1) {
      bits[told] = UNTOLD;
      witness.push('');
      source[told] = -1;
    }
    bits[group] = 0;
    witness.push('');
    told = group + 1;
    first(group, c, s);
  };
  const facts = (count: number): CoverageFacts | undefined => {
    if (told < count) return undefined;
    const outBits = new Uint8Array(count);
    const outWitness = new Array<string>(count);
    const outSources = new Array<readonly string[]>(count);
    for (let index = 0; index < count; index += 1) {
      const g = order !== undefined ? (order[index] as number) : index;
      const s = source[g] as number;
      outBits[index] = bits[g] as number;
      outWitness[index] = witness[g] as string;
      outSources[index] = s >= 0 ? (lists[s] as readonly string[]) : untold;
    }
    return { bits: outBits, witness: outWitness, sources: outSources };
  };
  return { claim, sorted: (given) => void (order = given), facts };
};
