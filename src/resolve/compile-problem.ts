/**
 * The indexed form every strategy iterates over, built once per `resolve`
 * call: sources numbered in id order, groups in key order, values in key
 * order within their group, and every distinct (source, value) pair — a
 * *vote* — with its split weight. It is what makes a result independent of
 * the input order.
 *
 * Everything a strategy loops over sits in typed arrays in compressed-row
 * form (`groupValueStart`, `valueVoteStart`, `sourceVoteStart`), so a round
 * of an iterative method is a few passes over flat memory. The object view
 * (`groups`, `entries`) that the older strategies read is built from the
 * arrays on first use only.
 */
import type { Value } from '../model/value.js';
import type { Observation, ResolutionProblem } from './problem.js';
import type { ValueSimilarity } from './value-similarity.js';
import { compareOrdinal } from '../model/ordinal.js';
import { sortPrefix } from '../model/short-sort.js';
import { appendAll } from '../model/append-all.js';

/** A distinct value of a group and who says it (object view). */
export interface CompiledValue {
  readonly key: string;
  readonly value: Value;
  /** Source indexes, ascending. */
  readonly providers: readonly number[];
  /**
   * Per provider, the share of its vote in this group: 1 / (number of
   * distinct values the source gives for the group).
   */
  readonly weights: readonly number[];
  /** Per provider, the sorted claim ids behind it. */
  readonly claimIds: readonly (readonly string[])[];
}

/** One group (object view). */
export interface CompiledGroup {
  readonly key: string;
  readonly functional: boolean;
  /** Values sorted by key. */
  readonly values: readonly CompiledValue[];
  /** Distinct source indexes of the group, ascending. */
  readonly sources: readonly number[];
  /** Row-major k×k support: `[a * k + b]` is how much saying value a supports value b. */
  readonly similarity: Float64Array | undefined;
}

/** One thing a source says: group g, value v of that group, with vote share w. */
export interface SourceEntry {
  readonly group: number;
  readonly value: number;
  readonly weight: number;
}

/** The indexed problem (see the module comment). Value indexes are global unless a field says otherwise. */
export interface CompiledProblem {
  /** Source ids, sorted. */
  readonly sourceIds: readonly string[];
  /** Group keys, sorted. */
  readonly groupKeys: readonly string[];
  readonly groupFunctional: Uint8Array;
  /** Group → index into `predicates` (groups without a predicate share the predicate ""). */
  readonly groupPredicate: Int32Array;
  /** Distinct predicates, sorted. */
  readonly predicates: readonly string[];
  /** Values of group g are `groupValueStart[g] .. groupValueStart[g + 1] - 1`. */
  readonly groupValueStart: Int32Array;
  /** Distinct sources per group. */
  readonly groupSourceCount: Int32Array;
  /** Value → its group. */
  readonly valueGroup: Int32Array;
  /** Value → its canonical key. */
  readonly valueKeys: readonly string[];
  /** Votes of value v are `valueVoteStart[v] .. valueVoteStart[v + 1] - 1`, by source index. */
  readonly valueVoteStart: Int32Array;
  /** Vote → source, value, split weight. */
  readonly voteSource: Int32Array;
  readonly voteValue: Int32Array;
  readonly voteWeight: Float64Array;
  /** Votes of source s are `sourceVotes[sourceVoteStart[s] .. sourceVoteStart[s + 1] - 1]`. */
  readonly sourceVoteStart: Int32Array;
  readonly sourceVotes: Int32Array;
  /** Distinct groups per source. */
  readonly sourceGroupCount: Int32Array;
  /** Per-group similarity matrices (when a similarity was given and the group has ≥ 2 values). */
  readonly similarities: readonly (Float64Array | undefined)[];
  /** A representative value per value (the one of the lowest source id, then claim id). */
  valueOf(value: number): Value;
  /** The sorted claim ids behind a vote. */
  claimIdsOf(vote: number): readonly string[];
  /** Object view of the groups (built on first use). */
  readonly groups: readonly CompiledGroup[];
  /** Object view: per source index, what it says (built on first use). */
  readonly entries: readonly (readonly SourceEntry[])[];
  /** Declared dependence priors keyed by `pairIndex(i, j)`. */
  readonly declared: ReadonlyMap<number, { readonly probability: number; readonly reason?: string }>;
}

