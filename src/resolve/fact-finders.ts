/**
 * The fact-finders of Pasternack & Roth, "Knowing what to believe (when you
 * already know something)", COLING 2010: Sums (Hubs and Authorities,
 * Kleinberg 1999, as a fact-finder), Average·Log, Investment and
 * PooledInvestment.
 *
 * A *claim* is one value of one group; C_s are the claims of source s and
 * S_c the sources of claim c; M_c the claims of c's group (mutually
 * exclusive). Each round computes trust T from belief B, then B from T:
 *
 * - Sums: T(s) = Σ_{c∈C_s} B(c); B(c) = Σ_{s∈S_c} T(s).
 * - Average·Log: T(s) = log|C_s| · Σ_{c∈C_s} B(c) / |C_s|; B as Sums.
 * - Investment: a source invests its trust evenly in its claims and is paid
 *   back in proportion to its share of each claim's investment:
 *   T^i(s) = Σ_{c∈C_s} B^{i−1}(c) · (T^{i−1}(s)/|C_s|) / Σ_{r∈S_c} T^{i−1}(r)/|C_r|;
 *   B^i(c) = G(Σ_{s∈S_c} T^i(s)/|C_s|), G(x) = x^g, g = 1.2.
 * - PooledInvestment: H^i(c) = Σ_{s∈S_c} T^i(s)/|C_s|, and the pool of a
 *   group is shared out by G: B^i(c) = H^i(c) · G(H^i(c)) / Σ_{d∈M_c} G(H^i(d)),
 *   g = 1.4.
 *
 * Trust and belief are divided by their maximum every round (the ranking is
 * unchanged; it keeps the numbers finite). Initial beliefs follow the paper:
 * uniform 1/|M_c| for PooledInvestment, the vote share for Investment, and
 * fixed (1) for Sums and Average·Log; trust starts at 1. The paper runs a
 * fixed number of rounds (the belief of these methods concentrates rather
 * than converges): 20, and 10 for PooledInvestment.
 *
 * A source that gives several values for one group splits its claim count
 * for that group: |C_s| counts groups, and each of its claims carries its
 * vote share (1 / number of its values there).
 *
 * Confidence reported per value is its belief's share of its group's total,
 * which orders values like the belief; `calibrated` maps it to observed
 * precision (see `calibrate.ts`).
 */
import { buildResolution } from './build-resolution.js';
import { compileProblem, pairIndex, type CompiledProblem } from './compile-problem.js';
import { detectMirrors, type MirrorOptions } from './detect-mirrors.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { applyKnowledge, knowledgeOf, type Knowledge } from './user-knowledge.js';
import { shareWithinGroups } from './value-scores.js';

/** The four fact-finders. */
export type FactFinderKind = 'sums' | 'average-log' | 'investment' | 'pooled-investment';

/** Options of `createFactFinder`. */
export interface FactFinderOptions {
  readonly kind: FactFinderKind;
  /** Strategy id (default the kind). */
  readonly id?: string;
  /** Exponent of G for the investment methods (paper: 1.2 Investment, 1.4 PooledInvestment). */
  readonly g?: number;
  /** Rounds (paper: 20; PooledInvestment 10). */
  readonly iterations?: number;
  /**
   * Count dependent sources once: a vote's weight in a claim's belief is
   * multiplied by Π (1 − P(dependent on an earlier supporter)) over the
   * claim's supporters (declared dependence, plus mirrors when `mirrors`).
   */
  readonly copyDiscount?: boolean;
  /**
   * Trust per source *and predicate* for the investment methods, shrunk
   * towards the source's overall trust: a source's return per claim on a
   * predicate is (n · own + m · overall) / (n + m), n its claims on the
   * predicate, m this strength. Absent: one trust per source (the paper).
   */
  readonly predicateShrinkage?: number;
  /** Also detect mirrors (see `detectMirrors`) and treat them as declared dependence. */
  readonly mirrors?: boolean | MirrorOptions;
}

const maxOf = (a: Float64Array): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
};
const scaleToMax = (a: Float64Array): void => {
  const m = maxOf(a);
  if (m > 0) for (let i = 0; i < a.length; i++) a[i]! /= m;
};

/** Per source, |C_s| as the sum of its vote shares (the number of groups it speaks about). */
const claimCounts = (p: CompiledProblem): Float64Array => {
  const out = new Float64Array(p.sourceIds.length);
  for (let t = 0; t < p.voteSource.length; t++) out[p.voteSource[t]!]! += p.voteWeight[t]!;
  return out;
};

