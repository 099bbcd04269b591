/**
 * The whole consistency check of a claims folder as one function, shared by
 * the CLI (`claimtrace check / report / explain / export`), `npm start`,
 * `npm run report` and the corpus test: load and validate (which anchors
 * every quote and checks every hash), read the baseline, reconcile, compare
 * with the baseline, and say which value is most likely true for every
 * finding about a claim group. Stops before reconciling when the input is
 * invalid: findings over a half-loaded corpus would mislead.
 */
import { loadCorpus, type LoadCorpusResult } from '../claims/load-corpus.js';
import { readBaseline } from '../claims/read-baseline.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import { compareWithBaseline, type Baseline, type BaselineComparison } from '../reconcile/baseline.js';
import { createReconciler } from '../reconcile/create-reconciler-default.js';
import type { ReconcileResult, Reconciler, ReconcilerOptions } from '../reconcile/create-reconciler.js';
import type { Rule } from '../reconcile/rule.js';
import { builtinRules } from '../reconcile/rules/builtin-rules.js';
import { defaultStrategy } from '../resolve/resolve-groups.js';
import { problemFromReconcile } from '../resolve/from-reconcile.js';
import type { Resolution, Strategy } from '../resolve/problem.js';
import { resolutionForFinding } from '../resolve/resolution-for-finding.js';
import { explainPreferred } from '../resolve/explain.js';
import type { PreferredValue } from '../report/report-input.js';
import { describeNormalizedValue } from '../normalize/describe-value.js';

export interface CheckOptions {
  /** The rules to run; default: every built-in rule. */
  readonly rules?: readonly Rule[];
  readonly reconcilerOptions?: ReconcilerOptions;
  /** The truth-discovery strategy for preferred values; default: ACCU with copy detection. */
  readonly strategy?: Strategy;
  /** Called before each stage (for a progress line). */
  readonly onStage?: (stage: 'load' | 'reconcile' | 'resolve', detail: string) => void;
}

export interface Reconciled {
  readonly reconciler: Reconciler;
  readonly result: ReconcileResult;
  readonly baseline: Baseline;
  readonly comparison: BaselineComparison;
  readonly resolution: Resolution;
  /** Finding id → the preferred value of its claim group, for findings about a group with competing values. */
  readonly preferred: ReadonlyMap<string, PreferredValue>;
}

export interface FolderCheck {
  readonly load: LoadCorpusResult;
  /** Load and baseline diagnostics: the loader's first, then the baseline's. */
  readonly diagnostics: readonly Diagnostic[];
  /** Present only when the input is valid. */
  readonly reconciled?: Reconciled;
}

/** Rules whose findings ask "which value is most likely true" of a claim group. */
const CONTESTED_RULES = new Set(['value-conflict', 'membership-conflict', 'date-tension']);

const preferredValues = (findings: readonly Finding[], resolution: Resolution): Map<string, PreferredValue> => {
  const preferred = new Map<string, PreferredValue>();
  for (const finding of findings) {
    if (!CONTESTED_RULES.has(finding.ruleId)) continue;
    const group = resolutionForFinding(resolution, finding);
    if (group?.preferred === undefined || group.values.length < 2) continue;
    preferred.set(finding.id, {
      strategy: resolution.strategyId,
      value: describeNormalizedValue(group.preferred.value),
      confidence: group.preferred.confidence,
      // The group's own explanation names values by their keys; a reader wants words.
      explanation: explainPreferred(group.values, (v) => describeNormalizedValue(v.value)),
    });
  }
  return preferred;
};

/**
 * Check a claims folder.
 *
 * @example
 * const check = await checkClaimsFolder('claims');
 * if (check.reconciled === undefined) for (const d of check.diagnostics) console.error(formatDiagnostic(d));
 * else console.log(check.reconciled.comparison.unacknowledged.length, 'new findings');
 */
export const checkClaimsFolder = async (dir: string, options: CheckOptions = {}): Promise<FolderCheck> => {
  options.onStage?.('load', dir);
  const load = await loadCorpus(dir);
  const baselineRead = readBaseline(load.root);
  const diagnostics = [...load.diagnostics, ...baselineRead.diagnostics];
  if (!load.ok || baselineRead.diagnostics.some((d) => d.severity === 'error')) return { load, diagnostics };
  options.onStage?.('reconcile', `${load.corpus.claims.length} claims from ${load.corpus.sources.length} sources`);
  const reconciler = createReconciler({ rules: options.rules ?? builtinRules(), ...(options.reconcilerOptions !== undefined ? { options: options.reconcilerOptions } : {}) });
  const result = reconciler.reconcile(load.corpus);
  const comparison = compareWithBaseline(result.findings, baselineRead.baseline);
  options.onStage?.('resolve', `${result.groups.length} claim groups`);
  const strategy = options.strategy ?? defaultStrategy;
  const resolution = strategy.resolve(problemFromReconcile(result, load.corpus.predicates));
  return {
    load,
    diagnostics,
    reconciled: {
      reconciler,
      result,
      baseline: baselineRead.baseline,
      comparison,
      resolution,
      preferred: preferredValues(result.findings, resolution),
    },
  };
};