/** Key of an unordered source pair (i ≠ j). */
export const pairIndex = (i: number, j: number, n: number): number => (i < j ? i * n + j : j * n + i);

/** The groups in key order, same-key groups merged; a sorted, duplicate-free input is used as it is. */
type OrderedGroup = { key: string; functional: boolean; predicate?: string; observations: readonly Observation[] };
const orderedGroups = (problem: ResolutionProblem): OrderedGroup[] => {
  const gs = problem.groups;
  let sorted = true;
  for (let i = 1; i < gs.length && sorted; i++) if (!(gs[i - 1]!.key < gs[i]!.key)) sorted = false;
  if (sorted) return gs as OrderedGroup[];
  const byKey = new Map<string, { key: string; functional: boolean; predicate?: string; observations: Observation[] }>();
  for (const g of gs) {
    const slot = byKey.get(g.key);
    if (slot === undefined) byKey.set(g.key, { key: g.key, functional: g.functional, ...(g.predicate !== undefined ? { predicate: g.predicate } : {}), observations: [...g.observations] });
    else {
      appendAll(slot.observations, g.observations);
      slot.functional = slot.functional && g.functional;
    }
  }
  return [...byKey.values()].sort((a, b) => compareOrdinal(a.key, b.key));
};

/**
 * Declared dependence is transitive: two copies of one original are one
 * voice too. Every pair joined by a chain of declared pairs gets the
 * largest product of probabilities along a chain (reason "via …"), so a
 * user who says "b and c copy a" need not also say "b and c are alike".
 */
const closeDependence = (declared: Map<number, { probability: number; reason?: string }>, n: number): void => {
  if (declared.size < 2) return;
  const neighbours = new Map<number, Map<number, number>>();
  const link = (a: number, b: number, p: number): void => {
    const m = neighbours.get(a) ?? new Map<number, number>();
    m.set(b, p);
    neighbours.set(a, m);
  };
  for (const [key, d] of declared) {
    const a = Math.floor(key / n);
    const b = key % n;
    link(a, b, d.probability);
    link(b, a, d.probability);
  }
  for (const start of [...neighbours.keys()].sort((x, y) => x - y)) {
    // Best product of probabilities from `start` to every source it reaches (a widest-path search).
    const best = new Map<number, number>([[start, 1]]);
    const queue = [start];
    while (queue.length > 0) {
      const a = queue.shift()!;
      for (const [b, p] of neighbours.get(a)!) {
        const q = best.get(a)! * p;
        if (q > (best.get(b) ?? 0) + 1e-12) {
          best.set(b, q);
          queue.push(b);
        }
      }
    }
    for (const [b, q] of best) {
      if (b <= start || q <= 0) continue;
      const key = pairIndex(start, b, n);
      if ((declared.get(key)?.probability ?? 0) < q) declared.set(key, { probability: q, reason: 'via declared copies of a common source' });
    }
  }
};

/** A cheap structural fingerprint of a problem: a compiled form is reused only while it matches. */
const fingerprint = (problem: ResolutionProblem): readonly unknown[] => {
  let observations = 0;
  for (const g of problem.groups) observations += g.observations.length;
  return [problem.groups, problem.groups.length, observations, problem.dependence, problem.dependence?.length ?? 0];
};

const compiledCache = new WeakMap<ResolutionProblem, Map<ValueSimilarity | undefined, { readonly print: readonly unknown[]; readonly compiled: CompiledProblem }>>();

/**
 * Index a problem. `similarity`, when given, is evaluated once per ordered
 * pair of distinct values in each group.
 *
 * The compiled form is kept (weakly) with the problem object and reused by
 * the next strategy that resolves the same object with the same similarity,
 * as long as the problem's groups array, its length, its number of
 * observations and its dependence list are unchanged: problems are plain
 * read-only data, and a problem edited in place in some other way must be
 * passed as a new object.
 */
