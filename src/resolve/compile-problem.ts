/**
 * The indexed form every strategy iterates over: sources numbered in id
 * order, groups in key order, values in key order, each value with its
 * providers and their split vote weights. Built once per `resolve` call;
 * it is what makes the result independent of the input order.
 */
import type { Value } from '../model/value.js';
import type { ResolutionProblem } from './problem.js';
import type { ValueSimilarity } from './value-similarity.js';

/** A distinct value of a group and who says it. */
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

export interface CompiledProblem {
  /** Source ids, sorted. */
  readonly sourceIds: readonly string[];
  readonly groups: readonly CompiledGroup[];
  /** Per source index, what it says. */
  readonly entries: readonly (readonly SourceEntry[])[];
  /** Declared dependence priors keyed by `pairIndex(i, j)`. */
  readonly declared: ReadonlyMap<number, { readonly probability: number; readonly reason?: string }>;
}

/** Key of an unordered source pair (i ≠ j). */
export const pairIndex = (i: number, j: number, n: number): number => (i < j ? i * n + j : j * n + i);

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Index a problem. `similarity`, when given, is evaluated once per ordered pair of
 * distinct values in each group.
 */
export const compileProblem = (problem: ResolutionProblem, similarity?: ValueSimilarity): CompiledProblem => {
  const ids = new Set<string>();
  for (const g of problem.groups) for (const o of g.observations) ids.add(o.sourceId);
  const sourceIds = [...ids].sort(compareStrings);
  const index = new Map(sourceIds.map((id, i) => [id, i] as const));
  const entries: SourceEntry[][] = sourceIds.map(() => []);

  // Groups with the same key are merged (observations concatenated).
  const byKey = new Map<string, { functional: boolean; observations: ResolutionProblem['groups'][number]['observations'][number][] }>();
  for (const g of problem.groups) {
    const slot = byKey.get(g.key);
    if (slot === undefined) byKey.set(g.key, { functional: g.functional, observations: [...g.observations] });
    else {
      slot.observations.push(...g.observations);
      slot.functional = slot.functional && g.functional;
    }
  }
  const keys = [...byKey.keys()].sort(compareStrings);

  const groups: CompiledGroup[] = keys.map((key, gi) => {
    const { functional, observations } = byKey.get(key)!;
    // value key → source index → claim ids; plus a representative value.
    const perValue = new Map<string, { value: Value; rep: string; bySource: Map<number, string[]> }>();
    const valuesPerSource = new Map<number, Set<string>>();
    for (const o of observations) {
      const s = index.get(o.sourceId)!;
      const rep = `${o.claimId ?? ''}\u0000${o.sourceId}`;
      let slot = perValue.get(o.valueKey);
      if (slot === undefined) {
        slot = { value: o.value, rep, bySource: new Map() };
        perValue.set(o.valueKey, slot);
      } else if (rep < slot.rep) {
        slot.value = o.value;
        slot.rep = rep;
      }
      const claims = slot.bySource.get(s) ?? [];
      if (o.claimId !== undefined) claims.push(o.claimId);
      slot.bySource.set(s, claims);
      const vs = valuesPerSource.get(s) ?? new Set<string>();
      vs.add(o.valueKey);
      valuesPerSource.set(s, vs);
    }
    const valueKeys = [...perValue.keys()].sort(compareStrings);
    const values: CompiledValue[] = valueKeys.map((vk, vi) => {
      const slot = perValue.get(vk)!;
      const providers = [...slot.bySource.keys()].sort((a, b) => a - b);
      const weights = providers.map((s) => 1 / valuesPerSource.get(s)!.size);
      providers.forEach((s, k) => entries[s]!.push({ group: gi, value: vi, weight: weights[k]! }));
      return {
        key: vk,
        value: slot.value,
        providers,
        weights,
        claimIds: providers.map((s) => [...new Set(slot.bySource.get(s)!)].sort(compareStrings)),
      };
    });
    let sim: Float64Array | undefined;
    if (similarity !== undefined && values.length > 1) {
      const k = values.length;
      sim = new Float64Array(k * k);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          if (a === b) {
            sim[a * k + b] = 1;
            continue;
          }
          const va = values[a]!;
          const vb = values[b]!;
          sim[a * k + b] = Math.min(1, Math.max(0, similarity({ value: va.value, valueKey: va.key }, { value: vb.value, valueKey: vb.key })));
        }
      }
    }
    return {
      key,
      functional,
      values,
      sources: [...valuesPerSource.keys()].sort((a, b) => a - b),
      similarity: sim,
    };
  });

  const n = sourceIds.length;
  const declared = new Map<number, { probability: number; reason?: string }>();
  for (const d of problem.dependence ?? []) {
    const a = index.get(d.sources[0]);
    const b = index.get(d.sources[1]);
    if (a === undefined || b === undefined || a === b) continue;
    const k = pairIndex(a, b, n);
    const p = Math.min(1, Math.max(0, d.probability));
    const prev = declared.get(k);
    if (prev === undefined || p > prev.probability) {
      declared.set(k, d.reason !== undefined ? { probability: p, reason: d.reason } : { probability: p });
    }
  }
  return { sourceIds, groups, entries, declared };
};
