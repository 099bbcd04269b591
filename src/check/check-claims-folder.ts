/**
 * The whole consistency check of a claims folder as one function, shared by
 * the CLI (`claimtrace check / report / explain / export`), `npm start`,
 * `npm run report` and the corpus test: load and validate (which anchors
 * every quote and checks every hash), read the baseline, reconcile, compare
 * with the baseline, and say which value is most likely true for every
 * finding about a claim group. Stops before reconciling when the input is
 * invalid: findings over a half-loaded corpus would mislead.
 */
import { loadCorpus, type LoadedFolder } from '../claims/load-corpus.js';
import { readBaseline } from '../claims/read-baseline.js';
import { hasErrors } from '../model/message.js';
import { collected, settled, type Result } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import { compareWithBaseline, type Baseline, type BaselineComparison } from '../reconcile/baseline.js';
import { createReconciler } from '../reconcile/create-reconciler-default.js';
import type { ReconcileResult, Reconciler, ReconcilerOptions } from '../reconcile/create-reconciler.js';
import type { Rule } from '../reconcile/rule.js';
import { builtinRules } from '../reconcile/rules/builtin-rules.js';
import { accuCopy } from '../resolve/accu.js';
import { problemFromReconcile } from '../resolve/from-reconcile.js';
import type { Resolution, Strategy } from '../resolve/problem.js';
import { resolutionForFinding } from '../resolve/resolution-for-finding.js';
import { explainPreferred } from '../resolve/explain.js';
import type { PreferredValue } from '../report/report-input.js';
import { describeValue } from '../values/index.js';

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

/** A checked claims folder: what loaded and, when the input is valid, what the rules found. */
export interface FolderCheck {
  /** The folder as far as it loaded. */
  readonly loaded: LoadedFolder;
  /** Present only when the input is valid (findings over a half-loaded corpus would mislead). */
  readonly reconciled?: Reconciled;
}

/** A folder whose input is valid: the rules ran. */
export interface CheckedFolder extends FolderCheck {
  readonly reconciled: Reconciled;
}

/**
 * The check and every message (the loader's, then the baseline's); `ok` when
 * no message is an error. On failure, `partial` holds what loaded (and what
 * the rules found, when only the rules failed).
 */
export type CheckResult = Result<CheckedFolder, FolderCheck>;

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
      value: describeValue(group.preferred.value, 'normalized'),
      confidence: group.preferred.confidence,
      // The group's own explanation names values by their keys; a reader wants words.
      explanation: explainPreferred(group.values, (v) => describeValue(v.value, 'normalized')),
    });
  }
  return preferred;
};

/**
 * Check a claims folder.
 *
 * @example
 * const check = await checkClaimsFolder('claims');
 * if (!check.ok) for (const m of check.messages) console.error(formatMessage(m));
 * else console.log(check.value.reconciled.comparison.unacknowledged.length, 'new findings');
 */
export const checkClaimsFolder = async (dir: string, options: CheckOptions = {}): Promise<CheckResult> => {
  options.onStage?.('load', dir);
  const load = await loadCorpus(dir);
  const loaded = settled(load);
  const baselineRead = readBaseline(loaded.root);
  const messages = [...load.messages, ...baselineRead.messages];
  if (hasErrors(messages)) return { ok: false, messages, partial: { loaded } };
  const { corpus } = loaded;
  options.onStage?.('reconcile', `${corpus.claims.length} claims from ${corpus.sources.length} sources`);
  const reconciler = createReconciler({ rules: options.rules ?? builtinRules(), ...(options.reconcilerOptions !== undefined ? { options: options.reconcilerOptions } : {}) });
  const result = reconciler.reconcile(corpus);
  const { baseline } = settled(baselineRead);
  const comparison = compareWithBaseline(result.findings, baseline);
  options.onStage?.('resolve', `${result.groups.length} claim groups`);
  const strategy = options.strategy ?? accuCopy;
  const resolution = strategy.resolve(problemFromReconcile(result, corpus.predicates));
  const reconciled: Reconciled = { reconciler, result, baseline, comparison, resolution, preferred: preferredValues(result.findings, resolution) };
  return collected<CheckedFolder>({ loaded, reconciled }, messages);
};