export const compileProblem = (problem: ResolutionProblem, similarity?: ValueSimilarity): CompiledProblem => {
  const print = fingerprint(problem);
  const bySimilarity = compiledCache.get(problem);
  const hit = bySimilarity?.get(similarity);
  if (hit !== undefined && hit.print.every((x, i) => x === print[i])) return hit.compiled;
  const compiled = compileFresh(problem, similarity);
  const slot = bySimilarity ?? new Map();
  slot.set(similarity, { print, compiled });
  if (bySimilarity === undefined) compiledCache.set(problem, slot);
  return compiled;
};

const compileFresh = (problem: ResolutionProblem, similarity?: ValueSimilarity): CompiledProblem => {
  const groups = orderedGroups(problem);
  // Sources.
  // Sources: numbered as first seen (one map lookup per observation), then renumbered in id order.
  const sourceIndex = new Map<string, number>();
  let nObs = 0;
  for (const g of groups) nObs += g.observations.length;
  const obsProvisional = new Int32Array(nObs);
  let k = 0;
  for (const g of groups) {
    for (const o of g.observations) {
      let i = sourceIndex.get(o.sourceId);
      if (i === undefined) {
        i = sourceIndex.size;
        sourceIndex.set(o.sourceId, i);
      }
      obsProvisional[k++] = i;
    }
  }
  const firstSeen = [...sourceIndex.keys()];
  const sourceIds = [...firstSeen].sort(compareOrdinal);
  sourceIds.forEach((id, i) => sourceIndex.set(id, i));
  const rankOfProvisional = Int32Array.from(firstSeen, (id) => sourceIndex.get(id)!);
  const nSources = sourceIds.length;

  const nGroups = groups.length;
  const groupKeys = groups.map((g) => g.key);
  const groupFunctional = new Uint8Array(nGroups);
  const predicates = [...new Set(groups.map((g) => g.predicate ?? ''))].sort(compareOrdinal);
  const predicateIndex = new Map(predicates.map((x, i) => [x, i] as const));
  const groupPredicate = Int32Array.from(groups, (g) => predicateIndex.get(g.predicate ?? '')!);
  const groupValueStart = new Int32Array(nGroups + 1);
  const groupSourceCount = new Int32Array(nGroups);
  // Upper bounds: one value / vote per observation.
  let valueGroup = new Int32Array(nObs);
  const valueKeys: string[] = [];
  const valueRep: Observation[] = [];
  let valueVoteStart = new Int32Array(nObs + 1);
  let voteSource = new Int32Array(nObs);
  let voteValue = new Int32Array(nObs);
  let voteWeight = new Float64Array(nObs);
  // The group of each vote (claim ids are looked up there on demand).
  const voteGroup = new Int32Array(nObs);
  const sourceGroupCount = new Int32Array(nSources);

  let nValues = 0;
  let nVotes = 0;
  // Scratch per group, grown to the largest group.
  let obsSource = new Int32Array(16);
  let obsValue = new Int32Array(16);
  // Observation positions, sorted by (value rank, source, position).
  const order: number[] = [];
  let rank = new Int32Array(0);
  const byValueSourcePosition = (a: number, b: number): number =>
    rank[obsValue[a]!]! - rank[obsValue[b]!]! || obsSource[a]! - obsSource[b]! || a - b;
  const valuesOfSource = new Int32Array(nSources);
  const seenAt = new Int32Array(nSources).fill(-1);
  const localKeys: string[] = [];
  let obsBase = 0;
  for (let gi = 0; gi < nGroups; gi++) {
    const g = groups[gi]!;
    groupFunctional[gi] = g.functional ? 1 : 0;
    groupValueStart[gi] = nValues;
    const obs = g.observations;
    const m = obs.length;
    if (m > obsSource.length) {
      obsSource = new Int32Array(m * 2);
      obsValue = new Int32Array(m * 2);
    }
    // Distinct value keys (linear for small groups, a map beyond).
    localKeys.length = 0;
    const keyIndex = m > 32 ? new Map<string, number>() : undefined;
    for (let i = 0; i < m; i++) {
      const o = obs[i]!;
      obsSource[i] = rankOfProvisional[obsProvisional[obsBase + i]!]!;
      const k = o.valueKey;
      let j = -1;
      if (keyIndex !== undefined) j = keyIndex.get(k) ?? -1;
      else for (let q = 0; q < localKeys.length; q++) if (localKeys[q] === k) { j = q; break; }
      if (j < 0) {
        j = localKeys.length;
        localKeys.push(k);
        keyIndex?.set(k, j);
      }
      obsValue[i] = j;
    }
    obsBase += m;
    const nLocal = localKeys.length;
    // Rank of each local value in key order: the local indices sorted by key (the keys are
    // distinct), so a rank is read off the sort instead of searched for (linear, not quadratic, in
    // the group's distinct values).
    const byKey = new Array<number>(nLocal);
    for (let q = 0; q < nLocal; q++) byKey[q] = q;
    if (nLocal > 1) byKey.sort((a, b) => compareOrdinal(localKeys[a]!, localKeys[b]!));
    const sortedKeys = new Array<string>(nLocal);
    rank = new Int32Array(nLocal);
    for (let r = 0; r < nLocal; r++) {
      const q = byKey[r]!;
      rank[q] = r;
      sortedKeys[r] = localKeys[q]!;
    }
    // Most groups are short (insertion, no allocation); a long one is sorted in O(m log m).
    for (let i = 0; i < m; i++) order[i] = i;
    sortPrefix(order, m, byValueSourcePosition);
    const voteBase = nVotes;
    let lastValue = -1;
    let lastSource = -1;
    let repSource = -1;
    for (let r = 0; r < m; r++) {
      const i = order[r]!;
      const o = obs[i]!;
      const lv = rank[obsValue[i]!]!;
      const src = obsSource[i]!;
      if (lv !== lastValue) {
        const v = nValues++;
        valueGroup[v] = gi;
        valueKeys.push(sortedKeys[lv]!);
        valueRep.push(o);
        repSource = src;
        valueVoteStart[v] = nVotes;
        lastValue = lv;
        lastSource = -1;
      } else if (src === repSource && (o.claimId ?? '') < (valueRep[nValues - 1]!.claimId ?? '')) {
        // Representative: the observation of the lowest source id, then claim id.
        valueRep[nValues - 1] = o;
      }
      if (src === lastSource) continue;
      lastSource = src;
      voteSource[nVotes] = src;
      voteValue[nVotes] = nValues - 1;
      voteGroup[nVotes] = gi;
      if (seenAt[src] !== gi) {
        seenAt[src] = gi;
        valuesOfSource[src] = 0;
        sourceGroupCount[src]! += 1;
      }
      valuesOfSource[src]! += 1;
      nVotes++;
    }
    let sources = 0;
    for (let t = voteBase; t < nVotes; t++) {
      const src = voteSource[t]!;
      voteWeight[t] = 1 / valuesOfSource[src]!;
      if (seenAt[src] === gi) {
        seenAt[src] = -2 - gi; // counted
        sources += 1;
      }
    }
    for (let t = voteBase; t < nVotes; t++) seenAt[voteSource[t]!] = gi;
    groupSourceCount[gi] = sources;
  }
  groupValueStart[nGroups] = nValues;
  valueVoteStart[nValues] = nVotes;
  valueGroup = valueGroup.slice(0, nValues);
  valueVoteStart = valueVoteStart.slice(0, nValues + 1);
  voteSource = voteSource.slice(0, nVotes);
  voteValue = voteValue.slice(0, nVotes);
  voteWeight = voteWeight.slice(0, nVotes);

  // Votes by source (counting sort keeps each source's votes in group / value order).
  const sourceVoteStart = new Int32Array(nSources + 1);
  for (let t = 0; t < nVotes; t++) sourceVoteStart[voteSource[t]! + 1]! += 1;
  for (let s = 0; s < nSources; s++) sourceVoteStart[s + 1]! += sourceVoteStart[s]!;
  const fill = sourceVoteStart.slice(0, nSources);
  const sourceVotes = new Int32Array(nVotes);
  for (let t = 0; t < nVotes; t++) sourceVotes[fill[voteSource[t]!]!++] = t;

  const similarities: (Float64Array | undefined)[] = new Array<Float64Array | undefined>(nGroups);
  if (similarity !== undefined) {
    for (let gi = 0; gi < nGroups; gi++) {
      const v0 = groupValueStart[gi]!;
      const k = groupValueStart[gi + 1]! - v0;
      if (k < 2) continue;
      if (similarity.appliesTo !== undefined) {
        let any = false;
        for (let v = v0; v < v0 + k && !any; v++) any = similarity.appliesTo(valueRep[v]!.value);
        if (!any) continue;
      }
      const sim = new Float64Array(k * k);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          if (a === b) {
            sim[a * k + b] = 1;
            continue;
          }
          const va = valueRep[v0 + a]!;
          const vb = valueRep[v0 + b]!;
          sim[a * k + b] = Math.min(1, Math.max(0, similarity({ value: va.value, valueKey: valueKeys[v0 + a]! }, { value: vb.value, valueKey: valueKeys[v0 + b]! })));
        }
      }
      similarities[gi] = sim;
    }
  }

  const claimIdsOf = (vote: number): readonly string[] => {
    const obs = groups[voteGroup[vote]!]!.observations;
    const source = sourceIds[voteSource[vote]!]!;
    const key = valueKeys[voteValue[vote]!]!;
    const ids = new Set<string>();
    for (const o of obs) if (o.sourceId === source && o.valueKey === key && o.claimId !== undefined) ids.add(o.claimId);
    return [...ids].sort(compareOrdinal);
  };

  const declared = new Map<number, { probability: number; reason?: string }>();
  for (const d of problem.dependence ?? []) {
    const a = sourceIndex.get(d.sources[0]);
    const b = sourceIndex.get(d.sources[1]);
    if (a === undefined || b === undefined || a === b) continue;
    const k = pairIndex(a, b, nSources);
    const p = Math.min(1, Math.max(0, Number.isFinite(d.probability) ? d.probability : 0));
    const prev = declared.get(k);
    if (prev === undefined || p > prev.probability) {
      declared.set(k, d.reason !== undefined ? { probability: p, reason: d.reason } : { probability: p });
    }
  }

  closeDependence(declared, nSources);

  const buildGroups = (): CompiledGroup[] =>
    groupKeys.map((key, gi) => {
      const v0 = groupValueStart[gi]!;
      const v1 = groupValueStart[gi + 1]!;
      const values: CompiledValue[] = [];
      const sources = new Set<number>();
      for (let v = v0; v < v1; v++) {
        const providers: number[] = [];
        const weights: number[] = [];
        const claimIds: (readonly string[])[] = [];
        for (let t = valueVoteStart[v]!; t < valueVoteStart[v + 1]!; t++) {
          providers.push(voteSource[t]!);
          weights.push(voteWeight[t]!);
          claimIds.push(claimIdsOf(t));
          sources.add(voteSource[t]!);
        }
        values.push({ key: valueKeys[v]!, value: valueRep[v]!.value, providers, weights, claimIds });
      }
      return {
        key,
        functional: groupFunctional[gi] === 1,
        values,
        sources: [...sources].sort((a, b) => a - b),
        similarity: similarities[gi],
      };
    });
  const buildEntries = (): SourceEntry[][] =>
    sourceIds.map((_, s) => {
      const out: SourceEntry[] = [];
      for (let i = sourceVoteStart[s]!; i < sourceVoteStart[s + 1]!; i++) {
        const t = sourceVotes[i]!;
        const v = voteValue[t]!;
        const gi = valueGroup[v]!;
        out.push({ group: gi, value: v - groupValueStart[gi]!, weight: voteWeight[t]! });
      }
      return out;
    });

  return new CompiledView(
    {
      sourceIds,
      groupKeys,
      groupFunctional,
      groupPredicate,
      predicates,
      groupValueStart,
      groupSourceCount,
      valueGroup,
      valueKeys,
      valueVoteStart,
      voteSource,
      voteValue,
      voteWeight,
      sourceVoteStart,
      sourceVotes,
      sourceGroupCount,
      similarities,
      valueOf: (v: number) => valueRep[v]!.value,
      claimIdsOf,
      declared,
    },
    buildGroups,
    buildEntries,
  );
};

