/**
 * Turns a strategy's numbers (confidence per value, trust per source, vote
 * discounts) into the plain `Resolution` every strategy returns.
 *
 * The result is lazy: a group's ranked values, their support lists and the
 * explanation are built the first time they are read (they are own,
 * enumerable getters, so the objects still read, spread, compare and
 * serialize as plain data). Scoring a flight day reads one preferred key per
 * group and never pays for 100,000 support lists and sentences.
 */
import type { CompiledProblem } from './compile-problem.js';
import { explainPreferred } from './explain.js';
import type { DetectedDependence, GroupResolution, Resolution, SupportingSource, ValueConfidence } from './problem.js';
import { compareOrdinal } from '../model/ordinal.js';

/** A discount applied to one provider's vote for one value. */
export interface VoteDiscount {
  /** Multiplier in [0, 1] applied on top of the split weight. */
  readonly factor: number;
  /** The earlier supporter it most likely copies, with that probability. */
  readonly copyOf?: { readonly source: number; readonly probability: number };
}

/** The raw numbers a strategy computed, indexed like its `CompiledProblem`. */
export interface StrategyNumbers {
  /**
   * Confidence in [0, 1] per value: either one array over the global value
   * indexes, or one array per group over its values in compiled order.
   */
  readonly confidence: ArrayLike<number> | readonly ArrayLike<number>[];
  /** Per source index, trust in [0, 1]. */
  readonly trust: ArrayLike<number>;
  /**
   * Per vote (compiled vote index), the trust the strategy actually gave
   * that source for that item, when it differs from the source's overall
   * trust (per-attribute accuracy): shown in the support lists, which are
   * ordered by it, so an explanation names the sources that decided.
   */
  readonly voteTrust?: ArrayLike<number>;
  /** Per group, per value of the group, per provider position: discount (absent = none). */
  readonly discount?: (group: number, value: number, provider: number) => VoteDiscount | undefined;
  readonly dependence?: readonly DetectedDependence[];
  readonly iterations: number;
  readonly converged: boolean;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

const isPerGroup = (c: StrategyNumbers['confidence']): c is readonly ArrayLike<number>[] =>
  Array.isArray(c) && (c.length === 0 || typeof c[0] !== 'number');

/** Confidence per global value index, whichever form the strategy gave. */
const flatConfidence = (p: CompiledProblem, c: StrategyNumbers['confidence']): ArrayLike<number> => {
  if (!isPerGroup(c)) return c;
  const out = new Float64Array(p.valueKeys.length);
  for (let g = 0; g < c.length; g++) {
    const v0 = p.groupValueStart[g]!;
    const conf = c[g]!;
    for (let i = 0; i < conf.length; i++) out[v0 + i] = conf[i]!;
  }
  return out;
};

/** Assemble the `Resolution` (sorted, explained on demand) from a strategy's numbers. */
export const buildResolution = (strategyId: string, p: CompiledProblem, n: StrategyNumbers): Resolution => {
  const conf = flatConfidence(p, n.confidence);
  const trustOf = (s: number): number => clamp01(n.trust[s]!);
  const voteWeightOf = (g: number, v: number, t: number): number => {
    const d = n.discount?.(g, v - p.groupValueStart[g]!, t - p.valueVoteStart[v]!);
    return clamp01(p.voteWeight[t]! * (d?.factor ?? 1));
  };
  const weightOf = (g: number, v: number): number => {
    let w = 0;
    for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) w += voteWeightOf(g, v, t);
    return w;
  };
  const supportOf = (g: number, v: number): SupportingSource[] => {
    const out: SupportingSource[] = [];
    for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) {
      const s = p.voteSource[t]!;
      const d = n.discount?.(g, v - p.groupValueStart[g]!, t - p.valueVoteStart[v]!);
      const base = {
        sourceId: p.sourceIds[s]!,
        claimIds: p.claimIdsOf(t),
        trust: n.voteTrust !== undefined ? clamp01(n.voteTrust[t]!) : trustOf(s),
        voteWeight: clamp01(p.voteWeight[t]! * (d?.factor ?? 1)),
      };
      out.push(
        d?.copyOf !== undefined
          ? { ...base, copyOf: { sourceId: p.sourceIds[d.copyOf.source]!, probability: clamp01(d.copyOf.probability) } }
          : base,
      );
    }
    out.sort((a, b) => b.trust - a.trust || compareOrdinal(a.sourceId, b.sourceId));
    return out;
  };
  const valueConfidence = (g: number, v: number): ValueConfidence => {
    let support: readonly SupportingSource[] | undefined;
    return {
      valueKey: p.valueKeys[v]!,
      value: p.valueOf(v),
      confidence: clamp01(conf[v]!),
      get support() {
        support ??= supportOf(g, v);
        return support;
      },
    };
  };
  /** Rank: confidence, then supporting vote weight, then key. */
  const compare = (g: number, a: number, b: number): number => {
    const d = clamp01(conf[b]!) - clamp01(conf[a]!);
    if (d !== 0) return d;
    const w = weightOf(g, b) - weightOf(g, a);
    if (w !== 0) return w;
    const ka = p.valueKeys[a]!;
    const kb = p.valueKeys[b]!;
    return compareOrdinal(ka, kb);
  };

  const groups: GroupResolution[] = p.groupKeys.map((key, g) => {
    const v0 = p.groupValueStart[g]!;
    const v1 = p.groupValueStart[g + 1]!;
    let ranked: ValueConfidence[] | undefined;
    let preferred: ValueConfidence | undefined | null = null;
    let explanation: string | undefined;
    const values = (): ValueConfidence[] => {
      if (ranked === undefined) {
        const order: number[] = [];
        for (let v = v0; v < v1; v++) order.push(v);
        order.sort((a, b) => compare(g, a, b));
        ranked = order.map((v) => (preferred !== null && preferred !== undefined && preferred.valueKey === p.valueKeys[v] ? preferred : valueConfidence(g, v)));
        preferred = ranked[0];
      }
      return ranked;
    };
    return {
      key,
      functional: p.groupFunctional[g] === 1,
      get preferred() {
        if (preferred === null) {
          if (ranked !== undefined) preferred = ranked[0];
          else if (v1 === v0) preferred = undefined;
          else {
            let best = v0;
            for (let v = v0 + 1; v < v1; v++) if (compare(g, v, best) < 0) best = v;
            preferred = valueConfidence(g, best);
          }
        }
        return preferred;
      },
      get values() {
        return values();
      },
      get explanation() {
        explanation ??= explainPreferred(values());
        return explanation;
      },
    };
  });
  const sources = p.sourceIds.map((id, s) => ({ sourceId: id, trust: trustOf(s), groups: p.sourceGroupCount[s]! }));
  return {
    strategyId,
    groups,
    sources,
    dependence: n.dependence ?? [],
    iterations: n.iterations,
    converged: n.converged,
  };
};