const initialBelief = (p: CompiledProblem, kind: FactFinderKind): Float64Array => {
  const nValues = p.valueKeys.length;
  const b = new Float64Array(nValues);
  for (let v = 0; v < nValues; v++) {
    const g = p.valueGroup[v]!;
    if (kind === 'pooled-investment') b[v] = 1 / (p.groupValueStart[g + 1]! - p.groupValueStart[g]!);
    else if (kind === 'investment') {
      let w = 0;
      for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) w += p.voteWeight[t]!;
      b[v] = w / Math.max(1, p.groupSourceCount[g]!);
    } else b[v] = 1;
  }
  return b;
};

/**
 * Per vote, the share of its weight that counts when dependent sources are
 * counted once: supporters of a value are taken in source order, and each
 * vote is multiplied by Π (1 − P(dependent on an earlier supporter)).
 */
export const independentShare = (p: CompiledProblem): Float64Array => {
  const out = new Float64Array(p.voteSource.length).fill(1);
  if (p.declared.size === 0) return out;
  const n = p.sourceIds.length;
  for (let v = 0; v < p.valueKeys.length; v++) {
    const t0 = p.valueVoteStart[v]!;
    const t1 = p.valueVoteStart[v + 1]!;
    for (let t = t0 + 1; t < t1; t++) {
      let f = 1;
      for (let u = t0; u < t; u++) {
        const d = p.declared.get(pairIndex(p.voteSource[t]!, p.voteSource[u]!, n));
        if (d !== undefined) f *= 1 - d.probability;
      }
      out[t] = f;
    }
  }
  return out;
};

/** One run of a fact-finder on a compiled problem; returns belief per value and trust per source. */
export const runFactFinder = (
  p: CompiledProblem,
  options: FactFinderOptions,
  knowledge: Knowledge,
  share?: Float64Array,
): { readonly belief: Float64Array; readonly trust: Float64Array; readonly iterations: number } => {
  const { kind } = options;
  const g = options.g ?? (kind === 'pooled-investment' ? 1.4 : 1.2);
  const rounds = options.iterations ?? (kind === 'pooled-investment' ? 10 : 20);
  const nSources = p.sourceIds.length;
  const nValues = p.valueKeys.length;
  const nVotes = p.voteSource.length;
  const counts = claimCounts(p);
  const investing = kind === 'investment' || kind === 'pooled-investment';
  // Trust slots: one per source, or one per (source, predicate) with shrinkage.
  const m = investing ? options.predicateShrinkage : undefined;
  const nPred = m === undefined ? 1 : p.predicates.length;
  const nSlots = nSources * nPred;
  const slotOf = new Int32Array(nVotes);
  const slotCounts = new Float64Array(nSlots);
  for (let t = 0; t < nVotes; t++) {
    const slot = nPred === 1 ? p.voteSource[t]! : p.voteSource[t]! * nPred + p.groupPredicate[p.valueGroup[p.voteValue[t]!]!]!;
    slotOf[t] = slot;
    slotCounts[slot]! += p.voteWeight[t]!;
  }
  let trust = new Float64Array(nSources).fill(1);
  applyKnowledge.trust(p, knowledge, trust);
  let slotTrust = new Float64Array(nSlots);
  for (let slot = 0; slot < nSlots; slot++) slotTrust[slot] = trust[Math.floor(slot / nPred)]! * (slotCounts[slot]! / Math.max(1e-12, counts[Math.floor(slot / nPred)]!));
  const belief = initialBelief(p, kind);
  applyKnowledge.belief(p, knowledge, belief);
  const invested = new Float64Array(nValues);
  const h = new Float64Array(nValues);
  for (let round = 0; round < rounds; round++) {
    const next = new Float64Array(nSources);
    if (!investing) {
      for (let t = 0; t < nVotes; t++) next[p.voteSource[t]!]! += belief[p.voteValue[t]!]! * p.voteWeight[t]!;
      if (kind === 'average-log') for (let s = 0; s < nSources; s++) next[s] = counts[s]! > 0 ? (Math.log(counts[s]!) * next[s]!) / counts[s]! : 0;
    } else {
      // Investment returns: each slot's share of each claim's investment, times the claim's belief.
      invested.fill(0);
      for (let t = 0; t < nVotes; t++) {
        const slot = slotOf[t]!;
        invested[p.voteValue[t]!]! += (slotTrust[slot]! * p.voteWeight[t]!) / slotCounts[slot]!;
      }
      const returns = new Float64Array(nSlots);
      for (let t = 0; t < nVotes; t++) {
        const slot = slotOf[t]!;
        const v = p.voteValue[t]!;
        if (invested[v]! > 0) returns[slot]! += (belief[v]! * ((slotTrust[slot]! * p.voteWeight[t]!) / slotCounts[slot]!)) / invested[v]!;
      }
      for (let slot = 0; slot < nSlots; slot++) next[Math.floor(slot / nPred)]! += returns[slot]!;
      if (m !== undefined) {
        // Return per claim on the predicate, shrunk towards the source's overall return per claim.
        for (let slot = 0; slot < nSlots; slot++) {
          const s = Math.floor(slot / nPred);
          const n = slotCounts[slot]!;
          if (n === 0) continue;
          const overall = next[s]! / counts[s]!;
          const own = returns[slot]! / n;
          returns[slot] = ((n * own + m * overall) / (n + m)) * n;
        }
      }
      slotTrust = returns;
    }
    applyKnowledge.trust(p, knowledge, next);
    if (nPred === 1 && investing) {
      // Priors act on the source's trust; keep the slots in step.
      for (let s = 0; s < nSources; s++) slotTrust[s] = next[s]!;
    }
    const top = maxOf(next) || 1;
    for (let s = 0; s < nSources; s++) next[s]! /= top;
    for (let slot = 0; slot < nSlots; slot++) slotTrust[slot]! /= top;
    trust = next;
    if (!investing) {
      belief.fill(0);
      for (let t = 0; t < nVotes; t++) belief[p.voteValue[t]!]! += trust[p.voteSource[t]!]! * p.voteWeight[t]!;
    } else {
      h.fill(0);
      for (let t = 0; t < nVotes; t++) {
        const slot = slotOf[t]!;
        h[p.voteValue[t]!]! += (slotTrust[slot]! * p.voteWeight[t]! * (share?.[t] ?? 1)) / slotCounts[slot]!;
      }
      if (kind === 'investment') for (let v = 0; v < nValues; v++) belief[v] = Math.pow(h[v]!, g);
      else {
        for (let grp = 0; grp < p.groupKeys.length; grp++) {
          const v0 = p.groupValueStart[grp]!;
          const v1 = p.groupValueStart[grp + 1]!;
          let z = 0;
          for (let v = v0; v < v1; v++) z += Math.pow(h[v]!, g);
          for (let v = v0; v < v1; v++) belief[v] = z > 0 ? (h[v]! * Math.pow(h[v]!, g)) / z : 0;
        }
      }
    }
    applyKnowledge.belief(p, knowledge, belief);
    scaleToMax(belief);
  }
  return { belief, trust, iterations: rounds };
};