/** The fields of a `CompiledProblem` without its object views. */
type CompiledData = Omit<CompiledProblem, 'groups' | 'entries'>;

/**
 * A compiled problem as a class instance: its data fields are own
 * properties of one fixed shape (V8 keeps such objects in fast mode; an
 * object literal with getters was a hash table, so every `p.voteSource`
 * in a strategy's inner loop was a lookup), and the object views are
 * prototype getters built on first use.
 */
class CompiledView implements CompiledProblem {
  readonly sourceIds: CompiledData['sourceIds'];
  readonly groupKeys: CompiledData['groupKeys'];
  readonly groupFunctional: CompiledData['groupFunctional'];
  readonly groupPredicate: CompiledData['groupPredicate'];
  readonly predicates: CompiledData['predicates'];
  readonly groupValueStart: CompiledData['groupValueStart'];
  readonly groupSourceCount: CompiledData['groupSourceCount'];
  readonly valueGroup: CompiledData['valueGroup'];
  readonly valueKeys: CompiledData['valueKeys'];
  readonly valueVoteStart: CompiledData['valueVoteStart'];
  readonly voteSource: CompiledData['voteSource'];
  readonly voteValue: CompiledData['voteValue'];
  readonly voteWeight: CompiledData['voteWeight'];
  readonly sourceVoteStart: CompiledData['sourceVoteStart'];
  readonly sourceVotes: CompiledData['sourceVotes'];
  readonly sourceGroupCount: CompiledData['sourceGroupCount'];
  readonly similarities: CompiledData['similarities'];
  readonly valueOf: CompiledData['valueOf'];
  readonly claimIdsOf: CompiledData['claimIdsOf'];
  readonly declared: CompiledData['declared'];
  #groups: readonly CompiledGroup[] | undefined;
  #entries: readonly (readonly SourceEntry[])[] | undefined;
  readonly #buildGroups: () => readonly CompiledGroup[];
  readonly #buildEntries: () => readonly (readonly SourceEntry[])[];

