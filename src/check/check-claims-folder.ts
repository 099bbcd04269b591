/**
 * The whole consistency check of a claims folder as one function, shared by
 * the CLI (`claimtrace check / report / explain / export`), `npm start`,
 * `npm run report` and the corpus test: load and validate (which anchors
 * every quote and checks every hash), read the baseline, reconcile, compare
 * with the baseline, and say which value is most likely true for every
 * finding about a claim group. Stops before reconciling when the input is
 * invalid: findings over a half-loaded corpus would mislead.
 */
import { resolve } from 'node:path';
import { loadCorpus, type LoadedFolder } from '../claims/load-corpus.js';
import { configCheckOptions, type LoadedConfig, loadConfig } from '../config/load-config.js';
import type { FileSystem } from '../files/file-system.js';
import type { LoadCache } from '../claims/load-cache.js';
import { readBaseline } from '../claims/read-baseline.js';
import { type FilePlace, hasErrors, type Message } from '../model/message.js';
import { collected, settled, type Result } from '../model/result.js';
import type { Finding } from '../model/finding.js';
import type { Baseline } from '../model/baseline.js';
import { compareWithBaseline, type BaselineComparison } from '../reconcile/baseline.js';
import { createReconciler, type Reconciler, type ReconcilerOptions, type Reconciliation } from '../reconcile/create-reconciler.js';
import type { AnyRule } from '../reconcile/rule.js';
import type { RulesConfig } from '../reconcile/rules-config.js';
import { defaultStrategy } from '../resolve/resolve-groups.js';
import { problemFromReconcile } from '../resolve/from-reconcile.js';
import type { Resolution, Strategy } from '../resolve/problem.js';
import { resolutionForFinding } from '../resolve/resolution-for-finding.js';
import { explainPreferred } from '../resolve/explain.js';
import type { PreferredValue } from '../report/report-input.js';
import { describeValue } from '../values/index.js';
import { appendAll } from '../model/append-all.js';

export interface CheckOptions {
  /** The rules to run; default: every built-in rule. */
  readonly rules?: readonly AnyRule[];
  /** Their settings by rule id (`off`, `on`, a severity, or a pair with options). */
  readonly config?: RulesConfig;
  readonly reconcilerOptions?: ReconcilerOptions;
  /** The truth-discovery strategy for preferred values; default: `defaultStrategy` (attribute-accu). */
  readonly strategy?: Strategy;
  /** YAML files of the folder to leave out (path relative to the folder → skip?); see `loadConfig`'s `ignore`. */
  readonly ignore?: (path: string) => boolean;
  /**
   * Apply a configuration file, as `claimtrace check` does: `true` finds
   * `claimtrace.config.{json,mjs}` from the folder up to the project's root, a
   * path names one (relative to the working directory). Its rules (plugins
   * included), rule settings and ignore globs apply where `rules`, `config`
   * and `ignore` are not given, and its `failOn` / `maxWarnings` become
   * `createCheckReport`'s defaults. A problem in it is an error message of
   * stage `config` (a check report's verdict is then `error`).
   */
  readonly configFile?: string | true;
  /** The file system to read (default: the real one; tests inject faults). */
  readonly fileSystem?: FileSystem;
  /** Claim files and the baseline as loaded in an earlier run, by content hash (`openCacheFile`; `check --cache`). */
  readonly cache?: LoadCache;
  /** Called before each stage (for a progress line). */
  readonly onStage?: (stage: 'load' | 'reconcile' | 'resolve', detail: string) => void;
}

export interface Reconciled {
  readonly reconciler: Reconciler;
  /** What the rules found (rule problems are among the check's messages). */
  readonly result: Reconciliation;
  readonly baseline: Baseline;
  /** The baseline file inside the folder (`baseline.yaml`), when there is one. */
  readonly baselineFile: string | undefined;
  /** Where each baseline entry is written (entry id → place). */
  readonly baselinePlaces: ReadonlyMap<string, FilePlace>;
  readonly comparison: BaselineComparison;
  readonly resolution: Resolution;
  /** Finding id → the preferred value of its claim group, for findings about a group with competing values. */
  readonly preferred: ReadonlyMap<string, PreferredValue>;
}

/** A checked claims folder: what loaded and, when the input is valid, what the rules found. */
export interface FolderCheck {
  /** The folder as far as it loaded. */
  readonly loaded: LoadedFolder;
  /** The configuration file applied (`configFile`), when it loaded. */
  readonly config?: LoadedConfig;
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

/** For findings of rules that ask which value is true (`meta.contested`), the value the strategy prefers. */
const preferredValues = (findings: readonly Finding[], rules: readonly AnyRule[], resolution: Resolution): Map<string, PreferredValue> => {
  const contested = new Set(rules.filter((r) => r.meta.contested).map((r) => r.id));
  const preferred = new Map<string, PreferredValue>();
  for (const finding of findings) {
    if (!contested.has(finding.ruleId)) continue;
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
  const configMessages: Message[] = [];
  let config: LoadedConfig | undefined;
  if (options.configFile !== undefined) {
    const read = await loadConfig(dir, options.configFile === true ? {} : { file: options.configFile });
    if (read.ok) config = read.value;
    else appendAll(configMessages, read.messages);
  }
  const configured: Partial<ReturnType<typeof configCheckOptions>> = config !== undefined ? configCheckOptions(config, resolve(dir)) : {};
  const rules = options.rules ?? configured.rules;
  const rulesConfig = options.config ?? configured.config;
  const ignore = options.ignore ?? configured.ignore;
  const withConfig = config !== undefined ? { config } : {};
  options.onStage?.('load', dir);
  const io = { ...(options.fileSystem !== undefined ? { fileSystem: options.fileSystem } : {}), ...(options.cache !== undefined ? { cache: options.cache } : {}) };
  const load = await loadCorpus(dir, { ...io, ...(ignore !== undefined ? { ignore } : {}) });
  const loaded = settled(load);
  const baselineRead = readBaseline(loaded.root, io);
  const messages = [...configMessages, ...load.messages, ...baselineRead.messages];
  if (hasErrors(messages)) return { ok: false, messages, partial: { loaded, ...withConfig } };
  const { corpus } = loaded;
  options.onStage?.('reconcile', `${corpus.claims.length} claims from ${corpus.sources.length} sources`);
  const reconciler = createReconciler({
    ...(rules !== undefined ? { rules } : {}),
    ...(rulesConfig !== undefined ? { config: rulesConfig } : {}),
    ...(options.reconcilerOptions !== undefined ? { options: options.reconcilerOptions } : {}),
  });
  const reconciliation = reconciler.reconcile(corpus);
  const result = settled(reconciliation);
  const { baseline, file: baselineFile, places: baselinePlaces } = settled(baselineRead);
  const comparison = compareWithBaseline(result.findings, baseline);
  options.onStage?.('resolve', `${result.groups.length} claim groups`);
  const strategy = options.strategy ?? defaultStrategy;
  const resolution = strategy.resolve(problemFromReconcile(result, corpus.predicates));
  const preferred = preferredValues(result.findings, reconciler.rules, resolution);
  const reconciled: Reconciled = { reconciler, result, baseline, baselineFile, baselinePlaces, comparison, resolution, preferred };
  return collected<CheckedFolder>({ loaded, reconciled, ...withConfig }, [...messages, ...reconciliation.messages]);
};