const REFERENCE = 'Pasternack & Roth, "Knowing what to believe (when you already know something)", COLING 2010';

const DESCRIPTIONS: Readonly<Record<FactFinderKind, string>> = {
  sums: 'Sums (Hubs and Authorities): a source\'s trust is the sum of its claims\' belief, a claim\'s belief the sum of its sources\' trust.',
  'average-log': 'Average·Log: trust is the average belief of a source\'s claims times the log of their number.',
  investment: 'Investment: sources invest their trust in their claims and are paid back by the claims\' belief; belief grows as (investment)^1.2.',
  'pooled-investment':
    'PooledInvestment: like Investment, but the belief of a group\'s claims is a shared pool, divided in proportion to (investment)^1.4.',
};

/**
 * Build one of the Pasternack & Roth fact-finders.
 *
 * @example
 * const pooled = createFactFinder({ kind: 'pooled-investment' }); // g = 1.4, 10 rounds
 * pooled.resolve(problem).groups[0]?.preferred?.valueKey;
 */
export const createFactFinder = (options: FactFinderOptions): Strategy => {
  const id = options.id ?? options.kind;
  const mirrors = options.mirrors === true ? {} : options.mirrors === false ? undefined : options.mirrors;
  const resolve = (problem: ResolutionProblem): Resolution => {
    const withMirrors =
      mirrors === undefined ? problem : { ...problem, dependence: [...(problem.dependence ?? []), ...detectMirrors(problem, mirrors)] };
    const p = compileProblem(withMirrors);
    const share = options.copyDiscount === true ? independentShare(p) : undefined;
    const { belief, trust, iterations } = runFactFinder(p, options, knowledgeOf(p, problem), share);
    return buildResolution(id, p, { confidence: shareWithinGroups(p, belief), trust, iterations, converged: true });
  };
  return Object.freeze({ id, meta: Object.freeze({ description: DESCRIPTIONS[options.kind], reference: REFERENCE }), resolve });
};

/** Sums with the paper's setting (20 rounds). */
export const sums: Strategy = createFactFinder({ kind: 'sums' });
/** Average·Log with the paper's setting (20 rounds). */
export const averageLog: Strategy = createFactFinder({ kind: 'average-log' });
/** Investment, g = 1.2, 20 rounds. */
export const investment: Strategy = createFactFinder({ kind: 'investment' });
/** PooledInvestment, g = 1.4, 10 rounds. */
export const pooledInvestment: Strategy = createFactFinder({ kind: 'pooled-investment' });