  constructor(d: CompiledData, buildGroups: () => readonly CompiledGroup[], buildEntries: () => readonly (readonly SourceEntry[])[]) {
    this.sourceIds = d.sourceIds;
    this.groupKeys = d.groupKeys;
    this.groupFunctional = d.groupFunctional;
    this.groupPredicate = d.groupPredicate;
    this.predicates = d.predicates;
    this.groupValueStart = d.groupValueStart;
    this.groupSourceCount = d.groupSourceCount;
    this.valueGroup = d.valueGroup;
    this.valueKeys = d.valueKeys;
    this.valueVoteStart = d.valueVoteStart;
    this.voteSource = d.voteSource;
    this.voteValue = d.voteValue;
    this.voteWeight = d.voteWeight;
    this.sourceVoteStart = d.sourceVoteStart;
    this.sourceVotes = d.sourceVotes;
    this.sourceGroupCount = d.sourceGroupCount;
    this.similarities = d.similarities;
    this.valueOf = d.valueOf;
    this.claimIdsOf = d.claimIdsOf;
    this.declared = d.declared;
    this.#buildGroups = buildGroups;
    this.#buildEntries = buildEntries;
  }

  get groups(): readonly CompiledGroup[] {
    this.#groups ??= this.#buildGroups();
    return this.#groups;
  }

  get entries(): readonly (readonly SourceEntry[])[] {
    this.#entries ??= this.#buildEntries();
    return this.#entries;
  }
}

/** Global value index of value `local` of group `g`. */
export const globalValue = (p: CompiledProblem, g: number, local: number): number => p.groupValueStart[g]! + local;
