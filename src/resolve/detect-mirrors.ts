/**
 * Mirror detection: copy evidence that does not depend on which values are
 * true. Two sources that give the same value on (nearly) every item they
 * share, over many items, are one source twice (a white-label site, a
 * syndicated feed, a reprint), whatever their accuracy.
 *
 * Bayesian copy detection (`copy-detection.ts`) needs the current truth to
 * tell shared false values from shared true ones; when a whole attribute is
 * contested (one group of sites reports gate times, another runway times),
 * a wrong truth makes honest sources look like copiers and the error feeds
 * itself. Mirrors are found before any truth is estimated, and are passed
 * to the strategies as declared dependence.
 */
import type { DependencePrior, ResolutionProblem } from './problem.js';
import { compareOrdinal } from '../model/ordinal.js';

/** Thresholds of `detectMirrors`. */
export interface MirrorOptions {
  /** Minimum number of shared items (default 50). */
  readonly minShared?: number;
  /** Minimum share of shared items with the same value (default 0.98). */
  readonly minAgreement?: number;
}

/**
 * Pairs of sources that agree on at least `minAgreement` of the at least
 * `minShared` items they both give a value for. A source that gives several
 * values for an item agrees when one of them matches.
 *
 * @example
 * detectMirrors(problem, { minShared: 50, minAgreement: 0.98 })
 * // [{ sources: ['flight:flightview', 'flight:panynj'], probability: 1, reason: 'same value on 4067 of 4067 shared items' }]
 */
export const detectMirrors = (problem: ResolutionProblem, options: MirrorOptions = {}): readonly DependencePrior[] => {
  const minShared = options.minShared ?? 50;
  const minAgreement = options.minAgreement ?? 0.98;
  const ids = [...new Set(problem.groups.flatMap((g) => g.observations.map((o) => o.sourceId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const n = ids.length;
  const shared = new Map<number, number>();
  const same = new Map<number, number>();
  for (const g of problem.groups) {
    const values = new Map<number, Set<string>>();
    for (const o of g.observations) {
      const s = index.get(o.sourceId)!;
      const set = values.get(s) ?? new Set<string>();
      set.add(o.valueKey);
      values.set(s, set);
    }
    const srcs = [...values.keys()].sort((a, b) => a - b);
    for (let a = 0; a < srcs.length; a++) {
      const va = values.get(srcs[a]!)!;
      for (let b = a + 1; b < srcs.length; b++) {
        const key = srcs[a]! * n + srcs[b]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
        for (const v of values.get(srcs[b]!)!) {
          if (va.has(v)) {
            same.set(key, (same.get(key) ?? 0) + 1);
            break;
          }
        }
      }
    }
  }
  const out: DependencePrior[] = [];
  for (const [key, count] of shared) {
    const agree = same.get(key) ?? 0;
    if (count < minShared || agree / count < minAgreement) continue;
    out.push({
      sources: [ids[Math.floor(key / n)]!, ids[key % n]!],
      probability: 1,
      reason: `same value on ${agree} of ${count} shared items`,
    });
  }
  return out.sort((x, y) => compareOrdinal(x.sources[0], y.sources[0]) || compareOrdinal(x.sources[1], y.sources[1]));
};
